/* screen_result.c: how the run ended. Solved: one to three stars that pop in (still, with
   reduced motion), blocks against par, Next level. Otherwise: the runner's friendly sentence,
   the line it is about, a hint, and Fix my code. Reads the trace the challenge lends it (in
   its AppArg); changes no rule. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "messages.h"
#include "world_view.h"

#define CELEBRATION_MS 1200

typedef struct {
  const Level *level;    /* borrowed from the challenge while this shows */
  const RunTrace *trace; /* the same */
  int hints_shown;       /* the challenge's: the hint it showed last is repeated */
  bool trial;            /* the level editor's level: Back goes to the editor */
  bool blocks;           /* run in the blocks view: the sentence without line numbers */
  uint64_t shown_ms;     /* when it showed (the celebration's clock) */
  World world;           /* the world at the run's end */
} ResultScreen;

/* 0..1 through the celebration (1 at once with reduced motion). */
static float celebration(App *g, const ResultScreen *rs)
{
  if (g->settings.reduced_motion)
    return 1;
  float f = (float)(platform_ms() - rs->shown_ms) / (float)CELEBRATION_MS;
  return f > 1 ? 1 : f;
}

static void draw_stars(App *g, const ResultScreen *rs, int cx, int cy, int size, int stars)
{
  float f = celebration(g, rs);
  for (int i = 0; i < 3; i++) {
    float grow = f * 3 - (float)i * 0.6f; /* each star pops in after the one before */
    grow = grow < 0 ? 0 : grow > 1 ? 1 : grow;
    bool earned = i < stars;
    float r = (float)size * 0.5f * (earned ? 0.4f + 0.6f * grow : 1);
    SDL_Color c = theme_colour(&g->theme, earned ? THEME_STAR : THEME_STAR_EMPTY);
    widgets_star(g->platform.renderer, (float)(cx + (i - 1) * size * 6 / 5), (float)cy, r, c);
  }
}

static void back_to_code(App *g)
{
  app_go(g, SCREEN_CHALLENGE, &(AppArg){.what = APP_FIX});
}

/* At most `most` lines of this font from y that end above bottom (0 when none fit). */
static int lines_above(App *g, TextFont font, int px, int y, int bottom, int most)
{
  int lh = text_line_height(g->text, font, px);
  int n = lh > 0 ? (bottom - y) / lh : 0;
  return n < 0 ? 0 : n < most ? n : most;
}

/* Why the run did not solve: in the text view naming its line first ("Line 4: ..."); in the
   blocks view, which has no line numbers, the form that points at the glowing block. */
static void failure_words(const ResultScreen *rs, char *line, size_t cap)
{
  const RunTrace *tr = rs->trace;
  if (rs->blocks && tr->message_blocks[0]) {
    snprintf(line, cap, "%s", tr->message_blocks);
  } else if (tr->line > 0 && strncmp(tr->message, "Line", 4) != 0) {
    char n[16];
    snprintf(n, sizeof n, "%d", tr->line);
    messages_format(line, cap, "line_prefix", "line", n, NULL);
    size_t used = strlen(line);
    snprintf(line + used, cap - used, "%s", tr->message);
  } else {
    snprintf(line, cap, "%s", tr->message);
  }
}

/* Blocks that never ran are named after the main sentence (by count in the blocks view). */
static void add_never_ran(const ResultScreen *rs, char *line, size_t cap)
{
  char more[200];
  if (!runner_never_ran_words(rs->trace, rs->blocks, more, sizeof more)[0])
    return;
  size_t used = strlen(line);
  snprintf(line + used, cap - used, "%s%s", used ? " " : "", more);
}

/* The words under the heading, kept inside r (above the buttons): with big text on a small
   window the hint loses its last lines rather than running under the buttons. */
