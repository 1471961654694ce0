/* test_program.c: the program model: text -> blocks -> text, block counts, comments and grey
   code blocks, syntax errors with their lines, limits (deep nesting, size, NUL, BOM, CRLF), and
   a property test over random block trees. Lua itself checks that canonical text compiles to
   the same bytecode as the original. */
#include <lauxlib.h>
#include <lua.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "program.h"

/* ---- Helpers ------------------------------------------------------------------------- */

static Program *parse(const char *src)
{
  return program_parse(src, strlen(src), NULL);
}

static int count(const char *src)
{
  Program *p = parse(src);
  int n = p ? program_count_blocks(p) : -1;
  program_free(p);
  return n;
}

/* Canonical text of src (static buffer), or "(error)". */
static const char *canon(const char *src)
{
  static char out[8192];
  Program *p = parse(src);
  char *t = p ? program_text(p) : NULL;
  snprintf(out, sizeof out, "%s", t ? t : "(error)");
  free(t);
  program_free(p);
  return out;
}

static const char *outline(const char *src)
{
  static char out[8192];
  Program *p = parse(src);
  char *t = p ? program_outline(p) : NULL;
  snprintf(out, sizeof out, "%s", t ? t : "(error)");
  free(t);
  program_free(p);
  return out;
}

static ProgramError error_of_len(const char *src, size_t len)
{
  ProgramError e;
  Program *p = program_parse(src, len, &e);
  if (p) {
    e.code = PROGRAM_OK;
    program_free(p);
  }
  return e;
}

static ProgramError error_of(const char *src)
{
  return error_of_len(src, strlen(src));
}

#define CHECK_ERROR(src, code_, line_)                                                             \
  do {                                                                                             \
    ProgramError e_ = error_of(src);                                                               \
    CHECK_STR(program_error_name(code_), program_error_name(e_.code));                             \
    CHECK_INT(line_, e_.line);                                                                     \
  } while (0)

/* Lua's bytecode for src with debug information and the lines of function definitions left
   out: equal bytecode means the two texts run exactly alike. */
typedef struct {
  unsigned char *d;
  size_t n, cap;
} Bytes;

static int bytes_write(lua_State *L, const void *p, size_t sz, void *ud)
{
  Bytes *b = ud;
  (void)L;
  if (b->n + sz > b->cap) {
    b->cap = (b->n + sz) * 2;
    b->d = realloc(b->d, b->cap);
  }
  memcpy(b->d + b->n, p, sz);
  b->n += sz;
  return 0;
}

static size_t dump_size(const Bytes *b, size_t *i)
{
  size_t x = 0;
  int c;
  do {
    c = *i < b->n ? b->d[(*i)++] : 0x80;
    x = (x << 7) | (size_t)(c & 0x7f);
  } while (!(c & 0x80));
  return x;
}

/* Copies one function of a stripped Lua 5.4 dump from in to out without its linedefined and
   lastlinedefined, the only line numbers a stripped dump keeps. */
static void dump_unline(const Bytes *in, size_t *i, Bytes *out)
{
  size_t at = *i, k = dump_size(in, i);
  *i += k ? k - 1 : 0; /* source */
  bytes_write(NULL, in->d + at, *i - at, out);
  dump_size(in, i);
  dump_size(in, i);
  at = *i;
  *i += 3;
  *i += dump_size(in, i) * 4; /* code */
  for (size_t j = 0, n = dump_size(in, i); j < n && *i < in->n; j++) {
    int t = in->d[(*i)++];
    if (t == 0x03 || t == 0x13)
      *i += 8;
    else if (t == 0x04 || t == 0x14)
      k = dump_size(in, i), *i += k ? k - 1 : 0;
  }
  *i += dump_size(in, i) * 3; /* upvalues */
  size_t nprotos = dump_size(in, i);
  bytes_write(NULL, in->d + at, *i - at, out);
  for (size_t j = 0; j < nprotos && *i < in->n; j++)
    dump_unline(in, i, out);
  at = *i;
  for (int j = 0; j < 4; j++)
    dump_size(in, i); /* stripped debug info: four empty vectors */
  bytes_write(NULL, in->d + at, *i - at, out);
}

