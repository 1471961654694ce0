-- Level 14: a repeat inside a repeat.
return {
  id = "round-the-square",
  title = "Round the square",
  story = "Robo walks round three sides of Berkeley Square. Each side looks the same.",
  concept = "repetition",
  curriculum = { "KS2.2", "KS2.3" },
  goal_picture = "park_gate",
  map = [[
#######
#>....#
#####.#
#####.#
#####.#
#G....#
#######
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 4,
  solution = [[
for i = 1, 3 do
  for i = 1, 4 do
    forward()
  end
  turn_right()
end
]],
  hints = {
    "Each side is: go along, then turn. What blocks make one side?",
    "One side is: repeat 4 times forward, then turn right.",
    "Put one side inside another repeat, 3 times.",
  },
}
