/* texted.h: the text buffer behind the code editor: UTF-8 text, cursor, selection, editing
   with Lua-aware auto-indent, undo/redo and a size cap. Pure C: no SDL. The code_view widget
   turns keys into these calls and talks to the clipboard; this module never draws.

   Positions are byte offsets into the text, always on a UTF-8 character boundary.
   Lines are 0-based indexes here (line 0 is the first line); columns count characters. */
#ifndef TEXTED_H
#define TEXTED_H

#include <stdbool.h>
#include <stddef.h>

#define TEXTED_DEFAULT_MAX (64 * 1024) /* bytes: more than any school program needs */
#define TEXTED_INDENT 2                /* spaces per indent level and per Tab */

typedef struct TextEd TextEd;

typedef enum {
  TEXTED_LEFT, /* one character */
  TEXTED_RIGHT,
  TEXTED_WORD_LEFT,  /* to the start of this or the previous word */
  TEXTED_WORD_RIGHT, /* to the end of this or the next word */
  TEXTED_UP,         /* one line, keeping the column the cursor wanted */
  TEXTED_DOWN,
  TEXTED_HOME, /* first non-space character of the line, then column 0 */
  TEXTED_END,
  TEXTED_PAGE_UP, /* texted_set_page_lines() lines */
  TEXTED_PAGE_DOWN,
  TEXTED_DOC_START,
  TEXTED_DOC_END,
} TextEdMove;

/* max_bytes 0 means TEXTED_DEFAULT_MAX. NULL only when out of memory. */
TextEd *texted_new(size_t max_bytes);
void texted_free(TextEd *ed); /* accepts NULL */

/* Replaces the whole text (loading a saved program): clears undo, cursor to the start.
   Carriage returns are dropped and tabs become TEXTED_INDENT spaces (as in every insert and
   paste): the view's columns are all one width. False, and nothing changes, when len passes the
   cap. */
bool texted_set_text(TextEd *ed, const char *text, size_t len);
const char *texted_text(const TextEd *ed); /* NUL-terminated, valid until the next edit */
size_t texted_length(const TextEd *ed);
/* Goes up by one on every change of the text (never on cursor moves): save when it moved. */
unsigned long texted_changed(const TextEd *ed);

/* Cursor and selection. The selection runs between the anchor and the cursor. */
size_t texted_cursor(const TextEd *ed);
size_t texted_anchor(const TextEd *ed);
bool texted_has_selection(const TextEd *ed);
void texted_selection(const TextEd *ed, size_t *start, size_t *end); /* start <= end */
void texted_move(TextEd *ed, TextEdMove how, bool select);
void texted_set_page_lines(TextEd *ed, int lines); /* how far PAGE_UP/DOWN go; default 20 */
void texted_set_cursor(TextEd *ed, size_t pos, bool select); /* snaps to a character start */
void texted_set_cursor_line_col(TextEd *ed, int line, int col, bool select); /* clamps */
void texted_select_all(TextEd *ed);
void texted_select_word(TextEd *ed); /* the word under the cursor (double click) */

/* Lines. */
int texted_line_count(const TextEd *ed); /* an empty text has one line */
size_t texted_line_start(const TextEd *ed, int line);
size_t texted_line_end(const TextEd *ed, int line); /* before its '\n' */
int texted_line_of(const TextEd *ed, size_t pos);
int texted_cursor_line(const TextEd *ed);
int texted_cursor_col(const TextEd *ed); /* characters from the line start */

/* Editing. Each replaces the selection when there is one. Calls that add text return false,
   and change nothing, when the result would pass the size cap. */
bool texted_type(TextEd *ed, const char *utf8); /* typed text: groups into words for undo, and
                                                   dedents a line that becomes end/else/... */
bool texted_insert(TextEd *ed, const char *text, size_t len); /* one undo step */
bool texted_newline(TextEd *ed); /* Enter: keeps the indent, one more after do/then/... */
bool texted_tab(TextEd *ed);     /* 2 spaces, or indents every selected line */
void texted_untab(TextEd *ed);   /* Shift+Tab: removes one level from the line(s) */
void texted_backspace(TextEd *ed, bool word); /* whole characters; word: ctrl+backspace */
void texted_delete(TextEd *ed, bool word);

/* Clipboard helpers: the widget moves the strings to and from the system clipboard.
   copy/cut return a malloc'd NUL-terminated copy of the selection (the caller frees it),
   NULL when nothing is selected. paste normalises line ends; false past the cap. */
char *texted_copy(const TextEd *ed);
char *texted_cut(TextEd *ed);
bool texted_paste(TextEd *ed, const char *text);

/* Undo and redo: false when there is nothing to undo or redo. */
bool texted_undo(TextEd *ed);
bool texted_redo(TextEd *ed);
/* Ends the current typing group, so the next keystroke starts a new undo step (the widget
   calls it on cursor moves and clicks). */
void texted_break_group(TextEd *ed);

/* UTF-8 helpers shared with the widget. */
size_t texted_utf8_next(const char *s, size_t len, size_t pos); /* start of the next char */
size_t texted_utf8_prev(const char *s, size_t pos);             /* start of the previous */

#endif
