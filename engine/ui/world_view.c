/* world_view.c: the board drawn from filled rectangles, spans and triangles (no images, no
   copied art): London-flavoured but simple. Reads a World; never changes it.
   Must not know about runs, replays or screens. */
#include "world_view.h"

#include <math.h>
#include <string.h>

#include "widgets.h"
#include "world_pictures.h"

#define PI_F 3.14159265f

static SDL_Color rgb(unsigned v)
{
  return (SDL_Color){(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
}

static SDL_Color shade(SDL_Color c, float f) /* f < 1 darker, > 1 lighter */
{
  float v[3] = {c.r * f, c.g * f, c.b * f};
  if (f > 1)
    for (int i = 0; i < 3; i++)
      v[i] = 255 - (255 - (float)(&c.r)[i]) * (2 - f);
  for (int i = 0; i < 3; i++)
    v[i] = v[i] < 0 ? 0 : v[i] > 255 ? 255 : v[i];
  return (SDL_Color){(Uint8)v[0], (Uint8)v[1], (Uint8)v[2], c.a};
}

static void fill(SDL_Renderer *r, int x, int y, int w, int h, SDL_Color c)
{
  SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
  SDL_RenderFillRect(r, &(SDL_Rect){x, y, w, h});
}

WorldViewPose world_view_pose(const World *w)
{
  WorldViewPose p = {(float)w->robot_x, (float)w->robot_y, (float)w->dir, 0, 0, 0};
  return p;
}

SDL_Rect world_view_board(SDL_Rect area, const World *w, int *tile)
{
  int cols = w->w > 0 ? w->w : 1, rows = w->h > 0 ? w->h : 1;
  int ts = area.w / cols < area.h / rows ? area.w / cols : area.h / rows;
  if (ts < 2)
    ts = 2;
  *tile = ts;
  return (SDL_Rect){area.x + (area.w - ts * cols) / 2, area.y + (area.h - ts * rows) / 2, ts * cols,
                    ts * rows};
}

/* A brick building: rows of bricks offset by half a brick every other row. */
static void draw_wall(SDL_Renderer *r, SDL_Rect c, SDL_Color base)
{
  fill(r, c.x, c.y, c.w, c.h, base);
  SDL_Color mortar = shade(base, 0.7f);
  int rows = 4, line = c.h / 28 > 0 ? c.h / 28 : 1;
  for (int i = 1; i <= rows; i++) {
    int y = c.y + c.h * i / rows - line;
    fill(r, c.x, y, c.w, line, mortar);
    int off = (i % 2) ? c.w / 4 : c.w * 3 / 4;
    fill(r, c.x + off, c.y + c.h * (i - 1) / rows, line, c.h / rows, mortar);
  }
}

/* One paving slab a square: a child counting squares counts slabs, so nothing inside a square
   may look like an edge (a 2x2 pattern read as four squares). A darker rim marks its edge. */
static void draw_floor(SDL_Renderer *r, SDL_Rect c, SDL_Color base)
{
  fill(r, c.x, c.y, c.w, c.h, shade(base, 0.86f));
  int rim = c.w / 16 > 0 ? c.w / 16 : 1;
  fill(r, c.x + rim, c.y + rim, c.w - 2 * rim, c.h - 2 * rim, base);
}

/* The goal square: a frame in the goal colour round the level's goal picture (a bus stop, a
   shop, a library ...: world_pictures.c). */
static void draw_goal(SDL_Renderer *r, SDL_Rect c, SDL_Color base, bool contrast, const World *w)
{
  fill(r, c.x, c.y, c.w, c.h, shade(base, 1.55f));
  int m = c.w / 10 > 0 ? c.w / 10 : 1, t = m / 2 + 1;
  fill(r, c.x + m / 2, c.y + m / 2, c.w - m, t, base); /* a frame in the goal colour */
  fill(r, c.x + m / 2, c.y + c.h - m / 2 - t, c.w - m, t, base);
  fill(r, c.x + m / 2, c.y + m / 2, t, c.h - m, base);
  fill(r, c.x + c.w - m / 2 - t, c.y + m / 2, t, c.h - m, base);
  world_pictures_goal(r, c, w->goal_picture, contrast);
}

static void draw_water(SDL_Renderer *r, SDL_Rect c, SDL_Color base)
{
  fill(r, c.x, c.y, c.w, c.h, base);
  SDL_Color wave = shade(base, 1.4f);
  int t = c.h / 20 > 0 ? c.h / 20 : 1;
  for (int i = 1; i <= 3; i++) {
    int y = c.y + c.h * i / 4, off = (i % 2) ? c.w / 8 : c.w / 3;
    fill(r, c.x + off, y, c.w / 3, t, wave);
  }
}

static void draw_grass(SDL_Renderer *r, SDL_Rect c, SDL_Color base)
{
  fill(r, c.x, c.y, c.w, c.h, base);
  SDL_Color tuft = shade(base, 0.75f);
  int t = c.w / 14 > 0 ? c.w / 14 : 1;
  static const float spots[5][2] = {{.2f, .25f}, {.65f, .2f}, {.4f, .55f}, {.8f, .7f}, {.2f, .8f}};
  for (int i = 0; i < 5; i++)
    fill(r, c.x + (int)(spots[i][0] * c.w), c.y + (int)(spots[i][1] * c.h), t, t * 2, tuft);
}

static void draw_road(SDL_Renderer *r, const Theme *th, SDL_Rect c, SDL_Color base)
{
  fill(r, c.x, c.y, c.w, c.h, base);
  int t = c.h / 16 > 0 ? c.h / 16 : 1;
  SDL_Color mark = theme_colour(th, THEME_WORLD_SIGN_INK);
  fill(r, c.x + c.w / 8, c.y + c.h / 2 - t / 2, c.w / 4, t, mark);
  fill(r, c.x + c.w * 5 / 8, c.y + c.h / 2 - t / 2, c.w / 4, t, mark);
}

static void draw_tile(SDL_Renderer *r, const Theme *t, SDL_Rect c, const World *w, char ch)
{
  const WorldTileKind *k = world_kind(w, ch);
  SDL_Color base = k ? rgb(k->colour) : theme_colour(t, THEME_WORLD_UNKNOWN);
  const char *shape = k ? k->shape : "wall";
  if (strcmp(shape, "wall") == 0)
    draw_wall(r, c, base);
  else if (strcmp(shape, "goal") == 0)
    draw_goal(r, c, base, t->high_contrast, w);
  else if (strcmp(shape, "water") == 0)
    draw_water(r, c, base);
  else if (strcmp(shape, "grass") == 0)
    draw_grass(r, c, base);
  else if (strcmp(shape, "road") == 0)
    draw_road(r, t, c, base);
  else
    draw_floor(r, c, base);
}

/* Points of the robot in its own frame (north up, units of one tile, centre at 0,0), turned
   by angle and placed at (cx, cy). */
static SDL_FPoint place(float px, float py, float angle, float cx, float cy, float ts)
{
  float s = sinf(angle), c = cosf(angle);
  return (SDL_FPoint){cx + (px * c - py * s) * ts, cy + (px * s + py * c) * ts};
}

static void polygon(SDL_Renderer *r, const SDL_FPoint *pts, int n, SDL_Color col)
{
  SDL_Vertex v[16];
  int idx[42], k = 0;
  for (int i = 0; i < n; i++)
    v[i] = (SDL_Vertex){pts[i], col, {0, 0}};
  for (int i = 1; i + 1 < n; i++) { /* a fan: every robot shape is convex */
    idx[k++] = 0;
    idx[k++] = i;
    idx[k++] = i + 1;
  }
  SDL_RenderGeometry(r, NULL, v, n, idx, k);
}

static void draw_robot(SDL_Renderer *r, const Theme *t, SDL_Rect board, int ts,
                       const WorldViewPose *p)
{
  float hop = p->hop > 0 ? sinf(p->hop * PI_F) * 0.18f : 0;
  float cx = board.x + (p->x + 0.5f + p->shake_x) * ts;
  float cy = board.y + (p->y + 0.5f + p->shake_y - hop) * ts;
  float a = p->turns * PI_F / 2;
  static const float body[8][2] = {{-.22f, -.34f}, {.22f, -.34f}, {.34f, -.22f}, {.34f, .3f},
                                   {.28f, .36f},   {-.28f, .36f}, {-.34f, .3f},  {-.34f, -.22f}};
  SDL_FPoint pts[8];
  for (int i = 0; i < 8; i++)
    pts[i] = place(body[i][0] * 1.1f, body[i][1] * 1.1f, a, cx, cy, (float)ts);
  polygon(r, pts, 8, theme_colour(t, THEME_ROBOT_EDGE));
  for (int i = 0; i < 8; i++)
    pts[i] = place(body[i][0] * .85f, body[i][1] * .85f, a, cx, cy, (float)ts);
  polygon(r, pts, 8, theme_colour(t, THEME_ROBOT_BODY));
  SDL_FPoint nose[3] = {place(0, -.52f, a, cx, cy, (float)ts),
                        place(.16f, -.36f, a, cx, cy, (float)ts),
                        place(-.16f, -.36f, a, cx, cy, (float)ts)};
  polygon(r, nose, 3, theme_colour(t, THEME_ROBOT_NOSE));
  for (int s = -1; s <= 1; s += 2) { /* eyes look the way the robot faces */
    SDL_FPoint e = place(s * .13f, -.12f, a, cx, cy, (float)ts);
    widgets_disc(r, (int)e.x, (int)e.y, ts / 9 > 1 ? ts / 9 : 1, theme_colour(t, THEME_ROBOT_EYE));
    SDL_FPoint pupil = place(s * .13f, -.16f, a, cx, cy, (float)ts);
    widgets_disc(r, (int)pupil.x, (int)pupil.y, ts / 20 > 1 ? ts / 20 : 1,
                 theme_colour(t, THEME_ROBOT_PUPIL));
  }
}

void world_view_draw(SDL_Renderer *r, const Theme *t, SDL_Rect area, const World *w,
                     const WorldViewPose *pose)
{
  int ts;
  SDL_Rect board = world_view_board(area, w, &ts);
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
  for (int y = 0; y < w->h; y++)
    for (int x = 0; x < w->w; x++) {
      SDL_Rect c = {board.x + x * ts, board.y + y * ts, ts, ts};
      if (!world_seen(w, x, y)) {
        world_pictures_fog(r, c, t->high_contrast);
        continue;
      }
      draw_tile(r, t, c, w, w->cells[y * WORLD_MAX_SIDE + x]);
      int n = w->items[y * WORLD_MAX_SIDE + x];
      if (n > 0)
        world_pictures_item(r, c, w->item_picture, n);
    }
  SDL_Color grid = theme_colour(t, THEME_WORLD_GRID);
  SDL_SetRenderDrawColor(r, grid.r, grid.g, grid.b, 255);
  int line = ts >= 40 ? 2 : 1; /* clear edges help counting squares, thicker on big squares */
  for (int x = 0; x <= w->w; x++)
    SDL_RenderFillRect(r,
                       &(SDL_Rect){board.x + x * ts - (x == w->w) * line, board.y, line, board.h});
  for (int y = 0; y <= w->h; y++)
    SDL_RenderFillRect(r,
                       &(SDL_Rect){board.x, board.y + y * ts - (y == w->h) * line, board.w, line});
  draw_robot(r, t, board, ts, pose);
}
