-- A good level: every optional field used once.
return {
  id = "bus-stop",
  title = { en = "To the bus stop", pl = "Na przystanek" },
  story = "Robo needs to catch the 73.",
  concept = "sequence",
  map = [[
    #######
    #>.*.G#
    #######
  ]],
  commands = { "forward", "turn_left", "turn_right", "pick_up", "at_goal" },
  goal = "collect_and_reach",
  par = 3,
  max_steps = 50,
  mode = "both",
  solution = [[
forward()
forward()
pick_up()
forward()
forward()
]],
  hints = { "Count the squares.", { en = "Pick it up!", pl = "Podnies!" } },
  start_program = "forward()\n",
  author = "Ms Test",
  notes = "for the tests",
  curriculum = { "KS1.2" },
}
