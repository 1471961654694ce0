-- Level 7 of First steps: a longer sequence of short steps and turns.
return {
  id = "zig-zag-to-school",
  title = "Zig-zag to school",
  story = "The path to school zig-zags between the houses. Help Robo follow it.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.2" },
  notes = "A longer program. Build it a bit at a time and press Run often: each run shows how far the plan works.",
  map = [[
########
#>.#####
##..####
###..###
####..G#
########
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  goal_picture = "school",
  par = 14,
  solution = [[
forward()
turn_right()
forward()
turn_left()
forward()
turn_right()
forward()
turn_left()
forward()
turn_right()
forward()
turn_left()
forward()
forward()
]],
  hints = {
    "Each zig is: forward, turn right, forward, turn left.",
    "Run the plan after each zig to see how far Robo gets.",
  },
}
