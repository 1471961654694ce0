-- Level 22: define a function once, call it three times.
return {
  id = "fetch-the-post",
  title = "Fetch the post",
  story = "Robo collects a letter from each doorway. Stepping along to a doorway and fetching its letter always takes the same moves.",
  concept = "functions",
  curriculum = { "KS2.1", "KS2.2" },
  goal_picture = "post_office",
  item_picture = "letter",
  map = [[
##########
##*#**####
#>.....G##
##########
]],
  commands = { "forward", "turn_left", "turn_right", "pick_up" },
  goal = "collect_and_reach",
  par = 15,
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
fetch()
forward()
forward()
]],
  hints = {
    "Step along to a doorway, go in, pick up, come back out. Teach Robo that once.",
    "Use define to make a new block called fetch: forward, turn left, forward, pick up, turn right, turn right, forward, turn left.",
    "Then the main plan: fetch, forward, fetch, fetch, forward, forward.",
  },
}
