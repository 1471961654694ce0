-- Level 10 of First steps: pick up two things, then go to the bin.
return {
  id = "litter-on-the-path",
  title = "Litter on the path",
  story = "Two crisp packets are on the path. Pick them both up and put them in the bin.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.2" },
  notes = "Two pick ups in one plan. Some pupils pick up from the square before: run and watch where Robo stands.",
  map = [[
########
#>*.*.##
#####G##
########
]],
  commands = { "forward", "turn_right", "pick_up" },
  goal = "collect_and_reach",
  goal_picture = "bin",
  item_picture = "litter",
  par = 8,
  solution = [[
forward()
pick_up()
forward()
forward()
pick_up()
forward()
turn_right()
forward()
]],
  hints = {
    "Stop on each crisp packet to pick it up.",
    "Forward, pick up, forward, forward, pick up, then go to the bin.",
  },
}
