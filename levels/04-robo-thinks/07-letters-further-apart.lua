-- Level 7 of Robo thinks: a variable that grows: each letter lies one square further on.
return {
  id = "letters-further-apart",
  title = "Letters further apart",
  story = "The postman dropped letters along Fleet Street, each one a square further on than the last. Pick them all up.",
  concept = "variables",
  curriculum = { "KS2.2", "KS2.1" },
  notes = "The variable n is the gap to the next letter and grows by one each time. A flat plan needs 14 blocks; with n it takes 6.",
  require = { "variable" },
  map = [[
##############
#>*.*..*...*.#
##############
]],
  commands = { "forward", "pick_up" },
  goal = "collect",
  item_picture = "letter",
  par = 6,
  solution = [[
local n = 0
for i = 1, 4 do
  n = n + 1
  for i = 1, n do
    forward()
  end
  pick_up()
end
]],
  hints = {
    "How far is each letter from the one before? 1, 2, 3 ...",
    "Keep the gap in a variable n and add 1 to it each time.",
    "Set n to 0. Repeat 4 times: change n by 1, repeat n times forward, pick up.",
  },
}
