/* test_ui_keyboard.c: the grid screens with the keyboard alone, through the real game loop
   (SDL's dummy driver, synthetic key events): on the level map and the pupil's name buttons Up
   and Down move a whole row, Left and Right one button, Home and End to the ends, so any level
   is a few presses away; and while a teacher tries a level from the editor, the challenge's
   and the result's way back say "Back to editor" and go there. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL.h>

#include "check.h"
#include "fileio.h"
#include "game.h"
#include "messages.h"
#include "screen_editor.h"
#include "ui_harness.h"

static char root[256];

/* The words of the button the keyboard focus is on ("" when none is known). */
static const char *focused(const Game *g)
{
  const char *label = game_focus(g, NULL);
  return label ? label : "";
}

/* Tab until the focus is on the button with these words; false after 300 presses. */
static bool tab_to(Game *g, const char *label)
{
  for (int i = 0; i < 300; i++) {
    if (game_focus(g, NULL) && strcmp(focused(g), label) == 0)
      return true;
    key(g, SDLK_TAB);
  }
  return false;
}

static Game *start(const char *progress, int w, int h, bool teacher)
{
  return start_game(progress, w, h, teacher, 40);
}

/* How many level buttons one row of the first pack holds (from where they were drawn). */
static int map_columns(const Game *g)
{
  SDL_Rect one, r;
  if (!game_find_button(g, "1", &one))
    return 0;
  int cols = 1;
  char num[16];
  for (int i = 2; i < 40; i++) {
    snprintf(num, sizeof num, "%d", i);
    if (!game_find_button(g, num, &r) || r.y != one.y)
      break;
    cols++;
  }
  return cols;
}

/* The level map: Down goes to the level below, Right to the next, End to the last level,
   Home to the first button; a level 20 rows on is reached with a handful of presses. */
static void test_map(int w, int h)
{
  char progress[300];
  snprintf(progress, sizeof progress, "%s/map-%d", root, w);
  mkdir(progress, 0755);
  Game *g = start(progress, w, h, false);
  REQUIRE(g != NULL);
  game_play_as(g, NULL, NULL);
  game_set_unlock_all(g, true); /* the teacher's setting: every level open */
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  int cols = map_columns(g);
  printf("map %dx%d: %d levels a row\n", w, h, cols);
  CHECK(cols >= 3);
  CHECK(tab_to(g, "1"));
  SDL_Rect one = focus_rect(g);
  char below[16], next[16];
  snprintf(below, sizeof below, "%d", 1 + cols);
  key(g, SDLK_DOWN);
  CHECK_STR(below, focused(g));      /* a whole row down, not one button */
  CHECK_INT(one.x, focus_rect(g).x); /* in the same column */
  snprintf(next, sizeof next, "%d", 2 + cols);
  key(g, SDLK_RIGHT);
  CHECK_STR(next, focused(g)); /* Right: the next one */
  key(g, SDLK_LEFT);
  key(g, SDLK_UP);
  CHECK_STR("1", focused(g)); /* and back up */
  /* level 31 of the first pack, from level 1: a row at a time, scrolling as it goes */
  int presses = 0;
  for (; presses < 40 && strcmp(focused(g), "31") != 0; presses++) {
    const char *f = focused(g);
    int at = atoi(f);
    key(g, at > 0 && 31 - at >= cols ? SDLK_DOWN : SDLK_RIGHT);
  }
  printf("map %dx%d: level 31 in %d presses\n", w, h, presses);
  CHECK_STR("31", focused(g));
  CHECK(presses <= 31 / cols + cols);
  SDL_Rect r = focus_rect(g); /* scrolled into view in the picture that followed the key */
  CHECK(r.y >= 0 && r.y + r.h <= h);
  key(g, SDLK_END); /* the last level of the last pack */
  key(g, SDLK_RETURN);
  frames(g, 2);
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  int pack_i, level_i, npacks = game_pack_count(g);
  CHECK(game_level(g, &pack_i, &level_i) != NULL);
  CHECK_INT(npacks - 1, pack_i);
  CHECK_INT(game_pack(g, npacks - 1)->nlevels - 1, level_i);
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  key(g, SDLK_HOME);
  CHECK_STR(messages_get("ui_change_pupil"), focused(g)); /* the first button of all */
  game_free(g);
}

