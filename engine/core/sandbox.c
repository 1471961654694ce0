/* sandbox.c: fresh, capped Lua states for untrusted code (pupils' programs, level files).
   Owns the allocator cap, the instruction/time budget hook, the whitelist environments, the
   guarded string/table functions and the print buffer (see shared SANDBOX.md, items 0-13).
   Knows nothing of robots or levels: hosts add their functions through sandbox_push_env. */
#include "sandbox.h"
#include "sandbox_pairs.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "ensure.h"
#include "sys.h"
#include "util.h"

enum {
  HOOK_EVERY = 1000,      /* instructions between budget checks, at most */
  LUA_DEPTH_LIMIT = 5000, /* Lua call levels: well before the memory cap (SANDBOX.md 9) */
  ERROR_MAX = 512,        /* bytes kept of an error message, NUL included */
  RANDOM_SEED = 20240917, /* fixed: the same program draws the same numbers every run */
  BYTES_PER_UNIT = 32,    /* C-side work charged to the budget: bytes per instruction */
};

#define BUDGET_MESSAGE "instruction budget or time limit used up"
#define HOOK_SECONDS 0.5e-3             /* wall clock between budget checks, about */
#define HOST_HEADROOM ((size_t)1 << 20) /* extra bytes for the host's own pushes between calls */
#define BIG_ALLOC ((size_t)64 << 10)    /* allocations this big also check the deadline */
#define REP_MAX ((lua_Integer)1 << 20)  /* string.rep: result bytes and count */
#define SPAN_MAX ((lua_Integer)1 << 22) /* table.move/concat/unpack element counts */
#define PLAIN_FIND_COST 2e8             /* memcmp bytes a plain find may compare */
#define SORT_COST 1e9                   /* bytes string comparisons may read in one sort */
#define PATTERN_COST 2e7                /* matcher steps a pattern may take, worst case */

struct Sandbox {
  lua_State *L;
  SandboxKind kind;
  SandboxLimits limits;
  int env_ref;
  size_t mem_used, mem_peak;
  long instructions;
  int hook_count;      /* the count the hook is armed with: HOOK_EVERY, or 1 once over */
  bool over;           /* budget or deadline passed: stays so for the sandbox's life */
  int depth;           /* nesting of sandbox_call */
  bool strict_memory;  /* loading or running untrusted code: no host headroom */
  double seconds_used; /* wall clock spent inside sandbox_call before the current call */
  double call_start, deadline;
  double last_hook; /* when the hook last ran, to adapt its count */
  char error[ERROR_MAX];
  int error_line;
  char *output;
  size_t output_len;
  bool output_cut;
};

/* The error value of sandbox_halt: a light userdata no Lua code can make or catch. */
static const char halt_key = 'h';

static double now_seconds(void)
{
  return sys_seconds();
}

Sandbox *sandbox_from_lua(lua_State *L)
{
  Sandbox *sb;
  memcpy(&sb, lua_getextraspace(L), sizeof sb);
  return sb;
}

/* ---- budget ---- */

static void budget_hook(lua_State *L, lua_Debug *ar);

/* Once passed, the hook fires on every instruction and errors each time, so no catch
   anywhere (a host's pcall, a __close handler) can keep Lua code running (SANDBOX.md 5). */
static void trip(Sandbox *sb)
{
  sb->over = true;
  sb->hook_count = 1;
  lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, 1);
}

static bool past_limits(Sandbox *sb)
{
  if (sb->over)
    return true;
  if (sb->instructions > sb->limits.instruction_limit ||
      (sb->depth > 0 && now_seconds() > sb->deadline))
    trip(sb);
  return sb->over;
}

/* Raises the error with the line of the running Lua function (level 0 inside a hook). */
static int raise_here(lua_State *L, int level, const char *msg)
{
  luaL_where(L, level);
  lua_pushstring(L, msg);
  lua_concat(L, 2);
  return lua_error(L);
}

