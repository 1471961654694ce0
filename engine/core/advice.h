/* advice.h: specific advice about a program's logic found by trying small changes to it:
   "your loop runs 11 times; Robo needs 10". Pure C over the runner: no SDL. */
#ifndef ADVICE_H
#define ADVICE_H

#include <stdbool.h>
#include <stddef.h>

#include "level.h"

/* A repeat (for i = 1, N do) whose count, changed, solves the level. */
typedef struct {
  int line;   /* the loop's line */
  int count;  /* what the program says */
  int needed; /* the nearest count that solves it */
} AdviceLoop;

/* Tries other counts for each counted loop of src, nearest first, within a small budget of
   runs (each limited to instruction_limit instructions, 0: the default). True with out filled
   when one solves lv. */
bool advice_loop_count(const Level *lv, const char *src, size_t len, long instruction_limit,
                       AdviceLoop *out);

#endif
