/* lua_colour.c: a small Lua tokenizer for syntax colours and auto-indent.
   Pure C: no SDL, no Lua state. It only colours; it never decides if a program is valid,
   so it must accept anything (half-typed strings, stray brackets) without complaint. */
#include "lua_colour.h"

#include <string.h>

static const char *const KEYWORDS[] = {"and",   "break", "do",       "else",  "elseif", "end",
                                       "false", "for",   "function", "goto",  "if",     "in",
                                       "local", "nil",   "not",      "or",    "repeat", "return",
                                       "then",  "true",  "until",    "while", NULL};

static const char *const COMMANDS[] = {"forward",    "turn_left", "turn_right", "pick_up",
                                       "path_ahead", "path_left", "path_right", "at_goal",
                                       "item_here",  NULL};

static bool word_in(const char *const *list, const char *s, size_t len)
{
  for (int i = 0; list[i]; i++) {
    if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
      return true;
  }
  return false;
}

bool lua_colour_is_keyword(const char *s, size_t len)
{
  return word_in(KEYWORDS, s, len);
}
bool lua_colour_is_command(const char *s, size_t len)
{
  return word_in(COMMANDS, s, len);
}

static bool is_name_start(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static bool is_name_char(char c)
{
  return is_name_start(c) || (c >= '0' && c <= '9');
}
static bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

/* Adds a span, merging with the previous one of the same kind so plain runs stay few. */
static void push(LuaColourSpan *spans, int *n, int max, size_t start, size_t len,
                 LuaColourKind kind)
{
  if (len == 0 || max <= 0)
    return;
  if (*n > 0) {
    LuaColourSpan *last = &spans[*n - 1];
    if ((last->kind == kind || *n == max) && last->start + last->len == start) {
      last->len += len;
      return;
    }
  }
  spans[(*n)++] = (LuaColourSpan){start, len, kind};
}

/* At s[pos] == '[': the level + 1 of a long bracket "[==[" or 0 when it is not one. */
static int long_open(const char *s, size_t len, size_t pos)
{
  size_t p = pos + 1;
  while (p < len && s[p] == '=')
    p++;
  if (p < len && s[p] == '[')
    return (int)(p - pos);
  return 0;
}

/* Scans for the close of a long bracket of the given level; returns the byte after it, or
   len when the line ends first (the bracket stays open). */
static size_t long_close(const char *s, size_t len, size_t pos, int level, bool *closed)
{
  for (size_t p = pos; p < len; p++) {
    if (s[p] != ']')
      continue;
    size_t q = p + 1;
    while (q < len && s[q] == '=')
      q++;
    if (q < len && s[q] == ']' && (int)(q - p) == level) {
      *closed = true;
      return q + 1;
    }
  }
  *closed = false;
  return len;
}

static size_t scan_string(const char *s, size_t len, size_t pos)
{
  char quote = s[pos];
  size_t p = pos + 1;
  while (p < len && s[p] != quote)
    p += (s[p] == '\\' && p + 1 < len) ? 2 : 1;
  return p < len ? p + 1 : len;
}

static size_t scan_number(const char *s, size_t len, size_t pos)
{
  size_t p = pos;
  while (p < len) {
    char c = s[p];
    bool exp_sign = (c == '+' || c == '-') && p > pos && strchr("eEpP", s[p - 1]);
    if (!(is_name_char(c) || c == '.' || exp_sign))
      break;
    p++;
  }
  return p;
}

/* Continues a long string or comment left open by an earlier line. */
static size_t continue_long(const char *s, size_t len, LuaColourState *st, LuaColourSpan *spans,
                            int *n, int max)
{
  bool closed;
  size_t end = long_close(s, len, 0, st->long_level, &closed);
  push(spans, n, max, 0, end, st->long_comment ? LUA_COLOUR_COMMENT : LUA_COLOUR_STRING);
  if (closed)
    *st = (LuaColourState){0, false};
  return end;
}

/* One token starting at pos; returns where it ends. */
static size_t token(const char *s, size_t len, size_t pos, LuaColourState *st, LuaColourSpan *spans,
                    int *n, int max)
{
  char c = s[pos];
  size_t end = pos + 1;
  LuaColourKind kind = LUA_COLOUR_PLAIN;
  int level;
  if (c == '-' && pos + 1 < len && s[pos + 1] == '-') {
    kind = LUA_COLOUR_COMMENT;
    end = len;
    if (pos + 2 < len && s[pos + 2] == '[' && (level = long_open(s, len, pos + 2)) > 0) {
      bool closed;
      end = long_close(s, len, pos + 2 + (size_t)level + 1, level, &closed);
      if (!closed)
        *st = (LuaColourState){level, true};
    }
  } else if (c == '[' && (level = long_open(s, len, pos)) > 0) {
    bool closed;
    kind = LUA_COLOUR_STRING;
    end = long_close(s, len, pos + (size_t)level + 1, level, &closed);
    if (!closed)
      *st = (LuaColourState){level, false};
  } else if (c == '"' || c == '\'') {
    kind = LUA_COLOUR_STRING;
    end = scan_string(s, len, pos);
  } else if (is_digit(c) || (c == '.' && pos + 1 < len && is_digit(s[pos + 1]))) {
    kind = LUA_COLOUR_NUMBER;
    end = scan_number(s, len, pos);
  } else if (is_name_start(c)) {
    while (end < len && is_name_char(s[end]))
      end++;
    kind = lua_colour_is_keyword(s + pos, end - pos)   ? LUA_COLOUR_KEYWORD
           : lua_colour_is_command(s + pos, end - pos) ? LUA_COLOUR_COMMAND
                                                       : LUA_COLOUR_NAME;
  }
  push(spans, n, max, pos, end - pos, kind);
  return end;
}

int lua_colour_line(const char *line, size_t len, LuaColourState *state, LuaColourSpan *spans,
                    int max)
{
  int n = 0;
  size_t pos = 0;
  if (state->long_level > 0)
    pos = continue_long(line, len, state, spans, &n, max);
  while (pos < len)
    pos = token(line, len, pos, state, spans, &n, max);
  return n;
}

/* How much one code token changes the nesting: do/then/function/repeat and open brackets
   open, end/until and close brackets close. first: the token starts the line, where `else`
   reopens (its dedent already happened) and a leading closer was already dedented. */
static int nesting(const char *s, size_t len, bool first)
{
  static const char *const OPEN[] = {"do", "then", "function", "repeat", NULL};
  static const char *const CLOSE[] = {"end", "until", "elseif", NULL};
  if (len == 4 && memcmp(s, "else", 4) == 0)
    return first ? 1 : 0;
  if (word_in(OPEN, s, len))
    return 1;
  if (word_in(CLOSE, s, len))
    return first ? 0 : -1;
  return 0;
}

static int bracket_nesting(const char *s, size_t len)
{
  int net = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '(' || s[i] == '{')
      net++;
    if (s[i] == ')' || s[i] == '}')
      net--;
  }
  return net;
}

bool lua_colour_opens_block(const char *line, size_t len, LuaColourState state)
{
  LuaColourSpan spans[128];
  int n = lua_colour_line(line, len, &state, spans, 128);
  int net = 0;
  bool first = true;
  for (int i = 0; i < n; i++) {
    const char *s = line + spans[i].start;
    if (spans[i].kind == LUA_COLOUR_KEYWORD)
      net += nesting(s, spans[i].len, first);
    if (spans[i].kind == LUA_COLOUR_PLAIN)
      net += bracket_nesting(s, spans[i].len);
    bool blank = spans[i].kind == LUA_COLOUR_PLAIN && strspn(s, " \t") >= spans[i].len;
    if (!blank)
      first = false;
  }
  return net > 0;
}

bool lua_colour_closes_block(const char *line, size_t len)
{
  static const char *const CLOSERS[] = {"end", "else", "elseif", "until", NULL};
  size_t p = 0;
  while (p < len && (line[p] == ' ' || line[p] == '\t'))
    p++;
  size_t q = p;
  while (q < len && is_name_char(line[q]))
    q++;
  return q > p && word_in(CLOSERS, line + p, q - p);
}