/* The hook normally fires every HOOK_EVERY instructions. When single instructions turn slow
   (a comparison or tonumber on a string of megabytes), it fires more often, so the deadline
   is still checked about every HOOK_SECONDS whatever the instructions cost. */
static void adapt_hook(Sandbox *sb, lua_State *L)
{
  double t = now_seconds();
  double per_instruction = (t - sb->last_hook) / sb->hook_count;
  sb->last_hook = t;
  int want = HOOK_EVERY;
  if (per_instruction * HOOK_EVERY > HOOK_SECONDS)
    want = per_instruction * 2 > HOOK_SECONDS ? 1 : (int)(HOOK_SECONDS / per_instruction);
  if (want != sb->hook_count) {
    sb->hook_count = want;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, want);
  }
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
  (void)ar;
  Sandbox *sb = sandbox_from_lua(L);
  sb->instructions += sb->hook_count;
  if (past_limits(sb))
    raise_here(L, 0, BUDGET_MESSAGE);
  if (sb->depth > 0)
    adapt_hook(sb, L);
  lua_Debug deep;
  if (lua_getstack(L, LUA_DEPTH_LIMIT, &deep))
    raise_here(L, 0, "stack overflow");
}

/* Work done inside one C library call counts too: no hook runs until it returns. */
static void charge(lua_State *L, double units)
{
  Sandbox *sb = sandbox_from_lua(L);
  sb->instructions += units > 1e15 ? (long)1e15 : (long)units;
  if (units >= HOOK_EVERY ? past_limits(sb) : sb->over)
    luaL_error(L, BUDGET_MESSAGE);
}

/* ---- memory ---- */

static size_t memory_allowed(const Sandbox *sb)
{
  return sb->limits.memory_limit + (sb->strict_memory ? 0 : HOST_HEADROOM);
}

/* Refuses growth past the cap, so Lua raises a catchable "not enough memory" (SANDBOX.md 7).
   While untrusted code runs, every byte allocated is charged to the instruction budget (a
   quadratic `s = s .. "x"` loop is few instructions but copies gigabytes), and big blocks also
   check the clock: a loop of large copies may run long between two hooks. */
static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
  Sandbox *sb = ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    sb->mem_used -= old;
    return NULL;
  }
  if (nsize > old) {
    size_t grow = nsize - old;
    if (grow > memory_allowed(sb) || sb->mem_used > memory_allowed(sb) - grow)
      return NULL;
    if (grow >= BIG_ALLOC && sb->depth > 0 && past_limits(sb))
      return NULL;
    if (sb->depth > 0) /* building big strings is work the VM count does not see */
      sb->instructions += (long)(grow / BYTES_PER_UNIT);
  }
  void *p = realloc(ptr, nsize);
  if (!p)
    return NULL;
  sb->mem_used = sb->mem_used - old + nsize;
  if (sb->mem_used > sb->mem_peak)
    sb->mem_peak = sb->mem_used;
  return p;
}

static int sandbox_panic(lua_State *L)
{
  const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
  fprintf(stderr, "codebridge: bug: unprotected Lua error: %s\n", msg);
  return 0; /* Lua aborts */
}

/* ---- print ---- */

static void output_append(Sandbox *sb, const char *s, size_t n)
{
  size_t limit = sb->limits.output_limit;
  if (sb->output_cut)
    return;
  if (sb->output_len + n + 4 > limit) {
    /* Keep whole lines: cut back to the last newline, then mark the cut. */
    size_t keep = limit - 4 > sb->output_len ? limit - 4 - sb->output_len : 0;
    memcpy(sb->output + sb->output_len, s, keep < n ? keep : n);
    sb->output_len += keep < n ? keep : n;
    while (sb->output_len > 0 && sb->output[sb->output_len - 1] != '\n')
      sb->output_len--;
    memcpy(sb->output + sb->output_len, "...\n", 5);
    sb->output_len += 4;
    sb->output_cut = true;
    return;
  }
  memcpy(sb->output + sb->output_len, s, n);
  sb->output_len += n;
  sb->output[sb->output_len] = '\0';
}

