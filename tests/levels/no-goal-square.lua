return {
  id = "no-g",
  title = "No G",
  map = [[
#####
#>..#
#####
]],
  goal = "reach",
  solution = "forward()",
}
