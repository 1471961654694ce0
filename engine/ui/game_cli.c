/* game_cli.c: `codebridge screenshot` (the challenge or any screen drawn offscreen into a BMP,
   after running a program and replaying to a step) and `codebridge screenshot --bench` (start-up
   time, memory, idle CPU and replay frame times). Drives a Game like a test does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __linux__
#include <unistd.h> /* sysconf, for the process's age in /proc */
#endif

#include "app.h"
#include "fileio.h"
#include "paths.h"
#include "screen_challenge.h"
#include "sys.h"

typedef struct {
  const char *level, *program, *out, *screen, *progress, *pupil, *class_name, *levels;
  int w, h, at;
  bool bench, contrast;
  int text_step;
  double idle_seconds;
} ShotArgs;

static bool parse_args(int argc, char **argv, ShotArgs *a)
{
  *a = (ShotArgs){NULL, NULL, NULL, "challenge", NULL,  NULL, NULL, NULL,
                  1024, 600,  -1,   false,       false, -1,   10};
  for (int i = 1; i < argc; i++) {
    const char *s = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(s, "--bench") == 0)
      a->bench = true;
    else if (strcmp(s, "--high-contrast") == 0)
      a->contrast = true;
    else if (strcmp(s, "--program") == 0 && v)
      a->program = argv[++i];
    else if (strcmp(s, "--out") == 0 && v)
      a->out = argv[++i];
    else if (strcmp(s, "--screen") == 0 && v)
      a->screen = argv[++i];
    else if (strcmp(s, "--progress") == 0 && v)
      a->progress = argv[++i];
    else if (strcmp(s, "--levels") == 0 && v)
      a->levels = argv[++i];
    else if (strcmp(s, "--pupil") == 0 && v)
      a->pupil = argv[++i];
    else if (strcmp(s, "--class") == 0 && v)
      a->class_name = argv[++i];
    else if (strcmp(s, "--at") == 0 && v)
      a->at = atoi(argv[++i]);
    else if (strcmp(s, "--text-size") == 0 && v)
      a->text_step = atoi(argv[++i]);
    else if (strcmp(s, "--idle") == 0 && v)
      a->idle_seconds = atof(argv[++i]);
    else if (strcmp(s, "--size") == 0 && v) {
      if (sscanf(argv[++i], "%dx%d", &a->w, &a->h) != 2 || a->w < 320 || a->h < 200 ||
          a->w > 8192 || a->h > 8192)
        return false;
    } else if (s[0] != '-' && !a->level)
      a->level = s;
    else
      return false;
  }
  return a->bench || (a->level && a->out);
}

static int usage(void)
{
  fprintf(stderr, "usage: codebridge screenshot LEVEL [--program FILE] [--size WxH] [--at STEP]\n"
                  "         [--screen pupil|map|challenge|result|settings] [--high-contrast]\n"
                  "         [--text-size 0-3] [--progress DIR [--pupil NAME --class NAME]]\n"
                  "         [--levels DIR]\n"
                  "         --out FILE.bmp\n"
                  "       codebridge screenshot --bench [LEVEL] [--size WxH] [--idle SECONDS]\n");
  return 2;
}

static bool screen_named(const char *name, GameScreen *s)
{
  static const char *const names[] = {"pupil", "map", "challenge", "result", "settings"};
  for (int i = 0; i < 5; i++)
    if (strcmp(name, names[i]) == 0) {
      *s = (GameScreen)i;
      return true;
    }
  return false;
}