/* print: values as Lua shows them; tables and functions by type name only (no addresses,
   no metamethods). Tab-separated, one line per call. */
static int sandbox_print(lua_State *L)
{
  Sandbox *sb = sandbox_from_lua(L);
  int n = lua_gettop(L);
  for (int i = 1; i <= n; i++) {
    size_t len;
    const char *s;
    int t = lua_type(L, i);
    if (t == LUA_TSTRING || t == LUA_TNUMBER) {
      s = lua_tolstring(L, i, &len); /* converts the number in its own argument slot */
    } else if (t == LUA_TBOOLEAN) {
      s = lua_toboolean(L, i) ? "true" : "false";
      len = strlen(s);
    } else {
      s = lua_typename(L, t);
      len = strlen(s);
    }
    if (i > 1)
      output_append(sb, "\t", 1);
    output_append(sb, s, len);
  }
  output_append(sb, "\n", 1);
  charge(L, (double)n);
  return 0;
}

/* tostring: the same words print writes. Strings and numbers as Lua writes them, true, false
   and nil, and any other value by its type name only ("table", "function"): no address, so
   the same program prints the same thing on every run. */
static int sandbox_tostring(lua_State *L)
{
  luaL_checkany(L, 1);
  int t = lua_type(L, 1);
  if (t == LUA_TSTRING || t == LUA_TNUMBER) {
    lua_settop(L, 1);
    lua_tolstring(L, 1, NULL); /* a number becomes its text in its own slot */
  } else if (t == LUA_TBOOLEAN) {
    lua_pushstring(L, lua_toboolean(L, 1) ? "true" : "false");
  } else {
    lua_pushstring(L, lua_typename(L, t));
  }
  return 1;
}

/* ---- guards for C functions no hook can interrupt (SANDBOX.md 6) ---- */

/* Charges the estimated work, then calls the wrapped library function in this very frame
   (argument errors keep their names, no C stack level is added; only for functions with no
   upvalues of their own). After a call that may have been long, the clock is checked: a loop
   of such calls cannot outrun the deadline between two hooks. */
static int call_original(lua_State *L, double units)
{
  charge(L, units);
  lua_CFunction f = lua_tocfunction(L, lua_upvalueindex(1));
  ENSURE(f != NULL);
  int results = f(L);
  if (units >= HOOK_EVERY && past_limits(sandbox_from_lua(L)))
    return luaL_error(L, BUDGET_MESSAGE);
  return results;
}

static int guard_rep(lua_State *L)
{
  size_t l, lsep;
  luaL_checklstring(L, 1, &l);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &lsep);
  if (n > REP_MAX)
    return luaL_error(L, "string.rep count too big (more than %d)", (int)REP_MAX);
  if (n > 0 && (l + lsep) > 0 && (lua_Integer)(l + lsep) > (REP_MAX + (lua_Integer)lsep) / n)
    return luaL_error(L, "string.rep result too long (more than %d bytes)", (int)REP_MAX);
  return call_original(L,
                       n > 0 ? (double)n * (double)(l + lsep) / BYTES_PER_UNIT + (double)n / 8 : 0);
}

/* Functions linear in their string arguments (tonumber parses megabytes of digits for
   tens of milliseconds): charged by bytes, and the clock checked after a long one. */
static int guard_bytes(lua_State *L)
{
  double bytes = 0;
  for (int i = lua_gettop(L); i > 0; i--)
    if (lua_type(L, i) == LUA_TSTRING)
      bytes += (double)lua_rawlen(L, i);
  return call_original(L, bytes / BYTES_PER_UNIT);
}

/* string.format without addresses: "%p" is refused and a table, function or other object given
   for "%s" is written by its type name, as print and tostring write it (an address differs on
   every run and means nothing to a child). */
