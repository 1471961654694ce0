-- City life 5: Tower Bridge opens and closes by itself: on_step swaps the bridge tiles.
-- The bridge never lifts while Robo stands on it, so no program can be dropped in the river.
local SPAN_Y, SPAN_X1, SPAN_X2 = 2, 6, 7 -- the bridge squares
local tick = 0

local function robot_on_bridge(world)
  local x, y = world:robot()
  return y == SPAN_Y and x >= SPAN_X1 and x <= SPAN_X2
end

return {
  id = "tower-bridge",
  title = "Tower Bridge is up!",
  story = "Tower Bridge lifts up to let tall ships through. Robo must wait until it comes down.",
  concept = "selection",
  curriculum = { "KS2.1", "KS2.2", "KS1.5" },
  tiles = {
    ["~"] = { name = "river", solid = true, colour = "#3070d0", shape = "water" },
    ["="] = { name = "bridge", solid = false, colour = "#8a6a4a", shape = "bridge" },
    ["U"] = { name = "raised bridge", solid = true, colour = "#4a3a2a", shape = "bridge_up" },
  },
  actions = {
    wait = { label = "wait", colour = "#8060c0", run = function(world) end },
  },
  sensors = {
    bridge_down = {
      label = "bridge is down",
      run = function(world) return world:tile(SPAN_X1, SPAN_Y) == "=" end,
    },
  },
  -- Up for four actions, down for four.
  on_step = function(world)
    tick = tick + 1
    local down = tick % 8 >= 4 or robot_on_bridge(world)
    for x = SPAN_X1, SPAN_X2 do
      world:set_tile(x, SPAN_Y, down and "=" or "U")
    end
  end,
  goal_picture = "pier",
  map = [[
#####~~#####
#>...UU...##
#####~~##.##
#####~~##.##
#####~~##G##
#####~~#####
]],
  commands = { "forward", "turn_left", "turn_right", "wait", "bridge_down" },
  goal = "reach",
  par = 9,
  solution = [[
for i = 1, 3 do
  forward()
end
while not bridge_down() do
  wait()
end
for i = 1, 5 do
  forward()
end
turn_right()
for i = 1, 3 do
  forward()
end
]],
  hints = {
    "Go to the edge of the river first, then wait for the bridge.",
    "Use 'repeat until bridge is down' with a wait block inside.",
    "Repeat 3 times forward. Repeat until bridge is down: wait. Repeat 5 times forward, turn right, repeat 3 times forward.",
  },
}
