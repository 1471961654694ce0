return {
  id = "unknown-char",
  title = "Unknown character",
  map = [[
    #####
    #>.G#
    #.X.#
    #####
  ]],
  goal = "reach",
  solution = "forward()",
}
