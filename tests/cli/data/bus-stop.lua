return {
  id = "bus-stop",                 -- [a-z0-9-]+, unique in its pack, used in progress files
  title = "To the bus stop",
  story = "Robo needs to catch the 73. Move forward to the bus stop.",
  concept = "sequence",
  map = [[
#######
#>...G#
#######
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  par = 2,
  solution = [[
for i = 1, 4 do
  forward()
end
]],
  hints = { "How many squares away is the bus stop?" },
}