/* The dump without line fields, or n == 0 when Lua refuses src. */
static Bytes lua_bytecode(const char *src, size_t len)
{
  Bytes raw = {0}, out = {0};
  lua_State *L = luaL_newstate();
  if (luaL_loadbufferx(L, src, len, "=p", "t") == LUA_OK) {
    lua_dump(L, bytes_write, &raw, 1);
    size_t i = 32; /* the header and the count of upvalues */
    bytes_write(NULL, raw.d, i, &out);
    dump_unline(&raw, &i, &out);
  }
  lua_close(L);
  free(raw.d);
  return out;
}

/* src parses, its canonical text prints back unchanged, counts alike and runs alike. */
static void check_stable(const char *src)
{
  Program *p = parse(src);
  CHECK(p != NULL);
  if (!p)
    return fprintf(stderr, "  in: %s\n", src), (void)0;
  size_t n1 = 0, n2 = 0;
  char *t1 = program_text_ex(p, &n1);
  Program *q = program_parse(t1, n1, NULL);
  char *t2 = q ? program_text_ex(q, &n2) : NULL;
  CHECK(t2 && n1 == n2 && memcmp(t1, t2, n1) == 0);
  CHECK(q && program_blocks_equal(p->first, q->first));
  CHECK_INT(program_count_blocks(p), program_count_blocks(q));
  Bytes a = lua_bytecode(src, strlen(src)), b = lua_bytecode(t1, n1);
  CHECK(a.n > 0 && a.n == b.n && memcmp(a.d, b.d, a.n) == 0);
  if (!t2 || n1 != n2 || memcmp(t1, t2, n1) != 0 || a.n != b.n)
    fprintf(stderr, "  in: %s\n  canonical: %s\n", src, t1);
  free(a.d);
  free(b.d);
  free(t1);
  free(t2);
  program_free(p);
  program_free(q);
}

/* ---- Counting ------------------------------------------------------------------------ */

static void test_count(void)
{
  CHECK_INT(2, count("for i = 1, 3 do forward() end"));
  CHECK_INT(2, count("while not at_goal() do forward() end"));
  CHECK_INT(0, count(""));
  CHECK_INT(0, count("-- only a comment\n--[[ and a long one ]]\n"));
  CHECK_INT(0, count(";;;"));
  CHECK_INT(3, count("forward(); turn_left();;; pick_up()"));
  CHECK_INT(1, count("if a() then elseif b() then elseif c() then else end"));
  CHECK_INT(4, count("if a() then forward() elseif b() then turn_left() else pick_up() end"));
  CHECK_INT(2, count("function zigzag() turn_left() end"));
  CHECK_INT(2, count("local n = 0\nn = n + 1"));
  CHECK_INT(3, count("x, y = 1, 2\nlocal a <const>, b = 3\nt.k[1] = 5"));
  CHECK_INT(4, count("repeat forward() if at_goal() then break end until false"));
  CHECK_INT(3, count("for k, v in pairs({}) do print(k) end\nreturn"));
  CHECK_INT(4, count("do goto skip end ::skip:: local function f() end"));
  CHECK_INT(2, count("local f = function() forward() end"));
  /* statements nested in expressions, in code blocks, at any depth */
  CHECK_INT(4, count("print((function() forward() return function() turn_left() end end)()())"));
  CHECK_INT(3, count("t = { go = function() forward() end, [1] = function() pick_up() end }"));
  CHECK_INT(3, count("for i = 1, 3, 1 do forward() turn_left() end"));
  CHECK_INT(6, count("while path_ahead() do\n  if item_here() then pick_up() end\n"
                     "  forward() -- go\n  x = x + 1\nend\nprint(x)"));
  /* a built CODE block counts what its text holds */
  Block *b = block_new_text(BLOCK_CODE, "for i = 1, 2, 1 do forward() end", 32);
  Program *p = program_from_blocks(b);
  CHECK_INT(2, program_count_blocks(p));
  program_free(p);
}

/* ---- Block forms --------------------------------------------------------------------- */

