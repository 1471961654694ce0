/* screen_map.c: the level map: each pack a group with its levels in order and the pupil's
   stars. A level opens when the one before it is solved (the first of each pack is always
   open; the teacher's `unlock_all = yes` opens all); the next level to try stands out.
   Reads stars from the Game (loaded by game_load_map); changes nothing but the screen. */
#include <stdio.h>

#include "messages.h"
#include "screens.h"

static bool unlocked(const Game *g, const GamePack *gp, int i)
{
  return g->unlock_all || i == 0 || gp->best[i - 1] > 0 || gp->best[i] > 0;
}

/* The first open level not yet solved, over all packs in order. */
static void next_to_try(const Game *g, int *pack_i, int *level_i)
{
  *pack_i = *level_i = -1;
  for (int p = 0; p < g->npacks; p++)
    for (int i = 0; i < g->packs[p].pack->nlevels; i++)
      if (g->packs[p].levels[i] && unlocked(g, &g->packs[p], i) && g->packs[p].best[i] <= 0) {
        *pack_i = p;
        *level_i = i;
        return;
      }
}

static WidgetStyle level_style(const Game *g, int p, int i, int next_p, int next_i)
{
  const GamePack *gp = &g->packs[p];
  if (!gp->levels[i] || !unlocked(g, gp, i)) return WIDGET_OFF;
  if (p == next_p && i == next_i) return WIDGET_NEXT;
  return WIDGET_NORMAL;
}

/* One pack: its title, then its levels in rows. Returns the y below it. */
static int draw_pack(Game *g, SDL_Rect area, int y, int p, int next_p, int next_i)
{
  const Theme *t = &g->theme;
  const GamePack *gp = &g->packs[p];
  int px = theme_font_px(t, THEME_FONT_TITLE), lh = text_line_height(g->text, TEXT_FONT_UI_BOLD, px);
  widgets_label_left(&g->ui, (SDL_Rect){area.x, y, area.w, lh}, TEXT_FONT_UI_BOLD, px,
                     theme_colour(t, THEME_TITLE), level_text(&gp->pack->title, g->settings.lang));
  y += lh + theme_px(t, 6);
  int gap = theme_px(t, 12), bw = theme_px(t, 180);
  int bh = text_line_height(g->text, TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_BUTTON)) +
           text_line_height(g->text, TEXT_FONT_UI, theme_font_px(t, THEME_FONT_SMALL)) +
           theme_px(t, 22 + 18); /* the number, the title, the stars and the padding */
  int cols = (area.w + gap) / (bw + gap);
  if (cols < 1) cols = 1;
  bw = (area.w - (cols - 1) * gap) / cols;
  for (int i = 0; i < gp->pack->nlevels; i++) {
    SDL_Rect b = {area.x + (i % cols) * (bw + gap), y + (i / cols) * (bh + gap), bw, bh};
    char num[16];
    snprintf(num, sizeof num, "%d", i + 1);
    WidgetStyle st = level_style(g, p, i, next_p, next_i);
    const char *title = gp->levels[i] ? level_text(&gp->levels[i]->title, g->settings.lang) : "?";
    if (st == WIDGET_OFF && gp->levels[i]) title = game_word("ui_locked");
    int stars = st == WIDGET_OFF ? -1 : gp->best[i] > 0 ? gp->best[i] : 0;
    if (b.y + b.h <= area.y || b.y >= area.y + area.h) {
      widgets_skip(&g->ui, b);
      continue;
    }
    if (widgets_level_button(&g->ui, b, num, title, stars, st)) game_open_level(g, p, i);
    if (g->screen != SCREEN_MAP) return y;
  }
  int rows = (gp->pack->nlevels + cols - 1) / cols;
  return y + rows * (bh + gap) + gap;
}

/* Teacher, Make a level and Edit (the level last opened), right-aligned. Returns how many. */
static int teacher_row(Game *g, SDL_Rect view)
{
  const Theme *t = &g->theme;
  int bh = theme_px(t, 44), gap = theme_px(t, 10), px = theme_font_px(t, THEME_FONT_BUTTON);
  char edit[64] = "";
  if (g->level && g->pack_i < g->npacks && !g->editor_trial) {
    char n[16];
    snprintf(n, sizeof n, "%d", g->level_i + 1);
    messages_format(edit, sizeof edit, "ui_edit_level", "number", n, NULL);
  }
  const char *labels[3] = {game_word("ui_teacher"), game_word("ui_make_level"), edit};
  int n = edit[0] ? 3 : 2, x = view.x + view.w;
  for (int i = n - 1; i >= 0; i--) x -= text_width_z(g->text, TEXT_FONT_UI_BOLD, px, labels[i]) + theme_px(t, 32) + gap;
  for (int i = 0; i < n && g->screen == SCREEN_MAP; i++) {
    int w = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, labels[i]) + theme_px(t, 32);
    if (widgets_button(&g->ui, (SDL_Rect){x + gap, view.y, w, bh}, labels[i], i == 0 ? WIDGET_GO : WIDGET_NORMAL)) {
      if (i == 0) screen_teacher_open(g);
      else screen_editor_open(g, i == 2 ? g->level : NULL);
    }
    x += w + gap;
  }
  return n;
}

void screen_map(Game *g)
{
  const Theme *t = &g->theme;
  char title[256];
  if (g->guest)
    snprintf(title, sizeof title, "%s", game_word("ui_map_title"));
  else
    messages_format(title, sizeof title, "ui_map_pupil", "name", g->pupil, NULL);
  SDL_Rect body = game_top_bar(g, title, "ui_change_pupil", SCREEN_PUPIL, true);
  if (g->screen != SCREEN_MAP) return;
  int m = theme_px(t, 20);
  SDL_Rect view = {body.x + m, body.y + m / 2, body.w - 2 * m, body.h - m};
  int fixed = 2; /* the top bar's buttons */
  if (g->teacher) { /* the teacher's buttons: a row above the packs */
    fixed += teacher_row(g, view);
    if (g->screen != SCREEN_MAP) return;
    int used = theme_px(t, 44) + m / 2;
    view.y += used;
    view.h -= used;
  }
  if (g->npacks == 0) {
    widgets_label_left(&g->ui, (SDL_Rect){view.x, view.y, view.w, theme_px(t, 40)}, TEXT_FONT_UI,
                       theme_font_px(t, THEME_FONT_BODY), theme_colour(t, THEME_TEXT),
                       game_word("ui_no_levels"));
    return;
  }
  SDL_RenderSetClipRect(g->platform.renderer, &view);
  int next_p, next_i;
  next_to_try(g, &next_p, &next_i);
  int y = view.y - g->scroll;
  for (int p = 0; p < g->npacks && g->screen == SCREEN_MAP; p++)
    y = draw_pack(g, view, y, p, next_p, next_i);
  SDL_RenderSetClipRect(g->platform.renderer, NULL);
  if (g->screen != SCREEN_MAP) return;
  game_follow_focus(g, view, y + g->scroll - view.y, fixed);
  if (g->ui.back) game_go(g, SCREEN_PUPIL);
}
