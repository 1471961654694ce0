-- A new Codebridge level. Change what you like, then check it:
--     codebridge check THIS_FILE
-- The guide for teachers is docs/levels.md. Lines starting with -- are notes for you:
-- Codebridge ignores them.
return {
  -- A short name made of small letters, digits and dashes. Each level of a pack needs its own.
  id = "my-level",

  -- What pupils read. Keep it short and friendly.
  title = "Robo's new trip",
  story = "Robo wants to visit the park. Help Robo get there!",

  -- What the level teaches:
  -- sequence, repetition, selection, variables, functions or debugging.
  concept = "sequence",

  -- The map: # wall, . floor, G goal, * something to pick up,
  -- and the robot facing > east, < west, ^ north or v south.
  map = [[
#########
#>.....G#
#########
]],

  -- The blocks pupils may use. Others: pick_up, path_ahead, path_left, path_right,
  -- at_goal, item_here.
  commands = { "forward", "turn_left", "turn_right" },

  -- "reach": get to G. "collect": pick up every *. "collect_and_reach": both.
  goal = "reach",

  -- How many blocks a tidy answer uses: that many or fewer earns three stars.
  par = 2,

  -- Your own answer. `codebridge check` runs it to prove the level can be solved.
  solution = [[
for i = 1, 6 do
  forward()
end
]],

  -- Help for pupils who are stuck, gentle first.
  hints = {
    "Count the squares to the park.",
    "Use a repeat block so you need fewer blocks.",
  },
}
