return {
  id = "wrong-solution",
  title = "A solution that bumps",
  map = [[
#####
#>.G#
#####
]],
  goal = "reach",
  par = 2,
  solution = [[
forward()
turn_left()
forward()
]],
}
