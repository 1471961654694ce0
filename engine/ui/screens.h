/* screens.h: the state the screens share (struct Game) and each screen's entry points.
   game.c owns the loop and the lifetime of everything here; each screen_*.c lays out, handles
   and draws one screen in a single immediate-mode pass. Only ui/ includes this header. */
#ifndef SCREENS_H
#define SCREENS_H

#include <stdbool.h>
#include <stdint.h>

#include "game.h"
#include "level.h"
#include "pack.h"
#include "platform.h"
#include "progress.h"
#include "replay.h"
#include "runner.h"
#include "settings.h"
#include "sound.h"
#include "text.h"
#include "texted.h"
#include "theme.h"
#include "widgets.h"

#define GAME_MAX_PACKS 32
#define GAME_SAVE_DELAY_MS 1000 /* the program is saved this long after the last change */

typedef struct {
  Pack *pack;
  Level *levels[PACK_MAX_LEVELS]; /* loaded when the map first shows; NULL: broken level */
  bool loaded;
  int best[PACK_MAX_LEVELS];      /* the pupil's best stars: -1 never tried, 0 not solved */
} GamePack;

struct Game {
  GameOptions opt;
  Platform platform;
  Text *text;
  Theme theme;
  Widgets ui;
  Sound *sound;
  Settings settings;
  char settings_file[1024];
  Input input;
  GameScreen screen;
  GameScreen settings_return; /* where Settings goes back to */
  bool dirty;                 /* draw again on the next frame */
  bool quit;
  uint64_t last_ms;
  double time_scale;          /* tests speed animations up */
  char message[256];          /* a note shown on the map (e.g. progress folder trouble) */

  /* who plays */
  char progress_dir[1024];
  bool progress_ok;
  char pupil[PROGRESS_NAME_MAX], class_name[PROGRESS_NAME_MAX];
  bool guest;
  ProgressNames *classes, *roster;
  int class_chosen; /* index into classes, -1 none */

  /* the map */
  GamePack packs[GAME_MAX_PACKS];
  int npacks;
  bool unlock_all;
  int scroll;       /* map scroll in pixels */

  /* the challenge */
  int pack_i, level_i;
  Level *level;     /* borrowed from packs */
  TextEd *ed;
  void *code_view;  /* the code editor widget, when built */
  RunTrace *trace;
  Replay replay;
  int shown_frame;  /* last frame whose sound played */
  bool recorded;    /* the finished run went to the progress log */
  bool editor_focus;
  int hints_shown;  /* 0: none yet */
  int blocks_now;   /* blocks in the text as it stands (-1: it does not parse) */
  unsigned long counted_change, saved_change;
  uint64_t change_ms; /* when the text last changed */
  uint64_t level_start_ms;
  uint64_t result_ms;  /* when the result showed (celebration timing) */
};

/* Each screen: one pass that lays out, reacts to g->ui and draws. */
void screen_pupil(Game *g);
void screen_map(Game *g);
void screen_challenge(Game *g);
void screen_result(Game *g);
void screen_settings(Game *g);

/* Shared by the screens (game.c). */
void game_go(Game *g, GameScreen s);
void game_apply_settings(Game *g); /* theme, sound, language after a change */
void game_save_settings(Game *g);
bool game_open_level(Game *g, int pack_i, int level_i);
void game_load_map(Game *g);       /* levels and the pupil's stars */
const char *game_word(const char *key); /* messages_get */
/* The top bar: a title, and on the right optional buttons; returns the area below it. */
SDL_Rect game_top_bar(Game *g, const char *title, SDL_Rect *right_slot);
void game_clear(Game *g);
/* Saves the program now when it changed since the last save. */
void game_save_program(Game *g);
/* Runs the program in the editor (the trace replaces the old one) and starts the replay. */
void game_run_program(Game *g, bool step_only);

#endif
