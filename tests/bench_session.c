/* bench_session.c: prints how long a session takes to start (session_open: the bundled packs
   and the teacher's) with a hostile teacher pack of N levels that each spend their whole load
   budget, and how long the map's refresh takes afterwards. Before the session (the game
   loading levels itself) this was 12.5 s to the first map and 12.2 s every time the map
   showed again, for 20 such levels.
   Usage: bench_session [N] (default 20). Needs CODEBRIDGE_DATA or the source tree. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include "paths.h"
#include "session.h"

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* One comparison of two 4 MB strings is one instruction for the budget, a long memcmp for the
   clock: each level runs into its wall-clock load limit. */
static const char slow_level[] = "local a = string.rep(\"x\", 1000000)\na = a .. a .. a .. a\n"
                                 "local b = string.rep(\"x\", 1000000)\nb = b .. b .. b .. b\n"
                                 "while a == b do end\nreturn {}\n";

int main(int argc, char **argv)
{
  paths_init(argv[0]);
  int n = argc > 1 ? atoi(argv[1]) : 20;
  char dir[64] = "/tmp/cb-bench-session-XXXXXX";
  if (!mkdtemp(dir))
    return 1;
  for (int i = 1; i <= n; i++) {
    char path[128];
    snprintf(path, sizeof path, "%s/%02d-slow.lua", dir, i);
    FILE *f = fopen(path, "w");
    if (!f)
      return 1;
    fputs(slow_level, f);
    fclose(f);
  }
  SessionOptions o = {0};
  o.no_progress = true;
  o.level_dirs[0] = dir;
  o.unlock_all = 0;
  double t0 = now();
  Session *s = session_open(&o);
  double open_s = now() - t0;
  t0 = now();
  session_refresh(s);
  double refresh_s = now() - t0;
  int levels = 0;
  for (int p = 0; p < session_pack_count(s); p++)
    for (int i = 0; i < session_level_count(s, p); i++)
      levels += session_level(s, p, i) != NULL;
  printf("%d slow teacher levels: start-up %.2f s (teacher packs %.2f s, budget %.1f s), "
         "%d levels on offer, %d problems named; the map again: %.3f s\n",
         n, open_s, session_startup_seconds(s), SESSION_STARTUP_SECONDS, levels,
         session_problem_count(s), refresh_s);
  session_free(s);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  return system(cmd) == 0 ? 0 : 1;
}
