/* test_sandbox.c: one test per item of shared SANDBOX.md, each asserting what a user would
   see: the status, the message, the line, the output, and how long it took. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "check.h"
#include "sandbox.h"

/* Time limits in the checks below are for a normal build; under AddressSanitizer every
   allocation is several times slower, so they stretch (the run still has to end). */
#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifdef SANITIZED
#define WITHIN(seconds) ((seconds)*3)
#else
#define WITHIN(seconds) ((seconds)*CHECK_TIME_SCALE)
#endif

typedef struct {
  SandboxStatus status;
  char error[600];
  int line;
  char output[20000];
  size_t output_len;
  double seconds;
  size_t peak;
} Result;

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static SandboxStatus load_and_call(Sandbox *sb, const char *code, size_t len)
{
  SandboxStatus st = sandbox_load(sb, code, len, "=program");
  return st == SANDBOX_OK ? sandbox_call(sb, 0, 0) : st;
}

static Result run_limited(SandboxKind kind, const char *code, size_t len, const SandboxLimits *lim)
{
  Result r;
  memset(&r, 0, sizeof r);
  Sandbox *sb = sandbox_new(kind, lim);
  if (!sb) {
    r.status = SANDBOX_MEMORY;
    snprintf(r.error, sizeof r.error, "sandbox_new failed");
    return r;
  }
  double t0 = now();
  r.status = load_and_call(sb, code, len);
  r.seconds = now() - t0;
  snprintf(r.error, sizeof r.error, "%s", sandbox_error(sb));
  r.line = sandbox_error_line(sb);
  const char *out = sandbox_output(sb, &r.output_len);
  if (r.output_len < sizeof r.output)
    memcpy(r.output, out, r.output_len + 1);
  r.peak = sandbox_memory_peak(sb);
  sandbox_free(sb);
  return r;
}

static Result run_kind(SandboxKind kind, const char *code)
{
  return run_limited(kind, code, strlen(code), NULL);
}

static Result run(const char *code)
{
  return run_kind(SANDBOX_PUPIL, code);
}

/* 1: the host's globals are absent for both kinds; calling one is a runtime error. */
static void test_host_globals_absent(void)
{
  static const char *const calls[] = {
      "io.open('x')",
      "os.exit(1)",
      "require('os')",
      "package.loadlib('a','b')",
      "load('x=1')",
      "loadstring('x')",
      "dofile()",
      "loadfile()",
      "debug.getregistry()",
      "getmetatable('')",
      "setmetatable({}, {})",
      "collectgarbage()",
      "pcall(print)",
      "xpcall(print, print)",
      "coroutine.create(print)",
      "rawset({}, 1, 1)",
      "rawget({}, 1)",
      "string.dump(print)",
      "(''):dump()",
      "string.pack('i4', 1)",
      "_G.print('x')",
      "(''):pack('i4', 1)",
      "math.randomseed()",
  };
  for (int k = 0; k < 2; k++) {
    for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++) {
      Result r = run_kind(k ? SANDBOX_LEVEL : SANDBOX_PUPIL, calls[i]);
      if (r.status != SANDBOX_RUNTIME)
        fprintf(stderr, "  %s ran in the %s sandbox\n", calls[i], k ? "level" : "pupil");
      CHECK_INT(SANDBOX_RUNTIME, r.status);
      CHECK_INT(1, r.line);
    }
  }
  Result r = run("io.open('x')");
  CHECK_CONTAINS("attempt to index a nil value (global 'io')", r.error);
}

/* The pupil list is exactly SPEC section 1; levels add error, assert, next, select, utf8. */
static void test_whitelists(void)
{
  const char *probe = "for _, n in ipairs({'print','tostring','tonumber','type','ipairs','pairs',"
                      "'math','string','table','error','assert','next','select','utf8',"
                      "'rawequal','rawlen'}) do print(n, _ENV[n] ~= nil) end\n"
                      "local names = {} for k in pairs(_ENV) do names[#names + 1] = k end\n"
                      "table.sort(names) print(table.concat(names, ' '))";
  Result p = run(probe);
  CHECK_INT(SANDBOX_OK, p.status);
  CHECK_CONTAINS("print\ttrue\n", p.output);
  CHECK_CONTAINS("error\tfalse\n", p.output);
  CHECK_CONTAINS("utf8\tfalse\n", p.output);
  CHECK_CONTAINS("ipairs math pairs print string table tonumber tostring type\n", p.output);
  Result l = run_kind(SANDBOX_LEVEL, probe);
  CHECK_INT(SANDBOX_OK, l.status);
  CHECK_CONTAINS("assert error ipairs math next pairs print rawequal rawlen select string "
                 "table tonumber tostring type utf8\n",
                 l.output);
}

