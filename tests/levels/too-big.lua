return {
  id = "too-big",
  title = "A map too wide",
  map = "#>G" .. string.rep(".", 70),
  goal = "reach",
  solution = "forward()",
}
