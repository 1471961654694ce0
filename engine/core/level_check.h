/* level_check.h: the one "does this level hold" check: its solution solves it, within what the
   level teaches (required blocks, a par a flat program cannot match), without running on past
   the goal. `codebridge check` and the level editor's Save both call it, so a level the editor
   saves is a level `check` accepts. Loading and validating the file is level_load's job; this
   module judges a Level that loaded. Pure C over the runner: no SDL. */
#ifndef LEVEL_CHECK_H
#define LEVEL_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "level.h"
#include "runner.h"

typedef enum {
  LEVEL_CHECK_OK,           /* the solution solves the level as it should */
  LEVEL_CHECK_NOT_SOLVED,   /* the solution does not solve it (outcome says how it ended) */
  LEVEL_CHECK_OVERSHOOT,    /* it solves, but the solution keeps going after the goal */
  LEVEL_CHECK_TEACH,        /* it solves, but misses what the level teaches (level_teach.h) */
  LEVEL_CHECK_LEVEL_BROKEN, /* the level's own code (goal, on_step, a command) raised an error */
  LEVEL_CHECK_NO_MEMORY,
} LevelCheckResult;

typedef struct {
  LevelCheckResult result;
  RunOutcome outcome; /* how the solution's run ended */
  int steps, blocks;  /* of the solution's run */
  /* Set with OK when the solution uses more blocks than par: doing what it does earns fewer
     than three stars (a note, not a failure). */
  bool par_above;
  /* Where the problem is in the level file (1 when the whole file) and the words for a
     teacher, e.g. "the solution does not solve the level (unsolved): ...". For a broken level
     message is "FILE:LINE: ..." of the level's own code, and line is 0. */
  int line;
  char message[700];
} LevelCheck;

/* Runs lv's solution against lv and judges it. True when result is LEVEL_CHECK_OK. */
bool level_check(const Level *lv, LevelCheck *out);

/* The line where `name =` is set in a level's source text, so a teacher is sent to the right
   place; 1 when it cannot be found. *value_on_next_line (may be NULL) tells whether a long
   string value starts on the next line ("solution = [[" then a line break). */
int level_check_field_line(const char *src, const char *name, bool *value_on_next_line);

#endif
