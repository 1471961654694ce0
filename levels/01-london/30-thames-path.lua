-- Level 30: two ideas together: the wall follower and picking up on the way.
return {
  id = "thames-path",
  title = "The Thames Path clean-up",
  story = "Robo follows the twisty Thames Path and picks up every bit of litter it finds.",
  concept = "selection",
  curriculum = { "KS2.2", "KS2.3", "KS2.1" },
  goal_picture = "bin",
  item_picture = "litter",
  map = [[
###########
#>.*......#
#####.###.#
#.*...#..*#
#.#####.###
#.#...#..*#
#*#.#*#####
#...#....G#
###########
]],
  commands = { "forward", "turn_left", "turn_right", "pick_up", "path_ahead", "path_left", "at_goal", "item_here" },
  goal = "collect_and_reach",
  par = 8,
  solution = [[
while not at_goal() do
  if item_here() then
    pick_up()
  end
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
    "Start with your maze plan from Hampton Court.",
    "Before each move, check: is there litter here? If so, pick it up.",
    "Repeat until at the goal: if item here, pick up. Then the left-hand maze 'if'.",
  },
}
