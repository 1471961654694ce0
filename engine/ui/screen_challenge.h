/* screen_challenge.h: the challenge screen's own state, shared by its three files:
   screen_challenge.c (its life: opening a level, running, recording, autosave, the table),
   screen_challenge_views.c (the Text/Blocks views and hot reload of the level file) and
   screen_challenge_draw.c (layout, panels, controls). Only those files and the game facade
   (game.c, game_cli.c) include it; no other screen does. */
#ifndef SCREEN_CHALLENGE_H
#define SCREEN_CHALLENGE_H

#include "app.h"
#include "block_palette.h"
#include "block_view.h"
#include "code_view.h"
#include "replay.h"
#include "texted.h"
#include "world.h"

#define CHALLENGE_SAVE_DELAY_MS GAME_SAVE_DELAY_MS
#define CHALLENGE_RESULT_DELAY_MS 700  /* the robot's end is seen before the result covers it */
#define CHALLENGE_RELOAD_CHECK_MS 1000 /* how often the level file's time is looked at */

typedef struct {
  const Level *level;  /* borrowed: the session's (pack_i, level_i), or the editor's (trial) */
  int pack_i, level_i; /* where level is in the session (not for a trial) */
  bool trial;          /* the level editor's level: nothing saved or recorded, Back to the editor */
  CodeView *cv;        /* the code editor widget */
  TextEd *ed;          /* its text model (borrowed from cv) */
  World world;         /* the world drawn this pass */
  RunTrace *trace;     /* the last run */
  Replay replay;
  int shown_frame;   /* last frame whose sound played */
  bool recorded;     /* the finished run went to the progress log */
  bool editor_focus; /* put the keyboard in the editor on the next pass */
  int hints_shown;   /* 0: none yet */
  int blocks_now;    /* blocks in the text as it stands (-1: it does not parse) */
  unsigned long counted_change, saved_change;
  uint64_t change_ms;     /* when the text last changed */
  uint64_t result_due_ms; /* the result shows a moment after the robot arrives; 0: none due */
  /* Between two steps of a replay only the robot moves: with the software renderer (whose
     target keeps its pixels) such frames redraw the world view's rectangle alone. */
  SDL_Rect world_rect;
  int drawn_world_frame, drawn_line_frame;

  BlockView *bv;        /* the block editor (NULL: none, out of memory) */
  BlockPalette palette; /* the open level's blocks; bv borrows it */
  bool palette_ok;
  bool blocks;                /* the blocks view is on show (else the text) */
  bool blocks_focus;          /* the block view held the keyboard after the last pass */
  bool run_blocks;            /* the view Run was pressed in (the progress log's view) */
  unsigned long blocks_taken; /* block_view_changed when its text last went to the editor */
  unsigned long blocks_run;   /* the same when the last run started (the error bubble) */
  SDL_Rect blocks_rect;       /* where the view was laid out, and at which font size */
  int blocks_px;
  long long level_mtime_ns, level_size; /* the level file when last read */
  uint64_t level_checked_ms;
  bool level_broken; /* the file on disk has a problem: level_error says what */
  LevelError level_error;
  /* "predict, then run" (screen_challenge_predict.c) */
  bool asking;            /* Run was pressed: waiting for the pupil to choose a square */
  int guess_x, guess_y;   /* the square chosen for this run; -1: none */
  int cursor_x, cursor_y; /* the keyboard's square while asking */
} ChallengeScreen;

/* screen_challenge.c */
/* Runs the program in the editor (the trace replaces the old one) and starts the replay. */
void challenge_run(App *g, ChallengeScreen *c, bool step_only);
/* Saves the program now when it changed since the last save. */
void challenge_save(App *g, ChallengeScreen *c);
/* Leaves by the back button: to the map, or from a trial to the editor. */
void challenge_back(App *g, ChallengeScreen *c);
/* The editor's text changed from outside (tests, screenshots): blocks and counts follow. */
void challenge_set_program(App *g, ChallengeScreen *c, const char *text);
/* Runs and holds the replay at a frame (-1: the end), as the screenshot wants it. */
void challenge_run_to(App *g, ChallengeScreen *c, int frame);

/* screen_challenge_views.c. open: after a level's program is in the editor (chooses the view
   by Level.mode and the pupil's remembered one); close: frees the view; sync: the blocks' text
   into the editor (before saving or running); refresh: the editor's text into the blocks;
   poll: reloads the level file when it changed on disk (checked at most once a second);
   reload: at once (F5). */
void challenge_open_views(App *g, ChallengeScreen *c);
void challenge_close_views(ChallengeScreen *c);
void challenge_make_view(App *g, ChallengeScreen *c);
void challenge_sync(ChallengeScreen *c);
void challenge_refresh(ChallengeScreen *c);
bool challenge_poll(App *g, ChallengeScreen *c, uint64_t now);
bool challenge_reload(App *g, ChallengeScreen *c);
int challenge_reload_wait_ms(const ChallengeScreen *c, uint64_t now); /* -1: no check due */
bool challenge_switch_shown(const ChallengeScreen *c);
void challenge_halt(ChallengeScreen *c);
bool challenge_to_blocks(ChallengeScreen *c);
void challenge_to_text(ChallengeScreen *c);
void challenge_take_text(ChallengeScreen *c);
void challenge_view_save(App *g, ChallengeScreen *c);

/* screen_challenge_predict.c: wanted: the level asks for a prediction before Run; ask: Run was
   pressed; input and draw: on the world panel while asking and running; words: the question
   (NULL when not asking); tell: adds right or wrong to the finished run's message. */
bool challenge_predict_wanted(const ChallengeScreen *c);
void challenge_predict_ask(App *g, ChallengeScreen *c);
void challenge_predict_input(App *g, ChallengeScreen *c, SDL_Rect world);
void challenge_predict_draw(App *g, ChallengeScreen *c, SDL_Rect world);
const char *challenge_predict_words(const ChallengeScreen *c);
void challenge_predict_tell(ChallengeScreen *c);

/* screen_challenge_draw.c: one pass of the screen. */
void challenge_draw(App *g, ChallengeScreen *c);

#endif
