return {
  id = "broken-map",
  title = "Two robots",
  map = [[
#######
#>..>G#
#######
]],
  goal = "reach",
  par = 2,
  solution = "forward()",
}
