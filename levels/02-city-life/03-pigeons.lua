-- City life 3: a custom action that changes the map (set_tile) and a sensor to decide when.
return {
  id = "pigeons",
  title = "Pigeons in Trafalgar Square",
  story = "Pigeons are sitting in Robo's way. Robo can shoo them, but only when one is in front.",
  concept = "selection",
  curriculum = { "KS2.2", "KS2.3" },
  tiles = {
    ["p"] = { name = "pigeon", solid = true, colour = "#9090a0", shape = "pigeon" },
    ["~"] = { name = "fountain", solid = true, colour = "#3070d0", shape = "water" },
    ["N"] = { name = "Nelson's Column", solid = true, colour = "#c0a060", shape = "column" },
  },
  actions = {
    shoo = {
      label = "shoo",
      colour = "#e08020",
      run = function(world)
        local x, y = world:ahead()
        if world:tile(x, y) == "p" then
          world:set_tile(x, y, ".")
          world:say("Coo! The pigeon flies away.")
        else
          world:say("There is no pigeon there.")
        end
      end,
    },
  },
  sensors = {
    pigeon_ahead = {
      label = "pigeon ahead",
      run = function(world)
        local x, y = world:ahead()
        return world:tile(x, y) == "p"
      end,
    },
  },
  goal_picture = "park_gate",
  item_picture = "crumb",
  map = [[
##~~~##N##~~~#
#>.p..pp..p.G#
##~~~#####~~~#
]],
  commands = { "forward", "shoo", "pigeon_ahead", "at_goal" },
  goal = "reach",
  par = 4,
  solution = [[
while not at_goal() do
  if pigeon_ahead() then
    shoo()
  else
    forward()
  end
end
]],
  hints = {
    "Robo bumps into pigeons. Check for a pigeon before moving.",
    "If pigeon ahead: shoo. Else: forward.",
    "Repeat until at the goal: if pigeon ahead then shoo, else forward.",
  },
}
