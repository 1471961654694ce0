/* screen_map.c: the level map: each pack a group with its levels in order and the pupil's
   stars. A level opens when the one before it is solved (the first of each pack is always
   open; the teacher's `unlock_all = yes` opens all); the next level to try stands out.
   The rules (which are open, which is next) are the session's; this draws them. */
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "messages.h"

typedef struct {
  int scroll;  /* in pixels */
  bool asking; /* "Not me" was pressed: the map asks before going back to Who are you */
} MapScreen;

static WidgetStyle level_style(const App *g, int p, int i, int next_p, int next_i)
{
  if (!session_level(g->session, p, i) || !session_is_unlocked(g->session, p, i))
    return WIDGET_OFF;
  if (p == next_p && i == next_i)
    return WIDGET_NEXT;
  return WIDGET_NORMAL;
}

/* One pack: its title, then its levels in rows. Returns the y below it. */
static int draw_pack(App *g, SDL_Rect area, int y, int p, int next_p, int next_i)
{
  const Theme *t = &g->theme;
  const Session *s = g->session;
  int px = theme_font_px(t, THEME_FONT_TITLE),
      lh = text_line_height(g->text, TEXT_FONT_UI_BOLD, px);
  widgets_label_left(&g->ui, (SDL_Rect){area.x, y, area.w, lh}, TEXT_FONT_UI_BOLD, px,
                     theme_colour(t, THEME_TITLE),
                     level_text(&session_pack(s, p)->title, g->settings.lang));
  y += lh + theme_px(t, 6);
  int gap = theme_px(t, 12), bw = theme_px(t, 180);
  int bh = text_line_height(g->text, TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_BUTTON)) +
           text_line_height(g->text, TEXT_FONT_UI, theme_font_px(t, THEME_FONT_SMALL)) +
           theme_px(t, 22 + 18); /* the number, the title, the stars and the padding */
  int cols = (area.w + gap) / (bw + gap);
  if (cols < 1)
    cols = 1;
  bw = (area.w - (cols - 1) * gap) / cols;
  int nlevels = session_level_count(s, p);
  for (int i = 0; i < nlevels; i++) {
    SDL_Rect b = {area.x + (i % cols) * (bw + gap), y + (i / cols) * (bh + gap), bw, bh};
    char num[16];
    snprintf(num, sizeof num, "%d", i + 1);
    WidgetStyle st = level_style(g, p, i, next_p, next_i);
    const Level *lv = session_level(s, p, i);
    const char *title = lv ? level_text(&lv->title, g->settings.lang) : "?";
    if (st == WIDGET_OFF && lv)
      title = app_word("ui_locked");
    int best = session_best_stars(s, p, i);
    int stars = st == WIDGET_OFF ? -1 : best > 0 ? best : 0;
    if (b.y + b.h <= area.y || b.y >= area.y + area.h) {
      widgets_skip(&g->ui, b);
      continue;
    }
    if (widgets_level_button(&g->ui, b, num, title, stars, st))
      app_go(g, SCREEN_CHALLENGE, &(AppArg){.what = APP_OPEN_LEVEL, .pack_i = p, .level_i = i});
    if (g->screen != SCREEN_MAP)
      return y;
  }
  int rows = (nlevels + cols - 1) / cols;
  return y + rows * (bh + gap) + gap;
}

/* Teacher, Make a level and Edit (the level last opened), right-aligned. Returns how many. */
static int teacher_row(App *g, SDL_Rect view)
{
  const Theme *t = &g->theme;
  int bh = theme_px(t, 44), gap = theme_px(t, 10), px = theme_font_px(t, THEME_FONT_BUTTON);
  char edit[64] = "";
  const Level *last = session_level(g->session, g->open_pack, g->open_level);
  if (last) {
    char n[16];
    snprintf(n, sizeof n, "%d", g->open_level + 1);
    messages_format(edit, sizeof edit, "ui_edit_level", "number", n, NULL);
  }
  const char *labels[3] = {app_word("ui_teacher"), app_word("ui_make_level"), edit};
  int n = edit[0] ? 3 : 2, x = view.x + view.w;
  for (int i = n - 1; i >= 0; i--)
    x -= text_width_z(g->text, TEXT_FONT_UI_BOLD, px, labels[i]) + theme_px(t, 32) + gap;
  for (int i = 0; i < n && g->screen == SCREEN_MAP; i++) {
    int w = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, labels[i]) + theme_px(t, 32);
    if (widgets_button(&g->ui, (SDL_Rect){x + gap, view.y, w, bh}, labels[i],
                       i == 0 ? WIDGET_GO : WIDGET_NORMAL)) {
      if (i == 0)
        app_go(g, SCREEN_TEACHER, NULL);
      else
        app_go(g, SCREEN_EDITOR, &(AppArg){.what = APP_EDIT_LEVEL, .level = i == 2 ? last : NULL});
    }
    x += w + gap;
  }
  return n;
}

