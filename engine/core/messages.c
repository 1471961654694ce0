/* messages.c: the words a user reads, loaded from the files of scripts/lang/, and the reading of
   Lua's error messages into a key plus the words that fill it. C holds no user-facing English:
   only keys, and the shapes of Lua's own (English) messages it recognises. */
#include "messages.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "fileio.h"
#include "paths.h"
#include "program_lint.h"
#include "sandbox.h"
#include "util.h"

#define MESSAGES_MAX 512

typedef struct {
  char *key, *text;
} Message;

static Message table[MESSAGES_MAX];
static int ntable;
static bool loaded;

static Message *find(const char *key)
{
  for (int i = 0; i < ntable; i++)
    if (strcmp(table[i].key, key) == 0)
      return &table[i];
  return NULL;
}

static void put(const char *key, const char *text)
{
  Message *m = find(key);
  if (m) {
    free(m->text);
    m->text = strdup(text);
  } else if (ntable < MESSAGES_MAX) {
    table[ntable].key = strdup(key);
    table[ntable].text = strdup(text);
    ntable++;
  }
}

static void clear(void)
{
  for (int i = 0; i < ntable; i++) {
    free(table[i].key);
    free(table[i].text);
  }
  ntable = 0;
}

/* Copies the string pairs of the table on top of the stack (raw access: the file runs
   sandboxed, and nothing in it may run again while we read). */
static void copy_pairs(lua_State *L)
{
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING)
      put(lua_tostring(L, -2), lua_tostring(L, -1));
    lua_pop(L, 1);
  }
}

/* Loads one language file over what is there. A missing file is not an error. */
static bool load_file(const char *relative, char *err, size_t errlen)
{
  char path[1200];
  paths_data(path, sizeof path, relative);
  size_t len;
  char *text = fileio_read(path, FILEIO_MAX_SOURCE, &len, err, errlen);
  if (!text)
    return false;
  Sandbox *sb = sandbox_new(SANDBOX_LEVEL, NULL);
  bool ok = sb && sandbox_load(sb, text, len, relative) == SANDBOX_OK &&
            sandbox_call(sb, 0, 1) == SANDBOX_OK;
  if (ok && lua_type(sandbox_lua(sb), -1) == LUA_TTABLE)
    copy_pairs(sandbox_lua(sb));
  else if (err && errlen)
    snprintf(err, errlen, "%s: %s", path, sb ? sandbox_error(sb) : "out of memory");
  sandbox_free(sb);
  free(text);
  return ok;
}

bool messages_load(const char *lang, char *err, size_t errlen)
{
  char ignored[256], rel[64];
  clear();
  loaded = true;
  if (!load_file("scripts/lang/en.lua", err, errlen))
    return false;
  load_file("scripts/lang/ui_en.lua", ignored, sizeof ignored);
  load_file("scripts/lang/guide_en.lua", ignored, sizeof ignored);
  if (lang && strcmp(lang, "en") != 0 && strlen(lang) < 16) {
    snprintf(rel, sizeof rel, "scripts/lang/%s.lua", lang);
    load_file(rel, ignored, sizeof ignored);
    snprintf(rel, sizeof rel, "scripts/lang/ui_%s.lua", lang);
    load_file(rel, ignored, sizeof ignored);
  }
  return true;
}

const char *messages_get(const char *key)
{
  if (!loaded) {
    char err[256];
    if (!messages_load("en", err, sizeof err))
      fprintf(stderr, "messages: %s\n", err);
  }
  Message *m = find(key);
  return m ? m->text : key;
}

static const char *lookup_arg(const char *name, size_t n, va_list args)
{
  va_list ap;
  va_copy(ap, args);
  const char *found = NULL;
  for (const char *k = va_arg(ap, const char *); k && !found; k = va_arg(ap, const char *)) {
    const char *v = va_arg(ap, const char *);
    if (strlen(k) == n && strncmp(k, name, n) == 0)
      found = v ? v : "";
  }
  va_end(ap);
  return found;
}

/* {name:one|other}: the form that fits the value of name. Puts the chosen words in out. */
static bool plural(const char *open, const char *close, va_list args, char *out, size_t cap)
{
  const char *colon = memchr(open, ':', (size_t)(close - open));
  const char *bar = colon ? memchr(colon, '|', (size_t)(close - colon)) : NULL;
  const char *value = bar ? lookup_arg(open + 1, (size_t)(colon - open - 1), args) : NULL;
  if (!value)
    return false;
  bool one = strcmp(value, "1") == 0 || strcmp(value, "-1") == 0;
  const char *from = one ? colon + 1 : bar + 1, *to = one ? bar : close;
  snprintf(out, cap, "%.*s", (int)(to - from), from);
  return true;
}