/* 2: a binary chunk (here a real one, dumped by an ordinary Lua state) is refused. */
static int collect_dump(lua_State *L, const void *p, size_t sz, void *ud)
{
  (void)L;
  luaL_addlstring(ud, p, sz);
  return 0;
}

static void test_binary_chunk_refused(void)
{
  lua_State *L = luaL_newstate();
  luaL_loadstring(L, "print('bytecode ran')");
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  lua_pushvalue(L, -2);
  lua_dump(L, collect_dump, &b, 0);
  lua_pop(L, 1);
  luaL_pushresult(&b);
  size_t len;
  const char *bytes = lua_tolstring(L, -1, &len);
  CHECK(len > 4 && bytes[0] == 0x1b);
  Result r = run_limited(SANDBOX_LEVEL, bytes, len, NULL);
  CHECK_INT(SANDBOX_SYNTAX, r.status);
  CHECK_CONTAINS("binary", r.error);
  CHECK_INT(0, (int)r.output_len);
  lua_close(L);
  Result c = run_limited(SANDBOX_PUPIL, "\x1bLua\x54\x00\x19\x93", 8, NULL);
  CHECK_INT(SANDBOX_SYNTAX, c.status);
}

/* 11: a UTF-8 BOM is skipped and the line numbers stay right. */
static void test_bom_skipped(void)
{
  Result r = run("\xEF\xBB\xBFprint('hi')\n\nnope()");
  CHECK_INT(SANDBOX_RUNTIME, r.status);
  CHECK_INT(3, r.line);
  CHECK_STR("hi\n", r.output);
  Result s = run("\xEF\xBB\xBF\nx = = 1");
  CHECK_INT(SANDBOX_SYNTAX, s.status);
  CHECK_INT(2, s.line);
}

/* 11: the real length is used: a NUL inside a string works, one after the code counts. */
static void test_nul_bytes(void)
{
  const char code[] = "local s = 'a\0b'\nprint(#s)";
  Result r = run_limited(SANDBOX_PUPIL, code, sizeof code - 1, NULL);
  CHECK_INT(SANDBOX_OK, r.status);
  CHECK_STR("3\n", r.output);
  const char tail[] = "print(1)\0print(2)";
  Result t = run_limited(SANDBOX_PUPIL, tail, sizeof tail - 1, NULL);
  CHECK_INT(SANDBOX_SYNTAX, t.status);
}

/* 11: CRLF, CR and LF each end one line. */
static void test_line_endings(void)
{
  Result r = run("x = 1\r\ny = 2\r\nnope()\r\n");
  CHECK_INT(SANDBOX_RUNTIME, r.status);
  CHECK_INT(3, r.line);
  CHECK_CONTAINS("attempt to call a nil value (global 'nope')", r.error);
  Result c = run("x = 1\ry = 2\rnope()");
  CHECK_INT(3, c.line);
}

/* 3: the string metatable: locked, its __index unreachable, library copies independent. */
static void test_string_metatable(void)
{
  Sandbox *sb = sandbox_new(SANDBOX_LEVEL, NULL);
  lua_State *L = sandbox_lua(sb);
  lua_pushliteral(L, "");
  CHECK(lua_getmetatable(L, -1));
  lua_getfield(L, -1, "__metatable");
  CHECK(!lua_isnil(L, -1));
  lua_pop(L, 3);
  sandbox_free(sb);
  CHECK_INT(SANDBOX_RUNTIME, run_kind(SANDBOX_LEVEL, "getmetatable('').__index = {}").status);
  Result r = run("print(('x').__index, ('x').dump, ('x').rep ~= nil)\n"
                 "string.upper = function() return 'hacked' end\n"
                 "string.rep = nil\n"
                 "print(('ab'):upper(), ('ab'):rep(2))");
  CHECK_INT(SANDBOX_OK, r.status);
  CHECK_STR("nil\tnil\ttrue\nAB\tabab\n", r.output);
}

