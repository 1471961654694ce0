-- Level 3 of First steps: predict, then run. The program is given; pupils say where it ends.
return {
  id = "where-will-robo-stop",
  title = "Where will Robo stop?",
  story = "Robo has a plan for the walk to the bus stop. Read it. Where will Robo stop? Pick the square, then run it.",
  concept = "sequence",
  curriculum = { "KS1.3", "KS1.1" },
  notes = "Predict, then run: the pupil picks a square before the run. The plan is right, so the point is reading it: count along with a finger, one square for each forward block.",
  predict = true,
  map = [[
########
#>....G#
########
]],
  commands = { "forward" },
  goal = "reach",
  goal_picture = "bus_stop",
  par = 5,
  start_program = [[
forward()
forward()
forward()
forward()
forward()
]],
  solution = [[
forward()
forward()
forward()
forward()
forward()
]],
  hints = {
    "Put your finger on Robo. Move it one square for each forward block.",
    "There are five forward blocks.",
  },
}
