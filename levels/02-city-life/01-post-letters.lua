-- City life 1: a custom action with rules (face the postbox, carry a letter) and a goal function.
local posted = 0

return {
  id = "post-letters",
  title = "Post the letters",
  story = "Pick up the three letters, then post them all in the red postbox.",
  concept = "repetition",
  curriculum = { "KS2.2", "KS1.5" },
  tiles = {
    ["P"] = { name = "postbox", solid = true, colour = "#d02020", shape = "postbox" },
  },
  actions = {
    post_letter = {
      label = "post letter",
      colour = "#d02020",
      run = function(world)
        local x, y = world:ahead()
        if world:tile(x, y) ~= "P" then
          world:fail("Robo must face the postbox to post a letter.")
        end
        if world:items_collected() - posted < 1 then
          world:fail("Robo has no letters left to post. Pick them up first!")
        end
        posted = posted + 1
        world:say("Letter " .. posted .. " posted!")
      end,
    },
  },
  -- Solved when every letter on the map has gone into the postbox.
  goal = function(world)
    return posted > 0 and posted == world:items_collected() + world:items_left()
  end,
  goal_picture = "post_office",
  item_picture = "letter",
  map = [[
####P##
#>***.#
#######
]],
  commands = { "forward", "turn_left", "turn_right", "pick_up", "post_letter" },
  par = 6,
  solution = [[
for i = 1, 3 do
  forward()
  pick_up()
end
turn_left()
for i = 1, 3 do
  post_letter()
end
]],
  hints = {
    "First pick up all the letters. Then face the postbox.",
    "Each post letter block posts one letter. Robo has three.",
    "Repeat 3 times: forward, pick up. Turn left. Repeat 3 times: post letter.",
  },
}
