return {
  id = "no-title",
  map = [[
#>G#
]],
  goal = "reach",
  solution = "forward()",
}
