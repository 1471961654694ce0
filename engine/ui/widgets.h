/* widgets.h: immediate-mode widgets for big friendly screens: buttons, option buttons, panels,
   stars, labels, and the keyboard focus ring. A screen calls them in the order they should be
   reached with Tab; each returns true on the pass it was pressed (mouse click, or Enter/Space
   with keyboard focus). Draws and reads an Input; owns no game state. */
#ifndef WIDGETS_H
#define WIDGETS_H

#include <stdbool.h>

#include <SDL.h>

#include "platform.h"
#include "text.h"
#include "theme.h"

typedef enum {
  WIDGET_NORMAL, /* navy button */
  WIDGET_GO,     /* green: the main thing to press */
  WIDGET_STOP,   /* red */
  WIDGET_OFF,    /* greyed: cannot be pressed; Tab passes over it (a click still
                    rings it, so it can be read) */
  WIDGET_CHOSEN, /* an option that is currently selected */
  WIDGET_QUIET,  /* outlined, on a panel */
  WIDGET_NEXT,   /* "try this one next": highlighted and outlined */
} WidgetStyle;

#define WIDGETS_MAX_SEEN 160
/* Focusables whose place is remembered for Up and Down (a teacher's grid of 30 pupils x 200
   levels fits); beyond it Up and Down step one at a time like Tab. */
#define WIDGETS_MAX_PLACES 8192

/* Where each labelled widget of the last pass was: lets tests and tools press a button by
   its words, as a pupil would, without knowing the layout. */
typedef struct {
  char label[32];
  SDL_Rect rect;
  bool enabled;
} WidgetsSeen;

typedef struct {
  SDL_Renderer *r;
  Text *text;
  const Theme *theme;
  const Input *in;
  int focus;       /* index of the focused widget among this pass's focusables */
  int count;       /* focusables met so far in this pass */
  int last_count;  /* how many the previous pass had (for wrapping) */
  bool show_focus; /* the keyboard was used last: draw the ring */
  bool activate;   /* Enter or Space in this pass (not captured) */
  bool clicked;    /* a left click in this pass at click_x, click_y */
  int click_x, click_y;
  bool back;           /* Escape in this pass (not captured) */
  bool captured;       /* an editor holds the keyboard: Tab, arrows, Enter are its */
  bool changed;        /* something was pressed: the screen must redraw once more */
  SDL_Rect focus_rect; /* where the focused widget was drawn */
  WidgetsSeen seen[WIDGETS_MAX_SEEN];
  int nseen;
  /* Where each focusable was (also those scrolled away, at their scrolled place): Up and Down
     read the previous pass's to move by a row in any grid. Entries past count are stale. */
  SDL_Rect places[WIDGETS_MAX_PLACES];
  bool off[WIDGETS_MAX_PLACES]; /* greyed (WIDGET_OFF) in the last pass: Tab skips */
} Widgets;

void widgets_init(Widgets *w, SDL_Renderer *r, Text *text, const Theme *theme);
/* Starts a pass over an Input: reads Tab, Shift+Tab, arrows, Home, End, Enter, Space, Escape,
   clicks. Tab and Left/Right move one widget in their order; Up/Down move to the nearest
   widget in the row above or below (as laid out in the previous pass), staying put when there
   is none; Home and End go to the first and the last. */
void widgets_begin(Widgets *w, const Input *in);
/* Ends a pass: wraps the focus and draws the ring around the focused widget. */
void widgets_end(Widgets *w);
/* Puts the focus on the first widget again (a new screen). */
void widgets_reset_focus(Widgets *w);
/* Moves the focus one focusable on (dir 1) or back (-1), round the ends, over greyed ones. */
void widgets_step(Widgets *w, int dir);

/* A focusable area (e.g. the code editor): true while it has the focus. A click inside gives
   it the focus. */
bool widgets_focusable(Widgets *w, SDL_Rect r);
/* A focusable scrolled out of view: keeps the Tab order and where the focus is, takes no
   click and draws nothing. */
void widgets_skip(Widgets *w, SDL_Rect r);
bool widgets_button(Widgets *w, SDL_Rect r, const char *label, WidgetStyle style);
/* A button with 0-3 stars under its label (stars < 0: none drawn). */
bool widgets_level_button(Widgets *w, SDL_Rect r, const char *number, const char *label, int stars,
                          WidgetStyle style);

bool widgets_hover(const Widgets *w, SDL_Rect r);
/* The rect of the last pass's button with this label; false when there was none. A label
   longer than a WidgetsSeen keeps is found by its whole words all the same. */
bool widgets_find(const Widgets *w, const char *label, SDL_Rect *out, bool *enabled);
/* Remembers a labelled place of this pass (a widget drawn by hand, or a second name for the
   one just drawn), cut on a character when it is long; nothing past WIDGETS_MAX_SEEN. */
void widgets_remember(Widgets *w, SDL_Rect r, const char *label, bool enabled);
/* The focusable of the last pass under (x, y), -1 for none: any of them, not only the first
   WIDGETS_MAX_SEEN (the mouse's hover colour on a screen of many buttons). */
int widgets_at(const Widgets *w, int x, int y);
bool widgets_inside(SDL_Rect r, int x, int y);

/* Drawing helpers (no input). */
void widgets_round_rect(SDL_Renderer *r, SDL_Rect rect, int radius, SDL_Color c);
void widgets_panel(Widgets *w, SDL_Rect rect);
void widgets_disc(SDL_Renderer *r, int cx, int cy, int radius, SDL_Color c);
void widgets_star(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color c);
void widgets_stars(Widgets *w, int cx, int cy, int size, int stars);
/* Text centred in rect (one line, cut to fit), and text from the left, vertically centred. */
void widgets_label_centre(Widgets *w, SDL_Rect rect, TextFont font, int px, SDL_Color c,
                          const char *s);
void widgets_label_left(Widgets *w, SDL_Rect rect, TextFont font, int px, SDL_Color c,
                        const char *s);

#endif
