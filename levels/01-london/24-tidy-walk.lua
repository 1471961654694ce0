-- Level 24: a function that holds a repeat with a question (if) inside, used three times.
return {
  id = "tidy-walk",
  title = "A tidy walk",
  story = "Robo walks to Regent's Park and tidies as it goes. Each straight part of the walk is three squares long.",
  concept = "functions",
  curriculum = { "KS2.1", "KS2.2" },
  goal_picture = "park_gate",
  item_picture = "litter",
  map = [[
#########
#>*.*####
####.####
####*####
####.**G#
#########
]],
  commands = { "forward", "turn_left", "turn_right", "pick_up", "item_here" },
  goal = "collect_and_reach",
  par = 10,
  solution = [[
function tidy_three()
  for i = 1, 3 do
    forward()
    if item_here() then
      pick_up()
    end
  end
end
tidy_three()
turn_right()
tidy_three()
turn_left()
tidy_three()
]],
  hints = {
    "Each straight part is the same: three squares, picking up litter where there is some.",
    "Use define to make a block called tidy_three: repeat 3 times: forward, then if item here: pick up.",
    "Main plan: tidy_three, turn right, tidy_three, turn left, tidy_three.",
  },
}