static void test_forms(void)
{
  CHECK_STR("forward()\n", canon("forward ( )"));
  CHECK_STR("for i = 1, 4 do\n  forward()\nend\n", canon("for i=1,4 do forward() end"));
  CHECK_STR("for k = 1, 3 do\nend\n", canon("for k = 1, 3 do end"));
  CHECK_STR("for i = 1, n do\n  turn_left()\nend\n", canon("for i = 1, n do turn_left() end"));
  CHECK_STR("while not at_goal() do\n  forward()\nend\n",
            canon("while not at_goal() do forward() end"));
  CHECK_STR("if path_ahead() then\n  forward()\nelseif not path_left() then\n  turn_left()\n"
            "else\n  turn_right()\nend\n",
            canon("if path_ahead() then forward() elseif not path_left() then turn_left() "
                  "else turn_right() end"));
  CHECK_STR("if not item_here() then\nelse\nend\n", canon("if not item_here() then else end"));
  CHECK_STR("function zigzag()\n  turn_left()\n  turn_right()\nend\nzigzag()\n",
            canon("function zigzag() turn_left() turn_right() end zigzag()"));
  CHECK_STR("local n = 0\nn = 5\nm = -3\n", canon("local n = 0 n = 5 m = - 3"));
  CHECK_STR("n = n + 1\nn = n - 2\n", canon("n = n + 1 n = n-2"));

  Program *p = parse("for k = 1, 3 do end\nn = n - 2\nlocal c = 7\nif not a() then end");
  const Block *b = p->first;
  CHECK_INT(BLOCK_REPEAT, b->kind);
  CHECK_STR("k", b->name);
  CHECK_INT(3, b->number);
  CHECK(b->count_var == NULL);
  CHECK_INT(BLOCK_CHANGE, b->next->kind);
  CHECK_INT(-2, b->next->number);
  CHECK_INT(BLOCK_SET, b->next->next->kind);
  CHECK(b->next->next->is_local);
  CHECK_INT(BLOCK_IF, b->next->next->next->kind);
  CHECK(b->next->next->next->arms->negate);
  CHECK_STR("a", b->next->next->next->arms->sensor);
  program_free(p);

  /* near misses of every form stay grey code, exactly as written */
  static const char *const grey[] = {"forward(1)",
                                     "robot:forward()",
                                     "f()()",
                                     "for i = 1, 3, 1 do end",
                                     "for i = 0, 3 do end",
                                     "for i = 1, 0x10 do end",
                                     "for i = 1, 3.0 do end",
                                     "for i = 1, 007 do end",
                                     "for i = 1, -1 do end",
                                     "for i = 1, n + 1 do end",
                                     "while path_ahead() do end",
                                     "while not not a() do end",
                                     "while not a(1) do end",
                                     "if a then end",
                                     "if a() and b() then end",
                                     "if a() then elseif b then end",
                                     "if a() then elseif x > 1 then end",
                                     "function a.b() end",
                                     "function a:b() end",
                                     "function f(x) end",
                                     "local function f() end",
                                     "local n <const> = 0",
                                     "local n = 0x0",
                                     "n = 1.5",
                                     "n = 1e3",
                                     "local a, b = 1, 2",
                                     "n = m + 1",
                                     "n = n * 2",
                                     "n = n + -1",
                                     "n = 1 + n",
                                     "local n = n + 1",
                                     "n = \"5\"",
                                     "n = 1234567890123456789",
                                     "do end",
                                     "repeat until at_goal()",
                                     "return",
                                     "goto x",
                                     "::x::",
                                     "(f)()",
                                     "print(\"hi\")",
                                     "forward \"x\"",
                                     "forward {}"};
  for (size_t i = 0; i < sizeof grey / sizeof *grey; i++) {
    p = parse(grey[i]);
    CHECK(p && p->first && p->first->kind == BLOCK_CODE && !p->first->next);
    if (p && p->first && p->first->kind == BLOCK_CODE) {
      CHECK_STR(grey[i], p->first->text);
      CHECK_INT(strlen(grey[i]), p->first->text_len);
    } else {
      fprintf(stderr, "  not grey: %s\n", grey[i]);
    }
    program_free(p);
  }
  CHECK_STR(";(f)()\nx = 1\n", canon("(f)() x = 1"));
}

/* ---- Comments and code ---------------------------------------------------------------- */

