/* level_check.c: does a loaded level hold: its solution solves it, within what it teaches and
   without running past the goal (see level_check.h). The one copy of this rule: `codebridge
   check` and the level editor both call level_check. No SDL. */
#include "level_check.h"

#include <stdio.h>
#include <string.h>

#include "level_teach.h"

/* Lua drops a line break right after [[ or [==[: only then does the text start on the next
   line ("solution = [[forward()" starts on this one). */
static bool long_string_breaks(const char *v)
{
  if (*v != '[')
    return false;
  const char *b = v + 1;
  while (*b == '=')
    b++;
  return *b == '[' && (b[1] == '\n' || b[1] == '\r');
}

/* The value after `name =` at the start of s (blanks before each part allowed), or NULL. */
static const char *value_after(const char *s, const char *name)
{
  size_t n = strlen(name);
  while (*s == ' ' || *s == '\t')
    s++;
  if (strncmp(s, name, n) != 0)
    return NULL;
  s += n;
  while (*s == ' ' || *s == '\t')
    s++;
  if (*s != '=')
    return NULL;
  s++;
  while (*s == ' ' || *s == '\t')
    s++;
  return s;
}

int level_check_field_line(const char *src, const char *name, bool *value_on_next_line)
{
  int line = 1;
  if (value_on_next_line)
    *value_on_next_line = false;
  for (const char *p = src; p && *p; p++, line++) {
    const char *v = value_after(p, name);
    if (v) {
      if (value_on_next_line)
        *value_on_next_line = long_string_breaks(v);
      return line;
    }
    p = strchr(p, '\n');
    if (!p)
      break;
  }
  return 1;
}

/* The file line of the solution's line `run_line` (1-based within the solution). */
static int solution_line(const Level *lv, int run_line)
{
  bool next = false;
  int base = level_check_field_line(lv->source, "solution", &next);
  return run_line > 0 ? base + run_line - (next ? 0 : 1) : base;
}

static void judge(const Level *lv, const RunTrace *t, LevelCheck *out)
{
  char why[400];
  if (t->outcome == RUN_SOLVED && !level_teach_check(lv, t->steps, why, sizeof why)) {
    out->result = LEVEL_CHECK_TEACH;
    out->line = level_check_field_line(lv->source, "par", NULL);
    snprintf(out->message, sizeof out->message, "%s", why);
  } else if (t->outcome == RUN_SOLVED && t->overshot) {
    out->result = LEVEL_CHECK_OVERSHOOT;
    out->line = level_check_field_line(lv->source, "solution", NULL);
    snprintf(out->message, sizeof out->message, "the solution keeps going after the goal: %s",
             t->message);
  } else if (t->outcome == RUN_SOLVED) {
    out->result = LEVEL_CHECK_OK;
    out->par_above = t->blocks > lv->par;
    out->line = level_check_field_line(lv->source, "par", NULL);
  } else if (t->level_error[0]) {
    out->result = LEVEL_CHECK_LEVEL_BROKEN; /* send the teacher to the level's own code */
    snprintf(out->message, sizeof out->message, "%s", t->level_error);
  } else {
    out->result = LEVEL_CHECK_NOT_SOLVED;
    out->line = solution_line(lv, t->line);
    snprintf(out->message, sizeof out->message, "the solution does not solve the level (%s): %s",
             runner_outcome_name(t->outcome), t->message);
  }
}

bool level_check(const Level *lv, LevelCheck *out)
{
  memset(out, 0, sizeof *out);
  out->line = 1;
  RunTrace *t = runner_run(lv, lv->solution, strlen(lv->solution), NULL);
  if (!t) {
    out->result = LEVEL_CHECK_NO_MEMORY;
    snprintf(out->message, sizeof out->message, "out of memory");
    return false;
  }
  out->outcome = t->outcome;
  out->steps = t->steps;
  out->blocks = t->blocks;
  judge(lv, t, out);
  runner_free(t);
  return out->result == LEVEL_CHECK_OK;
}
