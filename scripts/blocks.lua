-- blocks.lua: what the blocks look like: their words (per language code) and colours.
-- The block editor reads it once when a challenge opens. Words in {braces} are the parts a
-- pupil changes: {n} a number, {sensor} a sensor, {name} a name. To translate, add a table
-- under labels with your language code (e.g. pl = { ... }); missing words fall back to en.
-- Colours are "#RRGGBB", near the ones children know from Scratch and Blockly.
return {
  -- Each colour keeps its label readable (contrast 4.5:1 or more with dark or white words,
  -- whichever reads better) and every two categories look different with red-green colour
  -- blindness too: tests/test_block_style.c checks both, so change a colour with care.
  colours = {
    start = "#FFE14D",      -- the "when Run is pressed" hat
    motion = "#2A6FDB",     -- forward, turn_left, turn_right
    action = "#C9A7FF",     -- pick_up and other things the robot does
    control = "#F5A623",    -- repeat, repeat until, if / else
    sensing = "#62D9E5",    -- path_ahead, at_goal ... (inside control blocks)
    functions = "#FF7A9A",  -- define and call
    variables = "#3DBE6E",  -- set, change, repeat n times
    code = "#5F6670",       -- Lua with no block form, shown exactly
    comment = "#FFF4A8",    -- -- comments
  },
  -- The same in the high contrast setting: words at 7:1 or more on every block.
  colours_high_contrast = {
    start = "#FFE14D",
    motion = "#0A3F99",
    action = "#E0C8FF",
    control = "#FF9F1C",
    sensing = "#005F66",
    functions = "#FF7FA8",
    variables = "#8FE3A0",
    code = "#2B2F36",
    comment = "#FFF9C4",
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
