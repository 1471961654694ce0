-- Level 29: debugging a counter that never grows.
return {
  id = "fix-the-counter",
  title = "The stuck counter",
  story = "Robo only spins on the spot! Something is missing from the counter.",
  concept = "debugging",
  curriculum = { "KS2.3", "KS2.2" },
  goal_picture = "home",
  map = [[
########
#..###G#
#..###.#
#....#.#
#.##.#.#
#.#>.#.#
#.####.#
#......#
########
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 6,
  start_program = [[
local n = 0
for i = 1, 6 do
  for i = 1, n do
    forward()
  end
  turn_left()
end
]],
  solution = [[
local n = 0
for i = 1, 6 do
  n = n + 1
  for i = 1, n do
    forward()
  end
  turn_left()
end
]],
  hints = {
    "How many times does Robo go forward when n is 0?",
    "n has to get bigger each time round the loop.",
    "Add 'change n by 1' (n = n + 1) at the start of the repeat.",
  },
}
