-- Level 9 of First steps: predict a path that goes round an obstacle.
return {
  id = "round-the-bin",
  title = "Round the big bin",
  story = "A big bin blocks the pavement. Robo's plan goes round it. Where will Robo stop? Pick the square, then run it.",
  concept = "sequence",
  curriculum = { "KS1.3", "KS1.1" },
  notes = "Predict, then run. The plan is right: four turns take Robo round the bin and back on its way.",
  predict = true,
  map = [[
#######
##...##
#>.#.G#
#######
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  goal_picture = "pier",
  par = 10,
  start_program = [[
forward()
turn_left()
forward()
turn_right()
forward()
forward()
turn_right()
forward()
turn_left()
forward()
]],
  solution = [[
forward()
turn_left()
forward()
turn_right()
forward()
forward()
turn_right()
forward()
turn_left()
forward()
]],
  hints = {
    "Point your finger the way Robo faces. Turn it with each turn block.",
    "Robo goes up, along the top and back down.",
  },
}
