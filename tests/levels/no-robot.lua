return {
  id = "no-robot",
  title = "No robot",
  goal = "reach",
  map = [[
#####
#..G#
#####
]],
  solution = "forward()",
}