/* 5: endless loops end with BUDGET, fast. */
static void test_endless_loops(void)
{
  static const char *const loops[] = {"while true do end", "repeat until false", "::top:: goto top",
                                      "for i = 1, math.huge do end",
                                      "local function f() end while true do f() end"};
  for (size_t i = 0; i < sizeof loops / sizeof loops[0]; i++) {
    Result r = run(loops[i]);
    printf("  %-45s -> status %d in %.1f ms\n", loops[i], r.status, r.seconds * 1e3);
    CHECK_INT(SANDBOX_BUDGET, r.status);
    CHECK(r.seconds < WITHIN(0.5));
  }
  Result r = run("\n\nwhile true do end");
  CHECK_INT(3, r.line);
}

/* 5: the budget is kept over the sandbox's life: once used up, every later call fails. */
static void test_budget_over_life(void)
{
  SandboxLimits lim = {0, 1000000, 0, 0};
  Sandbox *sb = sandbox_new(SANDBOX_PUPIL, &lim);
  const char *code = "local x = 0 for i = 1, 300000 do x = x + i end";
  CHECK_INT(SANDBOX_OK, load_and_call(sb, code, strlen(code)));
  CHECK(sandbox_instructions_used(sb) >= 500000);
  CHECK_INT(SANDBOX_BUDGET, load_and_call(sb, code, strlen(code)));
  CHECK_INT(SANDBOX_BUDGET, load_and_call(sb, "print(1)", 8));
  size_t len;
  sandbox_output(sb, &len);
  CHECK_INT(0, (int)len);
  sandbox_free(sb);
}

/* 9: deep recursion is a runtime error (stack overflow), not a crash or a memory error. */
static void test_recursion(void)
{
  Result r = run("local function f() return f() + 1 end\nf()");
  CHECK_INT(SANDBOX_RUNTIME, r.status);
  CHECK_CONTAINS("stack overflow", r.error);
  CHECK_INT(1, r.line);
  Result g = run_kind(SANDBOX_LEVEL, "local function f(s) return s:gsub('.', f) end f('ab')");
  CHECK_INT(SANDBOX_RUNTIME, g.status);
  CHECK_CONTAINS("stack overflow", g.error);
}

/* 7: memory bombs end with MEMORY and the peak stays under the cap. The time and instruction
   limits are generous here so that a slow (sanitized, shared) machine still meets the cap. */
static Result run_memory(const char *code, size_t memory)
{
  SandboxLimits lim = {memory, LONG_MAX, 10.0, 0}; /* 1L << 40 overflows a 32-bit long */
  return run_limited(SANDBOX_PUPIL, code, strlen(code), &lim);
}

static void test_memory_bombs(void)
{
  Result r = run_memory("s = 'x' while true do s = s .. s end", 0);
  CHECK_INT(SANDBOX_MEMORY, r.status);
  CHECK_INT(0, r.line);
  CHECK_CONTAINS("not enough memory", r.error);
  CHECK(r.peak <= SANDBOX_DEFAULT_MEMORY);
  Result t = run_memory("local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(1 << 20) .. i end", 0);
  CHECK_INT(SANDBOX_MEMORY, t.status);
  CHECK(t.peak <= SANDBOX_DEFAULT_MEMORY);
  Result n = run_memory("local t = {} for i = 1, 1e9 do t[i] = i end", 0);
  CHECK_INT(SANDBOX_MEMORY, n.status);
  Result s = run_memory("local t = {} for i = 1, 1e9 do t[i] = {} end", 1 << 20);
  CHECK_INT(SANDBOX_MEMORY, s.status);
  CHECK(s.peak <= 1 << 20);
  Result g = run_memory("local s = ('x'):rep(1 << 20) local r = s:gsub('x', s)", 0);
  CHECK_INT(SANDBOX_MEMORY, g.status);
}

