/* ui_harness.h: the helpers the UI tests (tests/test_ui_*.c) share to drive the real game loop:
   synthetic SDL key, text and mouse events, frames, clicks on a button (by its words) or on a
   square of the editor's map, an offscreen game, the per-run temp folder and class lists in it;
   and a block view on a software renderer (Rig).
   Tests only: static inline so a test that uses a part compiles the rest without warnings.
   The game is reached only through game.h's facade: no test reads the App's fields. */
#ifndef UI_HARNESS_H
#define UI_HARNESS_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL.h>

#include "block_view.h"
#include "fileio.h"
#include "game.h"
#include "level.h"
#include "paths.h"

/* A key press. Only the key-down: the platform layer reads no SDL_KEYUP. */
static inline void push_key(SDL_Keycode k)
{
  SDL_Event e = {0};
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = k;
  e.key.state = SDL_PRESSED;
  SDL_PushEvent(&e);
}

/* Typed text, as SDL sends it for a key that makes characters. */
static inline void push_text(const char *s)
{
  SDL_Event e = {0};
  e.type = SDL_TEXTINPUT;
  snprintf(e.text.text, sizeof e.text.text, "%s", s);
  SDL_PushEvent(&e);
}

/* A left-button event: SDL_MOUSEBUTTONDOWN, SDL_MOUSEBUTTONUP, or SDL_MOUSEMOTION with the
   button held (a drag). */
static inline void push_mouse(Uint32 type, int x, int y)
{
  SDL_Event e = {0};
  e.type = type;
  if (type == SDL_MOUSEMOTION) {
    e.motion.x = x;
    e.motion.y = y;
    e.motion.state = SDL_BUTTON_LMASK;
  } else {
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.button.clicks = 1;
    e.button.x = x;
    e.button.y = y;
  }
  SDL_PushEvent(&e);
}

/* A whole left click (down, then up) at one point, not yet read by any frame. */
static inline void push_click(int x, int y)
{
  push_mouse(SDL_MOUSEBUTTONDOWN, x, y);
  push_mouse(SDL_MOUSEBUTTONUP, x, y);
}

/* n frames of the game loop without waiting: each reads the events queued so far. */
static inline void frames(Game *g, int n)
{
  for (int i = 0; i < n; i++)
    game_frame(g, 0);
}

/* A key press and the frame that reads it. */
static inline void key(Game *g, SDL_Keycode k)
{
  push_key(k);
  frames(g, 1);
}

/* A click at a point and two frames: one to act on it, one to draw the result. */
static inline void click_at(Game *g, int x, int y)
{
  push_click(x, y);
  frames(g, 2);
}

/* The middle of the button with these words as last drawn; false (and says so) when the
   screen shows no such button. */
static inline bool button_centre(const Game *g, const char *label, int *x, int *y)
{
  SDL_Rect r;
  if (!game_find_button(g, label, &r)) {
    fprintf(stderr, "no button \"%s\" on screen %d\n", label, (int)game_screen(g));
    return false;
  }
  *x = r.x + r.w / 2;
  *y = r.y + r.h / 2;
  return true;
}

/* Queues a click on the button with these words, for the caller's own frames to read. */
static inline bool push_click_on(const Game *g, const char *label)
{
  int x, y;
  if (!button_centre(g, label, &x, &y))
    return false;
  push_click(x, y);
  return true;
}

/* Clicks the button with these words and runs the two frames that act on it. */
static inline bool click(Game *g, const char *label)
{
  int x, y;
  if (!button_centre(g, label, &x, &y))
    return false;
  click_at(g, x, y);
  return true;
}

/* Where the keyboard focus was drawn in the last pass. */
static inline SDL_Rect focus_rect(const Game *g)
{
  SDL_Rect r;
  game_focus(g, &r);
  return r;
}

/* The keyboard focus is on the widget drawn at r. */
static inline bool focus_at(const Game *g, SDL_Rect r)
{
  SDL_Rect f = focus_rect(g);
  return SDL_RectEquals(&f, &r);
}

/* The button with these words as last drawn, and whether it could be pressed. */
static inline bool find_widget(const Game *g, const char *label, SDL_Rect *r, bool *enabled)
{
  for (int i = 0; i < game_widget_count(g); i++)
    if (strcmp(game_widget(g, i, r, enabled), label) == 0)
      return true;
  return false;
}

/* Clicks square (x, y) of the level editor's map; false when no map is on screen. */
static inline bool paint(Game *g, int x, int y)
{
  SDL_Rect b;
  if (!game_find_button(g, "editor map", &b))
    return false;
  const World *map = game_editor_map(g);
  if (!map)
    return false;
  click_at(g, b.x + (2 * x + 1) * b.w / (2 * map->w), b.y + (2 * y + 1) * b.h / (2 * map->h));
  return true;
}

