-- Requires a variable, but the solution uses none: check must fail it.
return {
  id = "require-unused",
  title = "Counting without counting",
  concept = "variables",
  require = { "variable" },
  map = [[
#######
#>..G##
#######
]],
  goal = "reach",
  par = 1,
  solution = [[
for i = 1, 3 do
  forward()
end
]],
}
