return {
  title = { en = "Around London", pl = "Po Londynie" },
  description = "Three short trips.",
  ages = "5-7",
  levels = { "03-third.lua", "01-first.lua" },
}
