-- Level 2: a short sequence of the same block, counted by the pupil.
return {
  id = "along-the-street",
  title = "Along the street",
  story = "The red bus stops a little further down the street. Help Robo get there.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.3" },
  goal_picture = "bus_stop",
  map = [[
#>...G#
]],
  commands = { "forward" },
  goal = "reach",
  par = 4,
  solution = [[
forward()
forward()
forward()
forward()
]],
  hints = {
    "Count the squares between Robo and the bus stop.",
    "Each move forward block moves Robo one square.",
    "Robo needs four move forward blocks.",
  },
}
