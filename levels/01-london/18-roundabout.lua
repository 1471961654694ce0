-- Level 18: if/else with path_ahead: turn only when the road ends.
return {
  id = "roundabout",
  title = "The big roundabout",
  story = "Robo is lost on a twisty road. Robo can look ahead: is the road clear?",
  concept = "selection",
  curriculum = { "KS2.2", "KS2.3" },
  goal_picture = "home",
  map = [[
#########
#>......#
#######.#
#.....#.#
#.###.#.#
#.#G..#.#
#.#####.#
#.......#
#########
]],
  commands = { "forward", "turn_right", "path_ahead", "at_goal" },
  goal = "reach",
  par = 4,
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
    "Every corner on this road is a right turn.",
    "If the path ahead is clear, go forward. If not, turn right.",
    "Repeat until at the goal: if path ahead then forward, else turn right.",
  },
}
