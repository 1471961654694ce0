-- Level 15: nested repeat with a pick_up.
return {
  id = "market-stalls",
  title = "Borough Market",
  story = "Robo is buying apples for the school. There is one apple at every stall.",
  concept = "repetition",
  curriculum = { "KS2.2", "KS2.3" },
  item_picture = "fruit",
  map = [[
#>..*..*..*..*#
]],
  commands = { "forward", "pick_up" },
  goal = "collect",
  par = 4,
  solution = [[
for i = 1, 4 do
  for i = 1, 3 do
    forward()
  end
  pick_up()
end
]],
  hints = {
    "How far apart are the apples? It is the same each time.",
    "For one apple: repeat 3 times forward, then pick up.",
    "Put that inside repeat 4 times.",
  },
}
