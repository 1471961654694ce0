/* bench_core.c: the core's numbers for the notes (not a test): checking a whole level folder,
   runner actions per second, stopping a never-ending loop, peak memory.
   Usage: bench_core [LEVELS_DIR]   (default: the bundled levels/) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "level.h"
#include "pack.h"
#include "paths.h"
#include "runner.h"

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* What `codebridge check DIR` does: load every level of every pack and run its solution. */
static void bench_check(const char *dir)
{
  Pack *packs[64];
  double start = now();
  int n = pack_find_all(dir, packs, 64, NULL, NULL), levels = 0, solved = 0;
  for (int p = 0; p < n; p++) {
    for (int i = 0; i < packs[p]->nlevels; i++) {
      LevelError err;
      Level *lv = level_load(packs[p]->level_paths[i], &err);
      if (!lv)
        continue;
      RunTrace *t = runner_run(lv, lv->solution, strlen(lv->solution), NULL);
      levels++;
      solved += t && t->outcome == RUN_SOLVED;
      runner_free(t);
      level_free(lv);
    }
    pack_free(packs[p]);
  }
  printf("check %d levels in %d packs (%d solved): %.1f ms\n", levels, n, solved,
         (now() - start) * 1e3);
}

static Level *open_field(int max_steps)
{
  char src[512];
  snprintf(src, sizeof src,
           "return { id = 'bench', title = 'Bench', map = '>.G', goal = 'reach', par = 1,\n"
           "  commands = { 'forward', 'turn_left', 'turn_right' }, max_steps = %d,\n"
           "  solution = 'forward() forward()' }\n",
           max_steps);
  LevelError err;
  Level *lv = level_load_text("bench.lua", src, strlen(src), &err);
  if (!lv)
    fprintf(stderr, "bench level: %s:%d: %s\n", err.file, err.line, err.message);
  return lv;
}

static void bench_actions(void)
{
  Level *lv = open_field(10000);
  if (!lv)
    return;
  const char *prog = "while true do turn_left() end";
  double start = now();
  int runs = 20, actions = 0;
  for (int i = 0; i < runs; i++) {
    RunTrace *t = runner_run(lv, prog, strlen(prog), NULL);
    actions += t->steps;
    runner_free(t);
  }
  double took = now() - start;
  printf("runner: %d actions in %.1f ms: %.0f actions per second\n", actions, took * 1e3,
         actions / took);
  level_free(lv);
}

static void bench_endless(void)
{
  Level *lv = open_field(1000);
  if (!lv)
    return;
  const char *progs[] = {"while true do end", "local n = 0 while true do n = n + 1 end",
                         "repeat local t = {} until false"};
  for (int i = 0; i < 3; i++) {
    double start = now();
    RunTrace *t = runner_run(lv, progs[i], strlen(progs[i]), NULL);
    printf("endless loop '%s': %s in %.1f ms\n", progs[i], runner_outcome_name(t->outcome),
           (now() - start) * 1e3);
    runner_free(t);
  }
  level_free(lv);
}

int main(int argc, char **argv)
{
  paths_init(argv[0]);
  char dir[1200];
  bench_check(argc > 1 ? argv[1] : paths_data(dir, sizeof dir, "levels"));
  bench_actions();
  bench_endless();
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("peak RSS of this process: %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
