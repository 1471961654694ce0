return {
  id = "bad-picture",
  title = "Bad picture",
  goal_picture = "star",
  map = [[
#>G#
]],
  goal = "reach",
  solution = "forward()",
}
