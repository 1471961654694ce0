-- Level 2 of First steps: a straight line and one turn.
return {
  id = "to-the-library",
  title = "To the library",
  story = "Robo has a book to take back. Go along the road, then turn right to the library.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.2" },
  notes = "The first turn. Robo turns on the spot: it does not move. Stand up and turn right with the class.",
  map = [[
######
#>..##
###.##
###G##
######
]],
  commands = { "forward", "turn_right" },
  goal = "reach",
  goal_picture = "library",
  par = 5,
  solution = [[
forward()
forward()
turn_right()
forward()
forward()
]],
  hints = {
    "Go forward to the corner first.",
    "At the corner, turn right. Robo stays on the same square.",
    "Forward, forward, turn right, forward, forward.",
  },
}
