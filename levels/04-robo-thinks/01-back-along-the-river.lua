-- Level 1 of Robo thinks: if / else with one sensor inside repeat until.
return {
  id = "back-along-the-river",
  title = "Back along the river",
  story = "Robo walks the towpath to the boathouse. When the path ahead is clear Robo goes forward, else Robo turns left.",
  concept = "selection",
  curriculum = { "KS2.2", "KS2.3" },
  notes = "The first if / else: each time round, Robo asks one question and does one of two things. Act it out: a pupil walks, the class says 'path ahead?' at every step.",
  map = [[
##########
#G......##
#######.##
#######.##
##>.....##
##########
]],
  commands = { "forward", "turn_left", "path_ahead", "at_goal" },
  goal = "reach",
  goal_picture = "pier",
  par = 4,
  solution = [[
while not at_goal() do
  if path_ahead() then
    forward()
  else
    turn_left()
  end
end
]],
  hints = {
    "Robo needs to ask the same question again and again: is the path ahead clear?",
    "Use repeat until at the goal, with an if / else inside.",
    "If path ahead: forward. Else: turn left.",
  },
}
