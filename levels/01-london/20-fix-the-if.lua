-- Level 20: debugging an if whose two branches are the wrong way round.
return {
  id = "fix-the-if",
  title = "Mixed-up question",
  story = "Robo's plan for the road to the zoo mixes things up. Can you find the mistake?",
  concept = "debugging",
  curriculum = { "KS2.3", "KS1.2" },
  goal_picture = "park_gate",
  map = [[
#######
#>....#
#####.#
#..G#.#
#.###.#
#.....#
#######
]],
  commands = { "forward", "turn_right", "path_ahead", "at_goal" },
  goal = "reach",
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
    "Run it. What does Robo do when the road ahead is clear?",
    "When the path is clear Robo should go forward, not turn.",
    "Swap the forward and the turn right blocks.",
  },
}
