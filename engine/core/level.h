/* level.h: level files: load one in its own sandbox, validate every field and the map, copy it
   into C data; and, for a run, a fresh level state whose callbacks (goal function, on_step,
   custom commands) act on a World through the world API of docs/levels.md. */
#ifndef LEVEL_H
#define LEVEL_H

#include <stdbool.h>
#include <stddef.h>

#include "world.h"

#define LEVEL_MAX_COMMANDS 24
#define LEVEL_MAX_HINTS 8
#define LEVEL_MAX_LANGS 8
#define LEVEL_DEFAULT_MAX_STEPS 1000
#define LEVEL_MAX_CURRICULUM 8

/* Words a pupil reads: one text per language code; "en" is the fallback. */
typedef struct {
  int n;
  char lang[LEVEL_MAX_LANGS][8];
  char *text[LEVEL_MAX_LANGS];
} LevelText;

typedef enum { GOAL_REACH, GOAL_COLLECT, GOAL_COLLECT_AND_REACH, GOAL_FUNCTION } LevelGoal;

typedef enum { COMMAND_ACTION, COMMAND_SENSOR } LevelCommandKind;

typedef struct {
  char name[32];         /* what the pupil writes: forward, path_ahead, honk */
  LevelCommandKind kind; /* actions take a step; sensors answer true or false */
  bool custom;           /* defined by the level (runs a level function) */
  LevelText label;       /* the block's words, for custom commands ("" for standard ones) */
  unsigned colour;       /* the block's colour for custom commands, 0xRRGGBB */
} LevelCommand;

typedef struct {
  char path[1024]; /* the file it came from */
  char id[64];     /* [a-z0-9-]+ */
  LevelText title, story;
  LevelText hints[LEVEL_MAX_HINTS];
  int nhints;
  char concept[16]; /* sequence | repetition | selection | variables | functions | debugging */
  char mode[8];     /* blocks | text | both */
  World start;      /* the world before the first action */
  WorldTileKind kinds[WORLD_MAX_TILE_KINDS];
  int nkinds;
  LevelCommand commands[LEVEL_MAX_COMMANDS]; /* what the palette offers, in order */
  int ncommands;
  LevelGoal goal;
  int par, max_steps;
  char *solution;      /* reference solution text */
  char *start_program; /* NULL when the editor opens empty */
  bool has_on_step;
  char *source; /* the level file's text, re-run in a fresh state for each run */
  size_t source_len;
  /* What it teaches (level_teach.h): control blocks as TeachBlock bits. */
  unsigned blocks;       /* offered in the palette */
  unsigned hidden;       /* never offered (`hide`) */
  unsigned require;      /* a solving program without one earns at most one star */
  bool fog;              /* squares Robo has not seen yet are hidden */
  bool predict;          /* the pupil says where Robo will end before it runs */
  char goal_picture[16]; /* what the G square shows: "bus_stop", "shop", ... */
  char item_picture[16]; /* what a * shows: "litter", "letter", ... */
  char curriculum[LEVEL_MAX_CURRICULUM][16]; /* statements like "KS1.2", for the teacher */
  int ncurriculum;
  char *notes; /* for the teacher; NULL when none */
} Level;

/* A problem with a level file, for a teacher: FILE:LINE: message. line 0 when none is known. */
typedef struct {
  char file[1024];
  int line;
  char message[512];
  bool budget_spent; /* the level code used up its budget: loading the file, or a run (one
                        budget for the whole run) */
} LevelError;

/* Loads and validates a level file. NULL with err filled when anything is wrong. */
Level *level_load(const char *path, LevelError *err);
/* The same from text already in memory (path is used in messages only). */
Level *level_load_text(const char *path, const char *text, size_t len, LevelError *err);
void level_free(Level *lv);

/* The text in lang, else English, else the first one; "" when there is none. */
const char *level_text(const LevelText *t, const char *lang);

/* The offered command of that name, or NULL. */
const LevelCommand *level_command(const Level *lv, const char *name);

/* Added by the level module: the budgets level code runs under. Loading (the file's top level)
   gets LEVEL_LOAD_*; a run's level state gets LEVEL_RUN_* once for the whole run (its re-run of
   the file, every goal, on_step and custom command call). Both share LEVEL_MEMORY. */
#define LEVEL_LOAD_INSTRUCTIONS 2000000L
#define LEVEL_LOAD_SECONDS 0.5
#define LEVEL_RUN_INSTRUCTIONS 20000000L
#define LEVEL_RUN_SECONDS 2.0
#define LEVEL_MEMORY (16u << 20)
#define LEVEL_MAX_STEPS 10000 /* the highest max_steps a level may ask for */
#define LEVEL_OUTPUT_CAP 4096 /* bytes of world:say()/print output kept per call */

/* The standard goals (reach, collect, collect_and_reach) judged in C; false for GOAL_FUNCTION,
   which only a LevelState can judge. */
bool level_goal_standard(const Level *lv, const World *w);

/* A fresh level state for one run: the level file re-run in its own sandbox, so no state
   leaks between runs and every run is deterministic. The world pointer passed to each call is
   what the world API acts on, during that call only. Errors fill err with the level's file
   and line; the run then ends as an error. */
typedef struct LevelState LevelState;

LevelState *level_state_open(const Level *lv, LevelError *err);
void level_state_close(LevelState *ls); /* accepts NULL */
bool level_state_goal(LevelState *ls, World *w, bool *met, LevelError *err);
/* The sentence the goal function last gave about what is left to do (its second result, or
   its only one when that is a string), or NULL when it never gave one. */
const char *level_state_goal_words(const LevelState *ls);
bool level_state_on_step(LevelState *ls, World *w, LevelError *err);
/* Runs custom command `name`; for a sensor *answer is its result (ignored for actions).
   The caller counts a custom action's step (w->steps++ before the call, so world:steps()
   inside the action already includes it); this function does not. */
bool level_state_command(LevelState *ls, World *w, const char *name, bool *answer, LevelError *err);
/* world:fail() is not an error: the call returns true and level_state_failure() says why.
   After any call above: the message of world:fail(message), by which level code ends the run
   on purpose ("You drove through a red light!"), or NULL when it did not. */
const char *level_state_failure(const LevelState *ls);
/* What the level printed with world:say(), cleared by each call (capped). */
const char *level_state_output(LevelState *ls, size_t *len);

#endif