static void test_comments(void)
{
  CHECK_STR("-- go\nforward()\n-- then turn\nturn_left()\n",
            canon("-- go\n\n\nforward() -- then turn\nturn_left()"));
  CHECK_STR("--[[ a\n   long one ]]\nforward()\n", canon("--[[ a\n   long one ]] forward()"));
  CHECK_STR("for i = 1, 3 do\n  -- loop\n  forward()\n  -- last\nend\n-- after\n",
            canon("for i = 1, 3 do -- loop\n forward()\n -- last\nend -- after"));
  CHECK_STR("if a() then\n  -- yes\nelse\n  -- no\nend\n",
            canon("if a() then -- yes\nelse -- no\nend"));
  /* a comment inside a statement's own span makes it code, comment and all */
  CHECK_STR("x = f(1, -- first\n  2)\n", canon("x = f(1, -- first\n  2)"));
  CHECK_STR("for i = 1, --[[ times ]] 3 do\n  forward()\nend\n",
            canon("for i = 1, --[[ times ]] 3 do\n  forward()\nend"));
  CHECK_STR("forward( --[[ now ]] )\n", canon("forward( --[[ now ]] )"));
  CHECK_STR("if --[[ x ]] a() then\nforward() end\n",
            canon("if --[[ x ]] a() then\nforward() end"));
  Program *p = parse("forward() -- hi");
  CHECK(p && p->first->next && p->first->next->kind == BLOCK_COMMENT);
  CHECK_STR("-- hi", p->first->next->text);
  program_free(p);
  /* grey code keeps later lines verbatim: they may be inside a long string */
  const char *src = "for i = 1, 3 do\n    print([[\n  two\n        eight]], 0x1)\nend";
  CHECK_STR("for i = 1, 3 do\n  print([[\n  two\n        eight]], 0x1)\nend\n", canon(src));
  src = "function f()\n      s = [==[\n   a\n\tb ]==] .. x\nend";
  CHECK_STR("function f()\n  s = [==[\n   a\n\tb ]==] .. x\nend\n", canon(src));
  check_stable(src);
}

static void test_outline(void)
{
  CHECK_STR("forward\nrepeat 4 times\n  turn_left\nrepeat n times with k\nrepeat until at_goal\n"
            "  forward\nif path_ahead\n  forward\nelse if not path_left\nelse\n  turn_right\n"
            "define zigzag\n  turn_left\nset n to 0\nset local m to -2\nchange n by 1\n"
            "change n by -2\ncode: print(\"hi\")\ncode: t = { ...\ncomment: -- hello\n"
            "comment: --[[ a ...\n",
            outline("forward() for i = 1, 4 do turn_left() end for k = 1, n do end\n"
                    "while not at_goal() do forward() end\n"
                    "if path_ahead() then forward() elseif not path_left() then else "
                    "turn_right() end\nfunction zigzag() turn_left() end\n"
                    "n = 0 local m = -2 n = n + 1 n = n - 2 print(\"hi\")\nt = {\n1 }\n"
                    "-- hello\n--[[ a\n b ]]"));
  CHECK_STR("", outline(""));
  CHECK_STR("", canon("\n\n  \n"));
}

/* ---- Idempotence and equivalence ------------------------------------------------------ */

static void test_corpus(void)
{
  static const char *const corpus[] = {
      "forward()\nforward()\nturn_left()\n",
      "local n = 0\nwhile not at_goal() do\n  if path_ahead() then forward() else turn_right() "
      "end\n"
      "  n = n + 1\nend\nprint(\"steps\", n)",
      "function zigzag()\n  turn_left() forward() turn_right() forward()\nend\n"
      "for i = 1, 3 do zigzag() end",
      "local t = {1, 2; 3, x = 4, [5] = 6, f = function(...) return ... end,}\n"
      "for k, v in ipairs(t) do print(k, v) end",
      "a = 1 // 2 .. 3 ~ 4 << 5 >> 6 & 7 | 8 ~= 9 and not #t or -x ^ 2 % 3",
      "s = 'a\\'b\\z\n     c\\x41\\u{48}\\65\\\n' .. \"q\" .. [==[\n]]\n]==]",
      "x = 0x1p4 + 0X.8P-1 + 1e+10 + .5 + 5. + 0xff + 3.0e-2",
      "local x <const>, y <close> = 1, nil\ngoto done\n::done::",
      "repeat local n = 1 until n == 1\ndo local a = 2 end\nwhile false do break end",
      "obj:method(1):other{2}:third\"s\"\nt.a.b[c].d = f()",
      "a = b\n;(print or f)(1)",
      "if a then elseif b then else end\nreturn 1;",
      "--[==[ long\ncomment ]==] forward() --[[x]] turn_left() -- end",
      "forward()\r\nif at_goal() then\r\n  pick_up()\r\nend\r\n",
      "f = function(a, b, ...) local t = {...} return #t end",
      "for i = 1, 3 do\n  for j = 1, 2 do\n    if not path_ahead() then turn_left() end\n  "
      "end\nend",
  };
  for (size_t i = 0; i < sizeof corpus / sizeof *corpus; i++)
    check_stable(corpus[i]);
}

/* ---- Syntax errors -------------------------------------------------------------------- */