static int guard_format(lua_State *L)
{
  size_t n;
  const char *f = luaL_checklstring(L, 1, &n);
  for (size_t i = 0; i + 1 < n; i++) {
    if (f[i] != '%')
      continue;
    size_t k = i + 1;
    while (k < n && strchr("-+ #0123456789.", f[k]) && f[k] != '\0')
      k++;
    if (k < n && f[k] == 'p')
      return luaL_error(L, "invalid conversion '%%p' to 'format'");
    i = k; /* past the conversion, "%%" included */
  }
  for (int a = lua_gettop(L); a > 1; a--) {
    int t = lua_type(L, a);
    if (t != LUA_TSTRING && t != LUA_TNUMBER && t != LUA_TBOOLEAN && t != LUA_TNIL) {
      lua_pushstring(L, lua_typename(L, t));
      lua_replace(L, a);
    }
  }
  return guard_bytes(L);
}

static size_t skip_set(const char *p, size_t m, size_t i)
{
  i++; /* past '[' */
  if (i < m && p[i] == '^')
    i++;
  do { /* the first character is always part of the set, even ']' */
    if (i >= m)
      return m;
    i += (p[i] == '%') ? 2 : 1;
  } while (i < m && p[i] != ']');
  return i + 1;
}

/* Counts what makes Lua's matcher backtrack: quantified items, %b and back-references.
   Each one can multiply the work by the subject length. */
static int pattern_repeats(const char *p, size_t m)
{
  int q = 0;
  size_t i = 0;
  while (i < m) {
    char c = p[i], d = i + 1 < m ? p[i + 1] : '\0';
    if (c == '(' || c == ')' || (c == '^' && i == 0) || (c == '$' && i == m - 1)) {
      i++;
    } else if (c == '%' && (d == 'b' || (d >= '0' && d <= '9'))) {
      q++; /* %bxy and %1 each scan the subject again */
      i += d == 'b' ? 4 : 2;
    } else if (c == '%' && d == 'f') {
      i = (i + 2 < m && p[i + 2] == '[') ? skip_set(p, m, i + 2) : i + 3;
    } else {
      i = (c == '[') ? skip_set(p, m, i) : i + (c == '%' ? 2 : 1);
      if (i < m && strchr("*+-?", p[i])) {
        q++;
        i++;
      }
    }
  }
  return q;
}

static bool pattern_has_specials(const char *p, size_t m)
{
  for (size_t i = 0; i < m; i++)
    if (strchr("^$*+?.([%-", p[i]))
      return true;
  return false;
}

/* Refuses a search whose worst case would run long inside one C call: a plain search compares
   up to n*m bytes; a pattern with q repeats may try about m * n * C(n + q, q) steps (one factor
   n fewer when anchored with '^'): measured, 2e7 such steps take about 30 ms. */
static double check_search(lua_State *L, bool find)
{
  size_t n, m;
  luaL_checklstring(L, 1, &n);
  const char *p = luaL_checklstring(L, 2, &m);
  double cost;
  if (find && (lua_toboolean(L, 4) || !pattern_has_specials(p, m))) {
    cost = (double)n * (double)(m ? m : 1);
    if (cost > PLAIN_FIND_COST)
      luaL_error(L, "string.find text and search too long (%d and %d bytes)", (int)n, (int)m);
  } else {
    int q = pattern_repeats(p, m);
    /* The ways to share n bytes among q repeats, C(n + q, q) (about n^q / q! when q is
       small), in logarithms: with q > n the count is about q^n / n!, not n^q / q!, and q!
       overflows a double from q = 171, which once let such patterns run for days. */
    double nq = (double)n + q;
    cost = log((double)(m ? m : 1)) + (p[0] == '^' ? 0 : log((double)n + 1)) + lgamma(nq + 1) -
           lgamma((double)n + 1) - lgamma(q + 1.0);
    if (!(cost <= log(PATTERN_COST)))
      luaL_error(L, "text too long for this string pattern (%d bytes, %d repeats)", (int)n, q);
  }
  return (double)n / BYTES_PER_UNIT;
}

static int guard_find(lua_State *L)
{
  return call_original(L, check_search(L, true));
}

static int guard_match(lua_State *L)
{
  return call_original(L, check_search(L, false));
}

