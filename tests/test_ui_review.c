/* test_ui_review.c: regression tests for bugs found by playing the game as pupils do (a
   review pass): each test drives the real game loop or a screen through tests/ui_harness.h and
   fails without its fix. */
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "check.h"
#include "messages.h"
#include "progress.h"
#include "ui_harness.h"

static char dir[256];

/* The pixels of the print panel (under the Run button, across the right column). */
static bool output_pixels(Game *g, Uint32 **out, size_t *n)
{
  SDL_Rect run;
  game_render(g);
  if (!game_find_button(g, "Run", &run))
    return false;
  SDL_Surface *s = game_surface(g);
  int y0 = run.y + run.h + 2, x0 = run.x;
  *n = (size_t)(s->h - y0) * (size_t)(s->w - x0);
  *out = malloc(*n * sizeof **out);
  if (!*out)
    return false;
  size_t k = 0;
  for (int y = y0; y < s->h; y++)
    for (int x = x0; x < s->w; x++)
      (*out)[k++] = ((Uint32 *)((Uint8 *)s->pixels + y * s->pitch))[x];
  return true;
}

/* The print panel at the end of a run of this program on level 1. */
static Uint32 *panel_after(const char *program, size_t *n)
{
  char err[512];
  Game *g = start_game(dir, 1024, 600, false, 25);
  if (!g)
    return NULL;
  game_play_as(g, NULL, NULL);
  Uint32 *px = NULL;
  if (game_open_level_file(g, "../levels/01-london/01-bus-stop.lua", err, sizeof err)) {
    game_set_program(g, program);
    game_run_to(g, -1);
    if (!output_pixels(g, &px, n))
      px = NULL;
  } else {
    fprintf(stderr, "%s\n", err);
  }
  game_free(g);
  return px;
}

/* A program that only prints (a pupil's first "hello") showed nothing at the end of the run:
   the panel read the last frame's output, which stops at the last action (frame 0 here). At
   the end it shows everything printed, as when a move follows the print. */
static void test_print_after_last_move(void)
{
  size_t na = 0, nb = 0, nc = 0;
  Uint32 *before = panel_after("print(\"hello\")\nforward()\n", &na);
  Uint32 *after = panel_after("print(\"hello\")\n", &nb);
  Uint32 *none = panel_after("forward()\n", &nc);
  CHECK(before && after && none);
  if (before && after && none) {
    CHECK(na == nc && memcmp(before, none, na * sizeof *before) != 0);  /* the panel is there */
    CHECK(na == nb && memcmp(before, after, na * sizeof *before) == 0); /* "hello" either way */
  }
  free(before);
  free(after);
  free(none);
}

/* True when every pixel of the surface inside r has one colour. */
static bool plain(SDL_Surface *s, SDL_Rect r)
{
  Uint32 first = ((Uint32 *)((Uint8 *)s->pixels + r.y * s->pitch))[r.x];
  for (int y = r.y; y < r.y + r.h; y++)
    for (int x = r.x; x < r.x + r.w; x++)
      if (((Uint32 *)((Uint8 *)s->pixels + y * s->pitch))[x] != first)
        return false;
  return true;
}

/* With the biggest text on the smallest window, the result's hint ran on under its buttons:
   words showed in the gaps between them. The words now stop above the buttons. */
