-- Level 5 of Robo thinks: debugging an if / else whose two arms are swapped.
return {
  id = "fix-the-else",
  title = "Fix the else",
  story = "Robo's plan to reach the station mixes up its if and its else: Robo turns when it should walk. Fix it.",
  concept = "debugging",
  curriculum = { "KS2.3", "KS2.2" },
  notes = "Debugging a choice: the blocks are all there but in the wrong arms. Ask pupils to say aloud what Robo does when the path is clear.",
  map = [[
#######
#>...##
####.##
#G...##
#######
]],
  commands = { "forward", "turn_right", "path_ahead", "at_goal" },
  goal = "reach",
  goal_picture = "station",
  par = 4,
  start_program = [[
while not at_goal() do
  if path_ahead() then
    turn_right()
  else
    forward()
  end
end
]],
  solution = [[
while not at_goal() do
  if path_ahead() then
    forward()
  else
    turn_right()
  end
end
]],
  hints = {
    "Run it. What does Robo do when the path ahead is clear?",
    "The forward and the turn right are in each other's places.",
    "Swap them: if path ahead, forward; else, turn right.",
  },
}
