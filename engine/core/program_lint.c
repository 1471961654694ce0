/* program_lint.c: mistakes Lua accepts but a child never means, found from the tokens before a
   run. Reads tokens only (lexer.c); knows no blocks and runs nothing. */
#include "program_lint.h"

#include <stdio.h>
#include <string.h>

#include "lexer.h"
#include "messages.h"

/* Tokens after which a name is read as a condition. */
static bool starts_condition(int kind)
{
  return kind == LEX_IF || kind == LEX_ELSEIF || kind == LEX_WHILE || kind == LEX_UNTIL ||
         kind == LEX_NOT || kind == LEX_AND || kind == LEX_OR;
}

static bool is_command(const char *src, const LexToken *t, const char *const *names, int n)
{
  for (int i = 0; i < n; i++)
    if (lexer_token_is(src, t, names[i]))
      return true;
  return false;
}

bool program_lint_uncalled(const char *src, size_t len, const char *const *names, int nnames,
                           int *line, char *name, size_t name_cap)
{
  LexResult lex;
  if (!lexer_run(src, len, &lex))
    return false;
  bool found = false;
  for (int i = 1; i + 1 < lex.ntokens && !found; i++) {
    const LexToken *t = &lex.tokens[i];
    if (t->kind != LEX_NAME || !starts_condition(lex.tokens[i - 1].kind))
      continue;
    int next = lex.tokens[i + 1].kind;
    if (next == '(' || next == '.' || next == ':' || next == '[' || next == '{' ||
        next == LEX_STRING || !is_command(src, t, names, nnames))
      continue;
    *line = t->line;
    snprintf(name, name_cap, "%.*s", (int)(t->end - t->start), src + t->start);
    found = true;
  }
  lexer_free(&lex);
  return found;
}

/* ---- the usual shapes of a child's syntax mistakes ---- */

static void token_text(const char *src, const LexToken *t, char *out, size_t cap)
{
  snprintf(out, cap, "%.*s", (int)(t->end - t->start), src + t->start);
}

static bool same_line(const LexToken *a, const LexToken *b)
{
  return a->end_line == b->line;
}

static bool adjacent(const LexToken *a, const LexToken *b)
{
  return a->end == b->start;
}

/* `turn left()`: two names that, joined by '_', make a command. */
static bool join_words(const char *src, const LexToken *t, const char *const *names, int nnames,
                       LintMistake *out)
{
  if (t[0].kind != LEX_NAME || t[1].kind != LEX_NAME || !same_line(&t[0], &t[1]))
    return false;
  char a[32], b[32], joined[64];
  token_text(src, &t[0], a, sizeof a);
  token_text(src, &t[1], b, sizeof b);
  snprintf(joined, sizeof joined, "%s_%s", a, b);
  const char *near = messages_did_you_mean(joined, names, nnames);
  if (!near || messages_distance(joined, near) > 1)
    return false;
  out->key = "join_words";
  snprintf(out->name, sizeof out->name, "%s %s", a, b);
  snprintf(out->fix, sizeof out->fix, "%s", near);
  return true;
}

/* `n--` at the end of a line: Lua reads the "--" as the start of an empty comment. */
static bool ends_in_minus_minus(const char *src, size_t len, size_t at)
{
  if (at + 2 > len || src[at] != '-' || src[at + 1] != '-')
    return false;
  for (size_t i = at + 2; i < len && src[i] != '\n'; i++)
    if (src[i] != ' ' && src[i] != '\t' && src[i] != '\r')
      return false;
  return true;
}

/* `n++`, `n--`, `n += 1`, `n -= 2`: operators of other languages. The fix is written out. */
static bool other_operator(const char *src, size_t len, const LexToken *t, int avail,
                           LintMistake *out)
{
  if (t[0].kind != LEX_NAME || avail < 1)
    return false;
  char n[32], amount[32] = "1";
  token_text(src, &t[0], n, sizeof n);
  int op = avail >= 2 ? t[1].kind : 0;
  bool doubled = avail >= 3 && op == '+' && t[2].kind == '+' && adjacent(&t[1], &t[2]);
  bool minus_minus = ends_in_minus_minus(src, len, t[0].end);
  bool assign = avail >= 3 && op < 128 && op != 0 && strchr("+-*/", op) && t[2].kind == '=' &&
                adjacent(&t[1], &t[2]);
  if (!doubled && !minus_minus && !assign)
    return false;
  if (assign && avail >= 4 && same_line(&t[2], &t[3]) &&
      (t[3].kind == LEX_NUMBER || t[3].kind == LEX_NAME))
    token_text(src, &t[3], amount, sizeof amount);
  char sign = minus_minus ? '-' : (char)op;
  out->key = "no_such_operator";
  snprintf(out->name, sizeof out->name, "%c%c", sign, assign ? '=' : sign);
  snprintf(out->fix, sizeof out->fix, "%s = %s %c %s", n, n, sign, amount);
  return true;
}

