return {
  id = "space-in-row",
  title = "A space inside a row",
  map = [[
#####
#> G#
#####
]],
  goal = "reach",
  solution = "forward()",
}
