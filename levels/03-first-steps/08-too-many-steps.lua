-- Level 8 of First steps: the first debugging level: one step too many.
return {
  id = "too-many-steps",
  title = "One step too many",
  story = "Robo's plan to reach the park gate bumps into the fence. Find the extra block and take it out.",
  concept = "debugging",
  curriculum = { "KS1.2", "KS1.3" },
  notes = "Debugging for Year 1: only forward and turn blocks are offered. Pupils run the plan, see where Robo bumps, and remove one block.",
  map = [[
#######
#>...##
####.##
####G##
#######
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  goal_picture = "park_gate",
  par = 6,
  start_program = [[
forward()
forward()
forward()
forward()
turn_right()
forward()
forward()
]],
  solution = [[
forward()
forward()
forward()
turn_right()
forward()
forward()
]],
  hints = {
    "Run the plan. Where does Robo bump?",
    "Robo goes forward one time too many before the turn.",
    "Take out one forward block before turn right.",
  },
}
