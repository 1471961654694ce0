-- Level 8 of Robo thinks: predict a program whose variable grows.
return {
  id = "what-does-n-do",
  title = "What does n do?",
  story = "Robo's plan uses a variable called n. Where will Robo stop? Pick the square, then run it.",
  concept = "variables",
  curriculum = { "KS2.3", "KS2.2" },
  notes = "Predict, then run: make a table with a row for each time round the loop: n, then squares moved. 1 + 2 + 3 = 6 squares.",
  predict = true,
  map = [[
############
#>.....G...#
############
]],
  commands = { "forward" },
  goal = "reach",
  goal_picture = "station",
  par = 5,
  start_program = [[
local n = 0
for i = 1, 3 do
  n = n + 1
  for i = 1, n do
    forward()
  end
end
]],
  solution = [[
local n = 0
for i = 1, 3 do
  n = n + 1
  for i = 1, n do
    forward()
  end
end
]],
  hints = {
    "Write down n each time round the loop: first 1, then ...",
    "Robo goes 1 square, then 2, then 3.",
  },
}
