/* test_ui_screens.c: every screen drawn offscreen (software renderer on a surface) at 1024x600
   and 1920x1080. A picture fails when it is blank (almost one colour), or when it does not
   change with the state it shows: the robot at step 0 against the end, classes against
   names, locked against unlocked levels, solved against unsolved, normal against high
   contrast. Also: every button's label fits inside the window. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL.h>

#include "check.h"
#include "fileio.h"
#include "game.h"
#include "messages.h"
#include "paths.h"
#include "progress.h"
#include "ui_harness.h"

static char dir[256];

typedef struct {
  Uint32 *px;
  int w, h;
} Shot;

static Shot shot(Game *g)
{
  game_render(g);
  SDL_Surface *s = game_surface(g);
  Shot out = {malloc((size_t)s->w * (size_t)s->h * 4), s->w, s->h};
  for (int y = 0; y < s->h; y++)
    memcpy(out.px + (size_t)y * (size_t)s->w, (char *)s->pixels + (size_t)y * (size_t)s->pitch,
           (size_t)s->w * 4);
  return out;
}

/* Not blank: at least 3% of the pixels differ from the most common corner colour, and there
   are at least 6 different colours among a sample. */
static bool busy(const Shot *s)
{
  Uint32 bg = s->px[0];
  long differ = 0, n = (long)s->w * s->h;
  Uint32 colours[16];
  int ncol = 0;
  for (long i = 0; i < n; i++) {
    if (s->px[i] != bg)
      differ++;
    if (i % 97 == 0 && ncol < 16) {
      bool known = false;
      for (int k = 0; k < ncol; k++)
        known |= colours[k] == s->px[i];
      if (!known)
        colours[ncol++] = s->px[i];
    }
  }
  return differ * 100 / n >= 3 && ncol >= 6;
}

static long changed(const Shot *a, const Shot *b)
{
  long d = 0;
  for (long i = 0; i < (long)a->w * a->h; i++)
    d += a->px[i] != b->px[i];
  return d;
}

/* A press on the button with these words (no release) and the frame that acts on it. */
static void press(Game *g, const char *label)
{
  int x, y;
  if (!button_centre(g, label, &x, &y)) {
    CHECK(false);
    return;
  }
  push_mouse(SDL_MOUSEBUTTONDOWN, x, y);
  game_frame(g, 0);
}

/* Each size has its own progress folder: a guest's attempts are written (as the pupil Guest),
   and the map of the second size must start as unsolved as the first's. */
static void setup(const char *progress)
{
  mkdir(progress, 0755);
  CHECK(write_roster(progress, "Ash", "Ali\nBea\nCal\n"));
  CHECK(write_roster(progress, "Oak", "Dee\nEd\n"));
  char big[2000] = "";
  for (int i = 1; i <= 90; i++)
    snprintf(big + strlen(big), sizeof big - strlen(big), "Pupil%d\n", i);
  CHECK(write_roster(progress, "Big", big));
  /* Old Notepad's "Unicode" (UTF-16 with its mark), and a picture saved as a class list. */
  char path[800], err[256];
  snprintf(path, sizeof path, "%s/classes/Old.txt", progress);
  CHECK(fileio_write_atomic(path, "\xFF\xFEZ\0o\0\xEB\0\n\0", 10, err, sizeof err));
  snprintf(path, sizeof path, "%s/classes/Pic.txt", progress);
  CHECK(fileio_write_atomic(path, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, err, sizeof err));
}

/* Widgets other than the screen's own buttons: the names offered. */
static int name_buttons(const Game *g)
{
  const char *own[] = {messages_get("ui_settings"), messages_get("ui_other_class"),
                       messages_get("ui_guest"), messages_get("ui_more_names"),
                       messages_get("ui_first_names")};
  int n = 0;
  for (int i = 0; i < game_widget_count(g); i++) {
    const char *label = game_widget(g, i, NULL, NULL);
    bool chrome = false;
    for (int k = 0; k < 5; k++)
      chrome = chrome || (label && strcmp(label, own[k]) == 0);
    n += !chrome;
  }
  return n;
}

/* Each size starts from the default settings: its own config folder. */
static void fresh_settings(int w)
{
  char sub[32];
  snprintf(sub, sizeof sub, "config-%d", w);
  use_config_home(dir, sub, false);
}

static void check_pair(const char *what, int w, Shot *a, Shot *b)
{
  bool ok = busy(a) && busy(b) && changed(a, b) > 200;
  if (!ok)
    fprintf(stderr, "%s at width %d: blank or unchanged\n", what, w);
  CHECK(ok);
  free(a->px);
  free(b->px);
}

