-- Level 11: repeating a pattern of several blocks, not just one.
return {
  id = "st-pauls-steps",
  title = "The steps of St Paul's",
  story = "Robo is climbing the steps of St Paul's Cathedral. Every step is the same!",
  concept = "repetition",
  curriculum = { "KS2.2", "KS1.3" },
  goal_picture = "flag",
  map = [[
#######
#####G#
####..#
###..##
##..###
#>.####
#######
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 5,
  solution = [[
for i = 1, 4 do
  forward()
  turn_left()
  forward()
  turn_right()
end
]],
  hints = {
    "Work out the blocks for one step. Then look at the other steps.",
    "One step is: forward, turn left, forward, turn right.",
    "Put those four blocks inside repeat 4 times.",
  },
}
