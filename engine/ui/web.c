/* web.c: the browser build's part of the game (see web.h): the browser's frame loop, the
   on-screen keyboard and the words the page shows. Compiled everywhere; only the emscripten
   build does anything. Knows no screen: it drives game_frame and talks to tools/web/pre.js. */
#include "web.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <string.h>

#include <SDL.h>

#include "app.h"
#include "messages.h"

static Game *game;       /* the one game of the page */
static bool painted;     /* the first frame was drawn */
static char probe[4096]; /* web_probe's answer: each part below is capped to fit */

static void frame(void *arg)
{
  /* never wait: the browser calls again on its next frame, and sleeping would freeze the page */
  game_frame(arg, 0);
  if (!painted) { /* for the page-load measurement of ./build.sh test-web */
    painted = true;
    EM_ASM({ Codebridge.firstFrameMs = performance.now(); });
  }
}

/* The page's own sentences come from scripts/lang like every other word. */
static void give_words(void)
{
  EM_ASM({ Codebridge.setWord('no_storage', UTF8ToString($0)); }, messages_get("web_no_storage"));
}

bool web_run(Game *g)
{
  game = g;
  give_words();
  emscripten_set_main_loop_arg(frame, g, 0, 1);
  return true; /* not reached: the call above unwinds to the browser */
}

void web_keyboard(bool on)
{
  EM_ASM({ Codebridge.keyboard($0); }, on);
}

/* The length of s cut to at most cap - 1 bytes, never inside a UTF-8 character. */
static size_t utf8_cut(const char *s, size_t cap)
{
  size_t n = strlen(s);
  if (n < cap)
    return n;
  n = cap - 1;
  while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
    n--;
  return n;
}

/* Called by the page with text a tablet's on-screen keyboard typed (it sends no key presses
   SDL could read). */
EMSCRIPTEN_KEEPALIVE void web_text(const char *utf8)
{
  while (utf8 && *utf8) {
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_TEXTINPUT;
    size_t n = utf8_cut(utf8, sizeof ev.text.text);
    if (n == 0)
      return;
    memcpy(ev.text.text, utf8, n);
    SDL_PushEvent(&ev);
    utf8 += n;
  }
}

/* Called by the page for Backspace and Enter from an on-screen keyboard. */
EMSCRIPTEN_KEEPALIVE void web_key(int keycode)
{
  SDL_Event ev;
  memset(&ev, 0, sizeof ev);
  ev.type = SDL_KEYDOWN;
  ev.key.state = SDL_PRESSED;
  ev.key.keysym.sym = keycode;
  SDL_PushEvent(&ev);
}

#else

bool web_run(Game *g)
{
  (void)g;
  return false;
}

void web_keyboard(bool on)
{
  (void)on;
}

#endif

#ifdef __EMSCRIPTEN__
/* Appends at most max bytes of s to probe as a JSON string. */
static void json_string(const char *s, size_t max)
{
  size_t n = strlen(probe), end = n + max;
  probe[n++] = '"';
  for (; *s && n < end; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      probe[n++] = '\\';
    probe[n++] = c < 0x20 ? ' ' : (char)c;
  }
  probe[n++] = '"';
  probe[n] = '\0';
}

/* The button the keyboard focus is on ("" when none). */
static const char *focused_label(const Game *g)
{
  for (int i = 0; i < g->ui.nseen; i++)
    if (g->ui.show_focus && SDL_RectEquals(&g->ui.seen[i].rect, &g->ui.focus_rect))
      return g->ui.seen[i].label;
  return "";
}

/* What ./build.sh test-web reads of the game (tools/web/test-web.js): the screen, who plays,
   the focused button, the last run, the first level's best stars and the program. JSON. */
EMSCRIPTEN_KEEPALIVE const char *web_probe(void)
{
  if (!game)
    return "{}";
  int stars = 0;
  const char *outcome = game_last_outcome(game, &stars);
  int best = session_pack_count(game->session) > 0 ? session_best_stars(game->session, 0, 0) : -1;
  snprintf(probe, sizeof probe,
           "{\"screen\":%d,\"stars\":%d,\"best\":%d,\"outcome\":", (int)game_screen(game), stars,
           best);
  json_string(outcome, 32);
  strcat(probe, ",\"pupil\":");
  json_string(game_pupil(game), 256);
  strcat(probe, ",\"focused\":");
  json_string(focused_label(game), 128);
  strcat(probe, ",\"program\":");
  json_string(game->screen == SCREEN_CHALLENGE ? game_program(game) : "", 2048);
  strcat(probe, "}");
  return probe;
}
#endif
