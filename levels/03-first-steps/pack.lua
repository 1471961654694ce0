-- Pack 3: Key Stage 1 first steps: sequences, predicting and the first debugging, one idea at a time.
return {
  title = "First steps",
  description = "For Years 1 and 2: Robo walks to the shop, the library and the pier. Build plans one block at a time, say where Robo will stop before it runs, and fix a plan that goes wrong.",
  ages = "5-7",
  levels = {
    "01-hop-to-the-shop.lua",
    "02-to-the-library.lua",
    "03-where-will-robo-stop.lua",
    "04-turn-at-the-postbox.lua",
    "05-letter-for-gran.lua",
    "06-left-or-right.lua",
    "07-zig-zag-to-school.lua",
    "08-too-many-steps.lua",
    "09-round-the-bin.lua",
    "10-litter-on-the-path.lua",
    "11-to-the-pier.lua",
    "12-robos-walk.lua",
  },
}
