-- Custom tiles, actions, sensors, on_step and a goal function.
return {
  id = "custom",
  title = "Traffic lights",
  map = [[
#######
#>.~.G#
#.*...#
#######
]],
  tiles = {
    ["~"] = { name = "water", solid = true, colour = "#3070d0", shape = "water", image = "water.png" },
  },
  actions = {
    honk = { label = { en = "honk", pl = "trabka" }, colour = "#e08020", run = function(world)
      world:say("Beep!")
    end },
    bridge = { run = function(world)
      local x, y = world:ahead()
      world:set_tile(x, y, ".")
    end },
  },
  sensors = {
    light_is_green = { label = "light is green", run = function(world)
      return world:steps() % 4 < 2
    end },
    broken_sensor = { run = function(world)
      return 7
    end },
  },
  commands = { "forward", "turn_right", "honk", "bridge", "light_is_green", "broken_sensor" },
  on_step = function(world)
    local x, y = world:robot()
    if world:tile(x, y) == "G" and world:steps() > 6 then
      world:fail("Too slow for the bus!")
    end
  end,
  goal = function(world)
    local x, y, facing = world:robot()
    return world:at_goal() and facing == "east"
  end,
  solution = "forward() bridge() forward() forward() forward()",
}
