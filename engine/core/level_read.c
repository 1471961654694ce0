/* level_read.c: the reading helpers level.c and pack.c share for hostile Lua files run in a
   level sandbox: error messages with the file's line, key checks with "did you mean",
   translated texts, checked copies of strings. Knows no level field: level.c does. */
#include "level_read.h"

#include <limits.h>
#include <lua.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"
#include "util.h"

/* ---- errors ---- */

void level_error_set(LevelError *err, const char *path, int line, const char *fmt, ...)
{
  snprintf(err->file, sizeof err->file, "%s", path);
  err->line = line;
  err->budget_spent = false;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
}

/* ---- lines: where a field stands in the file, for messages ---- */

/* The length of the line break at i (0 when none): Lua's own counting, where \n, \r, \r\n
   and \n\r each end one line. */
static size_t break_at(const LevelSource *s, size_t i)
{
  char c = s->text[i];
  if (c != '\n' && c != '\r')
    return 0;
  if (i + 1 < s->len && (s->text[i + 1] == '\n' || s->text[i + 1] == '\r') && s->text[i + 1] != c)
    return 2;
  return 1;
}

/* Walks from the file's start until byte off or the start of line `line`, whichever comes
   first: one walk for both questions, so they always count lines the same way. */
static size_t walk(const LevelSource *s, size_t off, int line, int *reached)
{
  size_t i = 0;
  int l = 1;
  while (i < off && l < line && i < s->len) {
    size_t b = break_at(s, i);
    l += b > 0;
    i += b ? b : 1;
  }
  *reached = l;
  return i;
}

int level_read_line_at(const LevelSource *s, size_t off)
{
  int line;
  walk(s, off, INT_MAX, &line);
  return line;
}

size_t level_read_line_offset(const LevelSource *s, int line)
{
  int reached;
  return walk(s, SIZE_MAX, line, &reached);
}