/* 6: string.rep refuses huge results and huge counts, at once. */
static void test_string_rep(void)
{
  Result big = run("string.rep('x', 1e10)");
  CHECK_INT(SANDBOX_RUNTIME, big.status);
  CHECK_CONTAINS("string.rep", big.error);
  Result method = run("local s = ('x'):rep(1 << 30)");
  CHECK_INT(SANDBOX_RUNTIME, method.status);
  Result sep = run("local s = ('x'):rep(600000, 'y')");
  CHECK_INT(SANDBOX_RUNTIME, sep.status);
  Result empty = run("local s = string.rep('', 1 << 62) print(#s)");
  printf("  rep('', 1 << 62): status %d in %.2f ms\n", empty.status, empty.seconds * 1e3);
  CHECK(empty.seconds < WITHIN(0.1));
  CHECK(empty.status == SANDBOX_RUNTIME || empty.status == SANDBOX_OK);
  CHECK_CONTAINS("count too big", empty.error);
  Result ok = run("print(#('ab'):rep(1 << 19), ('ab'):rep(3, ','), ('x'):rep(0), ('x'):rep(-5))");
  CHECK_INT(SANDBOX_OK, ok.status);
  CHECK_STR("1048576\tab,ab,ab\t\t\n", ok.output);
}

/* 6: pattern bombs end at once with an error; ordinary patterns still work. */
static void test_pattern_bombs(void)
{
  static const char *const bombs[] = {
      "local x = ('a'):rep(100):match(('a+'):rep(5) .. 'b')",
      "local n = 40 local x = ('a'):rep(n):find(('a?'):rep(n) .. ('a'):rep(n) .. 'b')",
      "local x = ('a'):rep(4000):match(('a.*'):rep(10) .. 'b')",
      "local x = ('a'):rep(4000):gsub('a*a*a*b', '')",
      "for w in ('a'):rep(4000):gmatch('a-a-a-b') do end",
      "local x = ('a'):rep(1 << 20):find(('a'):rep(1 << 19) .. 'b', 1, true)",
      "local x = ('a'):rep(3000):find('(.-)%1b')",
      /* 171 repeats and more: q! overflows a double, which once let these run for days */
      "local x = ('a'):rep(40):find(('a?'):rep(171) .. 'b')",
      "local x = ('a'):rep(180):match(('a?'):rep(180) .. ('a'):rep(180) .. 'b')",
  };
  for (size_t i = 0; i < sizeof bombs / sizeof bombs[0]; i++) {
    Result r = run(bombs[i]);
    printf("  pattern bomb %zu: status %d in %.2f ms: %s\n", i, r.status, r.seconds * 1e3, r.error);
    CHECK_INT(SANDBOX_RUNTIME, r.status);
    CHECK(r.seconds < WITHIN(0.2));
  }
  /* the worst case still allowed ends well inside the deadline */
  Result edge = run("local x = ('a'):rep(2000):find('a*b') print(x)");
  printf("  worst allowed pattern: status %d in %.2f ms\n", edge.status, edge.seconds * 1e3);
  CHECK_STR("nil\n", edge.output);
  CHECK(edge.seconds < WITHIN(0.2));
  Result trim = run("local s = '  ' .. ('word '):rep(20) print(#s:match('^%s*(.-)%s*$'))");
  CHECK_STR("99\n", trim.output);
  Result ok = run("print(('hello world'):match('(%w+) (%w+)'))\n"
                  "local map = ('#>...G#\\n'):rep(40) local n = 0\n"
                  "for row in map:gmatch('[^\\n]+') do n = n + 1 end print(n)\n"
                  "print(('a,b,,c'):gsub(',', ';'), ('x = 1'):find('=', 1, true))");
  CHECK_INT(SANDBOX_OK, ok.status);
  CHECK_STR("hello\tworld\n40\na;b;;c\t3\t3\n", ok.output);
}

/* 6: table.move / concat / unpack over huge ranges are refused at once. */
static void test_table_ranges(void)
{
  static const char *const calls[] = {
      "table.move({}, 1, 1 << 40, 1, {})",
      "table.move({}, math.mininteger, -1, 1)",
      "table.concat({}, '', 1, 1 << 40)",
      "table.unpack({}, 1, 1 << 40)",
      "table.unpack({}, math.mininteger, math.maxinteger)",
  };
  for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++) {
    Result r = run(calls[i]);
    CHECK_INT(SANDBOX_RUNTIME, r.status);
    CHECK(r.seconds < WITHIN(0.1));
  }
  Result ok = run("local t = table.move({1, 2, 3}, 1, 3, 2) print(table.concat(t, ','))\n"
                  "print(table.unpack({4, 5}))");
  CHECK_INT(SANDBOX_OK, ok.status);
  CHECK_STR("1,1,2,3\n4\t5\n", ok.output);
}

