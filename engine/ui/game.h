/* game.h: the game window: the screens a pupil plays, driven frame by frame. The CLI calls
   game_main and game_screenshot_cli; tests and the screenshot path drive a Game directly
   (offscreen or with SDL's dummy driver and synthetic events). */
#ifndef GAME_H
#define GAME_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

typedef struct {
  const char *levels_dir;   /* extra level folder (--levels), NULL for none */
  const char *progress_dir; /* --progress, NULL for the default */
  bool fullscreen;
  bool read_only;           /* screenshots: default settings, nothing saved or recorded */
  bool teacher;             /* --teacher: the teacher's screens (also `teacher = yes`) */
} GameOptions;

typedef enum {
  SCREEN_PUPIL,     /* Who are you? */
  SCREEN_MAP,       /* the packs and their levels */
  SCREEN_CHALLENGE, /* world, story, editor, run controls */
  SCREEN_RESULT,    /* stars, or what went wrong */
  SCREEN_SETTINGS,
  SCREEN_TEACHER,   /* the class grid (teacher setting only) */
  SCREEN_EDITOR,    /* the level editor (teacher setting only) */
} GameScreen;

typedef struct Game Game;

int game_main(const GameOptions *opt);

/* codebridge screenshot LEVEL [--program FILE] [--size WxH] [--at STEP] [--screen NAME] [--levels DIR]
   --out FILE.bmp; and `screenshot --bench` (prints start-up, memory and frame times). */
int game_screenshot_cli(int argc, char **argv);

/* A game in a window (offscreen false) or drawing into a w x h surface (no display).
   NULL with err filled when SDL, the fonts or the window fail. */
Game *game_new(const GameOptions *opt, bool offscreen, int w, int h, char *err, size_t errlen);
void game_free(Game *g); /* accepts NULL; saves the program being edited */

/* One turn of the loop: reads events (waiting up to wait_ms when nothing moves; < 0 waits
   for an event), moves animations on, draws when anything changed. False once quitting. */
bool game_frame(Game *g, int wait_ms);
/* How long the loop may sleep now: 0-16 ms while animating, until the autosave is due, or
   -1 (until the next event). */
int game_wait_ms(const Game *g);
/* Draws the current screen now, whether or not anything changed. */
void game_render(Game *g);

GameScreen game_screen(const Game *g);
void game_show(Game *g, GameScreen s);
SDL_Surface *game_surface(Game *g); /* the offscreen target, NULL with a window */
/* Animations run this many times faster (tests). */
void game_set_time_scale(Game *g, double scale);

/* For the screenshot path and tests: play as guest, open a level file as the challenge, set
   the editor's text, run it and hold the replay at a frame (-1: the end). */
void game_play_as(Game *g, const char *pupil, const char *class_name);
bool game_open_level_file(Game *g, const char *path, char *err, size_t errlen);
void game_set_program(Game *g, const char *text);
const char *game_program(const Game *g);
void game_run_to(Game *g, int frame);
/* Where the button with these words was on the last drawn picture (tests press it). */
bool game_find_button(const Game *g, const char *label, SDL_Rect *out);
/* The pupil playing ("Guest" for a guest). */
const char *game_pupil(const Game *g);
/* The outcome of the last run ("solved", ...) or "" when nothing ran; its stars. */
const char *game_last_outcome(const Game *g, int *stars);

#endif
