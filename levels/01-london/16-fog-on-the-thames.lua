-- Level 16: the first sensor: repeat until at the goal.
return {
  id = "fog-on-the-thames",
  title = "Fog on the Thames",
  story = "It is very foggy today. Robo cannot count the squares, but Robo can tell when it has arrived.",
  concept = "selection",
  curriculum = { "KS2.2", "KS2.3" },
  goal_picture = "pier",
  map = [[
#>............G#
]],
  commands = { "forward", "at_goal" },
  goal = "reach",
  par = 2,
  solution = [[
while not at_goal() do
  forward()
end
]],
  hints = {
    "Robo can check: am I at the goal yet?",
    "Use 'repeat until at the goal' and put a forward block inside.",
    "Repeat until at the goal: forward.",
  },
}
