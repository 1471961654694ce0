/* world.h: the grid world: tiles, items and the robot, and the rules of moves and sensors.
   Pure C: no SDL, no Lua. The runner drives it; the UI draws it; level callbacks change it
   through the world API of level.c. */
#ifndef WORLD_H
#define WORLD_H

#include <stdbool.h>

#define WORLD_MAX_SIDE 64
#define WORLD_MAX_TILE_KINDS 32

typedef enum { DIR_NORTH, DIR_EAST, DIR_SOUTH, DIR_WEST } WorldDir;

/* What a map character means. The standard kinds ('#', '.', 'G') come first; a level may add
   its own. Items ('*') and the robot are not tiles: they stand on floor. */
typedef struct {
  char ch;         /* the map character */
  char name[32];   /* e.g. "wall", "floor", "goal", "traffic light" */
  bool solid;      /* the robot cannot enter it */
  unsigned colour; /* 0xRRGGBB, for the view */
  char shape[16];  /* a drawing hint for the view: "wall", "water", "grass", "road", ... */
  char image[256]; /* optional: a small image file beside the level, "" for none */
} WorldTileKind;

typedef struct {
  int w, h;
  char cells[WORLD_MAX_SIDE * WORLD_MAX_SIDE];          /* tile characters, row-major */
  unsigned char items[WORLD_MAX_SIDE * WORLD_MAX_SIDE]; /* items lying on each square */
  int robot_x, robot_y;                                 /* 0-based column and row */
  WorldDir dir;
  int items_left, items_collected, steps;
  const WorldTileKind *kinds; /* borrowed from the Level */
  int nkinds;
  bool fog; /* the level hides squares Robo has not seen: seen[] says which it has */
  unsigned char seen[WORLD_MAX_SIDE * WORLD_MAX_SIDE / 8]; /* a bit a square, row-major */
  char goal_picture[16], item_picture[16]; /* what G and * look like ("" : the view's default) */
} World;

typedef enum { WORLD_OK, WORLD_BUMP, WORLD_NOTHING_HERE } WorldResult;

char world_cell(const World *w, int x, int y);            /* '#' off the map */
const WorldTileKind *world_kind(const World *w, char ch); /* NULL for an unknown character */
bool world_can_enter(const World *w, int x, int y);

WorldResult world_forward(World *w);
void world_turn_left(World *w);
void world_turn_right(World *w);
WorldResult world_pick_up(World *w);

bool world_path_ahead(const World *w);
bool world_path_left(const World *w);
bool world_path_right(const World *w);
bool world_at_goal(const World *w);
bool world_item_here(const World *w);

const char *world_dir_name(WorldDir d);

/* Fog: Robo sees its own square and the eight around it. world_look marks them seen (a move
   and the start call it); world_seen is true for every square when the level has no fog. */
void world_look(World *w);
bool world_seen(const World *w, int x, int y); /* "north", "east", "south", "west" */

/* Added by the level module. Actions (forward, turns, pick_up) each add one to steps, a bump
   or an empty pick_up included. Coordinates here are 0-based. */
const WorldTileKind *world_standard_kinds(int *n); /* '#', '.', 'G' */
bool world_in_map(const World *w, int x, int y);
int world_items_at(const World *w, int x, int y);      /* 0 off the map */
void world_ahead(const World *w, int *x, int *y);      /* the square in front of the robot */
bool world_dir_parse(const char *name, WorldDir *out); /* "north"... -> false when unknown */

#endif
