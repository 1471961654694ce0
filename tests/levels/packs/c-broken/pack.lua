return {
  title = "Broken",
  levels = {
    "01-here.lua",
    "02-missing.lua",
  },
}
