-- Level 13: debugging a repeat whose count is wrong.
return {
  id = "fix-the-count",
  title = "Count again",
  story = "Robo wants to reach the Sky Garden, but the plan turns too early. Fix the number!",
  concept = "debugging",
  curriculum = { "KS1.2", "KS2.3" },
  goal_picture = "library",
  map = [[
#########
######G##
######.##
######.##
#>.....##
#########
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 5,
  start_program = [[
for i = 1, 4 do
  forward()
end
turn_left()
for i = 1, 3 do
  forward()
end
]],
  solution = [[
for i = 1, 5 do
  forward()
end
turn_left()
for i = 1, 3 do
  forward()
end
]],
  hints = {
    "Run it and watch where Robo turns.",
    "Count the squares before the corner. Is the first repeat number right?",
    "The first repeat should be 5 times, not 4.",
  },
}
