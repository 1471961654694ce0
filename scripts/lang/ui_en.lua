-- ui_en.lua: the words of the game's screens, in English. The game asks for them by key
-- (messages_get); {name} parts are filled in by the game. To translate, copy this file to
-- ui_xx.lua (a language code) and change the words on the right; missing keys fall back to
-- English. Keep them short: they sit on buttons.
return {
  -- Who are you?
  ui_who_are_you = "Who are you?",
  ui_pick_class = "Choose your class.",
  ui_pick_name = "Find your name and press it.",
  ui_no_roster = "No class list yet. Press Guest to play.",
  ui_guest = "Guest",
  ui_other_class = "Other class",
  ui_more_names = "More names",
  ui_first_names = "Back to the top",
  ui_no_progress = "Your work cannot be saved on this computer. Ask your teacher.",

  -- The map
  ui_map_title = "Choose a level",
  ui_map_pupil = "{name}, choose a level",
  ui_change_pupil = "Not me",
  ui_locked = "Locked",
  ui_no_levels = "There are no levels here yet. Ask your teacher.",

  -- The challenge
  ui_to_map = "Map",
  ui_settings = "Settings",
  ui_hint = "Hint",
  ui_hint_prefix = "Hint:",
  ui_blocks_par = "Blocks: {blocks}   Aim: {par}",
  ui_par_only = "Aim: {par} blocks",
  ui_view_text = "Text",
  ui_view_blocks = "Blocks",
  ui_speed = "Speed {speed}",
  ui_slower = "Slower",
  ui_faster = "Faster",
  ui_run = "Run",
  ui_pause = "Pause",
  ui_step = "Step",
  ui_step_back = "Back a step",
  ui_stop = "Stop",
  ui_output_empty = "Words from print() show here.",

  -- The result
  ui_result_par = "You used {blocks} blocks. The aim was {par}. Perfect!",
  ui_result_over_par = "You used {blocks} blocks. Can you do it in {par}?",
  ui_next_level = "Next level",
  ui_try_again = "Try again",
  ui_fix_code = "Fix my code",
  ui_watch_again = "Watch again",

  -- Settings
  ui_back = "Back",
  ui_text_size = "Text size",
  ui_text_small = "Small",
  ui_text_medium = "Medium",
  ui_text_large = "Large",
  ui_text_huge = "Huge",
  ui_high_contrast = "High contrast",
  ui_sound = "Sound",
  ui_reduced_motion = "Less movement",
  ui_fullscreen = "Full screen",
  ui_language = "Language",
  ui_lang_en = "English",
  ui_on = "On",
  ui_off = "Off",
}
