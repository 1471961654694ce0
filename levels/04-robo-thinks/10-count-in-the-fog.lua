-- Level 10 of Robo thinks: counting with a variable in the fog, then using the count.
return {
  id = "count-in-the-fog",
  title = "Count in the fog",
  story = "Fog on the Embankment! Robo picks up every crisp packet along the wall, counting them, then walks back past them all to the bin.",
  concept = "variables",
  curriculum = { "KS2.2", "KS2.1" },
  notes = "Fog hides the squares Robo has not been near, so the length cannot be counted by eye. The variable counts the packets; the count then says how far to walk back.",
  fog = true,
  require = { "variable" },
  map = [[
##########
#G>******#
##########
]],
  sensors = {
    at_the_wall = {
      label = "at the wall",
      run = function(world)
        return not world:path_ahead()
      end,
    },
  },
  commands = { "forward", "turn_left", "pick_up", "at_the_wall" },
  goal = "collect_and_reach",
  goal_picture = "bin",
  item_picture = "litter",
  par = 10,
  solution = [[
local n = 0
while not at_the_wall() do
  forward()
  pick_up()
  n = n + 1
end
turn_left()
turn_left()
for i = 1, n do
  forward()
end
forward()
]],
  hints = {
    "You cannot see how long the wall is. Let Robo count the packets as it picks them up.",
    "Add 1 to n after each pick up. Then turn round and go n squares back, and one more to the bin.",
  },
}
