-- City life 7: a goal function: every parcel delivered AND back at the depot.
local delivered = 0

local function doors_waiting(world)
  for y = 1, world:height() do
    for x = 1, world:width() do
      if world:tile(x, y) == "D" then return true end
    end
  end
  return false
end

return {
  id = "parcel-depot",
  title = "Parcel day",
  story = "Take a parcel to each red door, then drive back to the depot to finish.",
  concept = "functions",
  curriculum = { "KS2.1", "KS2.2", "KS1.5" },
  tiles = {
    ["D"] = { name = "door waiting for a parcel", solid = true, colour = "#c03030", shape = "door" },
    ["d"] = { name = "door with its parcel", solid = true, colour = "#30a030", shape = "door" },
  },
  actions = {
    deliver = {
      label = "deliver",
      colour = "#e08020",
      run = function(world)
        local x, y = world:ahead()
        if world:tile(x, y) ~= "D" then
          world:fail("Robo must face a red door to deliver a parcel.")
        end
        if world:items_collected() - delivered < 1 then
          world:fail("Robo has no parcels left. Pick them up first!")
        end
        delivered = delivered + 1
        world:set_tile(x, y, "d")
        world:say("Thank you, Robo!")
      end,
    },
  },
  goal = function(world)
    return not doors_waiting(world) and world:at_goal()
  end,
  goal_picture = "station",
  item_picture = "parcel",
  map = [[
#######D#D##D##
#>***........G#
###############
]],
  commands = { "forward", "turn_left", "turn_right", "pick_up", "deliver" },
  par = 17,
  solution = [[
function drop()
  turn_left()
  deliver()
  turn_right()
end
for i = 1, 3 do
  forward()
  pick_up()
end
for i = 1, 3 do
  forward()
end
drop()
forward()
forward()
drop()
for i = 1, 3 do
  forward()
end
drop()
forward()
]],
  hints = {
    "Pick up all three parcels first.",
    "Delivering is always: turn left, deliver, turn right. Use define to make your own block called drop.",
    "Use drop at each red door, and finish on the depot.",
  },
}
