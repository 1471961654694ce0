/* program_lint.h: mistakes Lua accepts but a child never means, and the usual shapes of a
   child's syntax mistakes (turn left(), n++, edn ...), found from the tokens. */
#ifndef PROGRAM_LINT_H
#define PROGRAM_LINT_H

#include <stdbool.h>
#include <stddef.h>

/* Finds a command used as a condition without its brackets: `if path_ahead then` is always
   true and `while not at_goal do` never runs, since a function is a value. names are the
   commands to look for. True with *line and name filled for the first one found. */
bool program_lint_uncalled(const char *src, size_t len, const char *const *names, int nnames,
                           int *line, char *name, size_t name_cap);

/* A known shape of mistake in a program that does not parse, with the fix it needs. */
typedef struct {
  const char *key; /* message key: join_words, no_such_operator, repeat_times, else_if,
                      misspelt_keyword */
  int line;
  char name[64]; /* what the pupil wrote: "turn left", "++", "edn" */
  char fix[64];  /* what to write instead, as code: "turn_left", "n = n + 1", "end" */
} LintMistake;

/* The first known mistake shape in src, or false when none is found. names are the commands
   the level offers (for "turn left" -> "turn_left"). Call it when the program did not parse:
   some shapes (else if, a name near a keyword) are legal in a program that does. */
bool program_lint_syntax(const char *src, size_t len, const char *const *names, int nnames,
                         LintMistake *out);

/* The line where the program defines function name (function name / local function name /
   name = function), or 0 when it never does. */
int program_lint_defined_line(const char *src, size_t len, const char *name);

#endif
