/* screen_result.c: how the run ended. Solved: one to three stars that pop in (still, with
   reduced motion), blocks against par, Next level. Otherwise: the runner's friendly sentence,
   the line it is about, a hint, and Fix my code. Reads the trace; changes no rule. */
#include <stdio.h>
#include <string.h>

#include "messages.h"
#include "screens.h"
#include "world_view.h"

/* 0..1 through the celebration (1 at once with reduced motion). */
static float celebration(Game *g)
{
  if (g->settings.reduced_motion) return 1;
  float f = (float)(platform_ms() - g->result_ms) / 1200.0f;
  return f > 1 ? 1 : f;
}

static void draw_stars(Game *g, int cx, int cy, int size, int stars)
{
  float f = celebration(g);
  for (int i = 0; i < 3; i++) {
    float grow = f * 3 - (float)i * 0.6f; /* each star pops in after the one before */
    grow = grow < 0 ? 0 : grow > 1 ? 1 : grow;
    bool earned = i < stars;
    float r = (float)size * 0.5f * (earned ? 0.4f + 0.6f * grow : 1);
    SDL_Color c = theme_colour(&g->theme, earned ? THEME_STAR : THEME_STAR_EMPTY);
    widgets_star(g->platform.renderer, (float)(cx + (i - 1) * size * 6 / 5), (float)cy, r, c);
  }
}

static bool next_level(Game *g, int *pack_i, int *level_i)
{
  *pack_i = g->pack_i;
  *level_i = g->level_i + 1;
  if (*level_i >= g->packs[*pack_i].pack->nlevels) {
    (*pack_i)++;
    *level_i = 0;
  }
  return *pack_i < g->npacks && g->packs[*pack_i].pack->nlevels > 0;
}

static void back_to_code(Game *g)
{
  replay_stop(&g->replay);
  code_view_set_running_line(g->cv, 0);
  code_view_set_read_only(g->cv, false);
  game_go(g, SCREEN_CHALLENGE);
  g->editor_focus = true;
}

/* At most `most` lines of this font from y that end above bottom (0 when none fit). */
static int lines_above(Game *g, TextFont font, int px, int y, int bottom, int most)
{
  int lh = text_line_height(g->text, font, px);
  int n = lh > 0 ? (bottom - y) / lh : 0;
  return n < 0 ? 0 : n < most ? n : most;
}

/* The words under the heading, kept inside r (above the buttons): with big text on a small
   window the hint loses its last lines rather than running under the buttons. */
static int draw_words(Game *g, SDL_Rect r, int y)
{
  const Theme *t = &g->theme;
  const RunTrace *tr = g->trace;
  int body = theme_font_px(t, THEME_FONT_BODY), pad = theme_px(t, 16);
  SDL_Color text = theme_colour(t, THEME_TEXT);
  char line[700];
  if (tr->outcome == RUN_SOLVED) {
    char b[16], p[16];
    snprintf(b, sizeof b, "%d", tr->blocks);
    snprintf(p, sizeof p, "%d", g->level->par);
    messages_format(line, sizeof line, tr->stars == 3 ? "ui_result_par" : "ui_result_over_par",
                    "blocks", b, "par", p, NULL);
    if (tr->message[0]) /* solved, but not as the level teaches: kept going, no function */
      snprintf(line, sizeof line, "%s", tr->message);
    int n = lines_above(g, TEXT_FONT_UI, body, y, r.y + r.h, 4);
    return n ? text_draw_wrapped(g->text, TEXT_FONT_UI, body, r.x + pad, y, r.w - 2 * pad, n, text, line) : y;
  }
  if (tr->line > 0 && strncmp(tr->message, "Line", 4) != 0) { /* name the line first */
    char n[16];
    snprintf(n, sizeof n, "%d", tr->line);
    messages_format(line, sizeof line, "line_prefix", "line", n, NULL);
    size_t used = strlen(line);
    snprintf(line + used, sizeof line - used, "%s", tr->message);
  } else {
    snprintf(line, sizeof line, "%s", tr->message);
  }
  int n = lines_above(g, TEXT_FONT_UI, body, y, r.y + r.h, 5);
  if (n) y = text_draw_wrapped(g->text, TEXT_FONT_UI, body, r.x + pad, y, r.w - 2 * pad, n, text, line);
  n = lines_above(g, TEXT_FONT_UI_BOLD, body, y + body / 2, r.y + r.h, 3);
  if (g->level->nhints > 0 && n) {
    int i = g->hints_shown > 0 ? (g->hints_shown - 1) % g->level->nhints : 0;
    snprintf(line, sizeof line, "%s %s", game_word("ui_hint_prefix"),
             level_text(&g->level->hints[i], g->settings.lang));
    y = text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, body, r.x + pad, y + body / 2, r.w - 2 * pad, n,
                          theme_colour(t, THEME_TITLE), line);
  }
  return y;
}

