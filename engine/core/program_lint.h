/* program_lint.h: mistakes Lua accepts but a child never means, found before a run. */
#ifndef PROGRAM_LINT_H
#define PROGRAM_LINT_H

#include <stdbool.h>
#include <stddef.h>

/* Finds a command used as a condition without its brackets: `if path_ahead then` is always
   true and `while not at_goal do` never runs, since a function is a value. names are the
   commands to look for. True with *line and name filled for the first one found. */
bool program_lint_uncalled(const char *src, size_t len, const char *const *names, int nnames,
                           int *line, char *name, size_t name_cap);

#endif
