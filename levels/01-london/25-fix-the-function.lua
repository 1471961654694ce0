-- Level 25: debugging inside a function: one mistake there goes wrong every time it is used.
return {
  id = "fix-the-function",
  title = "Fix the fetch",
  story = "Robo's fetch block has a mistake in it. Fix it once and every fetch will work!",
  concept = "debugging",
  curriculum = { "KS2.3", "KS2.1" },
  goal_picture = "post_office",
  item_picture = "letter",
  map = [[
#########
##*#*####
#>....G##
#########
]],
  commands = { "forward", "turn_left", "turn_right", "pick_up" },
  goal = "collect_and_reach",
  par = 14,
  start_program = [[
function fetch()
  forward()
  turn_left()
  forward()
  pick_up()
  turn_right()
  forward()
  turn_left()
end
fetch()
forward()
fetch()
forward()
forward()
]],
  solution = [[
function fetch()
  forward()
  turn_left()
  forward()
  pick_up()
  turn_right()
  turn_right()
  forward()
  turn_left()
end
fetch()
forward()
fetch()
forward()
forward()
]],
  hints = {
    "Run it and watch what Robo does just after picking up the letter.",
    "To come back out, Robo must turn all the way round. That takes two turns.",
    "Add one more turn right after the first turn right in fetch.",
  },
}