/* An offscreen game keeping progress in this folder, animations sped up time_scale times;
   NULL (the reason on stderr) when it cannot start. */
static inline Game *start_game(const char *progress, int w, int h, bool teacher, double time_scale)
{
  char err[512];
  GameOptions opt = {0};
  opt.progress_dir = progress;
  opt.teacher = teacher;
  Game *g = game_new(&opt, true, w, h, err, sizeof err);
  if (!g) {
    fprintf(stderr, "%s\n", err);
    return NULL;
  }
  game_set_time_scale(g, time_scale);
  return g;
}

/* /tmp/codebridge-NAME-PID, made: each run's own folder, so parallel runs never meet. */
static inline void temp_root(char *out, size_t cap, const char *name)
{
  snprintf(out, cap, "/tmp/codebridge-%s-%d", name, (int)getpid());
  mkdir(out, 0755);
}

/* Points the game's settings at DIR/SUB (made first when make is set), never the real home. */
static inline void use_config_home(const char *dir, const char *sub, bool make)
{
  char path[600];
  snprintf(path, sizeof path, "%s/%s", dir, sub);
  if (make)
    mkdir(path, 0755);
  setenv("XDG_CONFIG_HOME", path, 1);
}

/* Writes the class list DIR/classes/CLASS.txt (one pupil a line), making classes/ first. */
static inline bool write_roster(const char *dir, const char *cls, const char *names)
{
  char path[600], err[256];
  snprintf(path, sizeof path, "%s/classes", dir);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/classes/%s.txt", dir, cls);
  if (fileio_write_atomic(path, names, strlen(names), err, sizeof err))
    return true;
  fprintf(stderr, "%s\n", err);
  return false;
}

/* Removes a temp folder and all in it; says so when it could not. */
static inline void remove_tree(const char *dir)
{
  char rm[700];
  snprintf(rm, sizeof rm, "rm -rf '%s'", dir);
  if (system(rm) != 0)
    fprintf(stderr, "could not remove %s\n", dir);
}

/* A block view alone on a w x h software-rendered surface, with the palette of a level (lv,
   owned by the rig) or the standard one (lv NULL). */
typedef struct {
  SDL_Surface *surf;
  SDL_Renderer *r;
  Text *text;
  Theme theme;
  BlockPalette pal;
  BlockView *v;
  Level *lv;
} Rig;

/* Opens the rig; the level is Lua source (NULL for none), the theme that of a theme_w x
   theme_h screen at this text size (a small view as a part of a larger screen). False, and
   why on stderr, when anything is missing. */
static inline bool rig_open_themed(Rig *g, int w, int h, const char *level_src, int text_step,
                                   int theme_w, int theme_h)
{
  char dir[1200], err[256];
  memset(g, 0, sizeof *g);
  if (level_src) {
    LevelError le;
    g->lv = level_load_text("session.lua", level_src, strlen(level_src), &le);
    if (!g->lv) {
      fprintf(stderr, "level: %s:%d: %s\n", le.file, le.line, le.message);
      return false;
    }
  }
  g->surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  g->r = g->surf ? SDL_CreateSoftwareRenderer(g->surf) : NULL;
  g->text =
      g->r ? text_new(g->r, paths_data(dir, sizeof dir, "assets/fonts"), err, sizeof err) : NULL;
  if (!g->text) {
    fprintf(stderr, "rig: %s\n", g->r ? err : SDL_GetError());
    return false;
  }
  theme_init(&g->theme, false, text_step, theme_w, theme_h);
  if (!block_palette_init(&g->pal, g->lv, "en"))
    return false;
  g->v = block_view_new(g->text, &g->theme, &g->pal);
  if (g->v)
    block_view_set_rect(g->v, (SDL_Rect){0, 0, w, h});
  return g->v != NULL;
}

/* The rig with a level's palette, themed as a w x h screen at the default text size. */
static inline bool rig_open_level(Rig *g, int w, int h, const char *level_src)
{
  return rig_open_themed(g, w, h, level_src, 1, w, h);
}

/* The rig with the standard palette. */
static inline bool rig_open(Rig *g, int w, int h)
{
  return rig_open_level(g, w, h, NULL);
}

static inline void rig_close(Rig *g)
{
  block_view_free(g->v);
  block_palette_deinit(&g->pal);
  text_free(g->text);
  SDL_DestroyRenderer(g->r);
  SDL_FreeSurface(g->surf);
  level_free(g->lv);
}

#endif
