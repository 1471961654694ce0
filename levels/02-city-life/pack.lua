-- Pack 2: levels that use the level format's own tiles, commands, on_step and goal functions.
return {
  title = "City life",
  description = "Postboxes, traffic lights, pigeons, the number 73 bus, Tower Bridge and the Thames litter-pick: a London that moves and changes while Robo works. For pupils who have finished Robo's London.",
  ages = "8-11",
  levels = {
    "01-post-letters.lua",
    "02-zebra-crossing.lua",
    "03-pigeons.lua",
    "04-catch-the-bus.lua",
    "05-tower-bridge.lua",
    "06-thames-litter.lua",
    "07-parcel-depot.lua",
  },
}
