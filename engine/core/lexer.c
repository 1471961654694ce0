/* lexer.c: Lua 5.4's lexical rules over a byte buffer with a length: tokens and comments with
   spans and lines, and the first lexical error. Owns no statements or blocks (program.c) and
   never calls Lua. Line breaks are "\n", "\r", "\r\n" and "\n\r", one line each, as in Lua. */
#include "lexer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct {
  const char *s;
  size_t len, i;
  int line;
  LexResult *r;
  int tokcap, comcap;
  bool oom;
} Lexer;

static const char *const lexer_keywords[] = {
    "and",      "break",  "do",   "else", "elseif", "end",   "false", "for",
    "function", "goto",   "if",   "in",   "local",  "nil",   "not",   "or",
    "repeat",   "return", "then", "true", "until",  "while",
};

static int peekc(const Lexer *L, size_t k)
{
  return L->i + k < L->len ? (unsigned char)L->s[L->i + k] : -1;
}

static int cur(const Lexer *L)
{
  return peekc(L, 0);
}

static bool is_newline(int c)
{
  return c == '\n' || c == '\r';
}

static bool is_alpha(int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_digit(int c)
{
  return c >= '0' && c <= '9';
}

static bool is_alnum(int c)
{
  return is_alpha(c) || is_digit(c);
}

static bool is_space(int c)
{
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || is_newline(c);
}

static bool is_xdigit(int c)
{
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Steps over one line break: a pair of different break bytes is one break, as in Lua. */
static void skip_newline(Lexer *L)
{
  int c = cur(L);
  L->i++;
  if (is_newline(cur(L)) && cur(L) != c)
    L->i++;
  L->line++;
}

static void add_token(Lexer *L, int kind, size_t start, int line)
{
  LexResult *r = L->r;
  if (r->ntokens == L->tokcap) {
    int cap = L->tokcap ? L->tokcap * 2 : 256;
    LexToken *t = realloc(r->tokens, (size_t)cap * sizeof *t);
    if (!t) {
      L->oom = true;
      return;
    }
    r->tokens = t;
    L->tokcap = cap;
  }
  r->tokens[r->ntokens++] = (LexToken){kind, start, L->i, line, L->line};
}

static void add_comment(Lexer *L, size_t start, int line)
{
  LexResult *r = L->r;
  if (r->ncomments == L->comcap) {
    int cap = L->comcap ? L->comcap * 2 : 64;
    LexComment *c = realloc(r->comments, (size_t)cap * sizeof *c);
    if (!c) {
      L->oom = true;
      return;
    }
    r->comments = c;
    L->comcap = cap;
  }
  r->comments[r->ncomments++] = (LexComment){start, L->i, line, L->line, r->ntokens};
}

/* Records a lexical error for the token starting at start; lexing stops there. The error
   token spans what was read, so "near" quotes it as Lua would. */
static void fail(Lexer *L, ProgramErrorCode code, size_t start, int open_line, const char *opener)
{
  ProgramError *e = &L->r->error;
  e->code = code;
  e->line = L->line;
  e->open_line = open_line;
  snprintf(e->opener, sizeof e->opener, "%s", opener ? opener : "");
  add_token(L, LEX_ERROR, start, open_line ? open_line : L->line);
  if (L->r->ntokens > 0)
    lexer_near(L->s, &L->r->tokens[L->r->ntokens - 1], e->near, sizeof e->near);
}

/* After a '[' (or ']') at i: the level of a long bracket "[==[", or -1 when it is none. */
static int bracket_level(const Lexer *L, int br)
{
  size_t k = 1;
  while (peekc(L, k) == '=')
    k++;
  return peekc(L, k) == br ? (int)k - 1 : -1;
}

/* Reads a long string or comment body from its opening bracket; false if it never closes. */
static bool long_bracket(Lexer *L, int level)
{
  L->i += (size_t)level + 2;
  while (L->i < L->len) {
    int c = cur(L);
    if (c == ']' && bracket_level(L, ']') == level) {
      L->i += (size_t)level + 2;
      return true;
    }
    if (is_newline(c))
      skip_newline(L);
    else
      L->i++;
  }
  return false;
}

static void comment(Lexer *L)
{
  size_t start = L->i;
  int line = L->line;
  L->i += 2;
  if (cur(L) == '[') {
    int level = bracket_level(L, '[');
    if (level >= 0) {
      if (!long_bracket(L, level))
        fail(L, PROGRAM_UNCLOSED_COMMENT, start, line, "--[[");
      else
        add_comment(L, start, line);
      return;
    }
  }
  while (L->i < L->len && !is_newline(cur(L)))
    L->i++;
  add_comment(L, start, line);
}

/* Checks the escape after a backslash in a short string; false after recording an error. */
static bool escape(Lexer *L, size_t start)
{
  int c = cur(L);
  if (c < 0)
    return true; /* the string then ends unclosed */
  if (c > 0 && strchr("abfnrtv\\\"'", c)) {
    L->i++;
    return true;
  }
  if (is_newline(c)) {
    skip_newline(L);
    return true;
  }
  if (c == 'z') {
    L->i++;
    while (is_space(cur(L))) {
      if (is_newline(cur(L)))
        skip_newline(L);
      else
        L->i++;
    }
    return true;
  }
  if (c == 'x') {
    L->i++;
    for (int k = 0; k < 2; k++, L->i++)
      if (!is_xdigit(cur(L)))
        return fail(L, PROGRAM_BAD_ESCAPE, start, 0, NULL), false;
    return true;
  }
  if (c == 'u') {
    unsigned long v = 0;
    int n = 0;
    if (peekc(L, 1) != '{')
      return L->i++, fail(L, PROGRAM_BAD_ESCAPE, start, 0, NULL), false;
    for (L->i += 2; is_xdigit(cur(L)); L->i++, n++) {
      int d = cur(L);
      if (v > (0x7FFFFFFFul >> 4))
        return fail(L, PROGRAM_BAD_ESCAPE, start, 0, NULL), false;
      v = v * 16 + (unsigned long)(is_digit(d) ? d - '0' : (d | 0x20) - 'a' + 10);
    }
    if (n == 0 || cur(L) != '}')
      return fail(L, PROGRAM_BAD_ESCAPE, start, 0, NULL), false;
    L->i++;
    return true;
  }
  if (is_digit(c)) {
    int v = 0;
    for (int k = 0; k < 3 && is_digit(cur(L)); k++, L->i++)
      v = v * 10 + cur(L) - '0';
    if (v > 255)
      return fail(L, PROGRAM_BAD_ESCAPE, start, 0, NULL), false;
    return true;
  }
  L->i++;
  fail(L, PROGRAM_BAD_ESCAPE, start, 0, NULL);
  return false;
}

static void short_string(Lexer *L)
{
  size_t start = L->i;
  int line = L->line, quote = cur(L);
  L->i++;
  for (;;) {
    int c = cur(L);
    if (c < 0 || is_newline(c)) {
      fail(L, PROGRAM_UNCLOSED_STRING, start, line, NULL);
      return;
    }
    L->i++;
    if (c == quote)
      break;
    if (c == '\\' && !escape(L, start))
      return;
  }
  add_token(L, LEX_STRING, start, line);
}

/* Lua's numeral rules: decimal digits [. digits] [eE [+-] digits], or 0x hex digits
   [. hex digits] [pP [+-] digits], with at least one mantissa digit. */
static bool numeral_valid(const char *s, size_t n)
{
  size_t i = 0, digits = 0;
  bool hex = n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  if (hex)
    i = 2;
  for (bool dot = false; i < n; i++) {
    if (s[i] == '.' && !dot)
      dot = true;
    else if (hex ? is_xdigit((unsigned char)s[i]) : is_digit((unsigned char)s[i]))
      digits++;
    else
      break;
  }
  if (digits == 0)
    return false;
  if (i < n && (s[i] == (hex ? 'p' : 'e') || s[i] == (hex ? 'P' : 'E'))) {
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
      i++;
    if (i == n)
      return false;
    while (i < n && is_digit((unsigned char)s[i]))
      i++;
  }
  return i == n;
}

/* Reads as Lua's read_numeral does (greedy over hex digits, dots and signed exponents, plus
   one touching letter) and then checks the whole text. */
static void number(Lexer *L)
{
  size_t start = L->i;
  const char *expo = "Ee";
  if (cur(L) == '0' && (peekc(L, 1) == 'x' || peekc(L, 1) == 'X')) {
    expo = "Pp";
    L->i += 2;
  }
  for (;;) {
    int c = cur(L);
    if (c > 0 && strchr(expo, c)) {
      L->i++;
      if (cur(L) == '+' || cur(L) == '-')
        L->i++;
    } else if (is_xdigit(c) || c == '.') {
      L->i++;
    } else {
      break;
    }
  }
  if (is_alpha(cur(L)))
    L->i++;
  if (numeral_valid(L->s + start, L->i - start))
    add_token(L, LEX_NUMBER, start, L->line);
  else
    fail(L, PROGRAM_BAD_NUMBER, start, 0, NULL);
}

static void name(Lexer *L)
{
  size_t start = L->i;
  while (is_alnum(cur(L)))
    L->i++;
  size_t n = L->i - start;
  int kind = LEX_NAME;
  for (int k = 0; k < (int)(sizeof lexer_keywords / sizeof *lexer_keywords); k++)
    if (strlen(lexer_keywords[k]) == n && memcmp(lexer_keywords[k], L->s + start, n) == 0)
      kind = LEX_AND + k;
  add_token(L, kind, start, L->line);
}

/* Operators: the longest match of the multi-byte ones, else one byte. */
static int operator(Lexer *L)
{
  static const struct {
    const char *text;
    int kind;
  } ops[] = {{"...", LEX_DOTS}, {"..", LEX_CONCAT}, {"//", LEX_IDIV}, {"==", LEX_EQ},
             {">=", LEX_GE},    {"<=", LEX_LE},     {"~=", LEX_NE},   {"<<", LEX_SHL},
             {">>", LEX_SHR},   {"::", LEX_DBCOLON}};
  for (size_t k = 0; k < sizeof ops / sizeof *ops; k++) {
    size_t n = strlen(ops[k].text);
    if (L->i + n <= L->len && memcmp(L->s + L->i, ops[k].text, n) == 0) {
      L->i += n;
      return ops[k].kind;
    }
  }
  int c = cur(L);
  if (c > 0 && strchr("+-*/%^#&~|<>=(){}[];:,.", c)) {
    L->i++;
    return c;
  }
  return -1;
}

/* Lexes one token or comment; false when lexing is over (end, or an error recorded). */
static bool step(Lexer *L)
{
  int c = cur(L);
  size_t start = L->i;
  if (is_newline(c)) {
    skip_newline(L);
  } else if (is_space(c)) {
    L->i++;
  } else if (c == '-' && peekc(L, 1) == '-') {
    comment(L);
  } else if (c == '[' && bracket_level(L, '[') >= 0) {
    int line = L->line;
    if (!long_bracket(L, bracket_level(L, '[')))
      fail(L, PROGRAM_UNCLOSED_LONG_STRING, start, line, "[[");
    else
      add_token(L, LEX_STRING, start, line);
  } else if (c == '[' && peekc(L, 1) == '=') {
    L->i += 2;
    fail(L, PROGRAM_UNEXPECTED, start, 0, NULL); /* "[=" with no second bracket */
  } else if (c == '"' || c == '\'') {
    short_string(L);
  } else if (is_digit(c) || (c == '.' && is_digit(peekc(L, 1)))) {
    number(L);
  } else if (is_alpha(c)) {
    name(L);
  } else {
    int kind = operator(L);
    if (kind < 0) {
      L->i++;
      fail(L, PROGRAM_BAD_CHARACTER, start, 0, NULL);
    } else {
      add_token(L, kind, start, L->line);
    }
  }
  bool stopped = L->r->ntokens > 0 && L->r->tokens[L->r->ntokens - 1].kind == LEX_ERROR;
  return !stopped && !L->oom;
}

/* Skips a UTF-8 BOM and a first line starting with '#' (its line break stays, so lines keep
   their numbers), as lua_loadfile does. */
static void skip_prefix(Lexer *L)
{
  if (L->len >= 3 && memcmp(L->s, "\xEF\xBB\xBF", 3) == 0)
    L->i = 3;
  if (cur(L) == '#')
    while (L->i < L->len && !is_newline(cur(L)))
      L->i++;
}

static bool index_comments(LexResult *r)
{
  r->first_comment = malloc(((size_t)r->ntokens + 1) * sizeof *r->first_comment);
  if (!r->first_comment)
    return false;
  int c = 0;
  for (int t = 0; t <= r->ntokens; t++) {
    while (c < r->ncomments && r->comments[c].next_token < t)
      c++;
    r->first_comment[t] = c;
  }
  return true;
}

bool lexer_run(const char *src, size_t len, LexResult *out)
{
  memset(out, 0, sizeof *out);
  Lexer L = {.s = src, .len = len, .line = 1, .r = out};
  skip_prefix(&L);
  while (L.i < L.len && step(&L)) {
  }
  bool stopped = out->ntokens > 0 && out->tokens[out->ntokens - 1].kind == LEX_ERROR;
  if (!stopped && !L.oom)
    add_token(&L, LEX_EOF, L.i, L.line);
  if (L.oom || !index_comments(out)) {
    lexer_free(out);
    return false;
  }
  return true;
}

void lexer_free(LexResult *r)
{
  free(r->tokens);
  free(r->comments);
  free(r->first_comment);
  r->tokens = NULL;
  r->comments = NULL;
  r->first_comment = NULL;
  r->ntokens = r->ncomments = 0;
}

void lexer_near(const char *src, const LexToken *t, char *out, size_t cap)
{
  size_t n = t->end - t->start, k = 0;
  const unsigned char *s = (const unsigned char *)src + t->start;
  if (t->kind == LEX_EOF) {
    snprintf(out, cap, "<eof>");
    return;
  }
  if (n == 1 && (s[0] < 32 || s[0] == 127)) {
    snprintf(out, cap, "<\\%d>", s[0]);
    return;
  }
  for (; k < n && k + 1 < cap && !is_newline(s[k]); k++)
    out[k] = (char)((s[k] < 32 && s[k] != '\t') || s[k] == 127 ? '?' : s[k]);
  if (k < n && k + 1 >= cap) /* cut: do not leave half a UTF-8 character */
    k = util_utf8_cut((const char *)s, n, k);
  out[k] = '\0';
}

bool lexer_token_is(const char *src, const LexToken *t, const char *text)
{
  size_t n = strlen(text);
  return t->end - t->start == n && memcmp(src + t->start, text, n) == 0;
}

bool lexer_decimal(const char *src, const LexToken *t, bool negative, long long *out)
{
  size_t n = t->end - t->start;
  const char *s = src + t->start;
  long long v = 0;
  if (t->kind != LEX_NUMBER || n > PROGRAM_MAX_NUMBER_DIGITS || (s[0] == '0' && n > 1))
    return false;
  for (size_t k = 0; k < n; k++) {
    if (!is_digit((unsigned char)s[k]))
      return false;
    v = v * 10 + (s[k] - '0');
  }
  *out = negative ? -v : v;
  return true;
}

bool lexer_is_unary(int k)
{
  return k == LEX_NOT || k == '-' || k == '#' || k == '~';
}

bool lexer_is_binary(int k)
{
  return (k > 0 && k < 256 && strchr("+-*/%^&|~<>", k)) || k == LEX_IDIV || k == LEX_CONCAT ||
         k == LEX_EQ || k == LEX_NE || k == LEX_LE || k == LEX_GE || k == LEX_SHL || k == LEX_SHR ||
         k == LEX_AND || k == LEX_OR;
}
