-- Level 4: a left turn, so pupils learn left and right from Robo's point of view.
return {
  id = "left-at-the-lights",
  title = "Left at the lights",
  story = "The library is up the road on the left. Can you take Robo there?",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.3" },
  goal_picture = "library",
  map = [[
######
####G#
####.#
#>...#
######
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 6,
  solution = [[
forward()
forward()
forward()
turn_left()
forward()
forward()
]],
  hints = {
    "Pretend you are Robo. Which way do you turn at the corner?",
    "Robo faces right across the screen. Going up the screen is a left turn for Robo.",
    "Three forwards, turn left, then two forwards.",
  },
}
