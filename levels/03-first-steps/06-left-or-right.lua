-- Level 6 of First steps: predict a plan with two turns; the plan has a mistake.
return {
  id = "left-or-right",
  title = "Left or right?",
  story = "Robo wrote a plan to get to school. Where will Robo stop? Pick the square, run it, then fix the plan.",
  concept = "sequence",
  curriculum = { "KS1.3", "KS1.2" },
  notes = "Predict, then run, then debug: the plan turns the wrong way, so Robo bumps. Pupils who predicted the bump have read the turn from Robo's point of view.",
  predict = true,
  map = [[
#######
#>..###
###.###
###...#
#####G#
#######
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  goal_picture = "school",
  par = 10,
  start_program = [[
forward()
forward()
turn_right()
forward()
forward()
turn_right()
forward()
forward()
turn_right()
forward()
]],
  solution = [[
forward()
forward()
turn_right()
forward()
forward()
turn_left()
forward()
forward()
turn_right()
forward()
]],
  hints = {
    "Follow the plan with your finger. Which turn sends Robo into a wall?",
    "After going down, Robo needs to turn left, not right.",
    "Change the second turn right into turn left.",
  },
}
