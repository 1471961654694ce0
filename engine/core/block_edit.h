/* block_edit.h: the block editor's model: a workspace holding one block list (program.h), a
   keyboard cursor, and the edits a pupil makes (insert, move, delete, numbers, sensors, else,
   names) with undo/redo. Pure C: no SDL, no Lua. The block view hit-tests and draws; the text
   stays the truth (block_edit_text prints it, block_edit_set_text parses it).

   Places are paths through the tree. Step k picks block idx[k] of the current list and, when
   more steps follow, its sub-list slot[k]: 0 the body of a REPEAT/REPEAT_UNTIL/DEFINE; for an
   IF, arm k's body for slot k < arms and the else body for slot == arms. The last idx is a
   position in the last list: 0..length (length = the end, where a block can be added). */
#ifndef BLOCK_EDIT_H
#define BLOCK_EDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "program.h"

#define BLOCK_EDIT_MAX_DEPTH 32 /* deeper blocks show but the cursor does not go there */
#define BLOCK_EDIT_UNDO 64      /* snapshots kept */
#define BLOCK_EDIT_NUMBER_MAX 999

typedef struct {
  int n; /* steps; 0 is no place */
  int idx[BLOCK_EDIT_MAX_DEPTH];
  int slot[BLOCK_EDIT_MAX_DEPTH];
} BlockPath;

typedef struct BlockEdit BlockEdit;

BlockEdit *block_edit_new(void);     /* empty program; NULL when out of memory */
void block_edit_free(BlockEdit *ed); /* accepts NULL */

/* Replaces the program with parsed text (clears undo, cursor to the top). False on a syntax
   error (err filled, nothing changes): the pupil stays in the text view. */
bool block_edit_set_text(BlockEdit *ed, const char *text, size_t len, ProgramError *err);
/* The canonical text (program_text), malloc'd; NULL when out of memory. */
char *block_edit_text(const BlockEdit *ed, size_t *len);
/* Re-reads the printed text so every block gets its source lines (Block.first_line), which
   replay highlights use. The blocks are equal but new: pointers into the old tree (e.g. from
   block_edit_first) are invalid after it, though block_edit_changed does not move. */
void block_edit_sync_lines(BlockEdit *ed);

Block *block_edit_first(const BlockEdit *ed); /* the top list (borrowed) */
int block_edit_count(const BlockEdit *ed);    /* program_count_list of the tree */
/* Goes up on every change of the tree, undo and redo included: re-layout and save then. */
unsigned long block_edit_changed(const BlockEdit *ed);

/* ---- Paths -------------------------------------------------------------------------- */

/* The block a path names, or NULL (an end position, or no such block). */
Block *block_edit_at(const BlockEdit *ed, const BlockPath *p);
/* The head link of the list the path's last step is in, or NULL when the path is invalid. */
Block **block_edit_list(BlockEdit *ed, const BlockPath *p);
/* How many sub-lists a block has (slots): 1 for REPEAT/UNTIL/DEFINE, arms (+1 with else) for IF. */
int block_edit_slots(const Block *b);
Block **block_edit_slot(Block *b, int slot); /* the head link of sub-list slot, or NULL */
/* A path one step deeper: position idx of sub-list slot of the block p names. */
BlockPath block_path_child(const BlockPath *p, int slot, int idx);
bool block_path_equal(const BlockPath *a, const BlockPath *b);
/* The path of a block in the tree (by identity); false when it is not there or too deep. */
bool block_edit_path_of(const BlockEdit *ed, const Block *b, BlockPath *out);

/* ---- Edits: each records one undo step and returns false (changing nothing) when the
   place is invalid or memory runs out. ---------------------------------------------- */

/* Inserts a deep copy of the block list tmpl (e.g. a palette block) at place. */
bool block_edit_insert(BlockEdit *ed, const BlockPath *place, const Block *tmpl);
/* Moves the block at from to place: with every block below it in its list (stack, as in
   Scratch) or alone. False when place lies inside what moves. place is read in the tree
   before the move. */
