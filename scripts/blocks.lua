-- blocks.lua: what the blocks look like: their words (per language code) and colours.
-- The block editor reads it once when a challenge opens. Words in {braces} are the parts a
-- pupil changes: {n} a number, {sensor} a sensor, {name} a name. To translate, add a table
-- under labels with your language code (e.g. pl = { ... }); missing words fall back to en.
-- Colours are "#RRGGBB", close to the ones children know from Scratch and Blockly.
return {
  colours = {
    start = "#FFBF00",      -- the "when Run is pressed" hat
    motion = "#4C97FF",     -- forward, turn_left, turn_right
    action = "#9966FF",     -- pick_up and other things the robot does
    control = "#FFAB19",    -- repeat, repeat until, if / else
    sensing = "#5CB1D6",    -- path_ahead, at_goal ... (inside control blocks)
    functions = "#FF6680",  -- define and call
    variables = "#FF8C1A",  -- set, change, repeat n times
    code = "#8A8F98",       -- Lua with no block form, shown exactly
    comment = "#FFF4A8",    -- -- comments
  },
  -- Which colour each robot command uses (others: action).
  command_colours = {
    forward = "motion", turn_left = "motion", turn_right = "motion", pick_up = "action",
  },
  labels = {
    en = {
      start = "when Run is pressed",
      palette = "Blocks",
      forward = "move forward",
      turn_left = "turn left",
      turn_right = "turn right",
      pick_up = "pick up",
      path_ahead = "path ahead",
      path_left = "path on the left",
      path_right = "path on the right",
      at_goal = "at the goal",
      item_here = "item here",
      ["not"] = "not",
      ["repeat"] = "repeat {n} times",
      repeat_var = "repeat {name} times",
      repeat_until = "repeat until {sensor}",
      ["if"] = "if {sensor}",
      elseif_arm = "else if {sensor}",
      ["else"] = "else",
      add_else = "+ else",
      define = "define {name}",
      call = "{name}",
      set = "set {name} to {n}",
      change = "change {name} by {n}",
      function_name = "my_steps",
      counter_name = "n",
      drop_to_delete = "Drop here to delete",
      empty_program = "Drag blocks here",
    },
  },
}
