-- Level 12: repeat with a pick_up inside.
return {
  id = "embankment-litter",
  title = "Litter on the Embankment",
  story = "There is litter on every square of the Embankment. Robo can tidy it all with a repeat.",
  concept = "repetition",
  curriculum = { "KS2.2", "KS1.3" },
  item_picture = "litter",
  map = [[
#>******#
]],
  commands = { "forward", "pick_up" },
  goal = "collect",
  par = 3,
  solution = [[
for i = 1, 6 do
  forward()
  pick_up()
end
]],
  hints = {
    "For each piece of litter Robo moves and then picks up.",
    "Put forward and pick up inside one repeat block.",
    "Repeat 6 times: forward, pick up.",
  },
}
