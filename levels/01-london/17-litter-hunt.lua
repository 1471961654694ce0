-- Level 17: if: do something only when a sensor says so.
return {
  id = "litter-hunt",
  title = "Litter hunt",
  story = "Some squares have litter and some do not. Robo should only pick up where there is litter.",
  concept = "selection",
  curriculum = { "KS2.2", "KS2.3" },
  goal_picture = "bin",
  item_picture = "litter",
  map = [[
#>..*.**..*..G#
]],
  commands = { "forward", "pick_up", "at_goal", "item_here" },
  goal = "collect_and_reach",
  par = 4,
  solution = [[
while not at_goal() do
  forward()
  if item_here() then
    pick_up()
  end
end
]],
  hints = {
    "Robo can check each square: is there litter here?",
    "Inside 'repeat until at the goal': move forward, then use 'if item here' to pick up.",
    "Repeat until at the goal: forward, then if item here: pick up.",
  },
}
