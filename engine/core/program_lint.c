/* program_lint.c: mistakes Lua accepts but a child never means, found from the tokens before a
   run. Reads tokens only (lexer.c); knows no blocks and runs nothing. */
#include "program_lint.h"

#include <stdio.h>
#include <string.h>

#include "lexer.h"

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
