-- Level 2 of Robo thinks: if / else if / else with three sensors.
return {
  id = "left-or-right-at-the-corner",
  title = "Left or right at the corner?",
  story = "The lanes of Covent Garden turn left and right. Teach Robo to choose at every corner.",
  concept = "selection",
  curriculum = { "KS2.2", "KS2.1" },
  notes = "Two questions in order: is the way ahead clear? If not, is the way left clear? Else turn right. Pupils who only ask one question get stuck at the first right turn.",
  map = [[
##########
#>..######
###.######
###...####
#####.####
#####....#
########G#
##########
]],
  commands = { "forward", "turn_left", "turn_right", "path_ahead", "path_left", "at_goal" },
  goal = "reach",
  goal_picture = "shop",
  par = 5,
  solution = [[
while not at_goal() do
  if path_ahead() then
    forward()
  elseif path_left() then
    turn_left()
  else
    turn_right()
  end
end
]],
  hints = {
    "At a corner Robo can turn left or right. How can it tell which?",
    "Ask: path ahead? If not, ask: path left?",
    "If path ahead: forward. Else if path left: turn left. Else: turn right.",
  },
}