static lua_Integer checked_span(lua_State *L, lua_Integer from, lua_Integer to, const char *fn)
{
  if (to < from)
    return 0;
  if (from <= 0 && to >= LUA_MAXINTEGER + from)
    luaL_error(L, "%s range too big", fn);
  lua_Integer count = to - from + 1;
  if (count > SPAN_MAX)
    luaL_error(L, "%s range too big (more than %d elements)", fn, (int)SPAN_MAX);
  return count;
}

static int guard_move(lua_State *L)
{
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer n = checked_span(L, luaL_checkinteger(L, 2), luaL_checkinteger(L, 3), "table.move");
  return call_original(L, (double)n);
}

static int guard_concat(lua_State *L)
{
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer last = luaL_opt(L, luaL_checkinteger, 4, (lua_Integer)lua_rawlen(L, 1));
  lua_Integer n = checked_span(L, luaL_optinteger(L, 3, 1), last, "table.concat");
  return call_original(L, (double)n);
}

static int guard_unpack(lua_State *L)
{
  lua_Integer last = luaL_opt(L, luaL_checkinteger, 3, (lua_Integer)luaL_len(L, 1));
  lua_Integer n = checked_span(L, luaL_optinteger(L, 2, 1), last, "table.unpack");
  return call_original(L, (double)n);
}

/* insert/remove at a position shift every later element. */
static int guard_insert(lua_State *L)
{
  luaL_checktype(L, 1, LUA_TTABLE);
  return call_original(L, lua_gettop(L) >= 3 ? (double)lua_rawlen(L, 1) : 1);
}

static int guard_remove(lua_State *L)
{
  luaL_checktype(L, 1, LUA_TTABLE);
  return call_original(L, lua_gettop(L) >= 2 ? (double)lua_rawlen(L, 1) : 1);
}

/* sort compares n log n times, and one comparison of long strings reads them whole. */
static int guard_sort(lua_State *L)
{
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
  size_t longest = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_rawgeti(L, 1, i) == LUA_TSTRING && lua_rawlen(L, -1) > longest)
      longest = lua_rawlen(L, -1);
    lua_pop(L, 1);
  }
  double compares = (double)n * log2((double)n + 2);
  if (compares * (double)longest > SORT_COST)
    return luaL_error(L, "table.sort: strings too long to sort (%d of up to %d bytes)", (int)n,
                      (int)longest);
  return call_original(L, compares + (double)n);
}

/* Replaces t[name] by guard with the original function as its upvalue. */
static void wrap(lua_State *L, int t, const char *name, lua_CFunction guard)
{
  lua_getfield(L, t, name);
  ENSURE(lua_tocfunction(L, -1) != NULL);
  lua_pushcclosure(L, guard, 1);
  lua_setfield(L, t, name);
}

static void wrap_all(lua_State *L, int t, const char *const *names, lua_CFunction guard)
{
  for (; *names; names++)
    wrap(L, t, *names, guard);
}

static const char *const string_linear[] = {"upper", "lower", "reverse", "byte", "sub", NULL};
static const char *const string_arith[] = {"__add", "__sub",  "__mul", "__mod", "__pow",
                                           "__div", "__idiv", "__unm", NULL};
static const char *const utf8_linear[] = {"len", "codepoint", "offset", NULL};

/* The string metatable's __index is the real string table, reachable as ("").name from any
   sandboxed code: it loses dump and pack (SANDBOX.md 2-3) and gets the guards itself. */
static void harden_string_library(lua_State *L)
{
  lua_getglobal(L, LUA_STRLIBNAME);
  int t = lua_gettop(L);
  static const char *const removed[] = {"dump", "pack", "packsize", "unpack"};
  for (size_t i = 0; i < sizeof removed / sizeof removed[0]; i++) {
    lua_pushnil(L);
    lua_setfield(L, t, removed[i]);
  }
  wrap(L, t, "rep", guard_rep);
  wrap(L, t, "find", guard_find);
  wrap(L, t, "match", guard_match);
  wrap(L, t, "gmatch", guard_match);
  wrap(L, t, "gsub", guard_match);
  wrap_all(L, t, string_linear, guard_bytes);
  wrap(L, t, "format", guard_format);
  lua_pop(L, 1);
  lua_pushliteral(L, "");
  ENSURE(lua_getmetatable(L, -1));
  wrap_all(L, lua_gettop(L), string_arith, guard_bytes); /* "1" + 1 converts the string */
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);
}

