return {
  id = "bad-block",
  title = "Bad block name",
  require = { "functoin" },
  map = [[
#>G#
]],
  goal = "reach",
  solution = "forward()",
}
