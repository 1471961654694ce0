-- Level 5 of First steps: pick up on the way.
return {
  id = "letter-for-gran",
  title = "A letter for Gran",
  story = "Pick up the letter on the doormat, then take it to Gran's house.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.2" },
  notes = "A second kind of action: pick up only works on the square where the letter lies.",
  map = [[
#######
#>*..G#
#######
]],
  commands = { "forward", "pick_up" },
  goal = "collect_and_reach",
  goal_picture = "home",
  item_picture = "letter",
  par = 5,
  solution = [[
forward()
pick_up()
forward()
forward()
forward()
]],
  hints = {
    "Stop on the letter and pick it up.",
    "Forward, pick up, then forward three times.",
  },
}
