return {
  id = "typo",
  tittle = "A typo in a field name",
  map = "#>G#",
  goal = "reach",
  solution = "forward()",
}
