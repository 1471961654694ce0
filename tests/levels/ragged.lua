return {
  id = "ragged",
  title = "Ragged rows, indented",
  map = [[

      #######
      #>...G#   
      ####

  ]],
  goal = "reach",
  solution = "forward() forward() forward() forward()",
}
