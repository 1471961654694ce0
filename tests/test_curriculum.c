/* test_curriculum.c: the bundled levels as a progression a school can teach from: at least 60
   levels, 15 KS1 sequence levels, if/else over 8 levels, 8 levels whose variable changes as the
   program runs (more than a loop count), 6 "predict then run" levels, every level names its
   curriculum statements, goal and item pictures match the story (no default flag where the
   goal is a place), a solution that stops at the stop, and no two maps that are the same map
   turned or mirrored. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "level.h"
#include "level_teach.h"
#include "pack.h"
#include "paths.h"
#include "program.h"
#include "runner.h"

#define MAX_LEVELS 200

typedef struct {
  char path[1024];
  int w, h;
  char grid[WORLD_MAX_SIDE * WORLD_MAX_SIDE]; /* cells with items '*' and the robot 'R' */
} Map;

static Map maps[MAX_LEVELS];
static int nmaps;

static bool has_else(const Block *b)
{
  for (; b; b = b->next) {
    if (b->kind == BLOCK_IF && b->has_else)
      return true;
    if (has_else(b->body) || has_else(b->else_body))
      return true;
    for (const BlockArm *a = b->arms; a; a = a->next)
      if (has_else(a->body))
        return true;
  }
  return false;
}

/* A variable that changes while the program runs (n = n + 1): more than a fixed loop count. */
static bool changes_variable(const Block *b)
{
  for (; b; b = b->next) {
    if (b->kind == BLOCK_CHANGE)
      return true;
    if (changes_variable(b->body) || changes_variable(b->else_body))
      return true;
    for (const BlockArm *a = b->arms; a; a = a->next)
      if (changes_variable(a->body))
        return true;
  }
  return false;
}

static void keep_map(const Level *lv)
{
  if (nmaps >= MAX_LEVELS)
    return;
  Map *m = &maps[nmaps++];
  const World *w = &lv->start;
  snprintf(m->path, sizeof m->path, "%s", lv->path);
  m->w = w->w;
  m->h = w->h;
  for (int y = 0; y < w->h; y++)
    for (int x = 0; x < w->w; x++) {
      int i = y * WORLD_MAX_SIDE + x;
      char c = w->cells[i];
      if (w->items[i])
        c = '*';
      if (x == w->robot_x && y == w->robot_y)
        c = 'R';
      m->grid[y * m->w + x] = c;
    }
}

/* m turned a quarter (clockwise). */
static void turn(const Map *m, Map *out)
{
  out->w = m->h;
  out->h = m->w;
  for (int y = 0; y < m->h; y++)
    for (int x = 0; x < m->w; x++)
      out->grid[x * out->w + (m->h - 1 - y)] = m->grid[y * m->w + x];
}

/* m mirrored left to right. */
static void mirror(const Map *m, Map *out)
{
  out->w = m->w;
  out->h = m->h;
  for (int y = 0; y < m->h; y++)
    for (int x = 0; x < m->w; x++)
      out->grid[y * m->w + (m->w - 1 - x)] = m->grid[y * m->w + x];
}

static bool equal(const Map *a, const Map *b)
{
  return a->w == b->w && a->h == b->h && memcmp(a->grid, b->grid, (size_t)(a->w * a->h)) == 0;
}

/* b equals a turned 0-3 quarters, mirrored or not. */
static bool same_map(const Map *a, const Map *b)
{
  static Map t, u;
  t = *a;
  for (int k = 0; k < 4; k++) {
    mirror(&t, &u);
    if (equal(&t, b) || equal(&u, b))
      return true;
    turn(&t, &u);
    t = u;
  }
  return false;
}

static void test_symmetry_helper(void)
{
  static Map a = {.w = 3, .h = 2}, b = {.w = 3, .h = 2}, c = {.w = 2, .h = 3}, d;
  memcpy(a.grid, "R.#..G", 6);
  memcpy(b.grid, "#.RG..", 6); /* a mirrored left to right */
  memcpy(c.grid, ".R..G#", 6); /* a turned a quarter clockwise */
  CHECK(same_map(&a, &a));
  CHECK(same_map(&a, &b));
  CHECK(same_map(&a, &c));
  CHECK(same_map(&c, &b));
  d = a;
  d.grid[1] = '#';
  CHECK(!same_map(&a, &d));
}

static void test_no_mirrored_maps(void)
{
  for (int i = 0; i < nmaps; i++)
    for (int j = i + 1; j < nmaps; j++)
      if (same_map(&maps[i], &maps[j])) {
        CHECK(!"two levels share one map, turned or mirrored");
        fprintf(stderr, "  %s and %s\n", maps[i].path, maps[j].path);
      }
}

int main(void)
{
  char dir[1200];
  Pack *packs[64];
  int n = pack_find_all(paths_data(dir, sizeof dir, "levels"), packs, 64, NULL, NULL);
  int levels = 0, sequence_ks1 = 0, if_else = 0, variables = 0, predict = 0;
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < packs[i]->nlevels; j++) {
      LevelError err;
      Level *lv = level_load(packs[i]->level_paths[j], &err);
      CHECK(lv != NULL);
      if (!lv)
        continue;
      levels++;
      Program *p = program_parse(lv->solution, strlen(lv->solution), NULL);
      bool ks1 = false;
      for (int k = 0; k < lv->ncurriculum; k++)
        ks1 = ks1 || strncmp(lv->curriculum[k], "KS1", 3) == 0;
      sequence_ks1 += strcmp(lv->concept, "sequence") == 0 && ks1;
      if_else += p && has_else(p->first);
      variables += p && changes_variable(p->first);
      predict += lv->predict;
      if (lv->ncurriculum == 0)
        fprintf(stderr, "  %s: no curriculum statements\n", lv->path);
      CHECK(lv->ncurriculum > 0);
      if (lv->predict && !lv->start_program)
        fprintf(stderr, "  %s: a predict level needs a start_program to read\n", lv->path);
      CHECK(!lv->predict || lv->start_program);
      keep_map(lv);
      program_free(p);
      level_free(lv);
    }
    pack_free(packs[i]);
  }
  printf("%d levels: %d KS1 sequence, %d if/else, %d changing variables, %d predict\n", levels,
         sequence_ks1, if_else, variables, predict);
  CHECK(levels >= 60);
  CHECK(sequence_ks1 >= 15);
  CHECK(if_else >= 8);
  CHECK(variables >= 8);
  CHECK(predict >= 6);
  test_symmetry_helper();
  test_no_mirrored_maps();
  return check_summary();
}
