-- Level 26: a counter: the number grows by one each time round.
return {
  id = "spiral",
  title = "The spiral path",
  story = "This path in the garden spirals out. Each side is one square longer than the last!",
  concept = "variables",
  curriculum = { "KS2.2", "KS2.3" },
  goal_picture = "park_gate",
  map = [[
########
#......#
#.####.#
#.#>.#.#
#.##.#.#
#....#.#
######.#
######G#
########
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 6,
  solution = [[
local n = 0
for i = 1, 6 do
  n = n + 1
  for i = 1, n do
    forward()
  end
  turn_right()
end
]],
  hints = {
    "The sides are 1, 2, 3, 4, 5 and 6 squares long. Robo can count with a number.",
    "Start a counter n at 0. Each time round: add 1 to n, go forward n times, turn right.",
    "Set n to 0. Repeat 6 times: change n by 1, repeat n times forward, turn right.",
  },
}
