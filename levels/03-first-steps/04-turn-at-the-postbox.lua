-- Level 4 of First steps: a left turn after a right turn.
return {
  id = "turn-at-the-postbox",
  title = "Turn at the post box",
  story = "Robo is taking a parcel to the post office. Go down the hill, then turn left at the post box.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.2" },
  notes = "Left and right from Robo's point of view, not ours: when Robo faces down the screen, its left is our right. Turn a toy robot on the desk to check.",
  map = [[
######
##v####
##.####
##...G#
#######
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  goal_picture = "post_office",
  par = 6,
  solution = [[
forward()
forward()
turn_left()
forward()
forward()
forward()
]],
  hints = {
    "Robo faces down. Go forward to the bottom first.",
    "Which way is the post office from Robo? Pretend you are Robo.",
    "Forward, forward, turn left, then forward three times.",
  },
}
