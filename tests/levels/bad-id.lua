return {
  title = "Bad id",
  id = "Bus Stop",
  map = "#>G#",
  goal = "reach",
  solution = "forward()",
}
