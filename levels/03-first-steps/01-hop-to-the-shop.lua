-- Level 1 of First steps: two blocks, one straight line. For Year 1 (KS1).
return {
  id = "hop-to-the-shop",
  title = "Hop to the shop",
  story = "Robo needs milk. The corner shop is just ahead.",
  concept = "sequence",
  curriculum = { "KS1.1" },
  notes = "The first program: one block for each square. Let pupils count the squares with a finger on the screen before they build.",
  map = [[
#####
#>.G#
#####
]],
  commands = { "forward" },
  goal = "reach",
  goal_picture = "shop",
  par = 2,
  solution = [[
forward()
forward()
]],
  hints = {
    "Count the squares to the shop.",
    "Use two forward blocks.",
  },
}
