-- City life 4: something that moves by itself: a bus drives along the road one square after
-- every action (on_step), and the goal is a function: Robo is on the bus.
local ROAD_Y, ROAD_X1, ROAD_X2 = 3, 2, 9 -- the bus goes round this stretch of road
local boarded = false

local function bus_x(world)
  for x = ROAD_X1, ROAD_X2 do
    if world:tile(x, ROAD_Y) == "B" then return x end
  end
  return nil
end

return {
  id = "catch-the-bus",
  title = "Catch the number 73",
  story = "Walk to the bus stop, wait for the bus to stop in front of Robo, then hop on!",
  concept = "selection",
  curriculum = { "KS2.1", "KS2.2", "KS1.5" },
  tiles = {
    ["-"] = { name = "road", solid = false, colour = "#505058", shape = "road" },
    ["B"] = { name = "bus", solid = true, colour = "#d82020", shape = "bus" },
    ["S"] = { name = "bus stop", solid = true, colour = "#f0c020", shape = "sign" },
  },
  actions = {
    wait = { label = "wait", colour = "#8060c0", run = function(world) end },
    hop_on = {
      label = "hop on",
      colour = "#e08020",
      run = function(world)
        local x, y = world:ahead()
        if world:tile(x, y) ~= "B" then
          world:fail("The bus is not in front of Robo yet. Wait for it!")
        end
        boarded = true
        world:say("All aboard the 73!")
      end,
    },
  },
  sensors = {
    bus_here = {
      label = "bus is here",
      run = function(world)
        local x, y = world:ahead()
        return world:tile(x, y) == "B"
      end,
    },
  },
  -- The bus moves one square east after every action and comes round again at the end.
  on_step = function(world)
    if boarded then return end
    local x = bus_x(world)
    if not x then return end
    local nx = x < ROAD_X2 and x + 1 or ROAD_X1
    local rx, ry = world:robot()
    if rx == nx and ry == ROAD_Y then
      world:fail("Watch out! Robo was standing in the road when the bus came.")
    end
    world:set_tile(x, ROAD_Y, "-")
    world:set_tile(nx, ROAD_Y, "B")
  end,
  goal = function(world) return boarded end,
  goal_picture = "bus_stop",
  map = [[
##########
#>...S####
#B-------#
##########
]],
  commands = { "forward", "turn_left", "turn_right", "wait", "hop_on", "bus_here" },
  par = 6,
  solution = [[
for i = 1, 3 do
  forward()
end
turn_right()
while not bus_here() do
  wait()
end
hop_on()
]],
  hints = {
    "Go to the bus stop and turn to face the road.",
    "Repeat until the bus is here: wait. Then hop on.",
    "Repeat 3 times forward, turn right, repeat until bus is here: wait, then hop on.",
  },
}
