/* runner.h: runs a pupil's program against a level and records a Trace: every action with
   its source line and the world after it, what was printed, and the outcome with a friendly
   message. One code path decides outcomes for the CLI, the game and the progress log. */
#ifndef RUNNER_H
#define RUNNER_H

#include <stdbool.h>
#include <stddef.h>

#include "level.h"
#include "world.h"

typedef enum { RUN_SOLVED, RUN_UNSOLVED, RUN_ERROR, RUN_TOO_LONG } RunOutcome;

typedef enum {
  ACT_START, /* frame 0: the world before the first action */
  ACT_FORWARD,
  ACT_TURN_LEFT,
  ACT_TURN_RIGHT,
  ACT_PICK_UP,
  ACT_CUSTOM, /* a level's own action command: RunFrame.command names it */
} RunAction;

typedef struct {
  RunAction action;
  int command; /* index into Level.commands */
  int line;    /* source line of the call, 0 for frame 0 */
  bool bumped; /* the move hit a wall or the edge: the robot stayed where it was */
  int robot_x, robot_y;
  WorldDir dir;
  int items_left, items_collected, steps;
  int grid;          /* which snapshot of cells/items holds after this frame */
  size_t output_len; /* bytes of RunTrace.output printed up to and including this frame */
} RunFrame;

typedef struct {
  RunOutcome outcome;
  int steps, blocks, stars;
  int line;              /* the line the message is about; 0 when none */
  char message_key[48];  /* the key in scripts/lang/ (e.g. "bump"), "" when solved */
  char message[512];     /* the friendly sentence, already formatted in the chosen language */
  char level_error[512]; /* for the teacher when the level itself broke: "FILE:LINE: ..." */
  RunFrame *frames;      /* frames[0] is the start; one more per action */
  int nframes;
  char *output; /* what print wrote (program and level), capped */
  size_t output_len;
  size_t memory_peak; /* bytes, the pupil's Lua state */
  long instructions;
  /* Beyond solved (runner_teach.c): a solving program that would have acted again after the
     goal held (overshot: at most two stars), the required blocks it did not use (missing,
     TeachBlock bits: at most one star), and the lines of action blocks that never ran (for a
     solved run or one that ended by itself). */
  bool overshot;
  unsigned missing;
  int never_ran[16];
  int nnever_ran;
  /* internal: world snapshots, read through runner_frame_world() */
  struct RunGrid *grids;
  int ngrids;
  char message_blocks[512]; /* the sentence for the blocks view: no line numbers in it */
  int glow_line;            /* the line of the block to glow in the blocks view; 0: none */
} RunTrace;

typedef struct {
  const char *lang;       /* language of messages; NULL: "en" */
  long instruction_limit; /* 0: default */
  double seconds_limit;   /* 0: default */
  bool no_advice;         /* skip the trial runs behind specific advice (advice.c's own) */
} RunOptions;

/* Runs program text against lv. Never fails for the program's sake: a syntax error, a runtime
   error or an endless loop is an outcome. NULL only when out of memory. */
RunTrace *runner_run(const Level *lv, const char *program, size_t len, const RunOptions *opt);
void runner_free(RunTrace *t); /* accepts NULL */

/* The whole world as it was after frame i (0 <= i < nframes). */
void runner_frame_world(const RunTrace *t, const Level *lv, int i, World *out);

const char *runner_outcome_name(RunOutcome o); /* "solved", "unsolved", "error", "too-long" */
int runner_stars(int blocks, int par, bool solved);

/* Added by runner_teach.c: after the outcome is decided, caps the stars of a solved run that
   overshot or missed a required block and words why (message_key, message, line), and lists
   the action blocks that never ran. ended_by_itself: the program finished (or stopped at the
   goal), not stopped by a bump, an error or a limit. */
void runner_teach_judge(const Level *lv, RunTrace *t, const char *src, size_t len,
                        bool ended_by_itself);
/* The sentence naming the blocks that never ran ("" when none): by line in the text view
   ("Lines 3, 7 never ran. ..."), by count in the blocks view, which shows no line numbers. */
char *runner_never_ran_words(const RunTrace *t, bool blocks_view, char *out, size_t cap);
/* "Predict then run": the square (0-based) where Robo stood when the run ended, and whether a
   pupil's predicted square is it. */
void runner_end_square(const RunTrace *t, int *x, int *y);
bool runner_predicted(const RunTrace *t, int x, int y);

#endif
