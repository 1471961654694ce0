-- Level 23: a function for getting round something, used wherever it is needed.
return {
  id = "roadworks",
  title = "Roadworks!",
  story = "There are roadworks all along the street. Teach Robo one way to go round them.",
  concept = "functions",
  curriculum = { "KS2.1", "KS2.2" },
  goal_picture = "school",
  map = [[
###############
##......##...##
#>.#..#....#.G#
###############
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 16,
  solution = [[
function go_round()
  forward()
  turn_left()
  forward()
  turn_right()
  forward()
  forward()
  turn_right()
  forward()
  turn_left()
end
go_round()
go_round()
forward()
forward()
go_round()
forward()
]],
  hints = {
    "Work out how Robo steps up to a hole in the road and gets round it.",
    "Use define to make a block called go_round: forward, turn left, forward, turn right, forward, forward, turn right, forward, turn left.",
    "Main plan: go_round, go_round, forward, forward, go_round, forward.",
  },
}
