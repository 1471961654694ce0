-- Level 5: both turns in one route.
return {
  id = "through-the-park",
  title = "Through the park",
  story = "Robo is taking a short cut through Hyde Park to the ice cream van.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.3" },
  goal_picture = "shop",
  map = [[
#######
#>.####
##.####
##...G#
#######
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 8,
  solution = [[
forward()
turn_right()
forward()
forward()
turn_left()
forward()
forward()
forward()
]],
  hints = {
    "Follow the path with your finger first.",
    "There are two corners: one turn right and one turn left.",
    "forward, turn right, forward, forward, turn left, then three forwards.",
  },
}
