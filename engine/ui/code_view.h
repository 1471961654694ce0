/* code_view.h: the Lua code editor widget: line numbers, syntax colours, cursor, selection,
   scrolling, mouse and keyboard editing, the error line with its message, and the running
   line during replay. Edits a TextEd; draws with text.h and theme.h. Reads Input events from
   platform.h (never SDL events itself) and owns no game state: the screen decides when to
   save, when to run and what the error is.

   How a screen uses it (the challenge screen):
     CodeView *cv = code_view_new(text, &theme);       // borrows both; free them after cv
     code_view_set_text(cv, saved_program);
     each loop turn:
       if (code_view_tick(cv, platform_ms())) redraw = true;   // cursor blink
       for each InputEvent e while the editor has focus:
         if (code_view_handle_input(cv, &e)) redraw = true;
       if (redraw) code_view_draw(cv, renderer, rect);
       wait = code_view_wake_ms(cv, now): the longest the loop may sleep (-1: forever)
     save when code_view_changed(cv) moved (debounce it);
     on Run: code_view_set_read_only(cv, true), code_view_set_running_line(cv, pose.line);
     on Stop: code_view_set_read_only(cv, false), code_view_set_running_line(cv, 0);
     on an error result: code_view_set_error(cv, trace->line, trace->message).
   Lines in this API are 1-based source lines, as the runner reports them. */
#ifndef CODE_VIEW_H
#define CODE_VIEW_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "platform.h"
#include "text.h"
#include "texted.h"
#include "theme.h"

typedef struct CodeView CodeView;

/* Borrows text and theme (the font size follows the theme's text step). NULL: out of memory. */
CodeView *code_view_new(Text *text, const Theme *theme);
void code_view_free(CodeView *cv); /* accepts NULL */

/* Replaces the program (a new level, a loaded save): clears undo and the error mark, and
   scrolls to the top.
   Tabs become two spaces. False when the text passes TEXTED_DEFAULT_MAX (nothing changes). */
bool code_view_set_text(CodeView *cv, const char *text);
const char *code_view_get_text(const CodeView *cv);  /* valid until the next edit */
unsigned long code_view_changed(const CodeView *cv); /* moves on every edit: save then */
TextEd *code_view_editor(CodeView *cv);              /* the model underneath, for tests and tools */

/* Keyboard focus: the cursor shows (and blinks) only while focused. The screen also turns
   SDL text input on and off with it (platform_text_input). */
void code_view_set_focus(CodeView *cv, bool focused);
bool code_view_focused(const CodeView *cv);
/* Read-only (during a replay): moving, selecting and copying work; editing does nothing. */
void code_view_set_read_only(CodeView *cv, bool read_only);
/* Marks a line (1-based) with a red band and the friendly message beside it, or under it,
   wrapped, when it does not fit. line 0 or message NULL clears the mark. Editing the text
   clears it too (the message was about the old program). */
void code_view_set_error(CodeView *cv, int line, const char *message);
/* The line the replay is on (1-based), highlighted and scrolled into view; 0 for none. */
void code_view_set_running_line(CodeView *cv, int line);
/* Cursor blinking on or off (reduced motion). When on, it blinks for a few seconds after the
   last key or click and then stays on, so an idle editor costs no redraws. */
void code_view_set_blink(CodeView *cv, bool on);

/* Handles one input event; true when the view must be redrawn. Mouse events use the rect of
   the last code_view_draw(). The caller sends keys and text only while the view has focus;
   mouse presses outside the rect are ignored (the screen moves focus). */
bool code_view_handle_input(CodeView *cv, const InputEvent *ev);
/* Call once per loop turn with the time in ms: true when the blink changed (redraw). */
bool code_view_tick(CodeView *cv, uint64_t now_ms);
/* Milliseconds until the next blink change (how long the loop may sleep), -1 for never. */
int code_view_wake_ms(const CodeView *cv, uint64_t now_ms);

/* Draws the whole widget into rect (clipped to it). Keeps the cursor, the running line or the
   error line in view. */
void code_view_draw(CodeView *cv, SDL_Renderer *r, SDL_Rect rect);
/* Height in pixels of one code line at the theme's current text size (to size the widget). */
int code_view_line_height(const CodeView *cv);

#endif
