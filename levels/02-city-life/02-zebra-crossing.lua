-- City life 2: a traffic light that changes by itself (on_step) and a custom sensor and action.
-- The light is a tile on the map, so pupils can see what the sensor reads.
local LIGHT_X, LIGHT_Y = 4, 1 -- where the traffic light stands
local tick = 0                -- actions so far: the light's clock
local was_on_crossing = false -- the rule is about stepping onto the crossing

return {
  id = "zebra-crossing",
  title = "Wait for the green man",
  story = "Robo must cross the road. Wait until the light is green, then cross safely.",
  concept = "selection",
  curriculum = { "KS2.1", "KS2.2", "KS1.5" },
  tiles = {
    ["="] = { name = "zebra crossing", solid = false, colour = "#f4f4f4", shape = "crossing" },
    ["-"] = { name = "road", solid = true, colour = "#505058", shape = "road" },
    ["r"] = { name = "red light", solid = true, colour = "#d02020", shape = "light" },
    ["g"] = { name = "green light", solid = true, colour = "#20b040", shape = "light" },
  },
  actions = {
    wait = { label = "wait", colour = "#8060c0", run = function(world) end },
  },
  sensors = {
    light_is_green = {
      label = "light is green",
      run = function(world) return world:tile(LIGHT_X, LIGHT_Y) == "g" end,
    },
  },
  -- The check uses the light as the pupil saw it before this action; then the clock ticks:
  -- red for three actions, green for three.
  on_step = function(world)
    local x, y = world:robot()
    local on = world:tile(x, y) == "="
    if on and not was_on_crossing and world:tile(LIGHT_X, LIGHT_Y) == "r" then
      world:fail("Robo stepped onto the crossing on a red light! Wait for the green light.")
    end
    was_on_crossing = on
    tick = tick + 1
    world:set_tile(LIGHT_X, LIGHT_Y, (tick % 6 >= 3) and "g" or "r")
  end,
  goal_picture = "school",
  map = [[
###r-####
#>..=..G#
####-####
]],
  commands = { "forward", "wait", "light_is_green", "at_goal" },
  goal = "reach",
  par = 4,
  solution = [[
while not at_goal() do
  if light_is_green() then
    forward()
  else
    wait()
  end
end
]],
  hints = {
    "Robo should only move when the light is green. When it is red, Robo waits.",
    "Use 'if light is green' to choose between forward and wait.",
    "Repeat until at the goal: if light is green then forward, else wait.",
  },
}
