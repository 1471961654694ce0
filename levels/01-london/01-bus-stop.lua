-- Level 1: one block. The very first thing a pupil does.
return {
  id = "bus-stop",
  title = "To the bus stop",
  story = "Robo wants to catch the bus. The bus stop is just one square away.",
  concept = "sequence",
  curriculum = { "KS1.1" },
  goal_picture = "bus_stop",
  map = [[
#>G#
]],
  commands = { "forward" },
  goal = "reach",
  par = 1,
  solution = [[
forward()
]],
  hints = {
    "Robo needs to move one square, onto the green square.",
    "Put one move forward block in your program, then run it.",
  },
}
