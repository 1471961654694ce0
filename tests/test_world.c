/* test_world.c: the rules of the grid world: every command and sensor, bumps, edges, items,
   goals and custom tile kinds, on worlds built by hand (no Lua, no level file). */
#include <string.h>

#include "check.h"
#include "level.h"
#include "world.h"

/* Builds a world from rows the way a map reads ('*' an item, > < ^ v the robot on floor). */
static void make(World *w, const char *const *rows)
{
  memset(w, 0, sizeof *w);
  for (int y = 0; rows[y]; y++, w->h++) {
    for (int x = 0; rows[y][x]; x++) {
      char c = rows[y][x], *cell = &w->cells[y * WORLD_MAX_SIDE + x];
      const char *robot = strchr("^>v<", c);
      *cell = c == '*' || robot ? '.' : c;
      if (c == '*') {
        w->items[y * WORLD_MAX_SIDE + x] = 1;
        w->items_left++;
      }
      if (robot) {
        w->robot_x = x;
        w->robot_y = y;
        w->dir = (WorldDir)(robot - "^>v<");
      }
      if (x + 1 > w->w)
        w->w = x + 1;
    }
  }
}

static void test_forward_and_bump(void)
{
  World w;
  make(&w, (const char *const[]){"#####", "#>.G#", "#####", NULL});
  CHECK_INT(WORLD_OK, world_forward(&w));
  CHECK_INT(2, w.robot_x);
  CHECK_INT(WORLD_OK, world_forward(&w));
  CHECK(world_at_goal(&w));
  CHECK_INT(WORLD_BUMP, world_forward(&w)); /* the wall east of G */
  CHECK_INT(3, w.robot_x);                  /* the robot stays */
  CHECK_INT(3, w.steps);                    /* the bump counted as a step */
}

static void test_edges_are_walls(void)
{
  World w;
  make(&w, (const char *const[]){">.", "..", NULL});
  CHECK_INT('#', world_cell(&w, -1, 0));
  CHECK_INT('#', world_cell(&w, 2, 0));
  CHECK_INT('#', world_cell(&w, 0, 2));
  CHECK(!world_can_enter(&w, 0, -1));
  world_turn_left(&w); /* north: off the map */
  CHECK_STR("north", world_dir_name(w.dir));
  CHECK(!world_path_ahead(&w));
  CHECK_INT(WORLD_BUMP, world_forward(&w));
  CHECK_INT(0, w.robot_y);
  world_turn_left(&w); /* west: off the map */
  CHECK_INT(WORLD_BUMP, world_forward(&w));
  CHECK_INT(0, w.robot_x);
}

static void test_turns(void)
{
  World w;
  make(&w, (const char *const[]){"^", NULL});
  const char *right[] = {"east", "south", "west", "north"};
  for (int i = 0; i < 4; i++) {
    world_turn_right(&w);
    CHECK_STR(right[i], world_dir_name(w.dir));
  }
  world_turn_left(&w);
  CHECK_STR("west", world_dir_name(w.dir));
  CHECK_INT(5, w.steps);
  WorldDir d;
  CHECK(world_dir_parse("south", &d) && d == DIR_SOUTH);
  CHECK(!world_dir_parse("up", &d));
}

static void test_sensors(void)
{
  World w;
  /* robot facing north in the middle: wall ahead, floor left (west), wall right (east) */
  make(&w, (const char *const[]){"###", ".^#", "#.#", NULL});
  CHECK(!world_path_ahead(&w));
  CHECK(world_path_left(&w));
  CHECK(!world_path_right(&w));
  world_turn_right(&w); /* east */
  CHECK(!world_path_ahead(&w));
  CHECK(!world_path_left(&w)); /* north is wall */
  CHECK(world_path_right(&w)); /* south is floor */
  CHECK(!world_at_goal(&w));
  int x, y;
  world_ahead(&w, &x, &y);
  CHECK(x == 2 && y == 1);
}

static void test_items(void)
{
  World w;
  make(&w, (const char *const[]){">*G", NULL});
  CHECK(!world_item_here(&w));
  CHECK_INT(WORLD_NOTHING_HERE, world_pick_up(&w));
  CHECK_INT(1, w.items_left);
  world_forward(&w);
  CHECK(world_item_here(&w));
  CHECK_INT(1, world_items_at(&w, 1, 0));
  CHECK_INT(WORLD_OK, world_pick_up(&w));
  CHECK_INT(0, w.items_left);
  CHECK_INT(1, w.items_collected);
  CHECK(!world_item_here(&w));
  CHECK_INT(WORLD_NOTHING_HERE, world_pick_up(&w)); /* only one was there */
  CHECK_INT(4, w.steps);
}

static void test_standard_goals(void)
{
  World w;
  Level lv;
  memset(&lv, 0, sizeof lv);
  make(&w, (const char *const[]){">*G", NULL});
  lv.goal = GOAL_REACH;
  CHECK(!level_goal_standard(&lv, &w));
  lv.goal = GOAL_COLLECT;
  CHECK(!level_goal_standard(&lv, &w));
  world_forward(&w);
  world_pick_up(&w);
  CHECK(level_goal_standard(&lv, &w));
  lv.goal = GOAL_COLLECT_AND_REACH;
  CHECK(!level_goal_standard(&lv, &w)); /* collected, but not on G yet */
  world_forward(&w);
  CHECK(level_goal_standard(&lv, &w));
  lv.goal = GOAL_REACH;
  CHECK(level_goal_standard(&lv, &w));
  lv.goal = GOAL_FUNCTION; /* only a LevelState can judge it */
  CHECK(!level_goal_standard(&lv, &w));
}

static void test_custom_kinds(void)
{
  World w;
  WorldTileKind kinds[4];
  int n;
  memcpy(kinds, world_standard_kinds(&n), 3 * sizeof kinds[0]);
  CHECK_INT(3, n);
  memset(&kinds[3], 0, sizeof kinds[3]);
  kinds[3].ch = '~';
  kinds[3].solid = true;
  make(&w, (const char *const[]){">~=", NULL});
  w.kinds = kinds;
  w.nkinds = 4;
  CHECK(world_kind(&w, '~') && world_kind(&w, '~')->solid);
  CHECK(!world_path_ahead(&w)); /* water is solid */
  CHECK_INT(WORLD_BUMP, world_forward(&w));
  kinds[3].solid = false;
  CHECK_INT(WORLD_OK, world_forward(&w));
  CHECK(world_kind(&w, '=') == NULL);
  CHECK(!world_can_enter(&w, 2, 0)); /* an unknown character is never entered */
  CHECK_STR("wall", world_kind(&w, '#')->name);
}

int main(void)
{
  test_forward_and_bump();
  test_edges_are_walls();
  test_turns();
  test_sensors();
  test_items();
  test_standard_goals();
  test_custom_kinds();
  return check_summary();
}