static void draw_buttons(Game *g, SDL_Rect r)
{
  const Theme *t = &g->theme;
  int gap = theme_px(t, 10), w = (r.w - 2 * gap) / 3;
  bool solved = g->trace->outcome == RUN_SOLVED;
  int pi, li;
  bool has_next = next_level(g, &pi, &li);
  SDL_Rect b = {r.x, r.y, w, r.h};
  if (solved) {
    if (widgets_button(&g->ui, b, game_word("ui_next_level"), has_next ? WIDGET_GO : WIDGET_OFF))
      game_open_level(g, pi, li);
  } else if (widgets_button(&g->ui, b, game_word("ui_fix_code"), WIDGET_GO)) {
    back_to_code(g);
  }
  b.x += w + gap;
  if (widgets_button(&g->ui, b, game_word(solved ? "ui_try_again" : "ui_watch_again"), WIDGET_NORMAL)) {
    if (solved) back_to_code(g);
    else {
      game_go(g, SCREEN_CHALLENGE);
      replay_seek(&g->replay, 0);
      replay_play(&g->replay);
      g->recorded = true; /* watching again is not another attempt */
    }
  }
  b.x += w + gap;
  const char *back = g->editor_trial ? "ui_back_to_editor" : "ui_to_map"; /* where it goes */
  if (widgets_button(&g->ui, b, game_word(back), WIDGET_NORMAL)) game_go(g, SCREEN_MAP);
}

void screen_result(Game *g)
{
  if (!g->trace || !g->level) {
    game_go(g, SCREEN_MAP);
    return;
  }
  const Theme *t = &g->theme;
  SDL_Rect body = game_top_bar(g, level_text(&g->level->title, g->settings.lang), NULL, SCREEN_MAP,
                               false);
  int m = theme_px(t, 16);
  body = (SDL_Rect){body.x + m, body.y + m, body.w - 2 * m, body.h - 2 * m};
  SDL_Rect world = {body.x, body.y, body.w * 38 / 100, body.h};
  runner_frame_world(g->trace, g->level, g->trace->nframes - 1, &g->world);
  WorldViewPose pose = world_view_pose(&g->world);
  if (g->trace->outcome == RUN_SOLVED) pose.hop = g->settings.reduced_motion ? 0 : celebration(g);
  world_view_draw(g->platform.renderer, t, world, &g->world, &pose);
  SDL_Rect panel = {world.x + world.w + m, body.y, body.w - world.w - m, body.h};
  widgets_panel(&g->ui, panel);
  int huge = theme_font_px(t, THEME_FONT_HUGE), pad = theme_px(t, 16);
  char key[32];
  snprintf(key, sizeof key, "outcome_%s", runner_outcome_name(g->trace->outcome));
  bool solved = g->trace->outcome == RUN_SOLVED;
  const char *heading = game_word(key);
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
    draw_stars(g, panel.x + panel.w / 2, y + size / 2 + pad / 2, size, g->trace->stars);
    y += size + pad;
  }
  int bh = theme_px(t, 56), by = panel.y + panel.h - pad - bh;
  draw_words(g, (SDL_Rect){panel.x, panel.y, panel.w, by - pad / 2 - panel.y}, y + pad / 2);
  draw_buttons(g, (SDL_Rect){panel.x + pad, by, panel.w - 2 * pad, bh});
  if (g->ui.back && g->screen == SCREEN_RESULT) back_to_code(g);
}
