/* world_view.h: draws a World (tiles, items, goal, robot) into a rectangle with our own simple
   shapes, crisp at any size: brick walls, pavement, the level's goal and item pictures
   (world_pictures.h), fog over squares Robo has not seen.
   The robot's pose is passed separately so a replay can place it between squares. */
#ifndef WORLD_VIEW_H
#define WORLD_VIEW_H

#include <SDL.h>

#include "theme.h"
#include "world.h"

typedef struct {
  float x, y;  /* the robot's square (fractional while moving) */
  float turns; /* facing in quarter turns clockwise from north: 1 east (fractional turning) */
  float shake_x, shake_y; /* extra offset in squares while bumping */
  float hop;              /* 0 .. 1: a little jump of joy when solved */
} WorldViewPose;

/* The pose of the robot as the world says, standing still. */
WorldViewPose world_view_pose(const World *w);

/* The board rectangle: square tiles as big as fit in area, centred. */
SDL_Rect world_view_board(SDL_Rect area, const World *w, int *tile);

void world_view_draw(SDL_Renderer *r, const Theme *t, SDL_Rect area, const World *w,
                     const WorldViewPose *pose);

#endif