static int draw_words(App *g, const ResultScreen *rs, SDL_Rect r, int y)
{
  const Theme *t = &g->theme;
  const RunTrace *tr = rs->trace;
  int body = theme_font_px(t, THEME_FONT_BODY), pad = theme_px(t, 16);
  SDL_Color text = theme_colour(t, THEME_TEXT);
  char line[700];
  if (tr->outcome == RUN_SOLVED) {
    char b[16], p[16];
    snprintf(b, sizeof b, "%d", tr->blocks);
    snprintf(p, sizeof p, "%d", rs->level->par);
    messages_format(line, sizeof line, tr->stars == 3 ? "ui_result_par" : "ui_result_over_par",
                    "blocks", b, "par", p, NULL);
    if (tr->message[0]) /* solved, but not as the level teaches: kept going, no function */
      snprintf(line, sizeof line, "%s", tr->message);
    add_never_ran(rs, line, sizeof line);
    int n = lines_above(g, TEXT_FONT_UI, body, y, r.y + r.h, 4);
    return n ? text_draw_wrapped(g->text, TEXT_FONT_UI, body, r.x + pad, y, r.w - 2 * pad, n, text,
                                 line)
             : y;
  }
  failure_words(rs, line, sizeof line);
  add_never_ran(rs, line, sizeof line);
  int n = lines_above(g, TEXT_FONT_UI, body, y, r.y + r.h, 5);
  if (n)
    y = text_draw_wrapped(g->text, TEXT_FONT_UI, body, r.x + pad, y, r.w - 2 * pad, n, text, line);
  n = lines_above(g, TEXT_FONT_UI_BOLD, body, y + body / 2, r.y + r.h, 3);
  if (rs->level->nhints > 0 && n) {
    int i = rs->hints_shown > 0 ? (rs->hints_shown - 1) % rs->level->nhints : 0;
    snprintf(line, sizeof line, "%s %s", app_word("ui_hint_prefix"),
             level_text(&rs->level->hints[i], g->settings.lang));
    y = text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, body, r.x + pad, y + body / 2, r.w - 2 * pad,
                          n, theme_colour(t, THEME_TITLE), line);
  }
  return y;
}

static void draw_buttons(App *g, const ResultScreen *rs, SDL_Rect r)
{
  const Theme *t = &g->theme;
  int gap = theme_px(t, 10), w = (r.w - 2 * gap) / 3;
  bool solved = rs->trace->outcome == RUN_SOLVED;
  int pi, li;
  bool has_next = session_level_after(g->session, g->open_pack, g->open_level, &pi, &li);
  SDL_Rect b = {r.x, r.y, w, r.h};
  if (solved) {
    if (widgets_button(&g->ui, b, app_word("ui_next_level"), has_next ? WIDGET_GO : WIDGET_OFF))
      app_go(g, SCREEN_CHALLENGE, &(AppArg){.what = APP_OPEN_LEVEL, .pack_i = pi, .level_i = li});
  } else if (widgets_button(&g->ui, b, app_word("ui_fix_code"), WIDGET_GO)) {
    back_to_code(g);
  }
  b.x += w + gap;
  if (widgets_button(&g->ui, b, app_word(solved ? "ui_try_again" : "ui_watch_again"),
                     WIDGET_NORMAL)) {
    if (solved)
      back_to_code(g);
    else
      app_go(g, SCREEN_CHALLENGE, &(AppArg){.what = APP_WATCH_AGAIN});
  }
  b.x += w + gap;
  const char *back = rs->trial ? "ui_back_to_editor" : "ui_to_map"; /* where it goes */
  if (widgets_button(&g->ui, b, app_word(back), WIDGET_NORMAL))
    app_go(g, SCREEN_CHALLENGE, &(AppArg){.what = APP_BACK}); /* it knows where back is */
}

static void *create(App *g)
{
  (void)g;
  return calloc(1, sizeof(ResultScreen));
}

static void enter(App *g, void *st, const AppArg *arg)
{
  ResultScreen *rs = st;
  rs->level = arg->level;
  rs->trace = arg->trace;
  rs->hints_shown = arg->hints_shown;
  rs->trial = arg->trial;
  rs->blocks = arg->blocks;
  rs->shown_ms = platform_ms();
  if (g->speech && rs->trace && rs->trace->outcome != RUN_SOLVED) { /* read aloud: why */
    char line[700];
    failure_words(rs, line, sizeof line);
    app_say(g, line);
  } else if (g->speech && rs->trace) {
    app_say(g, rs->trace->message[0] ? rs->trace->message : app_word("outcome_solved"));
  }
}

