/* advice.c: specific advice about a program's logic, found by running changed copies of it.
   A loop that ran one time too many is a child's commonest slip; rather than guess from the
   map, try the nearby counts and see which one solves. Uses the runner; changes no program. */
#include "advice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "runner.h"

#define ADVICE_MAX_LOOPS 4
#define ADVICE_MAX_RUNS 24 /* runs in all: advice must not slow the Run button down */
#define ADVICE_MAX_COUNT 200

typedef struct {
  size_t start, end; /* the bytes of the limit number */
  int line, count;
} CountedLoop;

/* `for NAME = 1 , N do` with whole numbers: the repeat block's text form. */
static int find_loops(const char *src, size_t len, CountedLoop *out, int max)
{
  LexResult lex;
  if (!lexer_run(src, len, &lex))
    return 0;
  int n = 0;
  for (int i = 0; i + 6 < lex.ntokens && n < max; i++) {
    const LexToken *t = &lex.tokens[i];
    long long from, to;
    if (t[0].kind != LEX_FOR || t[1].kind != LEX_NAME || t[2].kind != '=' ||
        t[3].kind != LEX_NUMBER || t[4].kind != ',' || t[5].kind != LEX_NUMBER ||
        t[6].kind != LEX_DO || !lexer_decimal(src, &t[3], false, &from) ||
        !lexer_decimal(src, &t[5], false, &to) || from != 1 || to < 1 || to > ADVICE_MAX_COUNT)
      continue;
    out[n++] = (CountedLoop){t[5].start, t[5].end, t[0].line, (int)to};
  }
  lexer_free(&lex);
  return n;
}

/* Runs src with the loop's count replaced. */
static bool solves_with(const Level *lv, const char *src, size_t len, const CountedLoop *loop,
                        int count, long limit)
{
  char number[16];
  int nl = snprintf(number, sizeof number, "%d", count);
  size_t cap = len + (size_t)nl + 1;
  char *copy = malloc(cap);
  if (!copy)
    return false;
  memcpy(copy, src, loop->start);
  memcpy(copy + loop->start, number, (size_t)nl);
  memcpy(copy + loop->start + nl, src + loop->end, len - loop->end);
  size_t clen = loop->start + (size_t)nl + (len - loop->end);
  RunOptions opt = {.instruction_limit = limit, .no_advice = true};
  RunTrace *t = runner_run(lv, copy, clen, &opt);
  bool solved = t && t->outcome == RUN_SOLVED && !t->overshot; /* stops at the stop */
  runner_free(t);
  free(copy);
  return solved;
}

bool advice_loop_count(const Level *lv, const char *src, size_t len, long instruction_limit,
                       AdviceLoop *out)
{
  CountedLoop loops[ADVICE_MAX_LOOPS];
  int nloops = find_loops(src, len, loops, ADVICE_MAX_LOOPS), runs = 0;
  if (nloops == 0)
    return false;
  /* nearest counts first, across all loops: a one-off slip is likelier than a big one */
  for (int d = 1; runs < ADVICE_MAX_RUNS && d <= ADVICE_MAX_COUNT; d++) {
    for (int i = 0; i < nloops && runs < ADVICE_MAX_RUNS; i++) {
      for (int sign = -1; sign <= 1; sign += 2) {
        int c = loops[i].count + sign * d;
        if (c < 1 || c > ADVICE_MAX_COUNT || runs >= ADVICE_MAX_RUNS)
          continue;
        runs++;
        if (solves_with(lv, src, len, &loops[i], c, instruction_limit)) {
          *out = (AdviceLoop){loops[i].line, loops[i].count, c};
          return true;
        }
      }
    }
  }
  return false;
}