static void test_errors(void)
{
  ProgramError e = error_of("forward()\nforward()\nturn_left()\nfor i = 1, 3 do\n  forward()\n");
  CHECK_STR("missing_end", program_error_name(e.code));
  CHECK_STR("for", e.opener);
  CHECK_INT(4, e.open_line);
  CHECK_INT(6, e.line);
  CHECK_STR("<eof>", e.near);
  e = error_of("if a() then\n  forward()\nelse\n  turn_left()\nelse\n");
  CHECK_STR("missing_end", program_error_name(e.code));
  CHECK_STR("if", e.opener);
  CHECK_STR("else", e.near);
  CHECK_INT(5, e.line);
  e = error_of("x = 1\nf = function()\n  forward()\n");
  CHECK_STR("function", e.opener);
  CHECK_INT(2, e.open_line);
  e = error_of("while not at_goal() do\n  do\n    forward()\n  end\n");
  CHECK_STR("while", e.opener);
  e = error_of("for i = 1, 3\n  forward()\nend");
  CHECK_STR("missing_do", program_error_name(e.code));
  CHECK_INT(2, e.line);
  CHECK_STR("forward", e.near);
  CHECK_STR("for", e.opener);
  e = error_of("\nif at_goal()\n  forward()\nend");
  CHECK_STR("missing_then", program_error_name(e.code));
  CHECK_INT(3, e.line);
  CHECK_INT(2, e.open_line);
  e = error_of("repeat\n  forward()\n");
  CHECK_STR("missing_until", program_error_name(e.code));
  CHECK_STR("repeat", e.opener);
  CHECK_ERROR("print(\"hi)\nforward()", PROGRAM_UNCLOSED_STRING, 1);
  CHECK_ERROR("print('hi", PROGRAM_UNCLOSED_STRING, 1);
  e = error_of("x = 1\ns = [==[abc\n]]\n\n");
  CHECK_STR("unclosed_long_string", program_error_name(e.code));
  CHECK_INT(2, e.open_line);
  CHECK_INT(5, e.line);
  e = error_of("forward()\n--[[ note\nforward()\n");
  CHECK_STR("unclosed_comment", program_error_name(e.code));
  CHECK_INT(2, e.open_line);
  e = error_of("forward(\nturn_left()\n");
  CHECK_STR("unclosed_bracket", program_error_name(e.code));
  CHECK_STR("(", e.opener);
  CHECK_INT(1, e.open_line);
  e = error_of("t = {1, 2\nforward()");
  CHECK_STR("{", e.opener);
  e = error_of("t[1 = 2");
  CHECK_STR("[", e.opener);
  e = error_of("forward()\nforward\nturn_left()");
  CHECK_STR("needs_parens", program_error_name(e.code));
  CHECK_INT(2, e.line);
  CHECK_STR("forward", e.name);
  CHECK_ERROR("turn_left()\nturn_right", PROGRAM_NEEDS_PARENS, 2);
  e = error_of("forward())");
  CHECK_STR("unexpected", program_error_name(e.code));
  CHECK_STR(")", e.near);
  CHECK_ERROR("x = = 1", PROGRAM_UNEXPECTED, 1);
  CHECK_ERROR("f() = 1", PROGRAM_UNEXPECTED, 1);
  CHECK_ERROR("(x)", PROGRAM_UNEXPECTED, 1);
  CHECK_ERROR("forward()\nelse\n", PROGRAM_UNEXPECTED, 2);
  CHECK_ERROR("return 1\nforward()", PROGRAM_UNEXPECTED, 2);
  CHECK_ERROR("x = [=", PROGRAM_UNEXPECTED, 1);
  CHECK_ERROR("for i = 1, 3 do\n  forward()\nend\nend\n", PROGRAM_EXTRA_END, 4);
  e = error_of("for i = 1 do end");
  CHECK_STR("expected", program_error_name(e.code));
  CHECK_STR(",", e.expected);
  CHECK_ERROR("::a:", PROGRAM_EXPECTED, 1);
  CHECK_ERROR("local 5 = 1", PROGRAM_EXPECTED_NAME, 1);
  CHECK_ERROR("goto 5", PROGRAM_EXPECTED_NAME, 1);
  CHECK_ERROR("function () end", PROGRAM_EXPECTED_NAME, 1);
  CHECK_ERROR("for i 1, 3 do end", PROGRAM_EXPECTED_EQUALS, 1);
  CHECK_ERROR("a, b 5", PROGRAM_EXPECTED_EQUALS, 1);
  static const char *const bad_numbers[] = {"x = 3x",   "x = 1e",    "x = 0x", "x = 1..2",
                                            "x = 0x1p", "x = 12abc", "x = 1e+"};
  for (size_t i = 0; i < sizeof bad_numbers / sizeof *bad_numbers; i++)
    CHECK_ERROR(bad_numbers[i], PROGRAM_BAD_NUMBER, 1);
  e = error_of("x = 1\nx = 3x");
  CHECK_STR("3x", e.near);
  e = error_of("forward() @");
  CHECK_STR("bad_character", program_error_name(e.code));
  CHECK_STR("@", e.near);
  CHECK_ERROR("if x != 1 then end", PROGRAM_BAD_CHARACTER, 1);
  CHECK_ERROR("\nx = \xc3\xa9", PROGRAM_BAD_CHARACTER, 2);
  static const char *const bad_escapes[] = {"s = '\\q'",   "s = '\\300'",         "s = '\\xg0'",
                                            "s = '\\u{}'", "s = '\\u{80000000}'", "s = '\\u48'",
                                            "s = '\\u{48'"};
  for (size_t i = 0; i < sizeof bad_escapes / sizeof *bad_escapes; i++)
    CHECK_ERROR(bad_escapes[i], PROGRAM_BAD_ESCAPE, 1);
  e = error_of("local x <closed> = 1");
  CHECK_STR("bad_attribute", program_error_name(e.code));
  CHECK_STR("closed", e.name);
  CHECK_ERROR("local a <close>, b <close> = nil", PROGRAM_BAD_ATTRIBUTE, 1);
  CHECK_ERROR("forward()\nbreak", PROGRAM_BREAK_OUTSIDE_LOOP, 2);
  CHECK_ERROR("while x do f = function() break end end", PROGRAM_BREAK_OUTSIDE_LOOP, 1);
  CHECK_INT(PROGRAM_OK, error_of("repeat break until x").code);
  CHECK_ERROR("function f()\n  return ...\nend", PROGRAM_VARARG_OUTSIDE, 2);
  CHECK_INT(PROGRAM_OK, error_of("local a = ...\nfunction f(...) return ... end").code);
  /* a lexical error after a syntax error: the first one in the text wins, as in Lua */
  CHECK_ERROR("forward()\n\nx = 'open", PROGRAM_UNCLOSED_STRING, 3);
  CHECK_ERROR("forward(\n\nx = 'open", PROGRAM_UNCLOSED_BRACKET, 3);
  CHECK_ERROR("for i = 1, 3\nforward() x = 3x", PROGRAM_MISSING_DO, 2);
  /* no stale fields from an earlier error */
  e = error_of("forward()");
  CHECK_INT(PROGRAM_OK, e.code);
  CHECK_STR("", e.opener);
}

