/* test_ui_pack_rules.c: the session's pack rules as the game shows them. A broken level in the
   middle of a pack leaves the rest of the pack open (the level after it opens once the one
   before it is solved), and twenty slow levels in a teacher's pack do not freeze start-up or
   the map (each is read once, within one start-up budget). Drives the real game offscreen. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <SDL.h>

#include "check.h"
#include "paths.h"
#include "progress.h"
#include "sys.h"
#include "ui_harness.h"

static char root[256];

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void write_text(const char *dir, const char *name, const char *text)
{
  char path[600];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

static void write_level(const char *dir, const char *name, const char *id)
{
  char text[800];
  snprintf(text, sizeof text,
           "return {\n  id = \"%s\",\n  title = \"Walk %s\",\n  map = [[\n#####\n#>.G#\n"
           "#####\n]],\n  goal = \"reach\",\n  par = 2,\n"
           "  solution = \"forward()\\nforward()\\n\",\n}\n",
           id, id);
  write_text(dir, name, text);
}

/* A data folder holding the real scripts and assets but only our own pack of levels, so the
   map's level numbers are ours alone. */
static bool make_data(char *levels, size_t cap)
{
  char data[300], real[4096], link_to[4200], link_at[400];
  if (!sys_real_path(paths_data_dir(), real, sizeof real))
    return false;
  snprintf(data, sizeof data, "%s/data", root);
  mkdir(data, 0755);
  const char *parts[] = {"scripts", "assets"};
  for (int i = 0; i < 2; i++) {
    snprintf(link_to, sizeof link_to, "%s/%s", real, parts[i]);
    snprintf(link_at, sizeof link_at, "%s/%s", data, parts[i]);
    if (symlink(link_to, link_at) != 0)
      return false;
  }
  snprintf(levels, cap, "%s/levels", data);
  mkdir(levels, 0755);
  setenv("CODEBRIDGE_DATA", data, 1);
  return paths_init(NULL) && strcmp(paths_data_dir(), data) == 0;
}

static bool level_open(Game *g, const char *number)
{
  SDL_Rect r;
  bool enabled = false;
  CHECK(find_widget(g, number, &r, &enabled));
  return enabled;
}

/* Walks: 1 good, 2 broken, 3 and 4 good. Amy solved level 1. */
static void broken_level_leaves_pack_open(const char *levels)
{
  char pack[400], progress[300];
  snprintf(pack, sizeof pack, "%s/walks", levels);
  mkdir(pack, 0755);
  write_level(pack, "01-a.lua", "a");
  write_text(pack, "02-b.lua", "return { id = \"b\", title = \n");
  write_level(pack, "03-c.lua", "c");
  write_level(pack, "04-d.lua", "d");
  snprintf(progress, sizeof progress, "%s/progress", root);
  mkdir(progress, 0755);
  ProgressAttempt a = {.time = time(NULL), .stars = 3, .blocks = 2, .steps = 2};
  snprintf(a.pack, sizeof a.pack, "walks");
  snprintf(a.level, sizeof a.level, "a");
  snprintf(a.outcome, sizeof a.outcome, "solved");
  snprintf(a.view, sizeof a.view, "text");
  char err[256];
  CHECK(progress_record(progress, "Amy", "4B", &a, NULL, 0, err, sizeof err));
  Game *g = start_game(progress, 1024, 600, false, 25);
  CHECK(g != NULL);
  if (!g)
    return;
  game_play_as(g, "Amy", "4B");
  game_show(g, SCREEN_MAP);
  game_render(g);
  CHECK(level_open(g, "1"));
  CHECK(!level_open(g, "2")); /* broken: never opens */
  CHECK(level_open(g, "3"));  /* as if level 2 were not there */
  CHECK(!level_open(g, "4")); /* level 3 is not solved yet */
  game_play_as(g, "Ben", "4B");
  game_show(g, SCREEN_PUPIL);
  game_show(g, SCREEN_MAP);
  game_render(g);
  CHECK(!level_open(g, "3")); /* Ben solved nothing */
  game_free(g);
}

static const char slow_level[] = "local a = string.rep(\"x\", 1000000)\na = a .. a .. a .. a\n"
                                 "local b = string.rep(\"x\", 1000000)\nb = b .. b .. b .. b\n"
                                 "while a == b do end\nreturn {}\n";

/* A teacher's pack of twenty levels that each spend their whole load budget: the game starts
   within the start-up budget and the map shows again at once. */
static void slow_pack_does_not_freeze(void)
{
  char slow[300], progress[300];
  snprintf(slow, sizeof slow, "%s/slow", root);
  mkdir(slow, 0755);
  for (int i = 1; i <= 20; i++) {
    char name[32];
    snprintf(name, sizeof name, "%02d-slow.lua", i);
    write_text(slow, name, slow_level);
  }
  snprintf(progress, sizeof progress, "%s/progress", root);
  char err[512];
  GameOptions opt = {0};
  opt.progress_dir = progress;
  opt.levels_dir = slow;
  double t0 = now();
  Game *g = game_new(&opt, true, 1024, 600, err, sizeof err);
  CHECK(g != NULL);
  if (!g)
    return;
  game_play_as(g, NULL, NULL);
  game_show(g, SCREEN_MAP);
  game_render(g);
  double first = now() - t0;
  t0 = now();
  game_show(g, SCREEN_PUPIL);
  game_show(g, SCREEN_MAP);
  game_render(g);
  double again = now() - t0;
  fprintf(stderr, "test_ui_pack_rules: 20 slow levels: first map %.2f s, the map again %.2f s\n",
          first, again);
  CHECK(first <
        4.0 * CHECK_TIME_SCALE); /* the 2 s budget, one level past it, the window (it was 12 s) */
  CHECK(again < 0.5 * CHECK_TIME_SCALE); /* it was 12 s again every time */
  CHECK(level_open(g, "1"));             /* the bundled-folder pack still plays */
  game_free(g);
}

int main(void)
{
  temp_root(root, sizeof root, "pack-rules");
  use_config_home(root, "config", true);
  char levels[400];
  CHECK(make_data(levels, sizeof levels));
  broken_level_leaves_pack_open(levels);
  slow_pack_does_not_freeze();
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
  if (system(cmd) != 0)
    fprintf(stderr, "could not remove %s\n", root);
  SDL_Quit();
  return check_summary();
}
