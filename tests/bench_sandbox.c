/* bench_sandbox.c: prints what the sandbox costs: how fast an endless loop is stopped, how
   many VM instructions a second run under the budget hook (against a bare Lua state), and
   the memory of an empty sandbox. Built, not run by ctest. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "sandbox.h"

static const char LOOP[] = "local x = 0 for i = 1, 10000000 do x = x + i end";

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void empty_hook(lua_State *L, lua_Debug *ar)
{
  (void)L;
  (void)ar;
}

/* The loop in a plain state, with or without a do-nothing count hook: Lua 5.4 sends every
   instruction through its hook dispatcher once any count hook is set. */
static double bare_loop(bool hooked)
{
  lua_State *L = luaL_newstate();
  if (hooked)
    lua_sethook(L, empty_hook, LUA_MASKCOUNT, 1000);
  double t0 = now();
  luaL_loadstring(L, LOOP);
  lua_pcall(L, 0, 0, 0);
  double t = now() - t0;
  lua_close(L);
  return t;
}

static double stop_endless_loop(void)
{
  Sandbox *sb = sandbox_new(SANDBOX_PUPIL, NULL);
  const char *code = "while true do end";
  double t0 = now();
  SandboxStatus st = sandbox_load(sb, code, strlen(code), "=program");
  if (st == SANDBOX_OK)
    st = sandbox_call(sb, 0, 0);
  double ms = (now() - t0) * 1e3;
  if (st != SANDBOX_BUDGET)
    fprintf(stderr, "bench_sandbox: the endless loop ended with status %d\n", st);
  sandbox_free(sb);
  return ms;
}

static void instructions_per_second(void)
{
  SandboxLimits lim = {0, LONG_MAX, 60.0, 0}; /* 1L << 40 overflows a 32-bit long */
  Sandbox *sb = sandbox_new(SANDBOX_PUPIL, &lim);
  double t0 = now();
  SandboxStatus st = sandbox_load(sb, LOOP, strlen(LOOP), "=program");
  if (st == SANDBOX_OK)
    st = sandbox_call(sb, 0, 0);
  double sandboxed = now() - t0;
  long n = sandbox_instructions_used(sb);
  sandbox_free(sb);
  double bare = bare_loop(false), hooked = bare_loop(true);
  printf("simple loop: %ld instructions in %.1f ms: %.0f million instructions/s (status %d)\n", n,
         sandboxed * 1e3, (double)n / sandboxed / 1e6, st);
  printf("same loop in a bare Lua state: %.1f ms; with an empty count hook: %.1f ms\n", bare * 1e3,
         hooked * 1e3);
}

int main(void)
{
  double best = 1e9;
  for (int i = 0; i < 5; i++) {
    double ms = stop_endless_loop();
    best = ms < best ? ms : best;
  }
  printf("stop `while true do end`: %.1f ms (best of 5, default budget %ld instructions)\n", best,
         SANDBOX_DEFAULT_INSTRUCTIONS);
  instructions_per_second();
  for (int k = 0; k < 2; k++) {
    Sandbox *sb = sandbox_new(k ? SANDBOX_LEVEL : SANDBOX_PUPIL, NULL);
    printf("empty %s sandbox: peak %zu bytes\n", k ? "level" : "pupil", sandbox_memory_peak(sb));
    sandbox_free(sb);
  }
  double t0 = now();
  for (int i = 0; i < 100; i++)
    sandbox_free(sandbox_new(SANDBOX_PUPIL, NULL));
  printf("sandbox_new + sandbox_free: %.1f us\n", (now() - t0) * 1e4);
  return 0;
}
