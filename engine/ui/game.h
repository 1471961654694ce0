/* game.h: the game from outside: the CLI calls game_main and game_screenshot_cli; tests and
   the screenshot path drive a Game (the App of app.h, opaque here) through this small facade:
   frames, synthetic events, pressing a button by its words, reading what the screen shows and
   what the session holds. Nothing here reaches into a screen's state to change it. */
#ifndef GAME_H
#define GAME_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

#include "block_view.h"
#include "level.h"
#include "pack.h"
#include "replay.h"
#include "settings.h"
#include "theme.h"
#include "world.h"

typedef struct {
  const char *levels_dir;   /* extra level folder (--levels), NULL for none */
  const char *progress_dir; /* --progress, NULL for the default */
  bool fullscreen;
  bool read_only; /* screenshots: default settings, nothing saved or recorded */
  bool teacher;   /* --teacher: the teacher's screens (also `teacher = yes`) */
} GameOptions;

typedef enum {
  SCREEN_PUPIL,     /* Who are you? */
  SCREEN_MAP,       /* the packs and their levels */
  SCREEN_CHALLENGE, /* world, story, editor, run controls */
  SCREEN_RESULT,    /* stars, or what went wrong */
  SCREEN_SETTINGS,
  SCREEN_TEACHER, /* the class grid (teacher setting only) */
  SCREEN_EDITOR,  /* the level editor (teacher setting only) */
} GameScreen;

typedef struct App Game;

#define GAME_SAVE_DELAY_MS 1000 /* the program is saved this long after the last change */

int game_main(const GameOptions *opt);

/* codebridge screenshot LEVEL [--program FILE] [--size WxH] [--at STEP] [--screen NAME] [--levels
   DIR]
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
int game_wait_ms(Game *g);
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
/* The words the last run ended with (what the result screen shows), "" when nothing ran. */
const char *game_last_message(const Game *g);

/* --- reading the screen (tests) ---------------------------------------------------------- */
/* The words of the widget with the keyboard focus, and where it is; NULL when the focus ring
   is not showing (the mouse was used last). */
const char *game_focus(const Game *g, SDL_Rect *where);
/* The labelled widgets of the last pass: how many, and the i-th's words and place. */
int game_widget_count(const Game *g);
const char *game_widget(const Game *g, int i, SDL_Rect *where, bool *enabled);
/* The theme the screen is drawn with (sizes and colours to compare pixels against). */
const Theme *game_theme(const Game *g);
/* The block view on the challenge while it shows (NULL in the text view). */
BlockView *game_block_view(const Game *g);
/* The level editor's level as it stands (screen_editor.h), NULL when it never opened. */
const struct LevelEditor *game_editor(const Game *g);
const World *game_editor_map(const Game *g); /* its map, NULL the same */

/* --- reading and changing the session (tests) -------------------------------------------- */
/* The level on the challenge screen (NULL none) and where it is (pack and level index). */
const Level *game_level(const Game *g, int *pack_i, int *level_i);
/* The packs on the map. */
int game_pack_count(const Game *g);
const Pack *game_pack(const Game *g, int i);
/* The teacher's `unlock_all` for this game (tests switch it on without a settings file). */
void game_set_unlock_all(Game *g, bool on);
/* The level file on disk is broken (hot reload): its error, else NULL. */
const LevelError *game_level_error(const Game *g);
/* Where the replay is: REPLAY_STOPPED, _PLAYING, _PAUSED or _FINISHED. */
ReplayState game_replay_state(const Game *g);
/* The pupil's settings, and new ones applied (as the Settings screen does, not saved). */
Settings game_settings(const Game *g);
void game_set_settings(Game *g, const Settings *s);
/* Opens the level editor on a copy of this level (as its Edit button does). */
void game_edit_level(Game *g, const Level *lv);

#endif
