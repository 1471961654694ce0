/* level_teach.h: what a level teaches and how it is judged beyond "solved": the control blocks
   it offers, hides and requires, fog, "predict then run", its goal and item pictures, and the
   teacher's curriculum and notes. Also what a program uses of those blocks, and the checks a
   bundled level must pass (its solution uses the required block; a flat program cannot match
   par). Pure C over the level sandbox's raw reads: no SDL, runs no level function. */
#ifndef LEVEL_TEACH_H
#define LEVEL_TEACH_H

#include <stdbool.h>
#include <stddef.h>

#include "level.h"
#include "level_read.h"
#include "program.h"

struct lua_State;

/* The control blocks a level can offer, hide or require (the `blocks`, `hide` and `require`
   fields use these names). */
typedef enum {
  TEACH_REPEAT = 1u << 0,       /* "repeat": repeat N times */
  TEACH_REPEAT_UNTIL = 1u << 1, /* "repeat_until": repeat until a sensor */
  TEACH_IF = 1u << 2,           /* "if": if / if-else */
  TEACH_VARIABLE = 1u << 3,     /* "variable": a counter: set, change, repeat n times */
  TEACH_FUNCTION = 1u << 4,     /* "function": define and call */
} TeachBlock;
#define TEACH_ALL 0x1fu
#define TEACH_NBLOCKS 5

/* "repeat", "repeat_until", "if", "variable", "function" for one TeachBlock bit. */
const char *level_teach_block_name(unsigned block);

/* Reads blocks, hide, require, fog, predict, goal_picture, item_picture, curriculum and notes of
   the level table at idx into lv (after its solution and start_program are read: the offered
   blocks include the ones they use). False with err filled on a bad value. */
bool level_teach_read(struct lua_State *L, int idx, const LevelSource *src, Level *lv,
                      LevelError *err);

/* The control blocks a program uses (TeachBlock bits). A function counts only when it is also
   called; a variable is a set or change block, or a counter in a repeat. Text with no block
   form is read for its keywords. */
unsigned level_teach_used(const Program *p);
/* The same from text: 0 when it does not parse. */
unsigned level_teach_used_text(const char *src, size_t len);

/* The required blocks (lv->require) the program at src does not use: 0 when it uses them all. */
unsigned level_teach_missing(const Level *lv, const char *src, size_t len);

/* Checks a level as a bundled level must be (for `codebridge check`): its solution uses every
   required block and no hidden one, and, for a level that teaches functions or variables (by
   concept or require), the flat program (the solution's actions one after another) needs more
   blocks than par. flat_blocks is the flat program's block count (the solution's steps).
   False with a sentence for the teacher in why. */
bool level_teach_check(const Level *lv, int flat_blocks, char *why, size_t cap);

/* The goal and item pictures a level may name, NULL-ended, the default first. */
extern const char *const level_teach_goal_pictures[];
extern const char *const level_teach_item_pictures[];

#endif
