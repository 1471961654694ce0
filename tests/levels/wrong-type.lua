return {
  id = "wrong-type",
  title = "par is text",
  map = "#>G#",
  goal = "reach",
  solution = "forward()",
  par = "3",
}
