-- Level 21: the wall follower: a few blocks that solve any maze of this kind.
return {
  id = "hampton-court-maze",
  title = "Hampton Court maze",
  story = "Robo is in the famous hedge maze. Keep one hand on the hedge on your left and you will find the way out!",
  concept = "selection",
  curriculum = { "KS2.2", "KS2.3" },
  goal_picture = "flag",
  map = [[
###########
#>..#.....#
#.#.#.###.#
#.#...#...#
#.#####.#.#
#...#...#.#
###.#.###.#
#.....#..G#
###########
]],
  commands = { "forward", "turn_left", "turn_right", "path_ahead", "path_left", "at_goal" },
  goal = "reach",
  par = 6,
  solution = [[
while not at_goal() do
  if path_left() then
    turn_left()
    forward()
  elseif path_ahead() then
    forward()
  else
    turn_right()
  end
end
]],
  hints = {
    "Keep the hedge on Robo's left: whenever there is a way to the left, take it.",
    "If path left: turn left and go forward. Else if path ahead: forward. Else: turn right.",
    "Put that 'if' inside 'repeat until at the goal'.",
  },
}