/* ---- the environment ---- */

/* env[name] = a new table with every field of the global library `lib`. */
static void copy_library(lua_State *L, int env, const char *lib)
{
  lua_newtable(L);
  lua_getglobal(L, lib);
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -5);
  }
  lua_pop(L, 1);
  lua_setfield(L, env, lib);
}

static void copy_globals(lua_State *L, int env, const char *const *names)
{
  for (; *names; names++) {
    lua_getglobal(L, *names);
    ENSURE(!lua_isnil(L, -1));
    lua_setfield(L, env, *names);
  }
}

/* math.random's state is an upvalue of the real randomseed, so this one calls it properly. */
static int safe_randomseed(lua_State *L)
{
  luaL_checkinteger(L, 1); /* with no argument Lua would seed from the clock */
  lua_settop(L, 1);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, 1, LUA_MULTRET);
  return lua_gettop(L);
}

static void guard_tables(lua_State *L, int env)
{
  lua_getfield(L, env, LUA_TABLIBNAME);
  int t = lua_gettop(L);
  wrap(L, t, "move", guard_move);
  wrap(L, t, "concat", guard_concat);
  wrap(L, t, "unpack", guard_unpack);
  wrap(L, t, "insert", guard_insert);
  wrap(L, t, "remove", guard_remove);
  wrap(L, t, "sort", guard_sort);
  lua_getfield(L, env, LUA_MATHLIBNAME);
  wrap(L, t + 1, "randomseed", safe_randomseed);
  lua_pop(L, 2);
  wrap(L, env, "tonumber", guard_bytes);
  if (lua_getfield(L, env, LUA_UTF8LIBNAME) == LUA_TTABLE)
    wrap_all(L, lua_gettop(L), utf8_linear, guard_bytes);
  lua_pop(L, 1);
}

/* Runs protected (memory may run out): opens the libraries, then builds the environment by
   whitelist. The real _G stays in the registry, out of reach. */
static int build_state(lua_State *L)
{
  Sandbox *sb = lua_touserdata(L, 1);
  static const char *const pupil[] = {"tostring", "tonumber", "type", "ipairs", "pairs", NULL};
  static const char *const level[] = {"error",    "assert", "next", "select",
                                      "rawequal", "rawlen", NULL};
  static const char *const libs[] = {LUA_MATHLIBNAME, LUA_STRLIBNAME, LUA_TABLIBNAME, NULL};
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  lua_getfield(L, -2, "randomseed"); /* the math table, still on the stack */
  lua_pushinteger(L, RANDOM_SEED);
  lua_call(L, 1, 0);
  lua_pop(L, 5);
  harden_string_library(L);
  lua_newtable(L);
  int env = lua_gettop(L);
  copy_globals(L, env, pupil);
  for (int i = 0; libs[i]; i++)
    copy_library(L, env, libs[i]);
  if (sb->kind == SANDBOX_LEVEL) {
    copy_globals(L, env, level);
    copy_library(L, env, LUA_UTF8LIBNAME);
  }
  guard_tables(L, env);
  lua_pushcfunction(L, sandbox_print);
  lua_setfield(L, env, "print");
  lua_pushcfunction(L, sandbox_tostring);
  lua_setfield(L, env, "tostring");
  lua_pushcfunction(L, sandbox_pairs); /* a fixed order: same program, same output */
  lua_setfield(L, env, "pairs");
  sb->env_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return 0;
}

