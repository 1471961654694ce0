-- Level 3 of Robo thinks: predict where a repeat ends.
return {
  id = "predict-the-loop",
  title = "Predict the loop",
  story = "Robo's plan repeats three steps and a turn. Where will Robo stop? Pick the square, then run it.",
  concept = "repetition",
  curriculum = { "KS2.3", "KS1.3" },
  notes = "Predict, then run: pupils trace the loop twice and then the last block. A common wrong answer is forgetting that the turn is inside the loop.",
  predict = true,
  map = [[
######
#>...#
####.#
####.#
###G.#
######
]],
  commands = { "forward", "turn_right" },
  goal = "reach",
  goal_picture = "library",
  par = 6,
  start_program = [[
for i = 1, 2 do
  forward()
  forward()
  forward()
  turn_right()
end
forward()
]],
  solution = [[
for i = 1, 2 do
  forward()
  forward()
  forward()
  turn_right()
end
forward()
]],
  hints = {
    "Follow the loop once with your finger: three squares, then turn.",
    "The loop runs twice. Then one more forward.",
  },
}
