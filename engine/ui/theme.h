/* theme.h: the look of every screen: colours (normal and high contrast), text size steps and
   the scale from design units to pixels. Pure data and arithmetic: draws nothing.
   Widgets, screens and the code view read it; only the settings screen changes it. */
#ifndef THEME_H
#define THEME_H

#include <stdbool.h>

#include <SDL.h>

/* Every colour a screen or widget may use. Code colours are for the code view. */
typedef enum {
  THEME_BG,         /* window background */
  THEME_PANEL,      /* cards and side panels */
  THEME_PANEL_EDGE, /* their outline */
  THEME_TEXT,       /* body text */
  THEME_TEXT_DIM,   /* secondary text (still readable) */
  THEME_TITLE,      /* headings */
  THEME_BUTTON,     /* an ordinary button */
  THEME_BUTTON_TEXT,
  THEME_BUTTON_HOT, /* under the mouse */
  THEME_BUTTON_OFF, /* disabled or locked */
  THEME_BUTTON_OFF_TEXT,
  THEME_GO, /* Run, Next: the thing to press */
  THEME_GO_TEXT,
  THEME_STOP,  /* Stop */
  THEME_FOCUS, /* keyboard focus ring */
  THEME_STAR,  /* earned stars */
  THEME_STAR_EMPTY,
  THEME_GOOD,      /* solved */
  THEME_BAD,       /* error, bump */
  THEME_HIGHLIGHT, /* "try this next" */
  THEME_CODE_BG,
  THEME_CODE_TEXT,
  THEME_CODE_KEYWORD,
  THEME_CODE_STRING,
  THEME_CODE_NUMBER,
  THEME_CODE_COMMENT,
  THEME_CODE_COMMAND, /* robot commands: forward, turn_left ... */
  THEME_CODE_LINE_NUMBER,
  THEME_CODE_GUTTER,
  THEME_CODE_CURRENT_LINE,
  THEME_CODE_SELECTION,
  THEME_CODE_CURSOR,
  THEME_CODE_RUNNING_LINE, /* the line the replay is on */
  THEME_CODE_ERROR_LINE,   /* background of the line an error names */
  THEME_CODE_ERROR_TEXT,   /* the message beside it */
  THEME_WORLD_GRID,        /* the lines between the map's squares */
  THEME_WORLD_UNKNOWN,     /* a square of a kind no script names */
  THEME_WORLD_SIGN,        /* the bus stop's red sign and the bus's windows */
  THEME_WORLD_SIGN_INK,    /* the white on it, and the road's markings */
  THEME_WORLD_POLE,        /* the bus stop's pole */
  THEME_WORLD_COIN,        /* an item to pick up */
  THEME_WORLD_COIN_EDGE,
  THEME_WORLD_COIN_SHINE,
  THEME_ROBOT_EDGE, /* Robo's outline */
  THEME_ROBOT_BODY,
  THEME_ROBOT_NOSE, /* which way Robo faces */
  THEME_ROBOT_EYE,
  THEME_ROBOT_PUPIL,
  THEME_GRID_STARS_0, /* the teacher's grid: tried, not solved */
  THEME_GRID_STARS_1, /* solved with 1, 2, 3 stars: darker greens */
  THEME_GRID_STARS_2,
  THEME_GRID_STARS_3,
  THEME_COLOURS
} ThemeColourId;

/* What a piece of text is; each has its own size at every step. */
typedef enum {
  THEME_FONT_SMALL,  /* footnotes, line numbers */
  THEME_FONT_BODY,   /* stories, messages */
  THEME_FONT_BUTTON, /* button labels */
  THEME_FONT_TITLE,  /* screen headings */
  THEME_FONT_HUGE,   /* the result screen's big word */
  THEME_FONT_CODE,   /* the code editor */
  THEME_FONT_ROLES
} ThemeFontRole;

#define THEME_TEXT_STEPS 4 /* small, medium, large, extra large */
#define THEME_TEXT_DEFAULT 1

/* Layouts are designed for a 1024x600 canvas ("design units"); scale turns them into output
   pixels for the actual window (bigger windows and HiDPI screens get a bigger scale). */
#define THEME_DESIGN_W 1024
#define THEME_DESIGN_H 600

typedef struct {
  bool high_contrast;
  int text_step; /* 0 .. THEME_TEXT_STEPS-1 */
  float scale;   /* output pixels per design unit */
  SDL_Color colours[THEME_COLOURS];
} Theme;

/* Fills t for the given choices and output size in pixels. */
void theme_init(Theme *t, bool high_contrast, int text_step, int out_w, int out_h);
/* Recomputes scale after a resize (colours and step kept). */
void theme_resize(Theme *t, int out_w, int out_h);

SDL_Color theme_colour(const Theme *t, ThemeColourId id);
/* Font size in pixels for a role at the current step and scale. */
int theme_font_px(const Theme *t, ThemeFontRole role);
/* Design units to pixels (rounded, at least 1 for a positive value). */
int theme_px(const Theme *t, float units);

/* The key in scripts/lang/ naming a text step ("ui_text_small" ...). */
const char *theme_step_key(int step);

#endif