/* ---- Limits and bytes ----------------------------------------------------------------- */

static char *repeat_text(const char *head, const char *tail, int n, size_t *len)
{
  size_t h = strlen(head), t = strlen(tail);
  char *s = malloc((h + t) * (size_t)n + 1);
  for (int i = 0; i < n; i++)
    memcpy(s + h * (size_t)i, head, h);
  for (int i = 0; i < n; i++)
    memcpy(s + h * (size_t)n + t * (size_t)i, tail, t);
  *len = (h + t) * (size_t)n;
  s[*len] = '\0';
  return s;
}

static void test_limits(void)
{
  size_t len;
  char *s = repeat_text("if a then\n", "end\n", 100000, &len);
  ProgramError e = error_of_len(s, len);
  CHECK_STR("too_deep", program_error_name(e.code));
  CHECK(e.line > 90 && e.line < 110);
  free(s);
  s = repeat_text("(", ")", 100000, &len);
  CHECK_STR("too_deep", program_error_name(error_of_len(s, len).code));
  free(s);
  s = repeat_text("x = {", "}", 100000, &len);
  CHECK_STR("too_deep", program_error_name(error_of_len(s, len).code));
  free(s);
  s = repeat_text("f = function() ", "end ", 100000, &len);
  CHECK_STR("too_deep", program_error_name(error_of_len(s, len).code));
  free(s);
  s = repeat_text("if a() then\n", "end\n", 40, &len); /* real nesting is fine */
  CHECK_INT(40, count(s));
  free(s);
  /* long flat programs and long expressions need no depth */
  s = repeat_text("forward()\n", "", 50000, &len);
  CHECK_INT(50000, count(s));
  free(s);
  s = repeat_text(" .. not - 1", "", 20000, &len);
  memcpy(s, "x =", 3);
  CHECK_INT(1, count(s));
  free(s);
  s = calloc(PROGRAM_MAX_SOURCE + 2, 1);
  memset(s, ' ', PROGRAM_MAX_SOURCE + 1);
  CHECK_STR("too_big", program_error_name(error_of_len(s, PROGRAM_MAX_SOURCE + 1).code));
  free(s);
}

