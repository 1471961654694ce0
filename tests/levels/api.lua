-- Exercises the world API; each action tests one part of it.
local kept
return {
  id = "api",
  title = "World API",
  map = [[
#####
#>*G#
#####
]],
  commands = { "forward", "probe", "reshape", "stash", "use_stash", "crash", "loop", "dot" },
  actions = {
    probe = { run = function(world)
      local x, y, f = world:robot()
      world:say(x .. "," .. y .. "," .. f .. " w=" .. world:width() .. " h=" .. world:height())
      world:say("tile " .. world:tile(1, 1) .. world:tile(4, 2) .. world:tile(0, 0) .. world:tile(99, 2))
      world:say("items " .. world:item_at(3, 2) .. world:item_at(2, 2) .. " left " .. world:items_left())
      world:say("ahead " .. table.concat({ world:ahead() }, ","))
      world:say("paths " .. tostring(world:path_ahead()) .. tostring(world:path_left()) .. tostring(world:path_right()))
      print("printed too")
    end },
    reshape = { run = function(world)
      world:place_item(2, 2)
      world:place_item(2, 2)
      world:remove_item(3, 2)
      world:face("south")
      world:move_robot(4, 2)
      world:set_tile(2, 2, "#")
    end },
    stash = { run = function(world) kept = world end },
    use_stash = { run = function(world) return kept:steps() end },
    crash = { run = function(world)
      local t = nil
      return t.field
    end },
    loop = { run = function(world)
      while true do end
    end },
    dot = { run = function(world) return world.steps() end },
  },
  goal = "reach",
  solution = "forward() forward()",
}
