-- Level 10: two repeats with a turn between them.
return {
  id = "repeat-and-turn",
  title = "Down to the river",
  story = "Robo is going down to the River Thames. Use a repeat for each long road.",
  concept = "repetition",
  curriculum = { "KS1.1", "KS2.2" },
  goal_picture = "pier",
  map = [[
#########
#>......#
#######.#
#######.#
#######.#
#######G#
#########
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 5,
  solution = [[
for i = 1, 6 do
  forward()
end
turn_right()
for i = 1, 4 do
  forward()
end
]],
  hints = {
    "There are two long roads. Each one can be one repeat block.",
    "Repeat forward along the first road, turn, then repeat forward again.",
    "Repeat 6 times: forward. Turn right. Repeat 4 times: forward.",
  },
}
