-- Level 28: the counter used twice in one pass: up n squares, and back down n squares.
return {
  id = "fruit-pyramid",
  title = "The fruit pyramid",
  story = "A market stall has stacked oranges in a pyramid. Each pile is one taller than the last. Collect them all, then go back down to the till at the end of the row.",
  concept = "variables",
  curriculum = { "KS2.2", "KS2.3" },
  goal_picture = "shop",
  item_picture = "fruit",
  map = [[
########
#####*##
####**##
###***##
##****##
#>...G##
########
]],
  commands = { "forward", "turn_left", "turn_right", "pick_up" },
  goal = "collect_and_reach",
  par = 13,
  solution = [[
local n = 0
for i = 1, 4 do
  forward()
  n = n + 1
  turn_left()
  for i = 1, n do
    forward()
    pick_up()
  end
  turn_left()
  turn_left()
  for i = 1, n do
    forward()
  end
  turn_left()
end
]],
  hints = {
    "Go up each pile, then come back down the same number of squares.",
    "Keep a counter n. Each pile: forward, add 1 to n, turn left, repeat n times (forward, pick up), turn round, repeat n times forward, turn left.",
    "Turning round is two turn lefts. After coming down, turn left to face along the street again.",
  },
}
