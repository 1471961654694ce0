-- Pack 4: Key Stage 2 thinking: choices (if / else), variables that count and change, predicting.
return {
  title = "Robo thinks",
  description = "For Years 4 to 6: Robo makes choices with if and else, counts with variables in the fog, and you predict where Robo will stop before it runs.",
  ages = "8-11",
  levels = {
    "01-back-along-the-river.lua",
    "02-left-or-right-at-the-corner.lua",
    "03-predict-the-loop.lua",
    "04-sweep-the-market.lua",
    "05-fix-the-else.lua",
    "06-predict-the-if.lua",
    "07-letters-further-apart.lua",
    "08-what-does-n-do.lua",
    "09-shorter-steps.lua",
    "10-count-in-the-fog.lua",
    "11-bottles-to-the-bank.lua",
  },
}
