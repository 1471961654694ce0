-- Level 27: the counter in a different pattern: steps that get wider.
return {
  id = "growing-steps",
  title = "The growing steps",
  story = "The steps up to Big Ben get wider and wider. Use a counter to climb them.",
  concept = "variables",
  curriculum = { "KS2.2", "KS2.3" },
  goal_picture = "flag",
  map = [[
#############
###########G#
#######.....#
####....#####
##...########
#>.##########
#############
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 8,
  solution = [[
local n = 0
for i = 1, 4 do
  n = n + 1
  for i = 1, n do
    forward()
  end
  turn_left()
  forward()
  turn_right()
end
]],
  hints = {
    "Each step is one square wider than the one before.",
    "Each time round: add 1 to n, go forward n times, then climb one step.",
    "Set n to 0. Repeat 4 times: change n by 1, repeat n times forward, turn left, forward, turn right.",
  },
}