static char *format_va(char *out, size_t cap, const char *tmpl, va_list args)
{
  size_t o = 0;
  char form[128];
  for (const char *p = tmpl; *p && o + 1 < cap; p++) {
    const char *close = *p == '{' ? strchr(p, '}') : NULL;
    const char *value = close ? lookup_arg(p + 1, (size_t)(close - p - 1), args) : NULL;
    if (!value && close && plural(p, close, args, form, sizeof form))
      value = form;
    if (value) {
      o += (size_t)snprintf(out + o, cap - o, "%s", value);
      p = close;
    } else {
      out[o++] = *p;
    }
  }
  out[o < cap ? o : cap - 1] = '\0';
  return out;
}

char *messages_format(char *out, size_t cap, const char *key, ...)
{
  va_list args;
  va_start(args, key);
  format_va(out, cap, messages_get(key), args);
  va_end(args);
  return out;
}

/* One swap of two neighbouring letters ("edn" for "end"), case ignored. */
static bool one_swap(const char *a, const char *b)
{
  size_t n = strlen(a), i = 0, diff = 0;
  if (n != strlen(b))
    return false;
  while (i < n && tolower((unsigned char)a[i]) == tolower((unsigned char)b[i]))
    i++;
  if (i + 1 >= n || tolower((unsigned char)a[i]) != tolower((unsigned char)b[i + 1]) ||
      tolower((unsigned char)a[i + 1]) != tolower((unsigned char)b[i]))
    return false;
  for (size_t j = i + 2; j < n; j++)
    diff += tolower((unsigned char)a[j]) != tolower((unsigned char)b[j]);
  return diff == 0;
}

int messages_distance(const char *a, const char *b)
{
  int d = util_edit_distance(a, b, true);
  return d > 1 && one_swap(a, b) ? 1 : d;
}

const char *messages_did_you_mean(const char *word, const char *const *known, int nknown)
{
  const char *best = NULL;
  int best_d = 3;
  for (int i = 0; i < nknown; i++) {
    int d = messages_distance(word, known[i]);
    if (d < best_d) {
      best_d = d;
      best = known[i];
    }
  }
  return best;
}

/* Copies the text between the first pair of quotes after `after` in msg ('x' or (global 'x')). */
static bool quoted_after(const char *msg, const char *after, char *out, size_t cap)
{
  const char *p = after ? strstr(msg, after) : msg;
  if (!p)
    return false;
  const char *open = strchr(p, '\'');
  const char *close = open ? strchr(open + 1, '\'') : NULL;
  if (!close || (size_t)(close - open - 1) >= cap)
    return false;
  memcpy(out, open + 1, (size_t)(close - open - 1));
  out[close - open - 1] = '\0';
  return true;
}

static void set_key(MessageReason *r, const char *key)
{
  snprintf(r->key, sizeof r->key, "%s", key);
}

/* Syntax errors from Lua's compiler. Codebridge's own parser catches nearly all of them
   first; these are the shapes Lua 5.4 uses. */
