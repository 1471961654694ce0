/* world_pictures.c: goal and item pictures drawn by code, one small function a picture, in
   proportions of the square so they stay crisp at any size. Simple London shapes: a red bus
   stop sign, a shop awning, library columns, pier planks, a green bin, a red postbox, an
   Underground roundel. No images, no copied art. */
#include "world_pictures.h"

#include <string.h>

#include "widgets.h"

static SDL_Color rgb(unsigned v)
{
  return (SDL_Color){(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
}

static void fill(SDL_Renderer *r, int x, int y, int w, int h, unsigned c)
{
  SDL_Color k = rgb(c);
  SDL_SetRenderDrawColor(r, k.r, k.g, k.b, 255);
  SDL_RenderFillRect(r, &(SDL_Rect){x, y, w > 0 ? w : 1, h > 0 ? h : 1});
}

/* A part of the square: x, y, w, h in hundredths of its side. */
static void part(SDL_Renderer *r, SDL_Rect c, int x, int y, int w, int h, unsigned col)
{
  fill(r, c.x + c.w * x / 100, c.y + c.h * y / 100, c.w * w / 100, c.h * h / 100, col);
}

static void tri(SDL_Renderer *r, SDL_Rect c, const int p[6], unsigned col)
{
  SDL_Color k = rgb(col);
  SDL_Vertex v[3];
  for (int i = 0; i < 3; i++)
    v[i] = (SDL_Vertex){{(float)c.x + (float)c.w * (float)p[2 * i] / 100.0f,
                         (float)c.y + (float)c.h * (float)p[2 * i + 1] / 100.0f},
                        k,
                        {0, 0}};
  SDL_RenderGeometry(r, NULL, v, 3, NULL, 0);
}

static void disc(SDL_Renderer *r, SDL_Rect c, int x, int y, int rad, unsigned col)
{
  int d = c.w * rad / 100;
  widgets_disc(r, c.x + c.w * x / 100, c.y + c.h * y / 100, d > 0 ? d : 1, rgb(col));
}

/* ---- goals ---- */

static void bus_stop(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  part(r, c, 47, 30, 7, 58, contrast ? 0xffffff : 0x333333); /* the pole */
  widgets_round_rect(r, (SDL_Rect){c.x + c.w / 4, c.y + c.h * 14 / 100, c.w / 2, c.h * 34 / 100},
                     c.w / 16, rgb(0xc8102e));
  part(r, c, 33, 22, 34, 14, 0xffffff); /* a little white bus with red windows */
  part(r, c, 36, 24, 28, 5, 0xc8102e);
  disc(r, c, 40, 36, 4, 0xffffff);
  disc(r, c, 60, 36, 4, 0xffffff);
}

static void flag(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  part(r, c, 30, 15, 6, 72, contrast ? 0xffffff : 0x333333);
  static const int cloth[6] = {36, 15, 78, 28, 36, 42};
  tri(r, c, cloth, 0xc8102e);
}

static void shop(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  (void)contrast;
  part(r, c, 16, 30, 68, 58, 0xf3e6c8); /* the shopfront */
  for (int i = 0; i < 4; i++)           /* a striped awning */
    part(r, c, 12 + i * 19, 18, 19, 14, i % 2 ? 0xffffff : 0x2a8f4a);
  part(r, c, 24, 44, 24, 22, 0x8fd3ff); /* the window */
  part(r, c, 56, 44, 18, 44, 0x7a4a21); /* the door */
}

static void library(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  (void)contrast;
  static const int roof[6] = {12, 34, 50, 12, 88, 34};
  tri(r, c, roof, 0xd9d2c0);
  for (int i = 0; i < 4; i++) /* columns */
    part(r, c, 19 + i * 18, 36, 8, 40, 0xeeeae0);
  part(r, c, 12, 76, 76, 10, 0xb9b1a0); /* steps */
}

static void pier(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  (void)contrast;
  part(r, c, 8, 8, 84, 84, 0x3f7fc8); /* water */
  for (int i = 0; i < 4; i++)         /* planks */
    part(r, c, 22, 12 + i * 20, 56, 15, 0xa8743a);
  part(r, c, 20, 8, 5, 84, 0x6b4520); /* rails */
  part(r, c, 75, 8, 5, 84, 0x6b4520);
}

static void bin(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  (void)contrast;
  part(r, c, 28, 34, 44, 52, 0x2a7a3a);
  part(r, c, 22, 26, 56, 10, 0x1d5a2a); /* the lid */
  part(r, c, 44, 20, 12, 6, 0x1d5a2a);
  for (int i = 0; i < 3; i++)
    part(r, c, 35 + i * 11, 42, 4, 36, 0x4fa862);
}

static void school(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  (void)contrast;
  static const int roof[6] = {14, 38, 50, 14, 86, 38};
  tri(r, c, roof, 0x8a3b2a);
  part(r, c, 20, 38, 60, 50, 0xc9643f);
  disc(r, c, 50, 30, 6, 0xffffff); /* the clock */
  part(r, c, 43, 62, 14, 26, 0x3a2a1a);
  part(r, c, 25, 46, 12, 10, 0x8fd3ff);
  part(r, c, 63, 46, 12, 10, 0x8fd3ff);
}

static void post_office(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  (void)contrast;
  disc(r, c, 50, 30, 18, 0xc8102e); /* a pillar box: round top, red body, black slot */
  part(r, c, 32, 30, 36, 56, 0xc8102e);
  part(r, c, 28, 80, 44, 8, 0x222222);
  part(r, c, 38, 34, 24, 5, 0x222222);
  part(r, c, 42, 48, 16, 10, 0xf2c94c);
}

static void home(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  (void)contrast;
  static const int roof[6] = {12, 44, 50, 12, 88, 44};
  tri(r, c, roof, 0x5a4a8a);
  part(r, c, 22, 44, 56, 44, 0xf2e2c0);
  part(r, c, 44, 62, 14, 26, 0x2f6fd0);
  part(r, c, 27, 52, 12, 10, 0x8fd3ff);
}

static void station(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  (void)contrast;
  disc(r, c, 50, 50, 34, 0xdc241f); /* the roundel: a red ring with a blue bar */
  disc(r, c, 50, 50, 22, 0xffffff);
  part(r, c, 8, 43, 84, 14, 0x0019a8);
}

static void park_gate(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  unsigned iron = contrast ? 0xffffff : 0x222222;
  part(r, c, 14, 20, 10, 68, iron);
  part(r, c, 76, 20, 10, 68, iron);
  part(r, c, 14, 20, 72, 6, iron);
  for (int i = 0; i < 5; i++)
    part(r, c, 28 + i * 10, 26, 3, 54, iron);
  disc(r, c, 19, 18, 6, 0xd4af37);
  disc(r, c, 81, 18, 6, 0xd4af37);
}

void world_pictures_goal(SDL_Renderer *r, SDL_Rect c, const char *name, bool contrast)
{
  static const struct {
    const char *name;
    void (*draw)(SDL_Renderer *, SDL_Rect, bool);
  } goals[] = {{"bus_stop", bus_stop},  {"flag", flag},
               {"shop", shop},          {"library", library},
               {"pier", pier},          {"bin", bin},
               {"school", school},      {"post_office", post_office},
               {"home", home},          {"station", station},
               {"park_gate", park_gate}};
  for (size_t i = 0; name && i < sizeof goals / sizeof goals[0]; i++)
    if (strcmp(name, goals[i].name) == 0)
      return goals[i].draw(r, c, contrast);
  bus_stop(r, c, contrast);
}

/* ---- items ---- */

static void parcel(SDL_Renderer *r, SDL_Rect c)
{
  part(r, c, 28, 30, 44, 40, 0x8a5a2b);
  part(r, c, 30, 32, 40, 36, 0xc08a4a);
  part(r, c, 47, 30, 6, 40, 0xe9d8a6); /* string */
  part(r, c, 28, 47, 44, 6, 0xe9d8a6);
}

static void litter(SDL_Renderer *r, SDL_Rect c)
{
  static const int packet[6] = {28, 66, 44, 28, 72, 58};
  tri(r, c, packet, 0xd6336c); /* a crumpled crisp packet */
  static const int fold[6] = {40, 60, 52, 38, 64, 56};
  tri(r, c, fold, 0xf4a3c0);
  disc(r, c, 66, 68, 5, 0xb0b0b0);
}

static void letter(SDL_Renderer *r, SDL_Rect c)
{
  part(r, c, 24, 34, 52, 34, 0x555555);
  part(r, c, 25, 35, 50, 32, 0xffffff);
  static const int flap[6] = {25, 35, 50, 54, 75, 35};
  tri(r, c, flap, 0xdedede);
  part(r, c, 64, 38, 8, 9, 0xc8102e); /* the stamp */
}

static void fruit(SDL_Renderer *r, SDL_Rect c)
{
  disc(r, c, 50, 54, 20, 0xf28c28);
  disc(r, c, 44, 48, 6, 0xffc27a);
  part(r, c, 48, 26, 4, 12, 0x6b4520);
  static const int leaf[6] = {52, 32, 66, 24, 60, 36};
  tri(r, c, leaf, 0x3a9a3a);
}

static void book(SDL_Renderer *r, SDL_Rect c)
{
  part(r, c, 28, 28, 44, 46, 0x2f5fb0);
  part(r, c, 28, 28, 8, 46, 0x1d3d7a);
  part(r, c, 42, 38, 24, 5, 0xffffff);
}

static void crumb(SDL_Renderer *r, SDL_Rect c)
{
  disc(r, c, 40, 50, 8, 0xd9a35a);
  disc(r, c, 58, 44, 6, 0xe8c07a);
  disc(r, c, 56, 60, 5, 0xc98a3a);
}

void world_pictures_item(SDL_Renderer *r, SDL_Rect c, const char *name, int count)
{
  static const struct {
    const char *name;
    void (*draw)(SDL_Renderer *, SDL_Rect);
  } items[] = {{"parcel", parcel}, {"litter", litter}, {"letter", letter},
               {"fruit", fruit},   {"book", book},     {"crumb", crumb}};
  void (*draw)(SDL_Renderer *, SDL_Rect) = parcel;
  for (size_t i = 0; name && i < sizeof items / sizeof items[0]; i++)
    if (strcmp(name, items[i].name) == 0)
      draw = items[i].draw;
  draw(r, c);
  for (int i = 1; i < count && i < 4; i++) /* more than one: small dots in a row below */
    widgets_disc(r, c.x + c.w / 8 + i * c.w / 6, c.y + c.h * 86 / 100, c.w / 16 + 1, rgb(0x555555));
}

/* Fog: a square Robo has not been near, soft grey with a few wisps; what lies under it
   (walls, items, the goal) stays hidden until Robo comes close. */
void world_pictures_fog(SDL_Renderer *r, SDL_Rect c, bool contrast)
{
  fill(r, c.x, c.y, c.w, c.h, contrast ? 0x404040 : 0xc9ced6);
  unsigned wisp = contrast ? 0x707070 : 0xe4e8ee;
  int t = c.h / 12 > 0 ? c.h / 12 : 1;
  fill(r, c.x + c.w / 8, c.y + c.h / 3, c.w / 2, t, wisp);
  fill(r, c.x + c.w * 3 / 8, c.y + c.h * 2 / 3, c.w / 2, t, wisp);
}