static void *create(App *g)
{
  (void)g;
  return calloc(1, sizeof(MapScreen));
}

static void enter(App *g, void *st, const AppArg *arg)
{
  (void)arg;
  ((MapScreen *)st)->scroll = 0;
  ((MapScreen *)st)->asking = false;
  session_refresh(g->session); /* levels the teacher mended since */
}

/* "Are you sure?" with Yes (back to Who are you) and No (the map again), in place of the map:
   a pupil pressing Escape again and again, or "Not me" by mistake, stays logged in. */
static void ask_not_me(App *g, MapScreen *ms, SDL_Rect body)
{
  const Theme *t = &g->theme;
  int px = theme_font_px(t, THEME_FONT_TITLE), row = theme_px(t, 48), gap = theme_px(t, 16);
  int bw = app_button_w(g, app_word("ui_no"));
  int yw = app_button_w(g, app_word("ui_yes"));
  if (yw > bw)
    bw = yw;
  int y = body.y + body.h / 3, x = body.x + body.w / 2;
  widgets_label_centre(&g->ui, (SDL_Rect){body.x, y, body.w, row}, TEXT_FONT_UI_BOLD, px,
                       theme_colour(t, THEME_TEXT), app_word("ui_not_me_sure"));
  y += row + gap;
  if (widgets_button(&g->ui, (SDL_Rect){x - gap / 2 - bw, y, bw, row}, app_word("ui_no"),
                     WIDGET_NORMAL) ||
      g->ui.back)
    ms->asking = false;
  else if (widgets_button(&g->ui, (SDL_Rect){x + gap / 2, y, bw, row}, app_word("ui_yes"),
                          WIDGET_QUIET))
    app_go(g, SCREEN_PUPIL, NULL);
}

static void draw(App *g, void *st)
{
  MapScreen *ms = st;
  const Theme *t = &g->theme;
  char title[256];
  if (session_is_guest(g->session))
    snprintf(title, sizeof title, "%s", app_word("ui_map_title"));
  else
    messages_format(title, sizeof title, "ui_map_pupil", "name", session_pupil(g->session), NULL);
  bool not_me = false;
  SDL_Rect body = app_top_bar_ex(g, title, "ui_change_pupil", &not_me, true);
  if (g->screen != SCREEN_MAP)
    return;
  if ((not_me || g->ui.back) && !ms->asking) { /* Escape asks too: it never logs out alone */
    ms->asking = true;
    g->ui.focus = 2; /* the top bar's two buttons come first: No is the third */
    g->dirty = true;
    return;
  }
  if (ms->asking) {
    ask_not_me(g, ms, body);
    return;
  }
  int m = theme_px(t, 20);
  SDL_Rect view = {body.x + m, body.y + m / 2, body.w - 2 * m, body.h - m};
  int fixed = 2;    /* the top bar's buttons */
  if (g->teacher) { /* the teacher's buttons: a row above the packs */
    fixed += teacher_row(g, view);
    if (g->screen != SCREEN_MAP)
      return;
    int used = theme_px(t, 44) + m / 2;
    view.y += used;
    view.h -= used;
  }
  if (session_pack_count(g->session) == 0) {
    widgets_label_left(&g->ui, (SDL_Rect){view.x, view.y, view.w, theme_px(t, 40)}, TEXT_FONT_UI,
                       theme_font_px(t, THEME_FONT_BODY), theme_colour(t, THEME_TEXT),
                       app_word("ui_no_levels"));
    return;
  }
  SDL_RenderSetClipRect(g->platform.renderer, &view);
  int next_p, next_i;
  if (!session_next_level(g->session, &next_p, &next_i))
    next_p = next_i = -1;
  int y = view.y - ms->scroll;
  for (int p = 0; p < session_pack_count(g->session) && g->screen == SCREEN_MAP; p++)
    y = draw_pack(g, view, y, p, next_p, next_i);
  SDL_RenderSetClipRect(g->platform.renderer, NULL);
  if (g->screen != SCREEN_MAP)
    return;
  app_follow_focus(g, &ms->scroll, view, y + ms->scroll - view.y, fixed);
}

static void destroy(App *g, void *st)
{
  (void)g;
  free(st);
}

const AppScreenFns screen_map_fns = {create, enter, NULL, draw, NULL, NULL, destroy};
