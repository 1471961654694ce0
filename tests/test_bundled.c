/* test_bundled.c: every bundled level, as a pupil and a teacher meet it: it loads, its
   reference solution solves it within par, the solution and any start program open as blocks
   with no grey code and come back as the same text, and the canonical text runs exactly as
   the original (same outcome, steps and trace). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "level.h"
#include "pack.h"
#include "paths.h"
#include "program.h"
#include "runner.h"

static bool has_code_blocks(const Block *b)
{
  for (; b; b = b->next) {
    if (b->kind == BLOCK_CODE)
      return true;
    if (has_code_blocks(b->body) || has_code_blocks(b->else_body))
      return true;
    for (const BlockArm *a = b->arms; a; a = a->next)
      if (has_code_blocks(a->body))
        return true;
  }
  return false;
}

/* text -> blocks -> text -> blocks: the same blocks, and printing again changes nothing. */
static void check_round_trip(const Level *lv, const char *what, const char *src)
{
  ProgramError err;
  Program *p = program_parse(src, strlen(src), &err);
  CHECK(p != NULL);
  if (!p) {
    fprintf(stderr, "  %s: %s does not parse (line %d)\n", lv->path, what, err.line);
    return;
  }
  if (has_code_blocks(p->first))
    fprintf(stderr, "  %s: %s has grey code blocks\n", lv->path, what);
  CHECK(!has_code_blocks(p->first));
  char *text = program_text(p);
  Program *q = program_parse(text, strlen(text), &err);
  CHECK(q && program_blocks_equal(p->first, q->first));
  char *again = q ? program_text(q) : NULL;
  CHECK_STR(text, again);
  free(again);
  program_free(q);
  free(text);
  program_free(p);
}

static void check_solution(const Level *lv)
{
  RunTrace *t = runner_run(lv, lv->solution, strlen(lv->solution), NULL);
  CHECK_INT(RUN_SOLVED, t->outcome);
  if (t->outcome != RUN_SOLVED)
    fprintf(stderr, "  %s: %s (line %d: %s)\n", lv->path, runner_outcome_name(t->outcome), t->line,
            t->message);
  CHECK(t->blocks <= lv->par); /* the teacher's own answer earns three stars */
  Program *p = program_parse(lv->solution, strlen(lv->solution), NULL);
  char *canon = p ? program_text(p) : NULL;
  RunTrace *u = canon ? runner_run(lv, canon, strlen(canon), NULL) : NULL;
  CHECK(u != NULL);
  if (u) {
    CHECK_INT(t->outcome, u->outcome);
    CHECK_INT(t->steps, u->steps);
    CHECK_INT(t->blocks, u->blocks);
    CHECK_INT(t->nframes, u->nframes);
    for (int i = 0; i < t->nframes && i < u->nframes; i++)
      CHECK(t->frames[i].robot_x == u->frames[i].robot_x &&
            t->frames[i].robot_y == u->frames[i].robot_y && t->frames[i].dir == u->frames[i].dir);
  }
  runner_free(u);
  free(canon);
  program_free(p);
  runner_free(t);
}

int main(void)
{
  char dir[1200];
  Pack *packs[64];
  int n = pack_find_all(paths_data(dir, sizeof dir, "levels"), packs, 64, NULL, NULL);
  int levels = 0;
  CHECK(n >= 2);
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < packs[i]->nlevels; j++) {
      LevelError err;
      Level *lv = level_load(packs[i]->level_paths[j], &err);
      CHECK(lv != NULL);
      if (!lv) {
        fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
        continue;
      }
      levels++;
      check_solution(lv);
      check_round_trip(lv, "solution", lv->solution);
      if (lv->start_program)
        check_round_trip(lv, "start_program", lv->start_program);
      level_free(lv);
    }
    pack_free(packs[i]);
  }
  CHECK(levels >= 36);
  printf("%d bundled levels checked\n", levels);
  return check_summary();
}
