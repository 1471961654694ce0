/* runner_teach.c: judging a run beyond solved or not, for what the level teaches: a solving
   program that overshot the goal or skipped the block the level requires earns fewer stars and
   hears why, and action blocks that never ran are named. Reads the finished Trace and the
   program text; runs nothing and decides no outcome. */
#include <stdio.h>
#include <string.h>

#include "level_teach.h"
#include "messages.h"
#include "program.h"
#include "runner.h"

/* The required block named in "You got there! Now try it with a function.": the first missing
   one, in the order blocks are taught. */
static void missing_message(RunTrace *t)
{
  for (int i = 0; i < TEACH_NBLOCKS; i++) {
    unsigned b = 1u << i;
    if (!(t->missing & b))
      continue;
    snprintf(t->message_key, sizeof t->message_key, "solved_without_%s", level_teach_block_name(b));
    messages_format(t->message, sizeof t->message, t->message_key, NULL);
    t->line = 0;
    return;
  }
}

/* "Robo reached the bus stop but kept going. Stop at the bus stop!" for a goal square; for a
   job (collecting, the level's own goal), that the job was done. */
static void overshoot_message(const Level *lv, RunTrace *t)
{
  char key[48];
  if (lv->goal == GOAL_REACH) {
    snprintf(key, sizeof key, "goal_%s", lv->goal_picture);
    snprintf(t->message_key, sizeof t->message_key, "kept_going");
    messages_format(t->message, sizeof t->message, "kept_going", "goal", messages_get(key), NULL);
  } else {
    snprintf(t->message_key, sizeof t->message_key, "kept_going_job");
    messages_format(t->message, sizeof t->message, "kept_going_job", NULL);
  }
}

static bool line_ran(const RunTrace *t, int line)
{
  for (int i = 1; i < t->nframes; i++)
    if (t->frames[i].line == line)
      return true;
  return false;
}

static bool is_action(const Level *lv, const char *name)
{
  const LevelCommand *c = name ? level_command(lv, name) : NULL;
  return c && c->kind == COMMAND_ACTION;
}

/* Action blocks (a robot command) whose line no frame came from. */
static void find_never_ran(const Level *lv, RunTrace *t, const Block *b)
{
  for (; b; b = b->next) {
    if (b->kind == BLOCK_CALL && is_action(lv, b->name) && !line_ran(t, b->first_line)) {
      bool known = false;
      for (int i = 0; i < t->nnever_ran; i++)
        known = known || t->never_ran[i] == b->first_line;
      if (!known && t->nnever_ran < (int)(sizeof t->never_ran / sizeof t->never_ran[0]))
        t->never_ran[t->nnever_ran++] = b->first_line;
    }
    find_never_ran(lv, t, b->body);
    find_never_ran(lv, t, b->else_body);
    for (const BlockArm *a = b->arms; a; a = a->next)
      find_never_ran(lv, t, a->body);
  }
}

static void sort_lines(int *v, int n)
{
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && v[j - 1] > v[j]; j--) {
      int x = v[j];
      v[j] = v[j - 1];
      v[j - 1] = x;
    }
}

void runner_teach_judge(const Level *lv, RunTrace *t, const char *src, size_t len,
                        bool ended_by_itself)
{
  Program *p = ended_by_itself ? program_parse(src, len, NULL) : NULL;
  if (p) {
    find_never_ran(lv, t, p->first);
    sort_lines(t->never_ran, t->nnever_ran);
  }
  program_free(p);
  if (t->outcome != RUN_SOLVED)
    return;
  t->missing = level_teach_missing(lv, src, len);
  if (t->overshot && t->stars > 2)
    t->stars = 2;
  if (t->missing && t->stars > 1)
    t->stars = 1;
  if (t->missing)
    missing_message(t);
  else if (t->overshot)
    overshoot_message(lv, t);
}

char *runner_never_ran_words(const RunTrace *t, bool blocks_view, char *out, size_t cap)
{
  char lines[16 * 8] = "", count[16];
  out[0] = '\0';
  if (t->nnever_ran == 0)
    return out;
  for (int i = 0; i < t->nnever_ran; i++)
    snprintf(lines + strlen(lines), sizeof lines - strlen(lines), "%s%d", i ? ", " : "",
             t->never_ran[i]);
  snprintf(count, sizeof count, "%d", t->nnever_ran);
  return messages_format(out, cap, blocks_view ? "never_ran_blocks" : "never_ran_lines", "count",
                         count, "lines", lines, NULL);
}

void runner_end_square(const RunTrace *t, int *x, int *y)
{
  const RunFrame *f = &t->frames[t->nframes - 1];
  *x = f->robot_x;
  *y = f->robot_y;
}

bool runner_predicted(const RunTrace *t, int x, int y)
{
  int ex, ey;
  runner_end_square(t, &ex, &ey);
  return ex == x && ey == y;
}
