-- Level 31: the finale: a function with sensors, used by a loop with a sensor.
return {
  id = "grand-tour",
  title = "Robo's grand delivery",
  story = "Robo has one parcel to collect from the end of every side street. The streets are all different lengths!",
  concept = "functions",
  curriculum = { "KS2.1", "KS2.2", "KS2.3" },
  goal_picture = "post_office",
  item_picture = "parcel",
  map = [[
##############
###*##########
###.####*#####
###.####.#*###
###.#*##.#.###
#>..........G#
##############
]],
  commands = { "forward", "turn_left", "turn_right", "pick_up", "path_left", "at_goal", "item_here" },
  goal = "collect_and_reach",
  par = 14,
  solution = [[
function visit()
  turn_left()
  while not item_here() do
    forward()
  end
  pick_up()
  turn_left()
  turn_left()
  while not path_left() do
    forward()
  end
  turn_left()
end
while not at_goal() do
  forward()
  if path_left() then
    visit()
  end
end
]],
  hints = {
    "Use define to make a block called visit that goes up a side street, picks up the parcel and comes back.",
    "In visit: turn left, repeat until item here: forward, pick up, turn round, repeat until path left: forward, turn left.",
    "Main plan: repeat until at the goal: forward, and if path left: visit.",
  },
}
