/* world.c: the rules of the grid world: moves, sensors, items and the standard tile kinds.
   Pure C: no SDL, no Lua, no files. The runner drives it, the view reads it, and level code
   changes it only through level_api.c. */
#include "world.h"

#include <stddef.h>
#include <string.h>

/* The kinds every map knows. A Level copies them first into its own kinds. */
static const WorldTileKind standard_kinds[] = {
    {'#', "wall", true, 0x5a5a66, "wall", ""},
    {'.', "floor", false, 0xe8e4d8, "floor", ""},
    {'G', "goal", false, 0x48b058, "goal", ""},
};

const WorldTileKind *world_standard_kinds(int *n)
{
  *n = (int)(sizeof standard_kinds / sizeof standard_kinds[0]);
  return standard_kinds;
}

bool world_in_map(const World *w, int x, int y)
{
  return x >= 0 && y >= 0 && x < w->w && y < w->h;
}

char world_cell(const World *w, int x, int y)
{
  return world_in_map(w, x, y) ? w->cells[y * WORLD_MAX_SIDE + x] : '#';
}

int world_items_at(const World *w, int x, int y)
{
  return world_in_map(w, x, y) ? w->items[y * WORLD_MAX_SIDE + x] : 0;
}

const WorldTileKind *world_kind(const World *w, char ch)
{
  /* A world built by hand (a test) has no kinds of its own: it gets the standard ones. */
  const WorldTileKind *kinds = w->kinds;
  int n = w->nkinds;
  if (!kinds)
    kinds = world_standard_kinds(&n);
  for (int i = 0; i < n; i++)
    if (kinds[i].ch == ch)
      return &kinds[i];
  return NULL;
}

bool world_can_enter(const World *w, int x, int y)
{
  if (!world_in_map(w, x, y))
    return false;
  const WorldTileKind *k = world_kind(w, world_cell(w, x, y));
  return k && !k->solid; /* an unknown character is never entered */
}

/* The square one step from (x, y) in direction d. */
static void step_from(int x, int y, WorldDir d, int *nx, int *ny)
{
  static const int dx[4] = {0, 1, 0, -1}, dy[4] = {-1, 0, 1, 0};
  *nx = x + dx[d];
  *ny = y + dy[d];
}

void world_ahead(const World *w, int *x, int *y)
{
  step_from(w->robot_x, w->robot_y, w->dir, x, y);
}

/* Every action counts as a step, a bump or an empty pick_up included: the robot tried. */
WorldResult world_forward(World *w)
{
  int x, y;
  w->steps++;
  world_ahead(w, &x, &y);
  if (!world_can_enter(w, x, y))
    return WORLD_BUMP;
  w->robot_x = x;
  w->robot_y = y;
  world_look(w);
  return WORLD_OK;
}

void world_look(World *w)
{
  if (!w->fog)
    return;
  for (int y = w->robot_y - 1; y <= w->robot_y + 1; y++)
    for (int x = w->robot_x - 1; x <= w->robot_x + 1; x++)
      if (world_in_map(w, x, y)) {
        int i = y * WORLD_MAX_SIDE + x;
        w->seen[i / 8] |= (unsigned char)(1u << (i % 8));
      }
}

bool world_seen(const World *w, int x, int y)
{
  if (!w->fog)
    return true;
  if (!world_in_map(w, x, y))
    return false;
  int i = y * WORLD_MAX_SIDE + x;
  return w->seen[i / 8] & (1u << (i % 8));
}

void world_turn_left(World *w)
{
  w->steps++;
  w->dir = (WorldDir)((w->dir + 3) % 4);
}

void world_turn_right(World *w)
{
  w->steps++;
  w->dir = (WorldDir)((w->dir + 1) % 4);
}

WorldResult world_pick_up(World *w)
{
  w->steps++;
  int i = w->robot_y * WORLD_MAX_SIDE + w->robot_x;
  if (!world_in_map(w, w->robot_x, w->robot_y) || w->items[i] == 0)
    return WORLD_NOTHING_HERE;
  w->items[i]--;
  w->items_left--;
  w->items_collected++;
  return WORLD_OK;
}

static bool path_towards(const World *w, WorldDir d)
{
  int x, y;
  step_from(w->robot_x, w->robot_y, d, &x, &y);
  return world_can_enter(w, x, y);
}

bool world_path_ahead(const World *w)
{
  return path_towards(w, w->dir);
}

bool world_path_left(const World *w)
{
  return path_towards(w, (WorldDir)((w->dir + 3) % 4));
}

bool world_path_right(const World *w)
{
  return path_towards(w, (WorldDir)((w->dir + 1) % 4));
}

bool world_at_goal(const World *w)
{
  return world_cell(w, w->robot_x, w->robot_y) == 'G';
}

bool world_item_here(const World *w)
{
  return world_items_at(w, w->robot_x, w->robot_y) > 0;
}

const char *world_dir_name(WorldDir d)
{
  static const char *const names[4] = {"north", "east", "south", "west"};
  return (unsigned)d < 4 ? names[d] : "north";
}

bool world_dir_parse(const char *name, WorldDir *out)
{
  for (int d = 0; d < 4; d++)
    if (strcmp(name, world_dir_name((WorldDir)d)) == 0) {
      *out = (WorldDir)d;
      return true;
    }
  return false;
}