/* 6: quadratic concatenation ends (time or memory) within a second. */
static void test_quadratic_concat(void)
{
  Result r = run("local s = '' while true do s = s .. 'x' end");
  printf("  quadratic concat: status %d in %.1f ms\n", r.status, r.seconds * 1e3);
  CHECK(r.status == SANDBOX_BUDGET || r.status == SANDBOX_MEMORY);
  CHECK(r.seconds < WITHIN(1.0));
  Result w = run("local s = ('x'):rep(1 << 20) while true do local t = s:upper() end");
  printf("  big upper loop: status %d in %.1f ms\n", w.status, w.seconds * 1e3);
  CHECK_INT(SANDBOX_BUDGET, w.status);
  CHECK(w.seconds < WITHIN(1.0));
  Result ins = run("local t = {} for i = 1, 200000 do t[i] = i end\n"
                   "while true do table.insert(t, 1, 0) table.remove(t, 1) end");
  printf("  insert/remove loop: status %d in %.1f ms\n", ins.status, ins.seconds * 1e3);
  CHECK_INT(SANDBOX_BUDGET, ins.status);
  CHECK(ins.seconds < WITHIN(1.0));
}

/* 7: string.format widths and byte/unpack ranges are Lua's own limits: errors, no crash. */
static void test_lua_own_limits(void)
{
  CHECK_INT(SANDBOX_RUNTIME, run("local s = string.format('%999999999d', 1)").status);
  Result f = run("print(#string.format('%.99f', 1e308))");
  CHECK_STR("409\n", f.output);
  Result b = run("local t = {string.byte(('x'):rep(1 << 20), 1, -1)}");
  CHECK(b.status == SANDBOX_RUNTIME || b.status == SANDBOX_MEMORY);
}

/* 7, 13: print output is capped, with a final "...\n" marking the cut. */
static void test_print(void)
{
  Result r = run("print('a', 1, 2.5, true, nil, {}, print, 10 // 3, 3 / 1)");
  CHECK_STR("a\t1\t2.5\ttrue\tnil\ttable\tfunction\t3\t3.0\n", r.output);
  /* tostring and string.format show no heap address: the same words every run. */
  Result ts = run("print(tostring(print), tostring({}), tostring(nil), tostring(false), "
                  "tostring(2^53), tostring('x'), tostring(7 // 2))\n"
                  "print(string.format('%s|%5s|%d%%', {}, print, 3), ('%s'):format({}))");
  CHECK_STR("function\ttable\tnil\tfalse\t9.007199254741e+15\tx\t3\n"
            "table|function|3%\ttable\n",
            ts.output);
  Result p = run("print(string.format('%p', {}))");
  CHECK_INT(SANDBOX_RUNTIME, p.status);
  CHECK(strstr(p.error, "%p") != NULL);
  Result lv = run_kind(SANDBOX_LEVEL, "print(tostring({}), tostring(error))");
  CHECK_STR("table\tfunction\n", lv.output);
  SandboxLimits lim = {0, 0, 0, 100};
  const char *flood = "while true do print('hello world') end";
  Result f = run_limited(SANDBOX_PUPIL, flood, strlen(flood), &lim);
  CHECK_INT(SANDBOX_BUDGET, f.status);
  CHECK(f.output_len <= 100);
  CHECK(f.output_len >= 80);
  CHECK(f.output_len >= 4 && strcmp(f.output + f.output_len - 16, "hello world\n...\n") == 0);
  Result big = run_limited(SANDBOX_PUPIL, "print(('y'):rep(1000))", 22, &lim);
  CHECK_STR("...\n", big.output);
}

/* 9: 300 nested blocks: a syntax error, not a crash. */
static void test_deep_nesting(void)
{
  char code[300 * 20] = "";
  for (int i = 0; i < 300; i++)
    strcat(code, "if true then\n");
  for (int i = 0; i < 300; i++)
    strcat(code, "end ");
  Result r = run(code);
  CHECK_INT(SANDBOX_SYNTAX, r.status);
  printf("  300 nested if: %s (line %d)\n", r.error, r.line);
  char parens[2100] = "x = ";
  for (int i = 0; i < 1000; i++)
    strcat(parens, "(");
  Result p = run(parens);
  CHECK_INT(SANDBOX_SYNTAX, p.status);
}

