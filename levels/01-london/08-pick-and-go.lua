-- Level 8: collect and reach together, with a turn.
return {
  id = "pick-and-go",
  title = "Pick up and go",
  story = "Pick up both cans on the way to the recycling bin.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.3" },
  goal_picture = "bin",
  item_picture = "litter",
  map = [[
######
#>*..#
####*#
####G#
######
]],
  commands = { "forward", "turn_left", "turn_right", "pick_up" },
  goal = "collect_and_reach",
  par = 8,
  solution = [[
forward()
pick_up()
forward()
forward()
turn_right()
forward()
pick_up()
forward()
]],
  hints = {
    "Robo must pick up every can and then get to the bin.",
    "Pick up each can as soon as Robo stands on it.",
    "forward, pick up, forward, forward, turn right, forward, pick up, forward.",
  },
}
