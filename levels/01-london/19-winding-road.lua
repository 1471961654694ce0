-- Level 19: a second question (elseif) for roads that bend both ways.
return {
  id = "winding-road",
  title = "The winding road",
  story = "This road bends left and right like the River Thames. Robo must choose the way at each bend.",
  concept = "selection",
  curriculum = { "KS2.2", "KS2.3" },
  goal_picture = "pier",
  map = [[
###########
#>...#....#
####.#.##.#
####...##.#
#########.#
#########.#
######G...#
###########
]],
  commands = { "forward", "turn_left", "turn_right", "path_ahead", "path_left", "at_goal" },
  goal = "reach",
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
    "At a bend Robo must ask two questions: is the road clear ahead? Is it clear on the left?",
    "If path ahead: forward. Else if path left: turn left. Else: turn right.",
    "Put that 'if' inside 'repeat until at the goal'.",
  },
}