static int shoot(const ShotArgs *a)
{
  GameScreen screen;
  if (!screen_named(a->screen, &screen))
    return usage();
  char err[1024];
  GameOptions opt = {0};
  opt.read_only = true;
  opt.progress_dir = a->progress;
  opt.levels_dir = a->levels; /* as the game's --levels: those packs on the map too */
  Game *g = game_new(&opt, true, a->w, a->h, err, sizeof err);
  if (!g) {
    fprintf(stderr, "codebridge: %s\n", err);
    return 1;
  }
  g->settings.high_contrast = a->contrast;
  g->settings.sound = false;
  if (a->text_step >= 0)
    g->settings.text_step = a->text_step;
  app_apply_settings(g);
  game_play_as(g, a->pupil, a->class_name);
  g->first_pack_shown = true; /* the picture shows a teacher's level's pack on the map */
  int rc = 0;
  if (!game_open_level_file(g, a->level, err, sizeof err)) {
    fprintf(stderr, "codebridge: %s\n", err);
    rc = 2;
  }
  if (rc == 0 && a->program) {
    size_t len;
    char *text = fileio_read(a->program, FILEIO_MAX_SOURCE, &len, err, sizeof err);
    if (!text) {
      fprintf(stderr, "codebridge: %s\n", err);
      rc = 2;
    } else {
      game_set_program(g, text);
      free(text);
      game_run_to(g, a->at);
    }
  }
  if (rc == 0) {
    if (screen == SCREEN_RESULT && !game_last_outcome(g, NULL)[0])
      game_run_to(g, -1);
    if (screen != SCREEN_CHALLENGE)
      game_show(g, screen);
    g->settings.reduced_motion = true; /* a still picture: the celebration at its end */
    game_render(g);
    if (SDL_SaveBMP(game_surface(g), a->out) != 0) {
      fprintf(stderr, "codebridge: cannot write %s: %s\n", a->out, SDL_GetError());
      rc = 1;
    }
  }
  game_free(g);
  SDL_Quit();
  return rc;
}

/* --- the benchmark ------------------------------------------------------------------------ */

static double seconds_now(void)
{
  return sys_seconds();
}

/* How long ago the process started, from /proc (clock ticks since boot); -1 elsewhere. */
static double process_age(void)
{
#ifndef __linux__
  return -1;
#else
  FILE *f = fopen("/proc/self/stat", "r");
  FILE *u = fopen("/proc/uptime", "r");
  double age = -1, up = 0;
  unsigned long long start = 0;
  if (f && u && fscanf(u, "%lf", &up) == 1) {
    char buf[1024];
    if (fgets(buf, sizeof buf, f)) {
      char *p = strrchr(buf, ')'); /* the command name may hold spaces */
      int field = 2;
      for (char *tok = strtok(p + 1, " "); tok; tok = strtok(NULL, " "))
        if (++field == 22)
          start = strtoull(tok, NULL, 10);
      age = up - (double)start / (double)sysconf(_SC_CLK_TCK);
    }
  }
  if (f)
    fclose(f);
  if (u)
    fclose(u);
  return age;
#endif
}

static long pss_kb(void)
{
  FILE *f = fopen("/proc/self/smaps_rollup", "r");
  char line[256];
  long kb = -1;
  while (f && fgets(line, sizeof line, f))
    if (sscanf(line, "Pss: %ld kB", &kb) == 1)
      break;
  if (f)
    fclose(f);
  return kb;
}

static double cpu_seconds(void)
{
  return sys_cpu_seconds();
}

static Uint32 wake(Uint32 interval, void *param)
{
  (void)interval;
  (void)param;
  SDL_Event ev = {.type = SDL_USEREVENT};
  SDL_PushEvent(&ev);
  return 0;
}

static void bench_idle(Game *g, double seconds)
{
  double c0 = cpu_seconds(), t0 = seconds_now();
  SDL_Init(SDL_INIT_TIMER);
  SDL_AddTimer((Uint32)(seconds * 1000), wake, NULL);
  while (seconds_now() - t0 < seconds)
    game_frame(g, game_wait_ms(g));
  double used = cpu_seconds() - c0, wall = seconds_now() - t0;
  printf("idle cpu: %.2f %% over %.1f s (%.3f s of CPU)\n", 100 * used / wall, wall, used);
}

static int cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* This thread's CPU time where the system tells it (the process's elsewhere). */
static double cpu_now(void)
{
#if defined(CLOCK_THREAD_CPUTIME_ID) && !defined(_WIN32)
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
#else
  return sys_cpu_seconds();
#endif
}

