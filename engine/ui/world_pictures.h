/* world_pictures.h: the pictures a level names for its goal square (bus stop, shop, library,
   pier, bin, school, post office, house, station, park gate, flag) and its items (parcel,
   litter, letter, fruit, book, crumb), drawn by code from rectangles, discs and triangles in
   the board's style. Never a star-coin: the stars are the score. Knows no World or level. */
#ifndef WORLD_PICTURES_H
#define WORLD_PICTURES_H

#include <stdbool.h>

#include <SDL.h>

/* The goal picture name on square c (its goal-coloured background already drawn); an unknown
   or empty name draws the bus stop. contrast: the high-contrast theme. */
void world_pictures_goal(SDL_Renderer *r, SDL_Rect c, const char *name, bool contrast);
/* count items of the named kind on square c (empty or unknown: a parcel). */
void world_pictures_item(SDL_Renderer *r, SDL_Rect c, const char *name, int count);

/* A square hidden in fog (a level with `fog = true`, where Robo has not been near). */
void world_pictures_fog(SDL_Renderer *r, SDL_Rect c, bool contrast);

#endif
