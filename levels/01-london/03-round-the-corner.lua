-- Level 3: the first turn. Both turns are offered so the pupil must choose.
return {
  id = "round-the-corner",
  title = "Round the corner",
  story = "The sweet shop is round the corner. Robo must turn to get there.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.3" },
  goal_picture = "shop",
  map = [[
#####
#>..#
###G#
#####
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 4,
  solution = [[
forward()
forward()
turn_right()
forward()
]],
  hints = {
    "Robo goes to the end of the street first, then turns.",
    "Turning does not move Robo. It only changes the way Robo faces.",
    "forward, forward, turn right, forward.",
  },
}