static void bench_replay(Game *g, const char *level)
{
  char err[512];
  if (!level)
    app_go(g, SCREEN_CHALLENGE, &(AppArg){.what = APP_OPEN_LEVEL});
  if (level ? !game_open_level_file(g, level, err, sizeof err) : g->screen != SCREEN_CHALLENGE) {
    printf("replay: no level to replay (%s)\n", level ? err : "no bundled levels");
    return;
  }
  ChallengeScreen *c = app_state(g, SCREEN_CHALLENGE);
  game_set_program(g, c->level->solution);
  challenge_run(g, c, false);
  game_render(g); /* glyphs into the cache first, as after the first frame of a session */
  static double ms[2000];
  int n = 0;
  double cpu = 0;
  while (n < 2000 && !replay_finished(&c->replay)) {
    double t0 = seconds_now(), c0 = cpu_now();
    g->last_ms = platform_ms() - 17; /* one frame at 60 Hz, whatever the load */
    game_frame(g, 0);
    cpu += cpu_now() - c0;
    ms[n++] = (seconds_now() - t0) * 1000;
  }
  if (n == 0)
    return;
  double sum = 0;
  for (int i = 0; i < n; i++)
    sum += ms[i];
  printf("replay frame CPU time: mean %.2f ms\n", cpu * 1000 / n);
  qsort(ms, (size_t)n, sizeof ms[0], cmp_double);
  printf("replay frame: mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms over %d frames "
         "(%dx%d, renderer %s)\n",
         sum / n, ms[n / 2], ms[n * 95 / 100], ms[n - 1], n, g->platform.out_w, g->platform.out_h,
         g->platform.renderer_name);
}

static int bench(const ShotArgs *a)
{
  double t0 = seconds_now(), age0 = process_age();
  char err[1024];
  GameOptions opt = {0};
  opt.read_only = true;
  int w = a->w == 1024 && a->h == 600 ? 1366 : a->w, h = a->w == 1024 && a->h == 600 ? 768 : a->h;
  Game *g = game_new(&opt, false, w, h, err, sizeof err);
  if (!g) {
    fprintf(stderr, "codebridge: %s\n", err);
    return 1;
  }
  double made = seconds_now() - t0;
  game_frame(g, 0);
  double first = seconds_now() - t0, cpu_first = cpu_seconds(); /* loader included */
  printf("renderer: %s (%s)\n", g->platform.renderer_name,
         g->platform.software ? "software" : "accelerated");
  printf("first frame: %.1f ms after the benchmark started, %.0f ms after the process started\n",
         first * 1000, (age0 + first) * 1000);
  printf("  of which SDL video, window and renderer %.1f ms; fonts, packs, settings %.1f ms; "
         "first draw and present %.1f ms\n",
         g->platform_open_ms, made * 1000 - g->platform_open_ms, (first - made) * 1000);
  /* /proc counts in 10 ms ticks: a launcher that notes CLOCK_MONOTONIC before exec gets the
     exact figure from this one */
  printf("first frame at CLOCK_MONOTONIC %.6f s; CPU time since exec %.1f ms\n", t0 + first,
         cpu_first * 1000);
  printf("pss after start: %.1f MB\n", (double)pss_kb() / 1024);
  bench_idle(g, a->idle_seconds);
  bench_replay(g, a->level);
  printf("pss after replay: %.1f MB\n", (double)pss_kb() / 1024);
  game_free(g);
  double o0 = seconds_now();
  Game *off = game_new(&opt, true, w, h, err, sizeof err); /* drawing alone, no window */
  if (off) {
    double o1 = seconds_now();
    game_frame(off, 0);
    printf("offscreen start: game_new %.1f ms, first frame drawn %.1f ms\n", (o1 - o0) * 1000,
           (seconds_now() - o1) * 1000);
    printf("offscreen, drawing only: ");
    bench_replay(off, a->level);
    game_free(off);
  }
  SDL_Quit();
  return 0;
}

int game_screenshot_cli(int argc, char **argv)
{
  ShotArgs a;
  if (!parse_args(argc, argv, &a))
    return usage();
  return a.bench ? bench(&a) : shoot(&a);
}