static void test_bytes(void)
{
  /* every line break form counts one line */
  static const char *const breaks[] = {"\n", "\r\n", "\r", "\n\r"};
  for (int i = 0; i < 4; i++) {
    char src[128];
    snprintf(src, sizeof src, "forward()%sforward()%sfor i = 1, 3 do%s  x = [[%s]]%s", breaks[i],
             breaks[i], breaks[i], breaks[i], breaks[i]);
    ProgramError e = error_of(src);
    CHECK_STR("missing_end", program_error_name(e.code));
    CHECK_INT(3, e.open_line);
    CHECK_INT(6, e.line);
  }
  Program *p = parse("forward()\r\n\r\nturn_left()\n\rx = [[a\r\nb]]\r\n");
  CHECK_INT(3, p->first->next->first_line);
  CHECK_INT(4, p->first->next->next->first_line);
  CHECK_INT(5, p->first->next->next->last_line);
  program_free(p);
  /* a BOM and a #! line are skipped; the #! line still counts as line 1 */
  CHECK_STR("forward()\n", canon("\xEF\xBB\xBF"
                                 "forward()"));
  CHECK_ERROR("\xEF\xBB\xBF#!/usr/bin/lua\nforward(", PROGRAM_UNCLOSED_BRACKET, 2);
  CHECK_ERROR("x = 1\n#!/usr/bin/lua\n", PROGRAM_UNEXPECTED, 2);
  /* NUL is a byte: fine in a string or a comment, an error anywhere else */
  static const char nul_string[] = "print(\"a\0b\") -- c\0d\nforward()";
  p = program_parse(nul_string, sizeof nul_string - 1, NULL);
  CHECK(p != NULL);
  if (p) {
    CHECK_INT(12, p->first->text_len);
    CHECK(memcmp(p->first->text, "print(\"a\0b\")", 12) == 0);
    CHECK_INT(6, p->first->next->text_len);
    size_t n;
    char *t = program_text_ex(p, &n);
    CHECK_INT(sizeof nul_string, n); /* the space became a line break, plus the last one */
    free(t);
  }
  program_free(p);
  static const char bare_nul[] = "forward()\n\0";
  ProgramError e = error_of_len(bare_nul, sizeof bare_nul - 1);
  CHECK_STR("bad_character", program_error_name(e.code));
  CHECK_INT(2, e.line);
  CHECK_STR("<\\0>", e.near);
  /* the length is the end, not a NUL: bytes after len are not read */
  CHECK_INT(PROGRAM_OK, error_of_len("forward()(((", 9).code);
}

static void test_lines(void)
{
  Program *p = parse("-- hi\n\nfor i = 1, 3 do\n  forward()\nend\nprint([[a\nb]])\n"
                     "if a() then\nelseif b() then\nend");
  const Block *b = p->first;
  CHECK_INT(1, b->first_line);
  b = b->next;
  CHECK_INT(3, b->first_line);
  CHECK_INT(5, b->last_line);
  CHECK_INT(4, b->body->first_line);
  b = b->next;
  CHECK_INT(6, b->first_line);
  CHECK_INT(7, b->last_line);
  b = b->next;
  CHECK_INT(8, b->first_line);
  CHECK_INT(10, b->last_line);
  CHECK_INT(9, b->arms->next->line);
  program_free(p);
}

/* ---- Property: random trees ----------------------------------------------------------- */

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static unsigned rnd(unsigned n)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng % n);
}

static const char *pick_name(void)
{
  static const char *const names[] = {"forward", "turn_left", "path_ahead", "at_goal", "n",
                                      "zigzag",  "_x1",       "i",          "k",       "count"};
  return names[rnd(10)];
}

static long long pick_number(bool sign)
{
  static const long long nums[] = {0, 1, 2, 9, 10, 42, 1000, 999999999999999999ll};
  long long v = nums[rnd(8)];
  return sign && rnd(3) == 0 ? -v : v;
}

