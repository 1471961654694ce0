-- en.lua: every sentence Codebridge says to a pupil about their program, in English.
-- Words from the program are shown in curly quotes (“forward”). {name}, {suggestion},
-- {opener}, {open_line}, {max} and {detail} are filled in by the engine. Sentences do not start with the line number: the game and the command line add
-- "Line 4: " in front (key line_prefix). To translate, copy this file to xx.lua (a language
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
  missing_end = "this {opener} needs an “end” to show where it stops.",
  missing_do = "put “do” at the end of this {opener} line, like “for i = 1, 3 do”.",
  missing_then = "put “then” at the end of this if, like “if path_ahead() then”.",
  missing_until = "this repeat needs an “until” to show when it stops.",
  unclosed_string = "this text starts with a quote mark but never ends. Add the closing quote.",
  unclosed_long = "this long text or comment starts with [[ but never ends with ]].",
  unclosed_bracket = "the bracket “{opener}” opened here is never closed.",
  needs_parens = "“{name}” needs brackets to run: write “{name}()”.",
  unexpected = "I didn't expect “{name}” here.",
  extra_end = "this “end” has nothing to finish. Take it away.",
  bad_number = "“{name}” is not a number I understand.",
  bad_character = "the sign “{name}” can't be used in a program.",
  expected_token = "I expected “{name}” here.",
  bad_escape = "this text has a backslash \\ that I don't understand.",
  break_outside = "“break” only works inside a repeat.",
  expected_name = "a name goes here, like “zigzag”.",
  expected_equals = "I expected “=” here, like “n = 0”.",
  too_deep = "there are too many blocks inside each other. Try fewer.",
  too_big = "this program is too big.",
  syntax = "I can't read this line. Check the spelling and the brackets.",

  -- Mistakes found while the program runs
  unknown_command = "I don't know “{name}”.",
  unknown_command_suggest = "I don't know “{name}”. Did you mean “{suggestion}”?",
  not_offered = "“{name}” isn't in this level. Use the blocks this level gives you.",
  no_arguments = "“{name}()” needs nothing between its brackets.",
  not_a_command = "“{name}” is not a command, so it can't be run with ().",
  unknown_variable = "“{name}” has no value yet. Give it one first, like “{name} = 0”.",
  number_expected = "a number goes here, like 3.",
  compare_nothing = "this compares something that has no value yet.",
  recursion = "this function keeps calling itself and never stops.",
  out_of_memory = "the program used too much memory. Does a loop keep adding things forever?",
  too_big_value = "this makes something far too big.",
  runtime_error = "something went wrong on this line. Check the spelling and the brackets.",

  -- What happened to the robot
  bump = "Bump! The robot hit a wall. Check the turns and how far it goes.",
  bump_edge = "Bump! The robot reached the edge of the map.",
  nothing_here = "there is nothing to pick up here.",
  too_long_loop = "this loop never stops. Make sure it can finish.",
  too_many_steps = "the robot took more than {max} steps. Does a loop keep going forever, or is there a shorter way?",
  unsolved_reach = "the robot stopped before the goal. Add more blocks to finish the trip.",
  unsolved_collect = "there are still things to pick up.",
  unsolved_goal = "the job is not finished yet.",
  empty_program = "the program is empty. Add a block to start!",
  level_broken = "this level has a problem. Please tell your teacher: {detail}",

  -- What the level teaches (levels13): solved, but not the way the level wants
  solved_without_function = "You got there! Now try it with a function.",
  solved_without_variable = "You got there! Now try it with a variable.",
  solved_without_if = "You got there! Now try it with an if block.",
  solved_without_repeat = "You got there! Now try it with a repeat block.",
  solved_without_repeat_until = "You got there! Now try it with a repeat until block.",
  kept_going = "Robo reached the {goal} but kept going. Stop at the {goal}!",
  kept_going_job = "Robo finished the job but kept going. Stop when the job is done!",
  never_ran = "Some blocks never ran. Look at the ones that glow.",
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
