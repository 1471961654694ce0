/* screen_editor.h: the level editor's state (the level being made), shared by screen_editor.c
   (the level: building, trying, saving, the screen's table) and screen_editor_draw.c (the
   screen: tools, map, fields, buttons). Tests read the model through game_editor(). */
#ifndef SCREEN_EDITOR_H
#define SCREEN_EDITOR_H

#include <stdbool.h>

#include "game.h"
#include "level.h"
#include "world.h"

typedef struct App App;

#define EDITOR_MIN_W 3
#define EDITOR_MAX_W 16
#define EDITOR_MIN_H 3
#define EDITOR_MAX_H 10
#define EDITOR_TEXT_MAX 1000
#define EDITOR_NCOMMANDS 9
#define EDITOR_MAP_FIELD 100 /* the map, when the keyboard paints on it */
#define EDITOR_NCONCEPTS 6

typedef enum { TOOL_WALL, TOOL_FLOOR, TOOL_GOAL, TOOL_ITEM, TOOL_ROBOT, TOOL_COUNT } EditorTool;
enum { FIELD_TITLE, FIELD_STORY, FIELD_HINT1, FIELD_HINT2, FIELD_HINT3, FIELD_COUNT };

struct LevelEditor {
  World map;                               /* cells, items and the robot (standard tiles only) */
  char text[FIELD_COUNT][EDITOR_TEXT_MAX]; /* title, story, hints */
  bool offer[EDITOR_NCOMMANDS];            /* which standard commands pupils get */
  LevelGoal goal;
  char concept[16], mode[8];
  int max_steps;
  char *start_program; /* kept from an opened level */
  char *solution;      /* the teacher's program that solved it, or NULL */
  int par;             /* its blocks */
  char *program;       /* what the teacher last typed when trying it */
  Level *trial;        /* the level as last tried (the challenge borrows it) */
  EditorTool tool;
  int editing;          /* the field taking the keyboard, -1 none */
  bool painting;        /* a drag that started on the map */
  int cur_x, cur_y;     /* the keyboard's square on the map */
  GameScreen return_to; /* where Back goes */
  char status[700];
  bool status_bad;
  char saved_path[1024]; /* the last file written */
};

typedef struct LevelEditor LevelEditor;

extern const char *const editor_commands[EDITOR_NCOMMANDS];

/* screen_editor.c */
void editor_blank(LevelEditor *ed);
void editor_changed(LevelEditor *ed); /* the map or rules changed: the answer must be rechecked */
void editor_resize(LevelEditor *ed, int w, int h);
void editor_paint(LevelEditor *ed, int x, int y, bool first); /* the tool on a square */
void editor_turn_robot(LevelEditor *ed);
void editor_try(App *g, LevelEditor *ed); /* Solve it yourself */
void editor_save(App *g, LevelEditor *ed);
void editor_status(LevelEditor *ed, bool bad, const char *key, const char *name, const char *value);

/* screen_editor_draw.c */
void editor_draw(App *g, LevelEditor *ed); /* one pass of the screen */
/* The step limit after now one step down (dir < 0) or up (dir > 0) the offered list (50 ...
   LEVEL_MAX_STEPS); a limit between two offered ones goes to the next one that way. */
int editor_step_limit(int now, int dir);

#endif