static bool celebrating(const App *g, const ResultScreen *rs, uint64_t now)
{
  return !g->settings.reduced_motion && now - rs->shown_ms < CELEBRATION_MS;
}

static bool tick(App *g, void *st, uint64_t now, SDL_Rect *part)
{
  (void)part;
  if (celebrating(g, st, now))
    g->dirty = true; /* the celebration moves for a moment */
  return false;
}

static int wait_ms(App *g, void *st, uint64_t now)
{
  return celebrating(g, st, now) ? 15 : -1;
}

static void leave(App *g, void *st, GameScreen next)
{
  (void)g;
  (void)next;
  ResultScreen *rs = st;
  rs->level = NULL; /* no longer lent */
  rs->trace = NULL;
}

static void draw(App *g, void *st)
{
  ResultScreen *rs = st;
  if (!rs->trace || !rs->level) {
    app_go(g, SCREEN_MAP, NULL);
    return;
  }
  const Theme *t = &g->theme;
  SDL_Rect body =
      app_top_bar(g, level_text(&rs->level->title, g->settings.lang), NULL, SCREEN_MAP, false);
  int m = theme_px(t, 16);
  body = (SDL_Rect){body.x + m, body.y + m, body.w - 2 * m, body.h - 2 * m};
  SDL_Rect world = {body.x, body.y, body.w * 38 / 100, body.h};
  runner_frame_world(rs->trace, rs->level, rs->trace->nframes - 1, &rs->world);
  WorldViewPose pose = world_view_pose(&rs->world);
  if (rs->trace->outcome == RUN_SOLVED)
    pose.hop = g->settings.reduced_motion ? 0 : celebration(g, rs);
  world_view_draw(g->platform.renderer, t, world, &rs->world, &pose);
  SDL_Rect panel = {world.x + world.w + m, body.y, body.w - world.w - m, body.h};
  widgets_panel(&g->ui, panel);
  int huge = theme_font_px(t, THEME_FONT_HUGE), pad = theme_px(t, 16);
  char key[32];
  snprintf(key, sizeof key, "outcome_%s", runner_outcome_name(rs->trace->outcome));
  bool solved = rs->trace->outcome == RUN_SOLVED;
  const char *heading = app_word(key);
  if (text_width_z(g->text, TEXT_FONT_UI_BOLD, huge, heading) > panel.w - 2 * pad)
    huge = theme_font_px(t, THEME_FONT_TITLE); /* a long heading: smaller, and wrapped */
  SDL_Color hc = theme_colour(t, solved ? THEME_GOOD : THEME_BAD);
  int y = panel.y + pad;
  if (text_width_z(g->text, TEXT_FONT_UI_BOLD, huge, heading) <= panel.w - 2 * pad) {
    int hh = text_line_height(g->text, TEXT_FONT_UI_BOLD, huge);
    widgets_label_centre(&g->ui, (SDL_Rect){panel.x + pad, y, panel.w - 2 * pad, hh},
                         TEXT_FONT_UI_BOLD, huge, hc, heading);
    y += hh;
  } else {
    y = text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, huge, panel.x + pad, y, panel.w - 2 * pad, 3,
                          hc, heading);
  }
  if (solved) {
    int size = theme_px(t, 64);
    draw_stars(g, rs, panel.x + panel.w / 2, y + size / 2 + pad / 2, size, rs->trace->stars);
    y += size + pad;
  }
  int bh = theme_px(t, 56), by = panel.y + panel.h - pad - bh;
  draw_words(g, rs, (SDL_Rect){panel.x, panel.y, panel.w, by - pad / 2 - panel.y}, y + pad / 2);
  draw_buttons(g, rs, (SDL_Rect){panel.x + pad, by, panel.w - 2 * pad, bh});
  if (g->ui.back && g->screen == SCREEN_RESULT)
    back_to_code(g);
}

static void destroy(App *g, void *st)
{
  (void)g;
  free(st);
}

const AppScreenFns screen_result_fns = {create, enter, tick, draw, leave, wait_ms, destroy};