bool block_edit_move(BlockEdit *ed, const BlockPath *from, const BlockPath *place, bool stack);
/* Deletes the block at p with everything it holds (and, with stack, the blocks below it). */
bool block_edit_delete(BlockEdit *ed, const BlockPath *p, bool stack);
/* REPEAT count (and clears its count variable), SET value: clamped to 0..999; CHANGE amount:
   -999..999. */
bool block_edit_set_number(BlockEdit *ed, const BlockPath *p, long long value);
/* REPEAT_UNTIL: its sensor (negate ignored: it is always "not"). IF: arm number arm. */
bool block_edit_set_sensor(BlockEdit *ed, const BlockPath *p, int arm, const char *sensor,
                           bool negate);
/* IF: adds an empty else, or removes it with its blocks. */
bool block_edit_set_else(BlockEdit *ed, const BlockPath *p, bool on);
/* IF: adds an "else if sensor" arm after the last arm (before any else); the cursor keeps
   its block. */
bool block_edit_add_arm(BlockEdit *ed, const BlockPath *p, const char *sensor);
/* IF: removes else-if arm number arm (>= 1; arm 0 is the if itself). Nothing is lost: its
   blocks go to the end of the arm above it. */
bool block_edit_remove_arm(BlockEdit *ed, const BlockPath *p, int arm);
/* The innermost IF holding the cursor (or on it): its path, and the arm the cursor is in
   (0 when on the IF itself or in its else). False when there is none. */
bool block_edit_cursor_if(const BlockEdit *ed, BlockPath *if_path, int *arm);
/* DEFINE (and every CALL of the old name) or CALL, SET, CHANGE, REPEAT's count variable: a
   Lua name ([A-Za-z_][A-Za-z0-9_]*, not a keyword). */
bool block_edit_rename(BlockEdit *ed, const BlockPath *p, const char *name);

/* Lower-level steps for a drag, which spans many frames: checkpoint records the undo step,
   detach takes the block (and the stack below it) out and hands it to the caller, attach puts
   a list in (taking ownership; freed when it returns false), uncheckpoint forgets the last
   checkpoint when the drag was cancelled and the tree put back. */
void block_edit_checkpoint(BlockEdit *ed);
void block_edit_uncheckpoint(BlockEdit *ed);
Block *block_edit_detach(BlockEdit *ed, const BlockPath *p, bool stack);
bool block_edit_attach(BlockEdit *ed, const BlockPath *place, Block *list);

bool block_edit_undo(BlockEdit *ed); /* false when there is nothing to undo */
bool block_edit_redo(BlockEdit *ed);
bool block_edit_can_undo(const BlockEdit *ed); /* an Undo button is enabled by these */
bool block_edit_can_redo(const BlockEdit *ed);

/* A deep copy of a block list; NULL when out of memory. */
Block *block_edit_clone(const Block *first);
bool block_edit_is_name(const char *s);

/* ---- The keyboard cursor ------------------------------------------------------------
   It stops, top to bottom, on every block, every empty body and the end of the program. */

BlockPath block_edit_cursor(const BlockEdit *ed);
void block_edit_set_cursor(BlockEdit *ed, const BlockPath *p); /* ignored when not a stop */
bool block_edit_cursor_move(BlockEdit *ed, int delta);         /* -1 up, +1 down; false at an end */
int block_edit_stop_count(const BlockEdit *ed);
/* The place Enter inserts at: below the cursor's block, or the empty body or end itself. */
BlockPath block_edit_cursor_place(const BlockEdit *ed);
/* Enter: inserts tmpl there and puts the cursor on the new block. */
bool block_edit_cursor_insert(BlockEdit *ed, const Block *tmpl);
/* Delete: removes the cursor's block; the cursor goes to what took its place. */
bool block_edit_cursor_delete(BlockEdit *ed);
/* Ctrl+Up/Down: moves the cursor's block alone one stop up or down (into and out of bodies);
   the cursor follows it. */
bool block_edit_cursor_shift(BlockEdit *ed, int delta);

#endif
