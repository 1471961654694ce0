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
#include "block_view.h"
#include "code_view.h"
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
  bool told[PACK_MAX_LEVELS];     /* a broken level's error went to stderr (once is enough) */
  char *kept[PACK_MAX_LEVELS];    /* the program when nothing is written (a guest): in memory
                                     until another player starts, NULL for none */
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
  double platform_open_ms;    /* start-up spent in SDL: video, window, renderer (benchmark) */
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
  CodeView *cv;     /* the code editor widget */
  TextEd *ed;       /* its text model (borrowed from cv) */
  World world;      /* the world drawn this pass */
  RunTrace *trace;
  Replay replay;
  int shown_frame;  /* last frame whose sound played */
  bool recorded;    /* the finished run went to the progress log */
  bool editor_focus; /* put the keyboard in the editor on the next pass */
  int hints_shown;  /* 0: none yet */
  int blocks_now;   /* blocks in the text as it stands (-1: it does not parse) */
  unsigned long counted_change, saved_change;
  uint64_t change_ms; /* when the text last changed */
  uint64_t level_start_ms;
  uint64_t result_ms;  /* when the result showed (celebration timing) */
  uint64_t result_due_ms; /* the result shows a moment after the robot arrives; 0: none due */
  /* Between two steps of a replay only the robot moves: with the software renderer (whose
     target keeps its pixels) such frames redraw the world view's rectangle alone. */
  SDL_Rect world_rect;
  int hover;        /* which remembered widget the mouse was over (-1 none) */
  int drawn_world_frame, drawn_line_frame;

  /* the Blocks/Text views and hot reload: screen_challenge.c owns these */
  BlockView *bv;        /* the block editor (NULL: none, out of memory) */
  BlockPalette palette; /* the open level's blocks; bv borrows it */
  bool palette_ok;
  bool blocks;          /* the blocks view is on show (else the text) */
  bool blocks_focus;    /* the block view held the keyboard after the last pass */
  bool run_blocks;      /* the view Run was pressed in (the progress log's view) */
  unsigned long blocks_taken; /* block_view_changed when its text last went to the editor */
  unsigned long blocks_run;   /* the same when the last run started (the error bubble) */
  SDL_Rect blocks_rect; /* where the view was laid out, and at which font size */
  int blocks_px;
  long long level_mtime_ns, level_size; /* the level file when last read */
  uint64_t level_checked_ms;
  bool level_broken;    /* the file on disk has a problem: level_error says what */
  LevelError level_error;

  /* the teacher's screens (screen_teacher.c, screen_editor.c) */
  bool teacher;                 /* --teacher or `teacher = yes`: the Teacher button shows */
  struct TeacherView *teach;    /* the class grid's state, NULL until first shown */
  struct LevelEditor *editor;   /* the level being made, NULL until the editor opens */
  bool editor_trial;            /* the challenge plays the editor's level: nothing recorded */
};

/* Each screen: one pass that lays out, reacts to g->ui and draws. */
void screen_pupil(Game *g);
void screen_map(Game *g);
void screen_challenge(Game *g);
void screen_result(Game *g);
void screen_settings(Game *g);
void screen_teacher(Game *g);
void screen_editor(Game *g);
void screen_teacher_free(Game *g);
void screen_teacher_open(Game *g); /* reads the progress folder again and shows the grid */
bool screen_teacher_setting(void);  /* `teacher = yes` in the teacher's settings.txt */
void screen_editor_free(Game *g);
/* Opens the editor on a copy of lv, or on a blank level when lv is NULL. */
void screen_editor_open(Game *g, const Level *lv);
/* While the editor's level is tried (g->editor_trial), where game_go really goes: back to
   the editor instead of the map, and to it when the teacher's program solved the level. */
GameScreen screen_editor_route(Game *g, GameScreen s);

/* Shared by the screens (game.c). */
void game_go(Game *g, GameScreen s);
void game_apply_settings(Game *g); /* theme, sound, language after a change */
void game_save_settings(Game *g);
bool game_open_level(Game *g, int pack_i, int level_i);
void game_load_map(Game *g);       /* levels and the pupil's stars */
const char *game_word(const char *key); /* messages_get */
/* The top bar: a back button on the left (back_key NULL: none) that goes to back_to, the
   title, and a Settings button on the right when settings is true. Returns the area below. */
SDL_Rect game_top_bar(Game *g, const char *title, const char *back_key, GameScreen back_to,
                      bool settings);
void game_clear(Game *g);
/* Scrolls view (content_h pixels of content) with the wheel, and so that the keyboard focus
   stays visible when it is on widget first or later (the ones before are fixed). */
void game_follow_focus(Game *g, SDL_Rect view, int content_h, int first);
/* Saves the program now when it changed since the last save. */
void game_save_program(Game *g);
/* Runs the program in the editor (the trace replaces the old one) and starts the replay. */
void game_run_program(Game *g, bool step_only);

/* The Blocks/Text views and hot reload (screen_challenge.c). open: after a level's program is
   in the editor (chooses the view by Level.mode and the pupil's remembered one); close: frees
   the view; sync: the blocks' text into the editor (before saving or running); refresh: the
   editor's text into the blocks (after game_set_program); poll: reloads the level file when it
   changed on disk (checked at most once a second); reload: at once (F5). */
void screen_challenge_open(Game *g);
void screen_challenge_close(Game *g);
void screen_challenge_sync(Game *g);
void screen_challenge_refresh(Game *g);
bool screen_challenge_poll(Game *g, uint64_t now);
bool screen_challenge_reload(Game *g);
int screen_challenge_wait_ms(const Game *g, uint64_t now); /* -1: no check due */

#endif