/* 10: CVE-2022-28805 (_ENV as <const>) must not crash; whatever the status. */
static void test_const_env(void)
{
  static const char *const codes[] = {
      "local _ENV <const> = {} x = 1",
      "local _ENV <const> = {print = print} print(y)",
      "local _ENV <const> = 45 AA = 1",
      "local _ENV <const> = {} local function f() return x.y.z end f()",
  };
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
    Result r = run_kind(SANDBOX_LEVEL, codes[i]);
    CHECK(r.status == SANDBOX_OK || r.status == SANDBOX_RUNTIME || r.status == SANDBOX_SYNTAX);
  }
}

/* SPEC 1: math.random is the same in every run. */
static void test_random_deterministic(void)
{
  const char *code = "for i = 1, 5 do print(math.random(1, 1000), math.random()) end";
  Result a = run(code);
  Result b = run(code);
  CHECK_INT(SANDBOX_OK, a.status);
  CHECK(a.output_len > 20);
  CHECK_STR(a.output, b.output);
  Result c = run("math.randomseed(7) local x = math.random(1, 1e6) math.randomseed(7)\n"
                 "print(x == math.random(1, 1e6))");
  CHECK_STR("true\n", c.output);
}

/* Levels get error/assert/next/select/utf8; messages come without the "chunk:line:" prefix. */
static void test_level_kind(void)
{
  Result r = run_kind(SANDBOX_LEVEL, "assert(next({1}) == 1)\nprint(select('#', 1, 2), "
                                     "utf8.char(72, 228), rawlen({1, 2}))\nerror('boom')");
  CHECK_INT(SANDBOX_RUNTIME, r.status);
  CHECK_STR("boom", r.error);
  CHECK_INT(3, r.line);
  CHECK_STR("2\tH\xC3\xA4\t2\n", r.output);
  Result t = run_kind(SANDBOX_LEVEL, "error({code = 1})");
  CHECK_STR("(error object is a table value)", t.error);
  Result n = run_kind(SANDBOX_LEVEL, "error(42)");
  CHECK_STR("42", n.error);
  Result z = run_kind(SANDBOX_LEVEL, "error('no position', 0)");
  CHECK_STR("no position", z.error);
  CHECK_INT(0, z.line);
  Result a = run_kind(SANDBOX_LEVEL, "\nassert(false, 'map too big')");
  CHECK_STR("map too big", a.error);
  Result s = run("\nlocal x = nil + 1");
  CHECK_INT(2, s.line);
  CHECK_CONTAINS("attempt to perform arithmetic on a nil value", s.error);
  Result x = run_kind(SANDBOX_LEVEL, "error(('x'):rep(2000))");
  CHECK_INT(511, (int)strlen(x.error));
}

static int halt_now(lua_State *L)
{
  return sandbox_halt(L);
}

/* The runner's stop: HALTED, not catchable, and the sandbox can still be called after it. */
static void test_halt(void)
{
  Sandbox *sb = sandbox_new(SANDBOX_PUPIL, NULL);
  sandbox_push_env(sb);
  lua_pushcfunction(sandbox_lua(sb), halt_now);
  lua_setfield(sandbox_lua(sb), -2, "stop");
  lua_pop(sandbox_lua(sb), 1);
  CHECK(sandbox_from_lua(sandbox_lua(sb)) == sb);
  const char *code = "print('a')\nfor i = 1, 3 do stop() end\nprint('b')";
  CHECK_INT(SANDBOX_HALTED, load_and_call(sb, code, strlen(code)));
  CHECK_INT(SANDBOX_HALTED, load_and_call(sb, "table.sort({3, 2, 1}, stop)", 27));
  CHECK_INT(SANDBOX_OK, load_and_call(sb, "print('c')", 10));
  size_t len;
  CHECK_STR("a\nc\n", sandbox_output(sb, &len));
  CHECK_STR("", sandbox_error(sb));
  sandbox_free(sb);
}

/* A host that catches errors itself (lua_pcall, or a nested sandbox_call) cannot be used to
   swallow the budget error: once passed, the next instruction errors again (SANDBOX.md 5). */
static int host_try_pcall(lua_State *L)
{
  lua_settop(L, 1);
  lua_pcall(L, 0, 0, 0);
  return 0;
}

