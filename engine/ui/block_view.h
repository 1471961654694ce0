/* block_view.h: the block editor widget the challenge screen embeds in its Blocks/Text switch
   region: a palette column on the left and the workspace on the right, where the program shows
   as Scratch-like blocks under a "when Run is pressed" hat. Mouse: drag from the palette (or
   click a palette block: it goes below the cursor's block once the pupil has put the cursor
   somewhere, else at the end of the program), drag
   a block (with everything below it) to move it, a snap preview shows where it lands, drop on
   the palette to delete, click a number to type a new one, a sensor to choose from a list, a
   name to rename, "+ else" to add an else, an if's "+" to add an "else if" arm and an arm's
   "x" to remove it (its blocks join the arm above). The wheel scrolls, Shift+wheel or a
   trackpad's sideways swipe scrolls sideways, and scrollbars (drag or click) reach every
   corner. A palette block wider than its column shows in smaller words, or wrapped. An empty
   program shows "Drag blocks here" under the start hat. Keyboard (while focused): Up/Down move the
   cursor over every block and empty body, Left/Right choose a palette block, Enter inserts it,
   Delete removes, Ctrl+Up/Down move a block, Space edits the cursor's first number, sensor or name
   (type, Backspace, Enter; Tab goes on to its next field), Ctrl+E adds or removes else,
   Ctrl+I adds an "else if" arm to the if at or around the cursor, Ctrl+Shift+I removes the
   arm the cursor is in (on the if: its last arm), Ctrl+Z / Ctrl+Y undo and redo,
   PageUp/PageDown scroll (with Shift: sideways). The view keeps the cursor's block in sight
   both ways. The focus ring shows only where the keyboard last acted: the palette after
   Left/Right, the program otherwise.
   Reads the Input from platform.c; the model (block_edit.h) holds the program.

   Use: block_view_new once per challenge; block_view_set_text when switching to blocks
   (false on a syntax error: stay in text and show messages_explain_parse's sentence);
   block_view_text when switching to text, saving or running (changed() tells when);
   block_view_input + block_view_draw each frame it is shown; block_view_show_run during
   replay. */
#ifndef BLOCK_VIEW_H
#define BLOCK_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

#include "block_edit.h"
#include "block_palette.h"
#include "platform.h"
#include "text.h"
#include "theme.h"

typedef struct BlockView BlockView;

/* text, theme and palette are borrowed and must outlive the view. NULL when out of memory. */
BlockView *block_view_new(Text *text, const Theme *theme, const BlockPalette *palette);
void block_view_free(BlockView *v); /* accepts NULL */

/* The area it owns, in output pixels (call again after a resize or a theme change). */
void block_view_set_rect(BlockView *v, SDL_Rect r);

/* Shows the program in text. False on a syntax error (err filled, the blocks unchanged). */
bool block_view_set_text(BlockView *v, const char *text, size_t len, ProgramError *err);
/* The canonical program text, malloc'd (caller frees); NULL when out of memory. Also gives
   every block its line in that text, for block_view_show_run. */
char *block_view_text(BlockView *v, size_t *len);
/* Goes up on every change of the program: save or re-run when it moved. */
unsigned long block_view_changed(const BlockView *v);
BlockEdit *block_view_edit(BlockView *v); /* the model, for tests and the keyboard */
/* The Undo (redo false) and Redo buttons: whether there is something to do now (not while
   read-only, dragging or typing in a field), and doing it (false when nothing was done). */
bool block_view_can_undo(const BlockView *v, bool redo);
bool block_view_undo(BlockView *v, bool redo);

/* Handles one frame's input. focused: the keyboard is the view's (a click inside asks for
   focus: see wants_focus). Returns true when it must be drawn again. */
bool block_view_input(BlockView *v, const Input *in, bool focused);
bool block_view_wants_focus(const BlockView *v); /* a click landed inside since last asked */
/* True while a drag, a number or name edit or a dropdown holds the keyboard (Escape and Tab
   are then the view's). */
bool block_view_busy(const BlockView *v);
void block_view_draw(BlockView *v, SDL_Renderer *r);

/* No edits while a run replays (scrolling still works). */
void block_view_set_readonly(BlockView *v, bool readonly);
/* During replay: highlights the block on line (0: none) of the text block_view_text gave,
   and shows message in a speech bubble on the block of error_line (0 or NULL: none). */
void block_view_show_run(BlockView *v, int line, int error_line, const char *message);

/* What the palette shows: n items, the n-th's block. Its "call" block becomes one per
   function the program defines, by the pupil's names. */
int block_view_palette_count(const BlockView *v);
const Block *block_view_palette_block(const BlockView *v, int n); /* NULL when out of range */

/* For tests: the output-pixel centre of the n-th palette item, of the block at path and of
   its first field (number, sensor or name); false when not on screen. */
bool block_view_palette_point(const BlockView *v, int n, int *x, int *y);
bool block_view_block_point(BlockView *v, const BlockPath *p, int *x, int *y);
bool block_view_field_point(BlockView *v, const BlockPath *p, int *x, int *y);
/* The same for its n-th field or button, in reading order (an if: 0 its sensor, 1 its "+",
   then each else-if arm's sensor and "x", then "+ else" or else's "x"). */
bool block_view_nth_field_point(BlockView *v, const BlockPath *p, int n, int *x, int *y);
/* For tests and benchmarks: the output-pixel point where a dragged block's grab point must be
   for it to land at place. */
bool block_view_place_point(BlockView *v, const BlockPath *place, int *x, int *y);

#endif
