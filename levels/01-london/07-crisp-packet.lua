-- Level 7: pick_up, with the simplest possible route.
return {
  id = "crisp-packet",
  title = "A crisp packet",
  story = "Someone dropped a crisp packet. Robo keeps London tidy, so go and pick it up!",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.3" },
  item_picture = "litter",
  map = [[
#>.*#
]],
  commands = { "forward", "pick_up" },
  goal = "collect",
  par = 3,
  solution = [[
forward()
forward()
pick_up()
]],
  hints = {
    "Robo has to stand on the litter to pick it up.",
    "Move two squares, then use the pick up block.",
  },
}
