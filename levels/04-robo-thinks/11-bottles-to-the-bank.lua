-- Level 11 of Robo thinks: count only some squares (if), then use the count.
return {
  id = "bottles-to-the-bank",
  title = "Bottles to the bottle bank",
  story = "Robo collects the bottles along the street, counting them. The bottle bank is as many squares down the side road as Robo found bottles.",
  concept = "variables",
  curriculum = { "KS2.2", "KS2.1", "KS2.3" },
  notes = "A variable as a tally: it goes up only when the if finds a bottle. Pupils who walk down the side road until the path ends go past the bottle bank.",
  fog = true,
  require = { "variable" },
  map = [[
###########
#>.*..**.*#
#########.#
#########.#
#########.#
#########G#
#########.#
#########.#
###########
]],
  sensors = {
    end_of_street = {
      label = "at the end of the street",
      run = function(world)
        return not world:path_ahead()
      end,
    },
  },
  commands = { "forward", "turn_right", "pick_up", "end_of_street", "item_here" },
  goal = "collect_and_reach",
  goal_picture = "bin",
  item_picture = "litter",
  par = 9,
  solution = [[
local n = 0
while not end_of_street() do
  forward()
  if item_here() then
    pick_up()
    n = n + 1
  end
end
turn_right()
for i = 1, n do
  forward()
end
]],
  hints = {
    "Not every square has a bottle. Count only the ones Robo picks up.",
    "If item here: pick up and change n by 1.",
    "At the end of the street turn right and go n squares.",
  },
}