static void limits_with_defaults(SandboxLimits *out, const SandboxLimits *in)
{
  SandboxLimits none = {0, 0, 0, 0};
  *out = in ? *in : none;
  if (out->memory_limit == 0)
    out->memory_limit = SANDBOX_DEFAULT_MEMORY;
  if (out->instruction_limit <= 0)
    out->instruction_limit = SANDBOX_DEFAULT_INSTRUCTIONS;
  if (!(out->seconds_limit > 0))
    out->seconds_limit = SANDBOX_DEFAULT_SECONDS;
  if (out->output_limit < 16) /* room for a line and the "...\n" of a cut */
    out->output_limit = out->output_limit ? 16 : SANDBOX_DEFAULT_OUTPUT;
}

Sandbox *sandbox_new(SandboxKind kind, const SandboxLimits *limits)
{
  Sandbox *sb = calloc(1, sizeof *sb);
  if (!sb)
    return NULL;
  sb->kind = kind;
  limits_with_defaults(&sb->limits, limits);
  sb->output = malloc(sb->limits.output_limit + 1);
  sb->L = sb->output ? lua_newstate(sandbox_alloc, sb) : NULL;
  if (!sb->L) {
    free(sb->output);
    free(sb);
    return NULL;
  }
  sb->output[0] = '\0';
  memcpy(lua_getextraspace(sb->L), &sb, sizeof sb);
  lua_atpanic(sb->L, sandbox_panic);
  sb->hook_count = HOOK_EVERY;
  lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, HOOK_EVERY);
  sb->strict_memory = true;
  lua_pushcfunction(sb->L, build_state);
  lua_pushlightuserdata(sb->L, sb);
  int status = lua_pcall(sb->L, 1, 0, 0);
  sb->strict_memory = false;
  if (status != LUA_OK) {
    sandbox_free(sb);
    return NULL;
  }
  return sb;
}

void sandbox_free(Sandbox *sb)
{
  if (!sb)
    return;
  /* Pending __close code errors at its first instruction. Lua runs __gc with hooks off, so
     the defence there is that sandboxed code cannot set metatables at all. */
  trip(sb);
  lua_close(sb->L);
  free(sb->output);
  free(sb);
}

lua_State *sandbox_lua(Sandbox *sb)
{
  return sb->L;
}

void sandbox_push_env(Sandbox *sb)
{
  lua_rawgeti(sb->L, LUA_REGISTRYINDEX, sb->env_ref);
}

/* ---- errors ---- */

/* Copies at most ERROR_MAX - 1 bytes, never cutting a UTF-8 sequence in two. */
static void set_error(Sandbox *sb, const char *msg, size_t len, int line)
{
  len = util_utf8_cut(msg, len, ERROR_MAX - 1);
  memcpy(sb->error, msg, len);
  sb->error[len] = '\0';
  sb->error_line = line;
}

/* Splits "source:LINE: message" (Lua's position prefix) into line and message. */
static void set_error_message(Sandbox *sb, const char *msg, size_t len)
{
  for (size_t i = 0; i < len && msg[i] != '\n'; i++) {
    if (msg[i] != ':' || i == 0)
      continue;
    size_t j = i + 1;
    long line = 0;
    while (j < len && msg[j] >= '0' && msg[j] <= '9' && line < 100000000)
      line = line * 10 + (msg[j++] - '0');
    if (j > i + 1 && j + 1 < len && msg[j] == ':' && msg[j + 1] == ' ') {
      set_error(sb, msg + j + 2, len - j - 2, (int)line);
      return;
    }
  }
  set_error(sb, msg, len, 0);
}

/* Describes the error value on top of the stack without calling into Lua: no __tostring,
   no allocation (SANDBOX.md 8). */
static void store_error_value(Sandbox *sb)
{
  lua_State *L = sb->L;
  char buf[64];
  int t = lua_type(L, -1);
  if (t == LUA_TSTRING) {
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    set_error_message(sb, s, len);
    return;
  }
  if (t == LUA_TNUMBER && lua_isinteger(L, -1))
    snprintf(buf, sizeof buf, "%lld", (long long)lua_tointeger(L, -1));
  else if (t == LUA_TNUMBER)
    snprintf(buf, sizeof buf, "%.14g", (double)lua_tonumber(L, -1));
  else if (t == LUA_TBOOLEAN)
    snprintf(buf, sizeof buf, "%s", lua_toboolean(L, -1) ? "true" : "false");
  else
    snprintf(buf, sizeof buf, "(error object is a %s value)", lua_typename(L, t));
  set_error(sb, buf, strlen(buf), 0);
}

