-- Level 9: the repeat block, on a street too long to want ten forward blocks.
return {
  id = "oxford-street",
  title = "All along Oxford Street",
  story = "Oxford Street is very long! Can Robo get to the end with only two blocks?",
  concept = "repetition",
  curriculum = { "KS1.1", "KS2.2" },
  goal_picture = "shop",
  map = [[
#>.........G#
]],
  commands = { "forward" },
  goal = "reach",
  par = 2,
  solution = [[
for i = 1, 10 do
  forward()
end
]],
  hints = {
    "That is a lot of forward blocks! A repeat block can do the same thing many times.",
    "Put one forward block inside a repeat block.",
    "Repeat 10 times: forward.",
  },
}