/* The pupils' names: Down to the name under, Enter picks that pupil. */
static void test_names(int w, int h)
{
  char progress[300], path[400];
  snprintf(progress, sizeof progress, "%s/names-%d", root, w);
  mkdir(progress, 0755);
  snprintf(path, sizeof path, "%s/classes", progress);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/classes/Year 3.txt", progress);
  const char *names[] = {"Amira", "Ben",   "Chloe", "Dev", "Eve", "Femi", "Gus",
                         "Hana",  "Isaac", "Jo",    "Kai", "Leo", "Mia",  "Noah"};
  char roster[400] = "";
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    strcat(roster, names[i]);
    strcat(roster, "\n");
  }
  char err[256];
  CHECK(fileio_write_atomic(path, roster, strlen(roster), err, sizeof err));
  Game *g = start(progress, w, h, false);
  REQUIRE(g != NULL);
  game_show(g, SCREEN_PUPIL);
  frames(g, 2);
  SDL_Rect amira, ben, r;
  CHECK(game_find_button(g, "Amira", &amira));
  CHECK(game_find_button(g, "Ben", &ben));
  CHECK(ben.y == amira.y); /* a grid, not a list */
  int cols = 0;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (game_find_button(g, names[i], &r) && r.y == amira.y)
      cols++;
  CHECK(tab_to(g, "Amira"));
  key(g, SDLK_DOWN);
  CHECK_STR(names[cols], focused(g));
  key(g, SDLK_RIGHT);
  CHECK_STR(names[cols + 1], focused(g));
  key(g, SDLK_RETURN);
  frames(g, 2);
  CHECK_INT(SCREEN_MAP, game_screen(g));
  CHECK_STR(names[cols + 1], game_pupil(g));
  game_free(g);
}

/* KEYBOARD_SHOTS=DIR keeps a picture of the screen, in the largest text with high contrast. */
static void shot(Game *g, const char *name, int w)
{
  const char *dir = getenv("KEYBOARD_SHOTS");
  if (!dir)
    return;
  Settings keep = game_settings(g), big = keep;
  big.text_step = THEME_TEXT_STEPS - 1;
  big.high_contrast = true;
  game_set_settings(g, &big);
  game_render(g);
  char path[600];
  snprintf(path, sizeof path, "%s/%s-%d.bmp", dir, name, w);
  SDL_SaveBMP(game_surface(g), path);
  game_set_settings(g, &keep);
  game_render(g);
}

/* A teacher trying the editor's level: the way back names the editor, on the challenge and on
   the result of a run that did not solve it; a pupil's level still says Map. */
static void test_trial(int w, int h)
{
  char progress[300];
  snprintf(progress, sizeof progress, "%s/trial-%d", root, w);
  mkdir(progress, 0755);
  Game *g = start(progress, w, h, true);
  REQUIRE(g != NULL);
  game_play_as(g, NULL, NULL);
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  char to_editor[64], to_map[64]; /* messages_get's answer lasts until its next call */
  snprintf(to_editor, sizeof to_editor, "%s", messages_get("ui_back_to_editor"));
  snprintf(to_map, sizeof to_map, "%s", messages_get("ui_to_map"));
  CHECK_STR("Back to editor", to_editor);
  shot(g, "map-teacher", w);
  CHECK(click(g, messages_get("ui_make_level")));
  CHECK_INT(SCREEN_EDITOR, game_screen(g));
  CHECK(click(g, messages_get("ui_editor_blank")));
  CHECK(click(g, messages_get("ui_editor_goal")));
  CHECK(paint(g, 4, 2));
  CHECK(click(g, messages_get("ui_editor_solve")));
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  SDL_Rect r;
  CHECK(game_find_button(g, to_editor, &r));
  CHECK(!game_find_button(g, to_map, &r));
  shot(g, "trial", w);
  CHECK(click(g, to_editor));
  CHECK_INT(SCREEN_EDITOR, game_screen(g));
  /* again, and a run that does not reach the goal: the result's button too */
  CHECK(click(g, messages_get("ui_editor_solve")));
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  game_set_program(g, "turn_left()\n");
  frames(g, 1);
  CHECK(click(g, messages_get("ui_run")));
  for (int i = 0; i < 3000 && game_screen(g) != SCREEN_RESULT; i++)
    game_frame(g, 1);
  CHECK_INT(SCREEN_RESULT, game_screen(g));
  shot(g, "trial-result", w);
  CHECK(game_find_button(g, to_editor, &r));
  CHECK(!game_find_button(g, to_map, &r));
  CHECK(click(g, to_editor));
  CHECK_INT(SCREEN_EDITOR, game_screen(g));
  /* a pupil's level: Map, as before */
  char err[512];
  CHECK(game_open_level_file(g, "../levels/01-london/01-bus-stop.lua", err, sizeof err));
  game_show(g, SCREEN_CHALLENGE);
  frames(g, 2);
  CHECK(game_find_button(g, to_map, &r));
  CHECK(!game_find_button(g, to_editor, &r));
  game_free(g);
}

