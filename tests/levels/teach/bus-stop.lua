-- A bus stop four squares away: for overshooting (extra moves, loops too far, while true).
return {
  id = "overshoot-bus-stop",
  title = "Stop at the stop",
  concept = "repetition",
  map = [[
#########
#>...G..#
#########
]],
  commands = { "forward", "turn_left", "turn_right", "at_goal" },
  goal = "reach",
  goal_picture = "bus_stop",
  item_picture = "letter",
  curriculum = { "KS1.2", "KS1.3" },
  notes = "Pupils who count past the stop keep going.",
  par = 2,
  solution = [[
for i = 1, 4 do
  forward()
end
]],
}
