-- Level 4 of Robo thinks: if / else with item_here.
return {
  id = "sweep-the-market",
  title = "Sweep the market",
  story = "Litter lies here and there along Borough Market. On each square: if there is litter, pick it up, else move on.",
  concept = "selection",
  curriculum = { "KS2.2" },
  notes = "An if / else that chooses between two actions. Pupils who write 'forward, pick up' without an if stop on the first clean square.",
  map = [[
#############
#>.*..*.**.G#
#############
]],
  commands = { "forward", "pick_up", "item_here", "at_goal" },
  goal = "collect_and_reach",
  goal_picture = "bin",
  item_picture = "litter",
  par = 4,
  solution = [[
while not at_goal() do
  if item_here() then
    pick_up()
  else
    forward()
  end
end
]],
  hints = {
    "On every square Robo has a choice: pick up, or move on.",
    "Use an if / else inside repeat until at the goal.",
    "If item here: pick up. Else: forward.",
  },
}