static bool explain_syntax(const char *m, MessageReason *r)
{
  char word[64];
  if (strstr(m, "'end' expected")) {
    set_key(r, "missing_end");
    const char *to = strstr(m, "(to close ");
    if (to && quoted_after(to, NULL, word, sizeof word)) {
      snprintf(r->opener, sizeof r->opener, "%s", word);
      const char *at = strstr(to, "at line ");
      r->open_line = at ? atoi(at + 8) : r->line;
      r->line = r->open_line;
    }
  } else if (strstr(m, "'then' expected")) {
    set_key(r, "missing_then");
  } else if (strstr(m, "'do' expected")) {
    set_key(r, "missing_do");
    snprintf(r->opener, sizeof r->opener, "for");
  } else if (strstr(m, "'until' expected")) {
    set_key(r, "missing_until");
  } else if (strstr(m, "unfinished string")) {
    set_key(r, "unclosed_string");
  } else if (strstr(m, "unfinished long")) {
    set_key(r, "unclosed_long");
  } else if (m[0] == '\'' && strchr(")]}", m[1]) && m[2] == '\'' && strstr(m, "expected")) {
    set_key(r, "unclosed_bracket");
    snprintf(r->opener, sizeof r->opener, "%c", m[1] == ')' ? '(' : m[1] == ']' ? '[' : '{');
  } else if (strstr(m, "<eof> expected near 'end'")) {
    set_key(r, "extra_end");
  } else if (strstr(m, "malformed number") && quoted_after(m, "near", word, sizeof word)) {
    set_key(r, "bad_number");
    snprintf(r->name, sizeof r->name, "%s", word);
  } else if (strstr(m, "<name> expected")) {
    set_key(r, "expected_name");
  } else if (strstr(m, "syntax levels") || strstr(m, "C stack overflow")) {
    set_key(r, "too_deep");
  } else if (strstr(m, "too long") || strstr(m, "too many")) {
    set_key(r, "too_big"); /* too many locals, registers or upvalues: Lua's own limits */
  } else if ((strstr(m, "unexpected symbol") || strstr(m, "syntax error")) &&
             quoted_after(m, "near", word, sizeof word)) {
    set_key(r, "unexpected");
    snprintf(r->name, sizeof r->name, "%s", word);
  } else {
    return false;
  }
  return true;
}

static void explain_call(const char *m, const char *const *known, int nknown, MessageReason *r)
{
  char name[64] = "";
  quoted_after(m, "(", name, sizeof name);
  snprintf(r->name, sizeof r->name, "%s", name);
  if (!strstr(m, "a nil value")) {
    set_key(r, "not_a_command");
    return;
  }
  const char *near = name[0] ? messages_did_you_mean(name, known, nknown) : NULL;
  set_key(r, near ? "unknown_command_suggest" : "unknown_command");
  if (near)
    snprintf(r->suggestion, sizeof r->suggestion, "%s", near);
}

void messages_explain_lua(const char *m, int line, const char *const *known, int nknown,
                          MessageReason *r)
{
  char name[64] = "";
  memset(r, 0, sizeof *r);
  r->line = line;
  if (strncmp(m, "attempt to call", 15) == 0) {
    explain_call(m, known, nknown, r);
  } else if ((strstr(m, "arithmetic on a nil") || strstr(m, "concatenate a nil") ||
              strstr(m, "index a nil")) &&
             quoted_after(m, "(", name, sizeof name)) {
    set_key(r, "unknown_variable");
    snprintf(r->name, sizeof r->name, "%s", name);
  } else if (strstr(m, "'for' initial") || strstr(m, "'for' limit") || strstr(m, "'for' step") ||
             strstr(m, "bad 'for'") || strstr(m, "number expected") ||
             strstr(m, "arithmetic on a")) {
    set_key(r, "number_expected");
  } else if (strstr(m, "attempt to compare")) {
    set_key(r, "compare_nothing");
  } else if (strstr(m, "stack overflow")) {
    set_key(r, "recursion");
  } else if (strstr(m, "not enough memory")) {
    set_key(r, "out_of_memory");
  } else if (strstr(m, "too big") || strstr(m, "too large") || strstr(m, "too long")) {
    set_key(r, "too_big_value");
  } else if (!explain_syntax(m, r)) {
    set_key(r, "runtime_error");
  }
}

/* A word from the pupil's text made safe to show: control bytes and broken UTF-8 (a program
   full of junk bytes) become '?', so a sentence never garbles the screen or the terminal. */
static void printable(const char *in, char *out, size_t cap)
{
  size_t o = 0;
  for (const unsigned char *p = (const unsigned char *)in; *p && o + 5 < cap;) {
    int n = util_utf8_char_len((const char *)p, 4); /* stops at the NUL */
    if (n == 0 || (n == 1 && (*p < 0x20 || *p == 0x7f))) {
      out[o++] = '?';
      p++;
      continue;
    }
    memcpy(out + o, p, (size_t)n);
    o += (size_t)n;
    p += n;
  }
  out[o] = '\0';
}

