return {
  id = "two-robots",
  title = "Two robots",
  map = [[
#####
#>..#
#.<G#
#####
]],
  goal = "reach",
  solution = "forward()",
}
