return {
  title = "An id with a NUL byte inside",
  map = "#>G#",
  id = "ok\0../x",
  goal = "reach",
  solution = "forward()",
}