static int host_try_nested(lua_State *L)
{
  lua_settop(L, 1);
  sandbox_call(sandbox_from_lua(L), 0, 0);
  return 0;
}

static void test_budget_not_swallowed(void)
{
  static const char *const codes[] = {
      "try(function() while true do end end) print('after')",
      "while true do try(function() while true do end end) end",
  };
  for (int k = 0; k < 2; k++) {
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
      Sandbox *sb = sandbox_new(SANDBOX_LEVEL, NULL);
      sandbox_push_env(sb);
      lua_pushcfunction(sandbox_lua(sb), k ? host_try_nested : host_try_pcall);
      lua_setfield(sandbox_lua(sb), -2, "try");
      lua_pop(sandbox_lua(sb), 1);
      double t0 = now();
      CHECK_INT(SANDBOX_BUDGET, load_and_call(sb, codes[i], strlen(codes[i])));
      CHECK(now() - t0 < WITHIN(1.0));
      size_t len;
      sandbox_output(sb, &len);
      CHECK_INT(0, (int)len);
      sandbox_free(sb);
    }
  }
}

/* 8: sandboxed code cannot make finalizers or to-be-closed handlers: no setmetatable, and
   only values with a __close metamethod may be <close>. (Lua runs __gc with hooks off, so a
   host must never put a sandboxed function into a __gc itself.) */
static void test_no_finalizers(void)
{
  Result r = run_kind(SANDBOX_LEVEL, "local x <close> = {}");
  CHECK_INT(SANDBOX_RUNTIME, r.status);
  CHECK_CONTAINS("non-closable value", r.error);
  Result s = run_kind(SANDBOX_LEVEL, "local x <close> = 'text'");
  CHECK_INT(SANDBOX_RUNTIME, s.status);
  Result n = run("local x <close> = nil print('fine')");
  CHECK_STR("fine\n", n.output);
}

/* 12: numeric for loops count up front: no wrap-around at maxinteger. */
static void test_integer_loops(void)
{
  Result r = run("local n = 0 for i = math.maxinteger - 1, math.maxinteger do n = n + 1 end\n"
                 "print(n, math.mininteger // -1, math.mininteger % -1)");
  CHECK_INT(SANDBOX_OK, r.status);
  CHECK_STR("2\t-9223372036854775808\t0\n", r.output);
  CHECK_INT(SANDBOX_RUNTIME, run("for i = 1, 10, 0 do end").status);
}

/* A program may define functions the host calls later, each call under the same budget. */
static void test_host_calls_back(void)
{
  Sandbox *sb = sandbox_new(SANDBOX_LEVEL, NULL);
  lua_State *L = sandbox_lua(sb);
  const char *code = "return function(a, b) return a + b end";
  CHECK_INT(SANDBOX_OK, sandbox_load(sb, code, strlen(code), "=level"));
  CHECK_INT(SANDBOX_OK, sandbox_call(sb, 0, 1));
  lua_pushvalue(L, -1);
  lua_pushinteger(L, 2);
  lua_pushinteger(L, 3);
  CHECK_INT(SANDBOX_OK, sandbox_call(sb, 2, 1));
  CHECK_INT(5, (int)lua_tointeger(L, -1));
  lua_pop(L, 1);
  lua_pushinteger(L, 2);
  CHECK_INT(SANDBOX_RUNTIME, sandbox_call(sb, 1, 1));
  CHECK_INT(1, sandbox_error_line(sb));
  CHECK_INT(0, lua_gettop(L));
  sandbox_free(sb);
  sandbox_free(NULL);
}

int main(void)
{
  test_host_globals_absent();
  test_whitelists();
  test_binary_chunk_refused();
  test_bom_skipped();
  test_nul_bytes();
  test_line_endings();
  test_string_metatable();
  test_endless_loops();
  test_budget_over_life();
  test_recursion();
  test_memory_bombs();
  test_string_rep();
  test_pattern_bombs();
  test_table_ranges();
  test_quadratic_concat();
  test_lua_own_limits();
  test_print();
  test_deep_nesting();
  test_const_env();
  test_random_deterministic();
  test_level_kind();
  test_halt();
  test_host_calls_back();
  test_budget_not_swallowed();
  test_no_finalizers();
  test_integer_loops();
  return check_summary();
}
