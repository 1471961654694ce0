/* test_ui_block_clicks.c: the block editor without dragging (issue 14, item 5), through the
   real game loop: a click on a palette block adds it at the end of the program, or below the
   block the pupil put the cursor on; the Undo and Redo buttons beside the speed do what
   Ctrl+Z / Ctrl+Y do and are greyed when there is nothing to undo or redo. No keyboard traps:
   Tab leaves the blocks (a hint says so while they hold the keyboard), Tab passes greyed
   buttons, and Escape on the map asks before going back to Who are you. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL.h>

#include "check.h"
#include "fileio.h"
#include "messages.h"
#include "ui_harness.h"

static char dir[256], levels[300];

static const char *level_src =
    "return {\n"
    "  id = \"clicks\", title = \"Clicks\", concept = \"sequence\",\n"
    "  map = [[\n#####\n#>.G#\n#####\n]],\n"
    "  commands = { \"forward\", \"turn_left\", \"turn_right\" },\n"
    "  goal = \"reach\", par = 2, solution = \"forward()\\nforward()\",\n"
    "}\n";

/* A left click on palette block n, without moving between press and release. */
static void click_palette(Game *g, int n)
{
  int x = 0, y = 0;
  CHECK(block_view_palette_point(game_block_view(g), n, &x, &y));
  click_at(g, x, y);
}

static bool enabled(const Game *g, const char *key)
{
  SDL_Rect r;
  bool on = false;
  if (!find_widget(g, messages_get(key), &r, &on)) {
    fprintf(stderr, "no button %s\n", key);
    return false;
  }
  return on;
}

static bool shown(const Game *g, const char *key)
{
  SDL_Rect r;
  bool on;
  return find_widget(g, messages_get(key), &r, &on);
}

static void clicks_and_undo(void)
{
  char path[600], err[512];
  Game *g = start_game(dir, 1024, 600, false, 25);
  CHECK(g != NULL);
  if (!g)
    return;
  game_play_as(g, "Ben", "Year 2");
  snprintf(path, sizeof path, "%s/01-clicks.lua", levels);
  CHECK(game_open_level_file(g, path, err, sizeof err));
  frames(g, 2);
  CHECK(game_block_view(g) != NULL);
  if (!game_block_view(g)) {
    game_free(g);
    return;
  }
  /* nothing done yet: both buttons show, greyed */
  CHECK(shown(g, "ui_undo") && shown(g, "ui_redo"));
  CHECK(!enabled(g, "ui_undo"));
  CHECK(!enabled(g, "ui_redo"));
  /* clicks add at the end of the program, in the order clicked */
  click_palette(g, 0);
  CHECK_STR("forward()\n", game_program(g));
  click_palette(g, 1);
  CHECK_STR("forward()\nturn_left()\n", game_program(g));
  /* the pupil moves the cursor up to the first block: the next click goes below it */
  key(g, SDLK_UP);
  click_palette(g, 2);
  frames(g, 1);
  CHECK_STR("forward()\nturn_right()\nturn_left()\n", game_program(g));
  CHECK(enabled(g, "ui_undo"));
  CHECK(!enabled(g, "ui_redo"));
  /* Undo takes the last click back, Redo brings it again */
  CHECK(click(g, messages_get("ui_undo")));
  CHECK_STR("forward()\nturn_left()\n", game_program(g));
  CHECK(enabled(g, "ui_redo"));
  CHECK(click(g, messages_get("ui_redo")));
  CHECK_STR("forward()\nturn_right()\nturn_left()\n", game_program(g));
  CHECK(!enabled(g, "ui_redo"));
  /* undo everything: Undo greys out, and a click on it then changes nothing */
  for (int i = 0; i < 3; i++)
    CHECK(click(g, messages_get("ui_undo")));
  CHECK_STR("", game_program(g));
  CHECK(!enabled(g, "ui_undo"));
  CHECK(click(g, messages_get("ui_undo")));
  CHECK_STR("", game_program(g));
  /* the text view has its own undo: the buttons are for the blocks only */
  CHECK(click(g, messages_get("ui_view_text")));
  CHECK(!shown(g, "ui_undo"));
  game_free(g);
}

/* Issue 14, item 2: Tab leaves the blocks (the screen says how while they have the keyboard),
   Tab passes over greyed buttons, and Escape again and again never logs the pupil out. */
static void no_traps(void)
{
  char path[600], err[512];
  Game *g = start_game(dir, 1024, 600, false, 25);
  CHECK(g != NULL);
  if (!g)
    return;
  game_play_as(g, "Cara", "Year 2");
  snprintf(path, sizeof path, "%s/01-clicks.lua", levels);
  CHECK(game_open_level_file(g, path, err, sizeof err));
  frames(g, 2);
  CHECK(shown(g, "ui_blocks_leave")); /* the blocks have the keyboard when the level opens */
  key(g, SDLK_TAB);
  frames(g, 1);
  CHECK(!shown(g, "ui_blocks_leave"));
  const char *f = game_focus(g, NULL);
  CHECK(f != NULL); /* Tab went on to a button, not into the blocks */
  /* round the whole screen: Run is reached, greyed Undo and Redo never are */
  bool run = false, undo = false;
  for (int i = 0; i < 40; i++) {
    key(g, SDLK_TAB);
    f = game_focus(g, NULL);
    run |= f && strcmp(f, messages_get("ui_run")) == 0;
    undo |=
        f && (strcmp(f, messages_get("ui_undo")) == 0 || strcmp(f, messages_get("ui_redo")) == 0);
  }
  CHECK(run);
  CHECK(!undo);
  /* the map: Escape asks, Escape again answers No; never the Who are you screen */
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  for (int i = 0; i < 6; i++) {
    key(g, SDLK_ESCAPE);
    frames(g, 1);
    CHECK_INT(SCREEN_MAP, game_screen(g));
    CHECK(shown(g, "ui_yes") == (i % 2 == 0));
  }
  CHECK(!shown(g, "ui_yes"));
  CHECK(click(g, messages_get("ui_change_pupil")));
  CHECK_INT(SCREEN_MAP, game_screen(g));
  CHECK(click(g, messages_get("ui_no")));
  CHECK_INT(SCREEN_MAP, game_screen(g));
  CHECK(!shown(g, "ui_yes"));
  CHECK(click(g, messages_get("ui_change_pupil")));
  CHECK(click(g, messages_get("ui_yes")));
  CHECK_INT(SCREEN_PUPIL, game_screen(g));
  game_free(g);
}

int main(void)
{
  setenv("SDL_AUDIODRIVER", "dummy", 0);
  temp_root(dir, sizeof dir, "blockclicks");
  snprintf(levels, sizeof levels, "%s/pack", dir);
  mkdir(levels, 0755);
  char path[600], err[256];
  snprintf(path, sizeof path, "%s/01-clicks.lua", levels);
  CHECK(fileio_write_atomic(path, level_src, strlen(level_src), err, sizeof err));
  use_config_home(dir, "config", false);
  clicks_and_undo();
  no_traps();
  SDL_Quit();
  remove_tree(dir);
  return check_summary();
}