static char *sentence_of(const char *key, const MessageReason *r, char *out, size_t cap)
{
  char opener_key[32], open_line[16], other_line[16], count[16], needed[16];
  char name[sizeof r->name * 2], thing[sizeof r->thing * 2];
  printable(r->name, name, sizeof name);
  printable(r->thing, thing, sizeof thing);
  snprintf(opener_key, sizeof opener_key, "opener_%s", r->opener[0] ? r->opener : "block");
  snprintf(open_line, sizeof open_line, "%d", r->open_line);
  snprintf(other_line, sizeof other_line, "%d", r->other_line);
  snprintf(count, sizeof count, "%d", r->count);
  snprintf(needed, sizeof needed, "%d", r->needed);
  char suggestion[sizeof r->suggestion * 2];
  printable(r->suggestion, suggestion, sizeof suggestion);
  return messages_format(out, cap, key, "name", name, "suggestion", suggestion, "opener",
                         messages_get(opener_key), "open_line", open_line, "other_line", other_line,
                         "count", count, "needed", needed, "thing", thing, NULL);
}

char *messages_sentence(const MessageReason *r, char *out, size_t cap)
{
  return sentence_of(r->key, r, out, cap);
}

char *messages_sentence_blocks(const MessageReason *r, char *out, size_t cap)
{
  char key[sizeof r->key + 8];
  snprintf(key, sizeof key, "%s_blocks", r->key);
  return sentence_of(find(key) ? key : r->key, r, out, cap);
}

const char *messages_key_at(int i)
{
  if (!loaded)
    messages_get("");
  return i >= 0 && i < ntable ? table[i].key : NULL;
}

static const struct {
  ProgramErrorCode code;
  const char *key;
  bool at_opener; /* name the line where the unclosed thing began */
} parse_keys[] = {
    {PROGRAM_MISSING_END, "missing_end", true},
    {PROGRAM_MISSING_DO, "missing_do", true},
    {PROGRAM_MISSING_THEN, "missing_then", true},
    {PROGRAM_MISSING_UNTIL, "missing_until", true},
    {PROGRAM_UNCLOSED_STRING, "unclosed_string", false},
    {PROGRAM_UNCLOSED_LONG_STRING, "unclosed_long", true},
    {PROGRAM_UNCLOSED_COMMENT, "unclosed_long", true},
    {PROGRAM_UNCLOSED_BRACKET, "unclosed_bracket", true},
    {PROGRAM_NEEDS_PARENS, "needs_parens", false},
    {PROGRAM_UNEXPECTED, "unexpected", false},
    {PROGRAM_EXTRA_END, "extra_end", false},
    {PROGRAM_EXPECTED, "expected_token", false},
    {PROGRAM_EXPECTED_NAME, "expected_name", false},
    {PROGRAM_EXPECTED_EQUALS, "expected_equals", false},
    {PROGRAM_BAD_NUMBER, "bad_number", false},
    {PROGRAM_BAD_CHARACTER, "bad_character", false},
    {PROGRAM_BAD_ESCAPE, "bad_escape", false},
    {PROGRAM_BREAK_OUTSIDE_LOOP, "break_outside", false},
    {PROGRAM_TOO_DEEP, "too_deep", false},
    {PROGRAM_TOO_BIG, "too_big", false},
    {PROGRAM_NO_MEMORY, "out_of_memory", false},
};

void messages_explain_parse(const ProgramError *e, MessageReason *r)
{
  memset(r, 0, sizeof *r);
  set_key(r, "syntax");
  r->line = e->line;
  for (size_t i = 0; i < sizeof parse_keys / sizeof parse_keys[0]; i++) {
    if (parse_keys[i].code != e->code)
      continue;
    set_key(r, parse_keys[i].key);
    if (parse_keys[i].at_opener && e->open_line > 0)
      r->line = e->open_line;
  }
  snprintf(r->opener, sizeof r->opener, "%s", e->opener);
  r->open_line = e->open_line;
  switch (e->code) {
  case PROGRAM_NEEDS_PARENS:
    snprintf(r->name, sizeof r->name, "%s", e->name);
    break;
  case PROGRAM_EXPECTED:
    snprintf(r->name, sizeof r->name, "%s", e->expected);
    break;
  default:
    snprintf(r->name, sizeof r->name, "%s", e->near);
  }
}

void messages_explain_program(const char *src, size_t len, const ProgramError *e,
                              const char *const *known, int nknown, MessageReason *r)
{
  messages_explain_parse(e, r);
  LintMistake m;
  if (!program_lint_syntax(src, len, known, known ? nknown : 0, &m))
    return;
  memset(r, 0, sizeof *r);
  set_key(r, m.key);
  r->line = m.line;
  snprintf(r->name, sizeof r->name, "%s", m.name);
  snprintf(r->suggestion, sizeof r->suggestion, "%s", m.fix);
}
