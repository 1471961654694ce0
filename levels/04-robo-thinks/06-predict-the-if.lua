-- Level 6 of Robo thinks: predict where a loop with an if / else ends.
return {
  id = "predict-the-if",
  title = "Predict the if",
  story = "Robo repeats a choice eight times: forward if it can, else turn left. Where will Robo stop? Pick the square, then run it.",
  concept = "selection",
  curriculum = { "KS2.3", "KS1.3" },
  notes = "Predict, then run: trace the eight times round the loop on paper, writing F or L for each. The goal is reached on the seventh; the eighth only turns on the spot.",
  predict = true,
  map = [[
########
#####G##
#####.##
#>....##
########
]],
  commands = { "forward", "turn_left", "path_ahead" },
  goal = "reach",
  goal_picture = "home",
  par = 4,
  start_program = [[
for i = 1, 8 do
  if path_ahead() then
    forward()
  else
    turn_left()
  end
end
]],
  solution = [[
for i = 1, 8 do
  if path_ahead() then
    forward()
  else
    turn_left()
  end
end
]],
  hints = {
    "Write down what Robo does each time round: F for forward, L for turn left.",
    "Robo turns once, at the end of the street.",
  },
}