bool level_read_is_word_char(char c)
{
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* True when name at off is a field key: after a line start, '{' or ',' (or '["'), and followed
   by '=' (or '"] ='), but not '=='. */
static bool key_at(const LevelSource *s, size_t off, size_t n)
{
  const char *t = s->text;
  size_t b = off, e = off + n;
  bool bracket = b >= 2 && (t[b - 1] == '"' || t[b - 1] == '\'') && t[b - 2] == '[';
  if (bracket) {
    if (e + 1 >= s->len || t[e] != t[b - 1] || t[e + 1] != ']')
      return false;
    b -= 2;
    e += 2;
  } else if ((b > 0 && level_read_is_word_char(t[b - 1])) ||
             (e < s->len && level_read_is_word_char(t[e]))) {
    return false;
  }
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
    b--;
  if (b > 0 && t[b - 1] != '\n' && t[b - 1] != '\r' && t[b - 1] != '{' && t[b - 1] != ',')
    return false;
  while (e < s->len && (t[e] == ' ' || t[e] == '\t'))
    e++;
  return e < s->len && t[e] == '=' && (e + 1 >= s->len || t[e + 1] != '=');
}

int level_find_line(const LevelSource *s, const char *name, int from)
{
  size_t n = strlen(name);
  for (size_t i = level_read_line_offset(s, from); n && i + n <= s->len; i++)
    if (memcmp(s->text + i, name, n) == 0 && key_at(s, i, n))
      return level_read_line_at(s, i);
  return from;
}

/* ---- names: unknown keys, with "did you mean" ---- */

/* The closest of known to word (at most 2 edits, fewer for short words), or NULL. */
const char *level_read_did_you_mean(const char *word, const char *const *known)
{
  const char *best = NULL;
  int best_d = strlen(word) <= 3 ? 1 : 2;
  for (int i = 0; known[i]; i++) {
    int d = util_edit_distance(word, known[i], false);
    if (d <= best_d && (!best || d < best_d)) {
      best = known[i];
      best_d = d;
    }
  }
  return best;
}

bool level_read_in_list(const char *s, const char *const *list)
{
  for (int i = 0; list[i]; i++)
    if (strcmp(s, list[i]) == 0)
      return true;
  return false;
}

/* A Lua string key as C text: NULL when it holds a NUL or is too long to be a name. */
const char *level_read_key_name(lua_State *L, int idx, char *buf, size_t cap)
{
  size_t n;
  if (lua_type(L, idx) != LUA_TSTRING)
    return NULL;
  const char *k = lua_tolstring(L, idx, &n);
  if (n == 0 || n >= cap || memchr(k, '\0', n))
    return NULL;
  memcpy(buf, k, n + 1);
  return buf;
}

bool level_check_keys(lua_State *L, int idx, const char *const *known, const char *what,
                      const LevelSource *s, int from, LevelError *err)
{
  idx = lua_absindex(L, idx);
  lua_pushnil(L);
  while (lua_next(L, idx)) { /* lua_next is raw: no metamethod runs */
    char name[64];
    lua_pop(L, 1);
    if (!level_read_key_name(L, -1, name, sizeof name)) {
      lua_pop(L, 1);
      level_error_set(err, s->path, from, "%s has an entry without a proper name", what);
      return false;
    }
    if (!level_read_in_list(name, known)) {
      lua_pop(L, 1);
      const char *near = level_read_did_you_mean(name, known);
      int line = level_find_line(s, name, from);
      if (near)
        level_error_set(err, s->path, line, "unknown field '%s' in %s (did you mean '%s'?)", name,
                        what, near);
      else
        level_error_set(err, s->path, line, "unknown field '%s' in %s", name, what);
      return false;
    }
  }
  return true;
}

/* ---- plain values ---- */

/* Pushes t[name] (raw: no metamethod runs) and gives its type. */
int level_read_field(lua_State *L, int t, const char *name)
{
  lua_pushstring(L, name);
  return lua_rawget(L, t < 0 ? t - 1 : t);
}

const char *level_read_type_words(lua_State *L, int idx)
{
  switch (lua_type(L, idx)) {
  case LUA_TSTRING:
    return "a piece of text";
  case LUA_TNUMBER:
    return "a number";
  case LUA_TBOOLEAN:
    return "true or false";
  case LUA_TTABLE:
    return "a table";
  case LUA_TFUNCTION:
    return "a function";
  default:
    return "something else";
  }
}

/* Copies the string at idx (checked: no NUL, at most max bytes), or NULL with err filled. */
char *level_read_copy_text(lua_State *L, int idx, size_t max, const char *what, const char *path,
                           int line, LevelError *err)
{
  size_t n;
  const char *t = lua_tolstring(L, idx, &n);
  if (memchr(t, '\0', n)) {
    level_error_set(err, path, line, "%s contains a NUL byte, which is not allowed", what);
    return NULL;
  }
  if (n > max) {
    level_error_set(err, path, line, "%s is too long (at most %zu letters)", what, max);
    return NULL;
  }
  char *c = malloc(n + 1);
  if (!c) {
    level_error_set(err, path, line, "out of memory");
    return NULL;
  }
  memcpy(c, t, n + 1);
  return c;
}

bool level_read_colour(const char *s, unsigned *out)
{
  if (strlen(s) != 7 || s[0] != '#')
    return false;
  unsigned v = 0;
  for (int i = 1; i < 7; i++) {
    char c = s[i];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0)
      return false;
    v = v * 16 + (unsigned)d;
  }
  *out = v;
  return true;
}

/* ---- translated texts ---- */

/* A language code: two or three small letters, maybe a region ("pt-BR"). */
static bool lang_ok(const char *k, size_t n)
{
  if (n < 2 || n > 7)
    return false;
  for (size_t i = 0; i < n; i++) {
    char c = k[i];
    bool letter = (c >= 'a' && c <= 'z') || (i >= 3 && c >= 'A' && c <= 'Z');
    if (!letter && !(c == '-' && i >= 2))
      return false;
  }
  return true;
}

bool level_read_text_add(LevelText *out, const char *lang, char *text)
{
  if (out->n >= LEVEL_MAX_LANGS) {
    free(text);
    return false;
  }
  /* Kept sorted by language code, so "the first one" never depends on Lua's table order. */
  int i = out->n;
  while (i > 0 && strcmp(out->lang[i - 1], lang) > 0) {
    memcpy(out->lang[i], out->lang[i - 1], sizeof out->lang[i]);
    out->text[i] = out->text[i - 1];
    i--;
  }
  snprintf(out->lang[i], sizeof out->lang[i], "%s", lang);
  out->text[i] = text;
  out->n++;
  return true;
}