static void screens_at(int w, int h)
{
  char err[512], level[1024], progress[600];
  snprintf(progress, sizeof progress, "%s/progress-%d", dir, w);
  setup(progress);
  GameOptions opt = {0};
  opt.progress_dir = progress;
  fresh_settings(w);
  Game *g = game_new(&opt, true, w, h, err, sizeof err);
  REQUIRE(g != NULL);
  game_set_time_scale(g, 20);
  /* Who are you: the classes, then one class's names. */
  Shot classes = shot(g);
  press(g, "Ash");
  CHECK_INT(SCREEN_PUPIL, game_screen(g));
  Shot names = shot(g);
  check_pair("pupil", w, &classes, &names);
  /* A long roster: names that do not fit are reached with More names, never lost. */
  press(g, messages_get("ui_other_class"));
  press(g, "Big");
  SDL_Rect r;
  CHECK(game_find_button(g, "Pupil1", &r));
  CHECK(!game_find_button(g, "Pupil90", &r));
  for (int i = 0; i < 10 && !game_find_button(g, "Pupil90", &r); i++)
    press(g, messages_get("ui_more_names"));
  CHECK(game_find_button(g, "Pupil90", &r));
  CHECK(r.y + r.h <= h && r.y >= 0);
  /* A UTF-16 class list shows its names; one that is not text offers no names (it says so). */
  press(g, messages_get("ui_other_class"));
  press(g, "Old");
  CHECK(game_find_button(g, "Zo\xC3\xAB", &r));
  press(g, messages_get("ui_other_class"));
  press(g, "Pic");
  CHECK_INT(SCREEN_PUPIL, game_screen(g));
  CHECK_INT(0, name_buttons(g));
  CHECK(game_find_button(g, messages_get("ui_guest"), &r));
  press(g, messages_get("ui_guest"));
  CHECK_INT(SCREEN_MAP, game_screen(g));
  Shot map_before = shot(g);
  /* The challenge: the robot at the start and at the end of the solution. */
  paths_data(level, sizeof level, "levels/01-london/01-bus-stop.lua");
  CHECK(game_open_level_file(g, level, err, sizeof err));
  /* The same program in the text view and in the blocks view (where a new pupil starts) */
  game_set_program(g, "-- to the bus stop\nfor i = 1, 2 do\n  if path_ahead() then\n"
                      "    forward()\n  else\n    turn_left()\n  end\nend\n");
  Shot blocks_view = shot(g);
  press(g, messages_get("ui_view_text"));
  Shot text_view = shot(g);
  const char *keep = getenv("CODEBRIDGE_SHOTS"); /* a folder: keep the pictures to look at */
  if (keep) {
    char out[1200];
    game_render(g);
    snprintf(out, sizeof out, "%s/challenge-text-%d.bmp", keep, w);
    SDL_SaveBMP(game_surface(g), out);
    press(g, messages_get("ui_view_blocks"));
    game_render(g);
    snprintf(out, sizeof out, "%s/challenge-blocks-%d.bmp", keep, w);
    SDL_SaveBMP(game_surface(g), out);
  }
  check_pair("blocks view", w, &blocks_view, &text_view);
  game_set_program(g, "forward()\n");
  game_run_to(g, 0);
  Shot start = shot(g);
  game_run_to(g, -1);
  Shot end = shot(g);
  check_pair("challenge", w, &start, &end);
  /* The result: solved, then a bump. */
  for (int i = 0; i < 500 && game_screen(g) != SCREEN_RESULT; i++)
    game_frame(g, 2); /* the replay is over: the result shows a moment later */
  CHECK_INT(SCREEN_RESULT, game_screen(g));
  Shot solved = shot(g);
  game_show(g, SCREEN_CHALLENGE);
  game_set_program(g, "turn_left()\nforward()\n");
  game_run_to(g, -1);
  for (int i = 0; i < 500 && game_screen(g) != SCREEN_RESULT; i++)
    game_frame(g, 2);
  CHECK_INT(SCREEN_RESULT, game_screen(g));
  Shot bumped = shot(g);
  check_pair("result", w, &solved, &bumped);
  /* The map: level 2 opened by solving level 1. */
  game_show(g, SCREEN_MAP);
  Shot map_after = shot(g);
  check_pair("map", w, &map_before, &map_after);
  /* Settings: high contrast on. */
  game_show(g, SCREEN_SETTINGS);
  Shot normal = shot(g);
  press(g, messages_get("ui_on"));
  Shot contrast = shot(g);
  check_pair("settings", w, &normal, &contrast);
  game_free(g);
}

int main(void)
{
  setenv("SDL_AUDIODRIVER", "dummy", 0);
  temp_root(dir, sizeof dir, "screens");
  screens_at(1024, 600);
  screens_at(1920, 1080);
  SDL_Quit();
  remove_tree(dir);
  return check_summary();
}