/* Statements with no block form (grey code) and comments, some with NULs and long strings. */
static Block *random_code(void)
{
  static const struct {
    const char *text;
    size_t len;
  } code[] =
      {
#define T(s) {s, sizeof s - 1}
          T("print(\"hi\")"),
          T("x = 0x10"),
          T("local function f() forward() end"),
          T("for i = 1, 3, 2 do\n      forward()\n  end"),
          T("s = [[\n   keep\n  this ]]"),
          T("(f or g)()"),
          T("while path_ahead() do forward() end"),
          T("t = {1, 2, --[[ c ]] 3}"),
          T("if x then\nend"),
          T("n = n + 0x1"),
          T("local s <const> = \"a\0b\""),
          T("goto done"),
          T("::done::"),
          T("a, b = b, a"),
          T("repeat\n  forward()\nuntil at_goal()"),
      },
    comment[] = {
        T("-- hello"), T("--[[ multi\n   line ]]"), T("--[==[ x ]] ]==]"), T("--"), T("-- a\0b"),
#undef T
    };
  unsigned c = rnd(15);
  if (rnd(2))
    return block_new_text(BLOCK_CODE, code[c].text, code[c].len);
  return block_new_text(BLOCK_COMMENT, comment[c % 5].text, comment[c % 5].len);
}

static Block *random_list(int depth);

static Block *random_block(int depth)
{
  BlockKind k = (BlockKind)rnd(depth > 3 ? 1 : 9);
  if (k == BLOCK_CODE || k == BLOCK_COMMENT)
    return random_code();
  Block *b = block_new_named(k, k == BLOCK_REPEAT && rnd(2) ? "i" : pick_name());
  switch (k) {
  case BLOCK_REPEAT:
    if (rnd(3) == 0)
      block_set_string(&b->count_var, pick_name());
    else
      b->number = pick_number(false);
    b->body = random_list(depth + 1);
    break;
  case BLOCK_REPEAT_UNTIL:
  case BLOCK_DEFINE:
    b->body = random_list(depth + 1);
    break;
  case BLOCK_IF:
    block_set_string(&b->name, ""); /* an IF has no name: equality must not look */
    for (BlockArm **a = &b->arms; !b->arms || rnd(3) == 0; a = &(*a)->next) {
      *a = block_arm_new(rnd(2), pick_name());
      (*a)->body = random_list(depth + 1);
    }
    b->has_else = rnd(2);
    b->else_body = b->has_else ? random_list(depth + 1) : NULL;
    break;
  case BLOCK_SET:
    b->is_local = rnd(2);
    b->number = pick_number(true);
    break;
  case BLOCK_CHANGE:
    b->number = pick_number(true);
    break;
  default:
    break;
  }
  return b;
}

static Block *random_list(int depth)
{
  Block *first = NULL, **tail = &first;
  for (unsigned n = rnd(5); n > 0; n--) {
    *tail = random_block(depth);
    tail = &(*tail)->next;
  }
  return first;
}

/* Blocks -> text -> blocks is the identity and printing is idempotent, for any tree. */
static void test_property(void)
{
  int failures = 0, checked = 0;
  for (int i = 0; i < 3000 && failures < 3; i++) {
    Program *p = program_from_blocks(random_list(0));
    size_t n1 = 0, n2 = 0;
    char *t1 = program_text_ex(p, &n1);
    ProgramError e;
    Program *q = program_parse(t1, n1, &e);
    char *t2 = q ? program_text_ex(q, &n2) : NULL;
    bool ok = q && program_blocks_equal(p->first, q->first) && n1 == n2 &&
              memcmp(t1, t2, n1) == 0 && program_count_blocks(p) == program_count_blocks(q);
    if (!ok) {
      failures++;
      fprintf(stderr, "property fails (%s, line %d; equal %d, counts %d %d) on:\n%s\n",
              program_error_name(e.code), e.line, q && program_blocks_equal(p->first, q->first),
              program_count_blocks(p), program_count_blocks(q), t1);
    }
    checked += ok;
    free(t1);
    free(t2);
    program_free(p);
    program_free(q);
  }
  CHECK_INT(3000, checked);
}

int main(void)
{
  test_count();
  test_forms();
  test_comments();
  test_outline();
  test_corpus();
  test_errors();
  test_limits();
  test_bytes();
  test_lines();
  test_property();
  return check_summary();
}
