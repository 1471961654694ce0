-- Level 9 of Robo thinks: a variable that shrinks.
return {
  id = "shorter-steps",
  title = "Down the shorter steps",
  story = "The steps down to the river get shorter each time: four squares, then three, two and one. Take Robo down to the pier.",
  concept = "variables",
  curriculum = { "KS2.2", "KS2.1" },
  notes = "The first variable that goes down: n = n - 1. Start n at 5 and change it before moving, or at 4 and change it after: both work. Starting at 4 and changing it first makes the steps 3, 2, 1 and 0.",
  require = { "variable" },
  map = [[
#############
#>###########
#.....#######
#####....####
########...##
##########.G#
#############
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  goal_picture = "pier",
  par = 8,
  solution = [[
local n = 5
for i = 1, 4 do
  turn_right()
  forward()
  turn_left()
  n = n - 1
  for i = 1, n do
    forward()
  end
end
]],
  hints = {
    "Each step is: down one, then along. The along part gets shorter.",
    "Keep the length of the step in n and take 1 away each time.",
    "Set n to 5. Repeat 4 times: turn right, forward, turn left, change n by -1, repeat n times forward.",
  },
}
