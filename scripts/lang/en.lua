-- en.lua: every sentence Codebridge says to a pupil about their program, in English.
-- Words from the program are shown in curly quotes (“forward”). {name}, {suggestion},
-- {opener}, {open_line}, {other_line}, {count}, {needed}, {thing}, {max} and {detail} are
-- filled in by the engine. {count:move|moves} is a plural: the first form when the number is
-- 1, the second otherwise. Every sentence starts with a capital letter, and the robot is
-- always called Robo (tests check both). Sentences do not start with the line number: the
-- text view adds "Line 4: " in front (key line_prefix); the blocks view makes the block glow
-- instead. A key ending in _blocks is the sentence for the blocks view when it must differ
-- (it names a second line in text). To translate, copy this file to xx.lua (a language
-- code) and change the words on the right; missing keys fall back to English.
return {
  line_prefix = "Line {line}: ",

  -- How a run ended
  outcome_solved = "You did it!",
  outcome_unsolved = "Not yet!",
  outcome_error = "Oops, the program has a mistake.",
  ["outcome_too-long"] = "The program took too long.",

  -- Names of the blocks a message can be about
  opener_for = "repeat",
  opener_while = "repeat until",
  opener_if = "if",
  opener_function = "function",
  opener_repeat = "repeat",
  opener_do = "do",
  ["opener_("] = "(",
  ["opener_{"] = "{",
  ["opener_["] = "[",
  ["opener_[["] = "[[",
  ["opener_--[["] = "--[[",
  opener_elseif = "else if",
  opener_block = "block",

  -- Mistakes in how the program is written
  missing_end = "This {opener} needs an “end” to show where it stops.",
  missing_do = "Put “do” at the end of this {opener} line, like “for i = 1, 3 do”.",
  missing_then = "Put “then” at the end of this if, like “if path_ahead() then”.",
  missing_until = "This repeat needs an “until” to show when it stops.",
  unclosed_string = "This text starts with a quote mark but never ends. Add the closing quote.",
  unclosed_long = "This long text or comment starts with [[ but never ends with ]].",
  unclosed_bracket = "The bracket “{opener}” opened here is never closed.",
  needs_parens = "“{name}” needs brackets to run: write “{name}()”.",
  unexpected = "I didn't expect “{name}” here.",
  extra_end = "This “end” has nothing to finish. Take it away.",
  bad_number = "“{name}” is not a number I understand.",
  bad_character = "The sign “{name}” can't be used in a program.",
  expected_token = "I expected “{name}” here.",
  bad_escape = "This text has a backslash \\ that I don't understand.",
  break_outside = "“break” only works inside a repeat.",
  expected_name = "A name goes here, like “zigzag”.",
  expected_equals = "I expected “=” here, like “n = 0”.",
  too_deep = "There are too many blocks inside each other. Try fewer.",
  too_big = "This program is too big.",
  join_words = "“{name}” is one word with _ in the middle: write “{suggestion}()”.",
  no_such_operator = "Lua has no “{name}”. Write “{suggestion}” instead.",
  repeat_times = "In text, “{name}” is written “{suggestion}”, with “end” after the blocks to repeat.",
  else_if = "Write “elseif” as one word. “else if” starts a new if that needs its own “end”.",
  misspelt_keyword = "“{name}” should be “{suggestion}”. Check the spelling.",
  syntax = "I can't read this line. Check the spelling and the brackets.",

  -- Mistakes found while the program runs
  unknown_command = "I don't know “{name}”.",
  unknown_command_suggest = "I don't know “{name}”. Did you mean “{suggestion}”?",
  define_first = "Define “{name}” above where you use it: move its function up, before this line. It is on line {other_line} now.",
  define_first_blocks = "Define “{name}” above where you use it: move its function block above the block that glows.",
  not_offered = "“{name}” isn't in this level. Use the blocks this level gives you.",
  no_arguments = "“{name}()” needs nothing between its brackets.",
  not_a_command = "“{name}” is not a command, so it can't be run with ().",
  unknown_variable = "“{name}” has no value yet. Give it one first, like “{name} = 0”.",
  number_expected = "A number goes here, like 3.",
  compare_nothing = "This compares something that has no value yet.",
  recursion = "This function keeps calling itself and never stops.",
  out_of_memory = "The program used too much memory. Does a loop keep adding things forever?",
  too_big_value = "This makes something far too big.",
  runtime_error = "Something went wrong here. Check the spelling and the brackets.",

  -- What happened to the robot
  bump = "Bump! Robo hit the {thing} after {count} {count:move|moves}. Check the turn on line {other_line}.",
  bump_blocks = "Bump! Robo hit the {thing} after {count} {count:move|moves}. Check the turn that glows.",
  bump_straight = "Bump! Robo hit the {thing} after {count} {count:move|moves}. Robo went too far: take away a move.",
  thing_edge = "edge of the map",
  nothing_here = "There is nothing to pick up here.",
  too_long_loop = "This loop never stops. Make sure it can finish.",
  too_many_steps = "Robo took more than {max} steps. Does a loop keep going forever, or is there a shorter way?",
  unsolved_reach = "Robo stopped before the goal. Add more blocks to finish the trip.",
  unsolved_collect = "There are still things to pick up.",
  unsolved_goal = "The job is not finished yet.",
  empty_program = "The program is empty. Add a block to start!",
  unsolved_goal_words = "Not finished yet: {detail}",
  loop_count = "Your loop runs {count} {count:time|times}; Robo needs {needed}. Change {count} to {needed}.",
  level_broken = "This level has a problem. Please tell your teacher: {detail}",

  -- What the level teaches (levels13): solved, but not the way the level wants
  solved_without_function = "You got there! Now try it with a function.",
  solved_without_variable = "You got there! Now try it with a variable.",
  solved_without_if = "You got there! Now try it with an if block.",
  solved_without_repeat = "You got there! Now try it with a repeat block.",
  solved_without_repeat_until = "You got there! Now try it with a repeat until block.",
  kept_going = "Robo reached the {goal} but kept going. Stop at the {goal}!",
  kept_going_job = "Robo finished the job but kept going. Stop when the job is done!",
  never_ran = "Some blocks never ran. Look at the ones that glow.",
  never_ran_lines = "{count:Line|Lines} {lines} never ran. Did Robo need {count:it|them}?",
  never_ran_blocks = "{count} {count:block|blocks} never ran. Did Robo need {count:it|them}?",
  predict_ask = "Where will Robo stop? Click that square.",
  predict_right = "You were right! Robo stopped where you said.",
  predict_wrong = "Not quite! Robo stopped on another square. Watch again and see why.",
  -- The goal pictures, as they are named in sentences
  goal_flag = "flag",
  goal_bus_stop = "bus stop",
  goal_shop = "shop",
  goal_library = "library",
  goal_pier = "pier",
  goal_bin = "bin",
  goal_school = "school",
  goal_post_office = "post office",
  goal_home = "house",
  goal_station = "station",
  goal_park_gate = "park gate",
}
