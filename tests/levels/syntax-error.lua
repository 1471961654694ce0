return {
  id = "syntax",
  title = "Missing comma",
  map = "#>G#"
  goal = "reach",
  solution = "forward()",
}
