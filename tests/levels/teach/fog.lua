-- Fog: only squares next to Robo's path are seen.
return {
  id = "fog-test",
  title = "In the fog",
  concept = "selection",
  fog = true,
  map = [[
#########
#>.....G#
#.#######
#........
]],
  commands = { "forward", "at_goal" },
  goal = "reach",
  par = 2,
  solution = [[
while not at_goal() do
  forward()
end
]],
}
