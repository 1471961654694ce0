-- Level 6: the first debugging level: one wrong turn in a program that is nearly right.
return {
  id = "fix-the-turn",
  title = "Oops, a wrong turn",
  story = "Robo wrote a plan to get to the post office, but it has one mistake. Can you fix it?",
  concept = "debugging",
  curriculum = { "KS1.2", "KS1.3" },
  goal_picture = "post_office",
  map = [[
########
#>..####
###.####
###...G#
########
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 9,
  start_program = [[
forward()
forward()
turn_left()
forward()
forward()
turn_left()
forward()
forward()
forward()
]],
  solution = [[
forward()
forward()
turn_right()
forward()
forward()
turn_left()
forward()
forward()
forward()
]],
  hints = {
    "Run the plan and watch where Robo bumps.",
    "Look at the first turn. Which way should Robo turn there?",
    "Change the first turn left into a turn right.",
  },
}
