-- A functions level whose par a flat program ties: check must fail it.
return {
  id = "flat-par",
  title = "Too generous",
  concept = "functions",
  map = [[
#######
#>..G##
#######
]],
  goal = "reach",
  par = 3,
  solution = [[
function two()
  forward()
  forward()
end
two()
forward()
]],
}
