/* test_ui_block_clicks.c: the block editor without dragging (issue 14, item 5), through the
   real game loop: a click on a palette block adds it at the end of the program, or below the
   block the pupil put the cursor on; the Undo and Redo buttons beside the speed do what
   Ctrl+Z / Ctrl+Y do and are greyed when there is nothing to undo or redo. */
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
  SDL_Quit();
  remove_tree(dir);
  return check_summary();
}
