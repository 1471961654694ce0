-- City life 6: the Thames litter-picker, as in the RE:CODE London challenge: pick up litter on
-- the riverside path and report big rubbish floating in the river beside it. A goal function
-- asks for all three: no litter, no rubbish left in the river, and Robo at the pier.

-- The square on Robo's right: the river, while Robo walks east along the path.
local function right_of_robot(world)
  local x, y, facing = world:robot()
  if facing == "north" then return x + 1, y end
  if facing == "east" then return x, y + 1 end
  if facing == "south" then return x - 1, y end
  return x, y - 1
end

local function rubbish_left_in_river(world)
  for y = 1, world:height() do
    for x = 1, world:width() do
      if world:tile(x, y) == "T" then return true end
    end
  end
  return false
end

return {
  id = "thames-litter",
  title = "Thames litter-picker",
  story = "Robo walks along the River Thames. Pick up litter on the path, and report big rubbish in the river.",
  concept = "selection",
  curriculum = { "KS2.1", "KS2.2", "KS1.5" },
  tiles = {
    ["~"] = { name = "river", solid = true, colour = "#3070d0", shape = "water" },
    [","] = { name = "grass", solid = true, colour = "#50a040", shape = "grass" },
    ["T"] = { name = "shopping trolley in the river", solid = true, colour = "#8a8a96", shape = "trolley" },
  },
  actions = {
    report = {
      label = "report rubbish",
      colour = "#e08020",
      run = function(world)
        local x, y = right_of_robot(world)
        if world:tile(x, y) ~= "T" then
          world:fail("There is no big rubbish in the river next to Robo to report.")
        end
        world:set_tile(x, y, "~")
        world:say("Reported! The river team lifts it out.")
      end,
    },
  },
  sensors = {
    rubbish_in_river = {
      label = "rubbish in the river",
      run = function(world)
        local x, y = right_of_robot(world)
        return world:tile(x, y) == "T"
      end,
    },
  },
  goal = function(world)
    return world:items_left() == 0 and not rubbish_left_in_river(world) and world:at_goal()
  end,
  goal_picture = "bin",
  item_picture = "litter",
  map = [[
,,,,,,,,,,,,,,
,>..*...*..*.G
~~~T~~~~~T~~~~
~~~~~~~~~~~~~~
]],
  commands = { "forward", "pick_up", "report", "item_here", "rubbish_in_river", "at_goal" },
  par = 6,
  solution = [[
while not at_goal() do
  forward()
  if item_here() then
    pick_up()
  end
  if rubbish_in_river() then
    report()
  end
end
]],
  hints = {
    "On every square, Robo checks two things: litter on the path, and rubbish in the river.",
    "After each forward: if item here, pick up. If rubbish in the river, report it.",
    "Repeat until at the goal: forward, if item here: pick up, if rubbish in the river: report.",
  },
}
