-- Level 12 of First steps: predict a longer plan that picks up on the way.
return {
  id = "robos-walk",
  title = "Robo's walk in the park",
  story = "Robo walks round the park and picks up an apple core. Where will Robo stop? Pick the square, then run it.",
  concept = "sequence",
  curriculum = { "KS1.3", "KS1.1" },
  notes = "Predict, then run. This plan stops short of the bin, so pupils predict, run, and add the missing block.",
  predict = true,
  map = [[
#######
#>..*.#
#####.#
#####G#
#######
]],
  commands = { "forward", "turn_right", "pick_up" },
  goal = "collect_and_reach",
  goal_picture = "bin",
  item_picture = "fruit",
  par = 8,
  start_program = [[
forward()
forward()
forward()
pick_up()
forward()
turn_right()
forward()
]],
  solution = [[
forward()
forward()
forward()
pick_up()
forward()
turn_right()
forward()
forward()
]],
  hints = {
    "Count the squares: one for each forward block.",
    "Robo stops one square before the bin. Add one more forward.",
  },
}