/* Pixels of colour c in r of the last picture. */
static int count_colour(Game *g, SDL_Rect r, SDL_Color c)
{
  SDL_Surface *s = game_surface(g);
  int n = 0;
  SDL_LockSurface(s);
  for (int y = r.y; y < r.y + r.h; y++)
    for (int x = r.x; x < r.x + r.w; x++) {
      if (x < 0 || y < 0 || x >= s->w || y >= s->h)
        continue;
      Uint8 cr, cg, cb;
      SDL_GetRGB(((Uint32 *)((Uint8 *)s->pixels + y * s->pitch))[x], s->format, &cr, &cg, &cb);
      n += cr == c.r && cg == c.g && cb == c.b;
    }
  SDL_UnlockSurface(s);
  return n;
}

/* The largest text in the smallest window, high contrast: a long story still leaves room for
   the hint a pupil asks for (it used to fill the box, and Hint showed nothing). */
static void test_story_hint(void)
{
  char progress[300];
  snprintf(progress, sizeof progress, "%s/story", root);
  mkdir(progress, 0755);
  Game *g = start(progress, 1024, 600, false);
  REQUIRE(g != NULL);
  game_play_as(g, NULL, NULL);
  Settings big = game_settings(g);
  big.text_step = THEME_TEXT_STEPS - 1;
  big.high_contrast = true;
  game_set_settings(g, &big);
  char err[512];
  CHECK(game_open_level_file(g, "../levels/01-london/21-hampton-court-maze.lua", err, sizeof err));
  game_show(g, SCREEN_CHALLENGE);
  frames(g, 2);
  game_render(g);
  SDL_Rect hint;
  CHECK(game_find_button(g, messages_get("ui_hint"), &hint));
  SDL_Rect above = {hint.x, hint.y - theme_px(game_theme(g), 160), theme_px(game_theme(g), 400),
                    theme_px(game_theme(g), 156)}; /* the story's box over the Hint button */
  SDL_Color title = theme_colour(game_theme(g), THEME_TITLE);
  CHECK_INT(0, count_colour(g, above, title)); /* the story alone, in the text colour */
  CHECK(click(g, messages_get("ui_hint")));
  game_render(g);
  int drawn = count_colour(g, above, title);
  printf("hint at 1024x600, largest text: %d pixels of it in the story box\n", drawn);
  CHECK(drawn > 200);
  game_free(g);
}

int main(void)
{
  setenv("SDL_VIDEODRIVER", "dummy", 0);
  setenv("SDL_AUDIODRIVER", "dummy", 0);
  temp_root(root, sizeof root, "keyboard");
  use_config_home(root, "config", true);
  test_map(1024, 600);
  test_map(1920, 1080);
  test_names(1024, 600);
  test_names(1920, 1080);
  test_trial(1024, 600);
  test_trial(1920, 1080);
  test_story_hint();
  SDL_Quit();
  remove_tree(root);
  return check_summary();
}
