/* app.h: the App: the frame loop and the services every screen shares (platform, text, theme,
   widgets, sound, settings, who plays). Screens are a table of functions (AppScreenFns); each
   owns its own state, and app_go is the one way from one screen to another. Only ui/ includes
   this header; tests and the CLI use game.h. */
#ifndef APP_H
#define APP_H

#include <stdbool.h>
#include <stdint.h>

#include "game.h"
#include "level.h"
#include "platform.h"
#include "runner.h"
#include "session.h"
#include "settings.h"
#include "sound.h"
#include "speech.h"
#include "text.h"
#include "theme.h"
#include "widgets.h"

#define SCREEN_COUNT 7

/* What app_go asks of the screen it goes to (a screen ignores what it does not do). */
typedef enum {
  APP_SHOW,        /* just show it, as it was */
  APP_OPEN_LEVEL,  /* challenge: open level level_i of pack pack_i */
  APP_TRY_LEVEL,   /* challenge: the level editor's level (borrowed), starting from program */
  APP_TRIED,       /* editor: back from trying; program is what was typed, trace its last run */
  APP_EDIT_LEVEL,  /* editor: a copy of level (NULL: the level being made stays) */
  APP_FIX,         /* challenge: back to the code from the result */
  APP_WATCH_AGAIN, /* challenge: the last run replayed from its start, not recorded again */
  APP_RESULT,      /* result: how trace ended on level */
  APP_BACK,        /* challenge: leave by its back button (to the map, or to the editor) */
} AppWhat;

typedef struct {
  AppWhat what;
  int pack_i, level_i;
  const Level *level;    /* borrowed while the screen shows */
  const RunTrace *trace; /* borrowed while the screen shows */
  const char *program;   /* borrowed for the call only */
  int hints_shown;       /* APP_RESULT: the hint to repeat */
  bool trial;            /* APP_RESULT: the level editor's level is being tried */
  bool blocks;           /* APP_RESULT: the run was made in the blocks view (no line numbers) */
  GameScreen from;       /* filled by app_go: the screen being left */
} AppArg;

typedef struct App App;

/* A screen. create: its state (NULL: out of memory); open: about to show; tick: once a loop
   turn while it shows (time passed: animations, autosave, file checks), true when it must be
   drawn again, with *part set to a rectangle when only that part changed; draw: one
   immediate-mode pass (lays out, reacts to app->ui, draws); leave: another screen is next;
   wait_ms: how long the loop may sleep (-1: until an event); destroy: frees the state. Any
   function may be NULL. */
typedef struct {
  void *(*create)(App *app);
  void (*open)(App *app, void *s, const AppArg *arg);
  bool (*tick)(App *app, void *s, uint64_t now, SDL_Rect *part);
  void (*draw)(App *app, void *s);
  void (*leave)(App *app, void *s, GameScreen next);
  int (*wait_ms)(App *app, void *s, uint64_t now);
  void (*destroy)(App *app, void *s);
} AppScreenFns;

extern const AppScreenFns screen_pupil_fns, screen_map_fns, screen_challenge_fns, screen_result_fns,
    screen_settings_fns, screen_teacher_fns, screen_editor_fns;

struct App {
  GameOptions opt;
  Platform platform;
  Text *text;
  Theme theme;
  Widgets ui;
  Sound *sound;
  Speech *speech;      /* NULL unless Read aloud is on and this machine can speak */
  char speech_lang[8]; /* the language of its voice */
  char spoken[64];     /* the focused button's words last spoken (not again while it stays) */
  Settings settings;
  char settings_file[1024];
  Input input;
  Session *session;          /* who plays, the packs, their stars and every rule about them */
  int open_pack, open_level; /* the level the challenge last opened (-1: none) */
  bool first_pack_shown;     /* screenshots: a level file's own pack moves to the map's top */
  bool teacher;              /* --teacher or `teacher = yes`: the teacher's buttons show */
  char message[256];         /* a note for the first screen (e.g. progress folder trouble) */

  GameScreen screen;
  void *state[SCREEN_COUNT]; /* each screen's own, made when it first shows */
  bool dirty;                /* draw again on the next frame */
  bool quit;
  uint64_t last_ms;
  double dt;               /* seconds of animation since the last turn (scaled, at most 0.1) */
  double time_scale;       /* tests speed animations up */
  double platform_open_ms; /* start-up spent in SDL: video, window, renderer (benchmark) */
  int hover;               /* which remembered widget the mouse was over (-1 none) */
};

/* The App's life and loop (game.c wraps them for the CLI and tests). */
App *app_new(const GameOptions *opt, bool offscreen, int w, int h, char *err, size_t errlen);
void app_free(App *app); /* accepts NULL; the challenge saves the program being edited */
bool app_frame(App *app, int wait_ms);
int app_wait_ms(App *app);
void app_render(App *app); /* draws the screen now, changed or not */

/* The one way to move: leaves the screen on show, opens s with arg (NULL: APP_SHOW). */
void app_go(App *app, GameScreen s, const AppArg *arg);
/* The screen's state (made when needed; NULL when out of memory). */
void *app_state(App *app, GameScreen s);
const char *app_word(const char *key); /* messages_get */
void app_apply_settings(App *app);     /* theme, sound, language after a change */
/* Reads text aloud when Read aloud is on (cutting off what was being said); else nothing. */
void app_say(App *app, const char *text);
void app_save_settings(App *app);
/* The top bar: a back button on the left (back_key NULL: none) that goes to back_to, the
   title, and a Settings button on the right when settings is true. Returns the area below. */
SDL_Rect app_top_bar(App *app, const char *title, const char *back_key, GameScreen back_to,
                     bool settings);
/* The same, but the back button's press is returned (*back) instead of followed. */
SDL_Rect app_top_bar_ex(App *app, const char *title, const char *back_key, bool *back,
                        bool settings);
/* Scrolls view (content_h pixels of content) with the wheel, and so that the keyboard focus
   stays visible when it is on widget first or later (the ones before are fixed). */
void app_follow_focus(App *app, int *scroll, SDL_Rect view, int content_h, int first);
/* The width a button needs for these words at the button size. */
int app_button_w(App *app, const char *label);
/* A filled rectangle in a theme colour. */
void app_fill(App *app, SDL_Rect r, ThemeColourId c);

#endif