/* ---- load and call ---- */

SandboxStatus sandbox_load(Sandbox *sb, const char *text, size_t len, const char *chunkname)
{
  lua_State *L = sb->L;
  if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
    text += 3; /* the BOM sits on line 1: line numbers stay right */
    len -= 3;
  }
  sb->strict_memory = true;
  int status = luaL_loadbufferx(L, text, len, chunkname, "t");
  sb->strict_memory = sb->depth > 0;
  if (status != LUA_OK) {
    store_error_value(sb);
    lua_pop(L, 1);
    return status == LUA_ERRMEM ? SANDBOX_MEMORY : SANDBOX_SYNTAX;
  }
  sandbox_push_env(sb);
  ENSURE(lua_setupvalue(L, -2, 1) != NULL); /* a main chunk's first upvalue is _ENV */
  set_error(sb, "", 0, 0);
  return SANDBOX_OK;
}

static SandboxStatus classify(Sandbox *sb, int status)
{
  lua_State *L = sb->L;
  if (status == LUA_OK && sb->over)
    set_error(sb, BUDGET_MESSAGE, strlen(BUDGET_MESSAGE), 0);
  if (status == LUA_OK)
    return sb->over ? SANDBOX_BUDGET : SANDBOX_OK;
  SandboxStatus st = SANDBOX_RUNTIME;
  if (lua_type(L, -1) == LUA_TLIGHTUSERDATA && lua_touserdata(L, -1) == &halt_key) {
    set_error(sb, "halted", 6, 0);
    lua_pop(L, 1);
    return SANDBOX_HALTED;
  }
  if (sb->over)
    st = SANDBOX_BUDGET;
  else if (status == LUA_ERRMEM)
    st = SANDBOX_MEMORY;
  store_error_value(sb);
  lua_pop(L, 1);
  return st;
}

SandboxStatus sandbox_call(Sandbox *sb, int nargs, int nresults)
{
  lua_State *L = sb->L;
  if (sb->over) {
    lua_pop(L, nargs + 1);
    set_error(sb, BUDGET_MESSAGE, strlen(BUDGET_MESSAGE), 0);
    return SANDBOX_BUDGET;
  }
  if (sb->depth == 0) {
    sb->call_start = now_seconds();
    sb->deadline = sb->call_start + (sb->limits.seconds_limit - sb->seconds_used);
    sb->last_hook = sb->call_start;
  }
  int base = lua_gettop(L) - nargs - 1;
  sb->depth++;
  sb->strict_memory = true;
  int status = lua_pcall(L, nargs, nresults, 0);
  if (--sb->depth == 0) {
    sb->strict_memory = false;
    sb->seconds_used += now_seconds() - sb->call_start;
    if (sb->seconds_used > sb->limits.seconds_limit && !sb->over)
      trip(sb); /* the time ran out inside C code that never returned to a hook */
  }
  SandboxStatus st = classify(sb, status);
  if (st == SANDBOX_OK)
    set_error(sb, "", 0, 0);
  else
    lua_settop(L, base); /* a chunk that returned after its budget ran out leaves nothing */
  return st;
}

int sandbox_halt(lua_State *L)
{
  lua_pushlightuserdata(L, (void *)&halt_key);
  return lua_error(L);
}

const char *sandbox_error(const Sandbox *sb)
{
  return sb->error;
}

int sandbox_error_line(const Sandbox *sb)
{
  return sb->error_line;
}

const char *sandbox_output(const Sandbox *sb, size_t *len)
{
  if (len)
    *len = sb->output_len;
  return sb->output;
}

size_t sandbox_memory_peak(const Sandbox *sb)
{
  return sb->mem_peak;
}

long sandbox_instructions_used(const Sandbox *sb)
{
  return sb->instructions;
}