/* `repeat 10 times`: the block's words typed as text. */
static bool repeat_times(const char *src, const LexToken *t, int avail, LintMistake *out)
{
  if (t[0].kind != LEX_REPEAT || avail < 2 || t[1].kind != LEX_NUMBER || !same_line(&t[0], &t[1]))
    return false;
  char n[24];
  token_text(src, &t[1], n, sizeof n);
  out->key = "repeat_times";
  snprintf(out->name, sizeof out->name, "repeat %s times", n);
  snprintf(out->fix, sizeof out->fix, "for i = 1, %s do", n);
  return true;
}

static bool else_if(const LexToken *t, int avail, LintMistake *out)
{
  if (t[0].kind != LEX_ELSE || avail < 2 || t[1].kind != LEX_IF || !same_line(&t[0], &t[1]))
    return false;
  out->key = "else_if";
  snprintf(out->name, sizeof out->name, "else if");
  snprintf(out->fix, sizeof out->fix, "elseif");
  return true;
}

/* The keywords a child types as words of three letters or more; shorter ones (do, if, or)
   are too near ordinary short names to guess. */
static const char *const spelt_keywords[] = {"end",    "then",  "else",     "elseif", "while",
                                             "repeat", "until", "function", "local",  "return",
                                             "break",  "not",   "and"};

static bool assigned(const LexResult *lex, const char *src, const LexToken *name)
{
  for (int i = 0; i + 1 < lex->ntokens; i++) {
    const LexToken *t = &lex->tokens[i];
    if (t->kind != LEX_NAME || t->end - t->start != name->end - name->start ||
        memcmp(src + t->start, src + name->start, t->end - t->start) != 0)
      continue;
    int next = lex->tokens[i + 1].kind, prev = i > 0 ? lex->tokens[i - 1].kind : 0;
    if (next == '=' || next == ',' || prev == LEX_LOCAL || prev == LEX_FUNCTION || prev == LEX_FOR)
      return true;
  }
  return false;
}

/* `edn`, `thne`, `whiel`: a name one slip away from a keyword, standing where no name can. */
static bool misspelt_keyword(const LexResult *lex, const char *src, int i, const char *const *names,
                             int nnames, LintMistake *out)
{
  const LexToken *t = &lex->tokens[i];
  int next = lex->tokens[i + 1].kind;
  if (t->kind != LEX_NAME || t->end - t->start < 3 || next == '(' || next == '=' || next == '.' ||
      next == ':' || next == '[' || next == '{' || next == LEX_STRING)
    return false;
  char word[32];
  token_text(src, t, word, sizeof word);
  if (messages_did_you_mean(word, names, nnames) || assigned(lex, src, t))
    return false;
  for (size_t k = 0; k < sizeof spelt_keywords / sizeof *spelt_keywords; k++) {
    if (messages_distance(word, spelt_keywords[k]) != 1)
      continue;
    out->key = "misspelt_keyword";
    snprintf(out->name, sizeof out->name, "%s", word);
    snprintf(out->fix, sizeof out->fix, "%s", spelt_keywords[k]);
    return true;
  }
  return false;
}

bool program_lint_syntax(const char *src, size_t len, const char *const *names, int nnames,
                         LintMistake *out)
{
  LexResult lex;
  if (!lexer_run(src, len, &lex))
    return false;
  memset(out, 0, sizeof *out);
  bool found = false;
  for (int i = 0; i + 1 < lex.ntokens && !found; i++) {
    const LexToken *t = &lex.tokens[i];
    int avail = lex.ntokens - 1 - i; /* tokens from t up to the end marker */
    found = join_words(src, t, names, nnames, out) || other_operator(src, len, t, avail, out) ||
            repeat_times(src, t, avail, out) || else_if(t, avail, out) ||
            misspelt_keyword(&lex, src, i, names, nnames, out);
    if (found)
      out->line = t->line;
  }
  lexer_free(&lex);
  return found;
}

int program_lint_defined_line(const char *src, size_t len, const char *name)
{
  LexResult lex;
  if (!lexer_run(src, len, &lex))
    return 0;
  int line = 0;
  for (int i = 0; i + 2 < lex.ntokens && !line; i++) {
    const LexToken *t = &lex.tokens[i];
    if (t->kind != LEX_NAME || !lexer_token_is(src, t, name))
      continue;
    if ((i > 0 && lex.tokens[i - 1].kind == LEX_FUNCTION) ||
        (lex.tokens[i + 1].kind == '=' && lex.tokens[i + 2].kind == LEX_FUNCTION))
      line = t->line;
  }
  lexer_free(&lex);
  return line;
}