static bool read_translations(lua_State *L, int t, const char *name, size_t max,
                              const LevelSource *s, int line, LevelText *out, LevelError *err)
{
  lua_pushnil(L);
  while (lua_next(L, t)) {
    size_t n = 0;
    const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tolstring(L, -2, &n) : "";
    if (!lang_ok(k, n) || lua_type(L, -1) != LUA_TSTRING) {
      lua_pop(L, 2);
      level_error_set(err, s->path, line,
                      "'%s' must be a text, or a table of texts by language like "
                      "{ en = \"...\", pl = \"...\" }",
                      name);
      return false;
    }
    char *text = level_read_copy_text(L, -1, max, name, s->path, line, err);
    lua_pop(L, 1);
    if (!text || !level_read_text_add(out, k, text)) {
      lua_pop(L, 1);
      if (text)
        level_error_set(err, s->path, line, "'%s' has too many languages (at most %d)", name,
                        LEVEL_MAX_LANGS);
      return false;
    }
  }
  if (out->n == 0) {
    level_error_set(err, s->path, line, "'%s' has no text in any language", name);
    return false;
  }
  return true;
}

/* The value at idx as a LevelText (a string is English). */
bool level_read_text_at(lua_State *L, int idx, const char *name, size_t max, const LevelSource *s,
                        int line, LevelText *out, LevelError *err)
{
  idx = lua_absindex(L, idx);
  memset(out, 0, sizeof *out);
  if (lua_type(L, idx) == LUA_TSTRING) {
    char *text = level_read_copy_text(L, idx, max, name, s->path, line, err);
    return text && level_read_text_add(out, "en", text);
  }
  if (lua_type(L, idx) == LUA_TTABLE) {
    if (read_translations(L, idx, name, max, s, line, out, err))
      return true;
    level_text_free(out);
    return false;
  }
  level_error_set(err, s->path, line, "'%s' must be a text (in quotes), not %s", name,
                  level_read_type_words(L, idx));
  return false;
}

bool level_read_text(lua_State *L, int idx, const char *name, size_t max, const LevelSource *s,
                     int from, LevelText *out, bool *absent, LevelError *err)
{
  memset(out, 0, sizeof *out);
  level_read_field(L, idx, name);
  *absent = lua_isnil(L, -1);
  bool ok =
      *absent || level_read_text_at(L, -1, name, max, s, level_find_line(s, name, from), out, err);
  lua_pop(L, 1);
  return ok;
}

const char *level_text(const LevelText *t, const char *lang)
{
  for (int pass = 0; pass < 2; pass++) {
    const char *want = pass == 0 ? lang : "en";
    for (int i = 0; want && i < t->n; i++)
      if (strcmp(t->lang[i], want) == 0)
        return t->text[i];
  }
  return t->n > 0 ? t->text[0] : "";
}

void level_text_free(LevelText *t)
{
  for (int i = 0; i < t->n; i++)
    free(t->text[i]);
  memset(t, 0, sizeof *t);
}

/* ---- running a file ---- */

static void chunk_error(const LevelSource *s, Sandbox *sb, SandboxStatus st, LevelError *err)
{
  int line = sandbox_error_line(sb);
  if (st == SANDBOX_BUDGET) {
    level_error_set(err, s->path, line,
                    "the file takes too long to load: does it have a loop that never ends?");
    err->budget_spent = true; /* a slow level: the game names it and skips it */
  } else if (st == SANDBOX_MEMORY)
    level_error_set(err, s->path, line, "the file uses too much memory while loading");
  else
    level_error_set(err, s->path, line, "%s", sandbox_error(sb));
}

Sandbox *level_run_chunk(const LevelSource *s, LevelError *err)
{
  SandboxLimits lim = {LEVEL_MEMORY, LEVEL_LOAD_INSTRUCTIONS, LEVEL_LOAD_SECONDS, 0};
  Sandbox *sb = sandbox_new(SANDBOX_LEVEL, &lim);
  if (!sb) {
    level_error_set(err, s->path, 0, "out of memory");
    return NULL;
  }
  /* "=level": Lua then writes "level:LINE: message", which the sandbox splits cleanly
     whatever characters the path holds. */
  SandboxStatus st = sandbox_load(sb, s->text, s->len, "=level");
  if (st == SANDBOX_OK)
    st = sandbox_call(sb, 0, 1);
  if (st != SANDBOX_OK) {
    chunk_error(s, sb, st, err);
    sandbox_free(sb);
    return NULL;
  }
  if (lua_type(sandbox_lua(sb), -1) != LUA_TTABLE) {
    level_error_set(err, s->path, 1,
                    "the file must give back a table: start it with 'return {' and end it "
                    "with '}'");
    sandbox_free(sb);
    return NULL;
  }
  return sb;
}
