/* test_runner_oom.c: runner_run when memory runs out. Every malloc, calloc and realloc made by
   the engine goes through the wrappers below (linked with -Wl,--wrap, see CMakeLists.txt); the
   sweep fails the 1st, then the 2nd, ... allocation of a run. Each run must end in a trace or
   in NULL, as runner.h promises: never an abort, never a leak (the ASan build checks). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "level.h"
#include "runner.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);

static long fail_at = -1, calls;

static bool fail_now(void)
{
  return fail_at >= 0 && ++calls == fail_at;
}

void *__wrap_malloc(size_t n)
{
  return fail_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
  return fail_now() ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t n)
{
  return n > 0 && fail_now() ? NULL : __real_realloc(p, n);
}

static const char *LEVEL = "return {\n  id = \"oom\",\n  title = \"Out of memory\",\n"
                           "  map = [[\n#########\n#>.....G#\n#########\n]],\n"
                           "  goal = \"reach\",\n  commands = { \"forward\", \"turn_left\" },\n"
                           "  par = 2,\n  solution = \"for i = 1, 6 do forward() end\",\n}\n";

/* A run long enough to grow the frame list many times (turning in place, then walking). */
static const char *PROGRAM = "for i = 1, 400 do turn_left() end\n"
                             "for i = 1, 6 do forward() print(i) end\n";

static void test_sweep(void)
{
  LevelError err;
  Level *lv = level_load_text("oom.lua", LEVEL, strlen(LEVEL), &err);
  REQUIRE(lv != NULL);
  RunTrace *whole = runner_run(lv, PROGRAM, strlen(PROGRAM), NULL);
  REQUIRE(whole != NULL);
  CHECK_INT(RUN_SOLVED, whole->outcome);
  int nulls = 0, traces = 0;
  for (long k = 1;; k++) {
    calls = 0;
    fail_at = k;
    RunTrace *t = runner_run(lv, PROGRAM, strlen(PROGRAM), NULL);
    fail_at = -1;
    if (calls < k) { /* nothing failed: the sweep has passed every allocation */
      CHECK(t != NULL && t->outcome == RUN_SOLVED);
      runner_free(t);
      break;
    }
    if (t) {
      traces++;
      /* A trace that comes back is whole: its frames are all there. */
      CHECK(t->nframes >= 1 && t->frames != NULL);
      if (t->outcome == RUN_SOLVED)
        CHECK_INT(whole->nframes, t->nframes);
    } else {
      nulls++;
    }
    runner_free(t);
  }
  CHECK(nulls > 0);  /* the frame list could not grow: NULL, not an abort */
  CHECK(traces > 0); /* Lua's own memory errors are the program's outcome */
  printf("runner out of memory sweep: %d runs NULL, %d gave a trace\n", nulls, traces);
  runner_free(whole);
  level_free(lv);
}

int main(void)
{
  test_sweep();
  return check_summary();
}
