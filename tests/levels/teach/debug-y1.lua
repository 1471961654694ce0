-- A Year 1 debugging level: a plain sequence, so no control block is offered.
return {
  id = "debug-y1",
  title = "Fix the walk",
  concept = "debugging",
  predict = true,
  map = [[
######
#>..G#
######
]],
  goal = "reach",
  start_program = [[
forward()
forward()
]],
  solution = [[
forward()
forward()
forward()
]],
}
