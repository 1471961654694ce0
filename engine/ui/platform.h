/* platform.h: the window, the renderer choice and input. platform.c is the only file that reads
   SDL events: it turns them into an Input (a fixed list of events for one frame, positions in
   output pixels, HiDPI handled) that screens and widgets read. Knows no screen. */
#ifndef PLATFORM_H
#define PLATFORM_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

#define INPUT_MAX_EVENTS 64

typedef enum {
  INPUT_KEY,        /* a key went down (repeats included): key, mods */
  INPUT_TEXT,       /* typed text (UTF-8 in text) */
  INPUT_MOUSE_DOWN, /* x, y, button (1 left), clicks (2: double click) */
  INPUT_MOUSE_UP,
  INPUT_MOUSE_MOVE, /* x, y; buttons held in Input.mouse_down */
  INPUT_WHEEL,      /* wheel: lines, positive = up; wheel_x sideways, positive = right;
                       x, y the mouse; mods the keys held */
} InputKind;

enum { INPUT_MOD_SHIFT = 1, INPUT_MOD_CTRL = 2, INPUT_MOD_ALT = 4 };

typedef struct {
  InputKind kind;
  SDL_Keycode key; /* SDLK_LEFT, SDLK_a ... for INPUT_KEY */
  unsigned mods;   /* INPUT_MOD_*; Cmd on macOS counts as CTRL */
  int x, y;        /* output pixels */
  int button, clicks, wheel, wheel_x;
  char text[32];
} InputEvent;

typedef struct {
  InputEvent ev[INPUT_MAX_EVENTS];
  int n;
  int mouse_x, mouse_y; /* last known, output pixels */
  bool mouse_down;
  bool quit;    /* window closed */
  bool resized; /* output size changed: relayout */
  bool exposed; /* the window needs repainting */
  bool focus_lost;
} Input;

typedef struct {
  bool software; /* use SDL's software renderer */
  bool fullscreen;
  int width, height; /* initial window size in window points; 0: a default */
  bool offscreen;    /* no window: draw into a surface of width x height (screenshots, tests) */
} PlatformOptions;

typedef struct {
  SDL_Window *window; /* NULL when offscreen */
  SDL_Renderer *renderer;
  SDL_Surface *surface; /* offscreen target, else NULL */
  int out_w, out_h;     /* output size in pixels */
  float pixel_ratio;    /* output pixels per window point (HiDPI: 2) */
  bool software;        /* what was chosen */
  char renderer_name[32];
  bool text_input_on;
} Platform;

/* Decides the software renderer: the env CODEBRIDGE_RENDERER=software|accelerated wins, then
   the setting ("auto", "software", "accelerated"); "auto" uses software unless SDL reports an
   accelerated renderer whose GL driver is real hardware (not llvmpipe, softpipe, swrast). */
bool platform_want_software(const char *setting);

/* Opens the window (or the offscreen surface) and renderer. False with err filled. */
bool platform_open(Platform *p, const PlatformOptions *opt, const char *title, char *err,
                   size_t errlen);
void platform_close(Platform *p);

/* Reads every pending event into in (cleared first). When nothing is pending it first sleeps
   in SDL_WaitEventTimeout up to wait_ms (> 0), or in SDL_WaitEvent (< 0): idle means idle. */
void platform_poll(Platform *p, Input *in, int wait_ms);
/* Turns on text input events (only while an editor has focus: the IME and on-screen
   keyboards follow it). */
void platform_text_input(Platform *p, bool on);
void platform_set_fullscreen(Platform *p, bool on);

/* Shows what was drawn (does nothing offscreen). */
void platform_present(Platform *p);

/* The system clipboard, UTF-8. get returns a malloc'd string ("" when empty), caller frees. */
char *platform_clipboard_get(void);
void platform_clipboard_set(const char *text);

/* Milliseconds since start (SDL_GetTicks64). */
uint64_t platform_ms(void);

#endif
