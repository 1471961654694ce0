-- Level 11 of First steps: the longest KS1 sequence, with a left and a right turn.
return {
  id = "to-the-pier",
  title = "To the pier",
  story = "The boat leaves from the pier. Walk Robo down the Embankment and onto the pier.",
  concept = "sequence",
  curriculum = { "KS1.1", "KS1.2" },
  notes = "A long plan. Pupils who have met repeat may want it: here it is not offered, so every step is a block.",
  map = [[
#########
#v#######
#.#######
#.....###
#####.###
#####...#
#######G#
#########
]],
  commands = { "forward", "turn_left", "turn_right" },
  goal = "reach",
  goal_picture = "pier",
  par = 15,
  solution = [[
forward()
forward()
turn_left()
forward()
forward()
forward()
forward()
turn_right()
forward()
forward()
turn_left()
forward()
forward()
turn_right()
forward()
]],
  hints = {
    "Break the walk into parts: down, along, down, along, down.",
    "After each part Robo turns. Which way?",
  },
}