static void test_result_words_above_buttons(void)
{
  char err[512];
  Game *g = start_game(dir, 640, 400, false, 25);
  REQUIRE(g != NULL);
  Settings s = game_settings(g);
  s.text_step = 3;
  game_set_settings(g, &s);
  game_play_as(g, NULL, NULL);
  CHECK(game_open_level_file(g, "../levels/01-london/09-oxford-street.lua", err, sizeof err));
  game_set_program(g, "forward()\n");
  game_run_to(g, -1);
  game_show(g, SCREEN_RESULT);
  game_render(g);
  SDL_Rect a, b, c;
  bool found = game_find_button(g, messages_get("ui_fix_code"), &a) &&
               game_find_button(g, messages_get("ui_watch_again"), &b) &&
               game_find_button(g, messages_get("ui_to_map"), &c);
  CHECK(found);
  if (found) {
    SDL_Surface *s = game_surface(g);
    /* the gaps between the buttons, and a strip just above them, show only the panel */
    CHECK(plain(s, (SDL_Rect){a.x + a.w + 1, a.y, b.x - a.x - a.w - 2, a.h}));
    CHECK(plain(s, (SDL_Rect){b.x + b.w + 1, b.y, c.x - b.x - b.w - 2, b.h}));
    CHECK(plain(s, (SDL_Rect){a.x, a.y - 3, c.x + c.w - a.x, 2}));
  }
  game_free(g);
}

/* When the program could not be saved (the pupil's folder unwritable: here a file stands
   where it should be), the loop tried again on every frame: a busy loop, and a line on stderr
   each millisecond. It now waits the save delay again before the next try. */
static void test_failed_save_waits(void)
{
  char err[512], path[4200];
  Game *g = start_game(dir, 1024, 600, false, 25);
  REQUIRE(g != NULL);
  game_play_as(g, "Saskia", "Year 5");
  CHECK(game_open_level_file(g, "../levels/01-london/01-bus-stop.lua", err, sizeof err));
  int pack_i;
  const Level *lv = game_level(g, &pack_i, NULL);
  bool ok = lv && progress_program_path(dir, "Saskia", "Year 5", game_pack(g, pack_i)->id, lv->id,
                                        path, sizeof path);
  CHECK(ok);
  if (ok) {
    *strrchr(path, '/') = '\0';
    remove_tree(path);
    *strrchr(path, '/') = '\0'; /* the pupil's folder of programs: a file in its place */
    remove_tree(path);
    CHECK(fileio_write_atomic(path, "x", 1, err, sizeof err));
    game_set_program(g, "forward()\n");
    frames(g, 2);
    SDL_Delay(GAME_SAVE_DELAY_MS + 100);
    frames(g, 2); /* the save is due: it fails */
    CHECK(game_wait_ms(g) > GAME_SAVE_DELAY_MS / 2);
    remove(path);
  }
  game_free(g);
}

/* A long class name on the teacher's class grid, in the smallest window: its button ran on
   under the Earlier button. It is now no wider than the room left of the paging buttons. */
static void test_long_class_name(void)
{
  const char *cls = "Year 6 with a rather long class name indeed";
  CHECK(write_roster(dir, cls, "Al\nBo\n"));
  Game *g = start_game(dir, 640, 400, true, 25);
  REQUIRE(g != NULL);
  game_show(g, SCREEN_TEACHER);
  frames(g, 2);
  SDL_Rect a, b;
  char seen[32]; /* the widgets remember the first 31 bytes of a label */
  snprintf(seen, sizeof seen, "%s", cls);
  bool found =
      game_find_button(g, seen, &a) && game_find_button(g, messages_get("ui_teacher_earlier"), &b);
  CHECK(found);
  if (found)
    CHECK(!SDL_HasIntersection(&a, &b));
  game_free(g);
}

/* The level editor in the smallest window: no room was left for its status line, and a
   limit of 0 lines means "no limit", so the sentence ran on under and below the buttons. */
