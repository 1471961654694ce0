-- A level that hides repeat and requires a function: three same-shaped hops.
return {
  id = "require-function",
  title = "Three hops",
  concept = "functions",
  hide = { "repeat" },
  require = { "function" },
  map = [[
############
#>........G#
############
]],
  goal = "reach",
  goal_picture = "library",
  par = 7,
  solution = [[
function hop()
  forward()
  forward()
  forward()
end
hop()
hop()
hop()
]],
}
