/* test_ui_reload.c: hot reload of the open level through the real game loop (offscreen): a
   teacher saves the level file and the game shows the new map and title within a second,
   keeping the pupil's program; a broken file shows the error panel with FILE:LINE (no crash,
   Run greyed) and fixing it brings the level back; F5 reloads at once; the loop's idle wait
   is capped at a second only on the challenge screen. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <SDL.h>

#include "check.h"
#include "fileio.h"
#include "messages.h"
#include "progress.h"
#include "ui_harness.h"

static char dir[256], file[320];

static void write_level(const char *title, const char *map, const char *extra)
{
  char text[1024], err[256];
  snprintf(text, sizeof text,
           "return {\n  id = \"hot\", title = \"%s\", concept = \"sequence\",\n"
           "  map = [[\n%s]],\n  commands = { \"forward\", \"turn_left\" },%s\n"
           "  goal = \"reach\", par = 1, solution = \"forward()\",\n}\n",
           title, map, extra);
  CHECK(fileio_write_atomic(file, text, strlen(text), err, sizeof err));
}

static void sleep_ms(long ms)
{
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

/* Frames until the next file check has happened (the game looks once a second). */
static void tick_past_check(Game *g)
{
  sleep_ms(1050);
  game_frame(g, 0);
  game_frame(g, 0);
}

static long differ(const SDL_Surface *s, const Uint32 *before)
{
  long d = 0;
  for (int y = 0; y < s->h; y++)
    for (int x = 0; x < s->w; x++)
      d += before[y * s->w + x] != ((const Uint32 *)((const char *)s->pixels + y * s->pitch))[x];
  return d;
}

static Uint32 *copy_pixels(const SDL_Surface *s)
{
  Uint32 *p = malloc((size_t)s->w * (size_t)s->h * 4);
  for (int y = 0; p && y < s->h; y++)
    memcpy(p + y * s->w, (const char *)s->pixels + y * s->pitch, (size_t)s->w * 4);
  return p;
}

int main(void)
{
  setenv("SDL_AUDIODRIVER", "dummy", 0);
  temp_root(dir, sizeof dir, "reload");
  snprintf(file, sizeof file, "%s/01-hot.lua", dir);
  char err[512];
  use_config_home(dir, "config", false);
  write_level("Old title", "####\n#>G#\n####\n", "");

  GameOptions opt = {0};
  opt.progress_dir = dir;
  Game *g = game_new(&opt, true, 1024, 600, err, sizeof err);
  CHECK(g != NULL);
  if (!g)
    return check_summary();
  game_play_as(g, NULL, NULL);
  CHECK(game_open_level_file(g, file, err, sizeof err));
  Uint64 opened = SDL_GetTicks64(); /* the game's last look at the file */
  game_set_program(g, "-- mine\nforward()\n");
  game_frame(g, 0);
  CHECK_STR("Old title", level_text(&game_level(g, NULL, NULL)->title, "en"));
  CHECK_INT(4, game_level(g, NULL, NULL)->start.w);
  /* idle on the challenge screen: the loop wakes once a second at most, to look at the file */
  int wait = game_wait_ms(g);
  CHECK(wait > 0 && wait <= 1001);

  /* the teacher saves a wider map and a new title: seen at the next check, program kept */
  write_level("New title", "######\n#>..G#\n######\n", "");
  game_frame(g, 0);
  /* Not before the second is up. Under an emulator (qemu-user for the ARM builds) the frames
     so far can take longer than that: then the second is up and a reload is right. */
  if (SDL_GetTicks64() - opened < 900)
    CHECK_STR("Old title", level_text(&game_level(g, NULL, NULL)->title, "en"));
  tick_past_check(g);
  CHECK_STR("New title", level_text(&game_level(g, NULL, NULL)->title, "en"));
  CHECK_INT(6, game_level(g, NULL, NULL)->start.w);
  CHECK_STR("-- mine\nforward()\n", game_program(g));
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  game_render(g);
  Uint32 *good = copy_pixels(game_surface(g));

  /* a slip: the file does not load. The panel says so with FILE:LINE, and nothing closes */
  write_level("Broken", "######\n#>..G#\n######\n", "\n  par = ,");
  tick_past_check(g);
  CHECK((game_level_error(g) != NULL));
  CHECK_STR(file, game_level_error(g)->file);
  CHECK(game_level_error(g)->line > 0);
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  CHECK_STR("-- mine\nforward()\n", game_program(g));
  game_render(g);
  SDL_Rect run;
  bool enabled = true;
  CHECK(find_widget(g, messages_get("ui_run"), &run, &enabled));
  CHECK(!enabled); /* a broken level runs nothing */
  game_run_to(g, -1);
  CHECK_STR("", game_last_outcome(g, NULL));
  long d = good ? differ(game_surface(g), good) : 0;
  CHECK(d > 20000); /* the world and story gave way to the panel */
  SDL_SaveBMP(game_surface(g), "/tmp/codebridge-reload-broken.bmp");
  free(good);

  /* fixed and saved: F5 brings it back at once, without waiting for the check */
  write_level("Fixed", "#####\n#>.G#\n#####\n", "");
  push_key(SDLK_F5);
  game_frame(g, 0);
  CHECK(!(game_level_error(g) != NULL));
  CHECK_STR("Fixed", level_text(&game_level(g, NULL, NULL)->title, "en"));
  CHECK_INT(5, game_level(g, NULL, NULL)->start.w);
  game_set_program(g, "forward()\nforward()\n");
  game_run_to(g, -1);
  CHECK_STR("solved", game_last_outcome(g, NULL));

  /* a file that vanishes mid-save is not an error: the level stays */
  remove(file);
  tick_past_check(g);
  CHECK(!(game_level_error(g) != NULL));
  CHECK_STR("Fixed", level_text(&game_level(g, NULL, NULL)->title, "en"));

  /* off the challenge screen the loop sleeps until an event again */
  game_show(g, SCREEN_MAP);
  sleep_ms(800); /* the solved run's result was due a moment after it ended */
  game_frame(g, 0);
  CHECK_INT(-1, game_wait_ms(g));
  game_free(g);
  SDL_Quit();
  remove_tree(dir);
  return check_summary();
}