static void test_editor_status_above_buttons(void)
{
  Game *g = start_game(dir, 640, 400, true, 25);
  REQUIRE(g != NULL);
  game_edit_level(g, NULL);
  frames(g, 2);
  CHECK_INT(SCREEN_EDITOR, game_screen(g));
  SDL_Rect a, b, c;
  bool found = game_find_button(g, messages_get("ui_editor_solve"), &a) &&
               game_find_button(g, messages_get("ui_editor_save"), &b) &&
               game_find_button(g, messages_get("ui_editor_blank"), &c);
  CHECK(found);
  if (found) {
    SDL_Surface *s = game_surface(g);
    CHECK(plain(s, (SDL_Rect){a.x + a.w + 1, a.y, b.x - a.x - a.w - 2, a.h}));
    CHECK(plain(s, (SDL_Rect){b.x + b.w + 1, b.y, c.x - b.x - b.w - 2, b.h}));
    CHECK(plain(s, (SDL_Rect){a.x, a.y + a.h + 1, c.x + c.w - a.x, s->h - a.y - a.h - 1}));
  }
  game_free(g);
}

static void ctrl_enter(Game *g)
{
  SDL_Event e = {0};
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = SDLK_RETURN;
  e.key.keysym.mod = KMOD_LCTRL;
  e.key.state = SDL_PRESSED;
  SDL_PushEvent(&e);
  frames(g, 2);
}

/* Ctrl+Enter runs the program; it also pressed whichever button was clicked last: after
   Stop it ran and stopped at once (nothing happened), after Run it paused the new run. */
static void test_ctrl_enter_runs(void)
{
  char err[512];
  Game *g = start_game(dir, 1024, 600, false, 1); /* real time: the run is still going */
  REQUIRE(g != NULL);
  game_play_as(g, NULL, NULL);
  CHECK(game_open_level_file(g, "../levels/01-london/09-oxford-street.lua", err, sizeof err));
  frames(g, 2);
  game_set_program(g, "forward()\nforward()\nforward()\nforward()\nforward()\n");
  frames(g, 2);
  CHECK(click(g, messages_get("ui_run")));
  CHECK_INT(REPLAY_PLAYING, game_replay_state(g));
  CHECK(click(g, messages_get("ui_stop")));
  CHECK_INT(REPLAY_STOPPED, game_replay_state(g));
  ctrl_enter(g);
  CHECK_INT(REPLAY_PLAYING, game_replay_state(g)); /* the run goes on, not stopped by the ring */
  ctrl_enter(g);
  CHECK_INT(REPLAY_PLAYING, game_replay_state(g));
  game_free(g);
}

/* A guest's program lasts: it was lost as soon as the guest went to the map and came back to
   the level. Guests write as the pupil Guest, so the next guest carries on from it; a named
   pupil starts afresh. */
static void test_guest_keeps_work(void)
{
  Game *g = start_game(dir, 1024, 600, false, 25);
  REQUIRE(g != NULL);
  game_play_as(g, NULL, NULL);
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  CHECK(click(g, "1"));
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  game_set_program(g, "forward()\n-- mine\n");
  frames(g, 2);
  CHECK(click(g, messages_get("ui_to_map")));
  CHECK_INT(SCREEN_MAP, game_screen(g));
  CHECK(click(g, "1"));
  CHECK_STR("forward()\n-- mine\n", game_program(g));
  CHECK(click(g, messages_get("ui_to_map")));
  game_play_as(g, NULL, NULL); /* the next guest at the laptop */
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  CHECK(click(g, "1"));
  CHECK_STR("forward()\n-- mine\n", game_program(g));
  CHECK(click(g, messages_get("ui_to_map")));
  game_play_as(g, "Noor", "Year 5"); /* a pupil with a name */
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  CHECK(click(g, "1"));
  CHECK(strstr(game_program(g), "-- mine") == NULL);
  game_free(g);
}

int main(void)
{
  setenv("SDL_VIDEODRIVER", "dummy", 0);
  setenv("SDL_AUDIODRIVER", "dummy", 0);
  temp_root(dir, sizeof dir, "review");
  use_config_home(dir, "config", true);
  test_print_after_last_move();
  test_result_words_above_buttons();
  test_failed_save_waits();
  test_long_class_name();
  test_editor_status_above_buttons();
  test_ctrl_enter_runs();
  test_guest_keeps_work();
  remove_tree(dir);
  return check_summary();
}
