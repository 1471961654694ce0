/* screen_teacher.c: the teacher view: every class found in this laptop's progress folder (the
   rosters and the logs), then a grid of pupils x levels coloured by best stars, and a pupil's
   latest program for a level, read-only. Shown only with the teacher setting. Reads progress
   through progress.h; writes nothing and changes no pupil's state. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app.h"
#include "code_view.h"
#include "messages.h"
#include "sys.h"
#include "util.h"
#include "web.h"
#include "world_view.h"

/* The grid's own state; the classes, pupils, levels and stars are the session's class view
   (built by report.c over the progress folder), made again each time the screen opens. */
struct TeacherView {
  SessionClassView *view;   /* NULL until the screen first opens (or out of memory) */
  int sx, sy;               /* the grid's scroll in pixels */
  int first_cell;           /* the focus index of the first cell in the last pass */
  int shown_row, shown_col; /* the program on show; shown_row < 0: the grid */
  int return_focus;         /* the cell focused before the program showed */
  bool restore_focus;       /* put the focus back on it in the grid's next pass */
  CodeView *cv;             /* the program, read-only */
  int attempts;             /* the pupil's runs of the level on show */
  int page_w, cell_w;       /* the cells' visible width and one cell's, from the last pass */
};

/* --- reading the folder ----------------------------------------------------------------- */

static void choose_class(App *g, struct TeacherView *tv, int c)
{
  session_class_view_choose(tv->view, g->session, c);
  tv->sx = tv->sy = 0;
}

/* The class last shown, else the pupil's own class, stays chosen. */
static void reload(App *g, struct TeacherView *tv)
{
  char keep[PROGRESS_NAME_MAX];
  const SessionClassView *old = tv->view;
  snprintf(keep, sizeof keep, "%s",
           old && old->class_i >= 0 ? old->classes[old->class_i] : session_class(g->session));
  session_class_view_free(tv->view);
  tv->view = session_class_view(g->session, keep);
  tv->shown_row = -1;
  tv->sx = tv->sy = 0;
}

static void *create(App *g)
{
  (void)g;
  struct TeacherView *tv = calloc(1, sizeof *tv);
  if (!tv)
    return NULL;
  tv->shown_row = -1;
  return tv;
}

/* Reads the folder again each time the screen opens from elsewhere (pupils may have played);
   not when coming back from a pupil's program or the settings. */
static void enter(App *g, void *st, const AppArg *arg)
{
  if (arg->from != SCREEN_TEACHER && arg->from != SCREEN_SETTINGS)
    reload(g, st);
}

static void destroy(App *g, void *st)
{
  (void)g;
  struct TeacherView *tv = st;
  session_class_view_free(tv->view);
  code_view_free(tv->cv);
  free(tv);
}

/* --- the grid ----------------------------------------------------------------------------- */

typedef struct {
  SDL_Rect names, header, cells; /* the name column, the level header, the scrolled cells */
  int cw, ch, hh;                /* a cell's size, the header's height */
  int ph;                        /* the pack titles' band at the top of the header */
} GridLayout;

static const Level *col_level(const App *g, const struct TeacherView *tv, int col)
{
  return session_level(g->session, tv->view->cols[col].pack_i, tv->view->cols[col].level_i);
}

static const Pack *col_pack(const App *g, const struct TeacherView *tv, int col)
{
  return session_pack(g->session, tv->view->cols[col].pack_i);
}

static SDL_Color cell_colour(const App *g, int stars)
{
  if (stars < 0)
    return theme_colour(&g->theme, THEME_PANEL);
  if (g->theme.high_contrast)
    return theme_colour(&g->theme, stars == 0 ? THEME_BAD : THEME_GOOD);
  return theme_colour(&g->theme, (ThemeColourId)(THEME_GRID_STARS_0 + (stars > 3 ? 3 : stars)));
}

static void draw_cell(App *g, SDL_Rect r, int stars, bool focused)
{
  const Theme *t = &g->theme;
  int inset = theme_px(t, 2);
  SDL_Rect in = {r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset};
  if (t->high_contrast) { /* an edge round every square: an empty one is the page's colour */
    int e = theme_px(t, 1.5f);
    widgets_round_rect(g->platform.renderer, in, theme_px(t, 6), theme_colour(t, THEME_PANEL_EDGE));
    in = (SDL_Rect){in.x + e, in.y + e, in.w - 2 * e, in.h - 2 * e};
  }
  widgets_round_rect(g->platform.renderer, in, theme_px(t, 6), cell_colour(g, stars));
  if (focused || widgets_hover(&g->ui, r)) {
    SDL_Color e = theme_colour(t, THEME_PANEL_EDGE);
    SDL_SetRenderDrawColor(g->platform.renderer, e.r, e.g, e.b, 255);
    SDL_RenderDrawRect(g->platform.renderer, &in);
  }
  if (stars > 0) {
    int size = in.w / 4 < in.h * 2 / 3 ? in.w / 4 : in.h * 2 / 3;
    widgets_stars(&g->ui, in.x + in.w / 2, in.y + in.h / 2, size, stars);
  } else if (stars == 0) {
    widgets_label_centre(&g->ui, in, TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_BODY),
                         (SDL_Color){90, 50, 0, 255}, "0");
  }
}

/* One cell: focusable, pressed by a click or Enter; remembered as "PUPIL N" for tests. */
static bool cell(App *g, SDL_Rect r, SDL_Rect clip, const char *pupil, int number, int stars)
{
  SDL_Rect vis;
  if (!SDL_IntersectRect(&r, &clip, &vis)) {
    widgets_skip(&g->ui, r);
    return false;
  }
  int id = g->ui.count;
  bool focused = widgets_focusable(&g->ui, r);
  bool pressed = (g->ui.clicked && widgets_inside(vis, g->ui.click_x, g->ui.click_y)) ||
                 (focused && g->ui.activate && g->ui.focus == id);
  draw_cell(g, r, stars, focused);
  char label[64]; /* the name cut on a character, so that the level's number stays */
  snprintf(label, sizeof label, "%.*s %d", (int)util_utf8_cut(pupil, strlen(pupil), 24), pupil,
           number);
  widgets_remember(&g->ui, vis, label, true);
  if (pressed)
    g->ui.changed = true;
  return pressed;
}

static GridLayout grid_layout(App *g, SDL_Rect area)
{
  const Theme *t = &g->theme;
  GridLayout L;
  int small = theme_font_px(t, THEME_FONT_SMALL);
  int lh = text_line_height(g->text, TEXT_FONT_UI, small);
  L.cw = theme_px(t, 104);
  L.ch = theme_px(t, 46);
  L.ph = text_line_height(g->text, TEXT_FONT_UI_BOLD, small) + theme_px(t, 6);
  L.hh = L.ph + lh * 3 + theme_px(t, 10) + text_line_height(g->text, TEXT_FONT_UI_BOLD, small);
  int nw = theme_px(t, 190);
  L.names = (SDL_Rect){area.x, area.y + L.hh, nw, area.h - L.hh};
  L.header = (SDL_Rect){area.x + nw, area.y, area.w - nw, L.hh};
  L.cells = (SDL_Rect){area.x + nw, area.y + L.hh, area.w - nw, area.h - L.hh};
  return L;
}

/* The columns c0..c1 (one pack's levels) under its title: a band across them, the title kept
   in view while the group is, and a line where the next pack begins. */
static void draw_pack_band(App *g, struct TeacherView *tv, GridLayout L, int c0, int c1)
{
  const Theme *t = &g->theme;
  int small = theme_font_px(t, THEME_FONT_SMALL), pad = theme_px(t, 4), edge = theme_px(t, 2);
  int x0 = L.header.x + c0 * L.cw - tv->sx, x1 = L.header.x + (c1 + 1) * L.cw - tv->sx;
  if (x1 < L.header.x || x0 > L.header.x + L.header.w)
    return;
  SDL_Rect band = {x0 + edge, L.header.y, x1 - x0 - 2 * edge, L.ph - pad};
  widgets_round_rect(g->platform.renderer, band, theme_px(t, 6), theme_colour(t, THEME_PANEL_EDGE));
  SDL_Rect in = {band.x + edge, band.y + edge, band.w - 2 * edge, band.h - 2 * edge};
  widgets_round_rect(g->platform.renderer, in, theme_px(t, 5), theme_colour(t, THEME_PANEL));
  int lx = x0 < L.header.x ? L.header.x : x0; /* scrolled: the title slides along its group */
  SDL_Rect label = {lx + 2 * pad, band.y, x1 - lx - 4 * pad, band.h};
  const Pack *pack = col_pack(g, tv, c0);
  const char *title = level_text(&pack->title, g->settings.lang);
  if (label.w <= 0)
    return;
  widgets_label_left(&g->ui, label, TEXT_FONT_UI_BOLD, small, theme_colour(t, THEME_TITLE), title);
  SDL_Rect shown; /* findable by its words, like the cells (not pressable) */
  SDL_IntersectRect(&label, &L.header, &shown);
  widgets_remember(&g->ui, shown, title, false);
  if (c0 > 0) { /* where this pack starts, down the whole grid */
    SDL_Color e = theme_colour(t, THEME_TITLE);
    SDL_SetRenderDrawColor(g->platform.renderer, e.r, e.g, e.b, 255);
    SDL_RenderSetClipRect(g->platform.renderer, NULL);
    SDL_Rect line = {x0 - edge / 2, L.header.y, edge, L.cells.y + L.cells.h - L.header.y};
    SDL_Rect clip = {L.header.x, L.header.y, L.header.w, line.h}, vis;
    if (SDL_IntersectRect(&line, &clip, &vis))
      SDL_RenderFillRect(g->platform.renderer, &vis);
    SDL_RenderSetClipRect(g->platform.renderer, &L.header);
  }
}

static void draw_header(App *g, struct TeacherView *tv, GridLayout L)
{
  const Theme *t = &g->theme;
  int small = theme_font_px(t, THEME_FONT_SMALL), pad = theme_px(t, 4);
  int blh = text_line_height(g->text, TEXT_FONT_UI_BOLD, small);
  SDL_RenderSetClipRect(g->platform.renderer, &L.header);
  for (int c0 = 0, c1; c0 < tv->view->ncols; c0 = c1 + 1) { /* each pack's group of columns */
    for (c1 = c0;
         c1 + 1 < tv->view->ncols && tv->view->cols[c1 + 1].pack_i == tv->view->cols[c0].pack_i;
         c1++) {
    }
    draw_pack_band(g, tv, L, c0, c1);
  }
  for (int c = 0; c < tv->view->ncols; c++) {
    int x = L.header.x + c * L.cw - tv->sx;
    if (x + L.cw < L.header.x || x > L.header.x + L.header.w)
      continue;
    char num[16];
    snprintf(num, sizeof num, "%d", tv->view->cols[c].level_i + 1);
    SDL_Rect top = {x + pad, L.header.y + L.ph, L.cw - 2 * pad, blh};
    widgets_label_centre(&g->ui, top, TEXT_FONT_UI_BOLD, small, theme_colour(t, THEME_TITLE), num);
    const Level *lv = col_level(g, tv, c);
    text_draw_wrapped(g->text, TEXT_FONT_UI, small, x + pad, top.y + blh, L.cw - 2 * pad, 3,
                      theme_colour(t, THEME_TEXT), level_text(&lv->title, g->settings.lang));
  }
  SDL_RenderSetClipRect(g->platform.renderer, NULL);
}

static void draw_names(App *g, struct TeacherView *tv, GridLayout L)
{
  const Theme *t = &g->theme;
  int body = theme_font_px(t, THEME_FONT_BODY), pad = theme_px(t, 8);
  widgets_label_left(&g->ui, (SDL_Rect){L.names.x + pad, L.header.y, L.names.w - pad, L.hh},
                     TEXT_FONT_UI_BOLD, body, theme_colour(t, THEME_TITLE),
                     app_word("ui_teacher_pupil"));
  SDL_RenderSetClipRect(g->platform.renderer, &L.names);
  for (int r = 0; r < tv->view->nrows; r++) {
    int y = L.names.y + r * L.ch - tv->sy;
    if (y + L.ch < L.names.y || y > L.names.y + L.names.h)
      continue;
    widgets_label_left(&g->ui, (SDL_Rect){L.names.x + pad, y, L.names.w - 2 * pad, L.ch},
                       TEXT_FONT_UI_BOLD, body, theme_colour(t, THEME_TEXT),
                       tv->view->rows[r].name);
  }
  SDL_RenderSetClipRect(g->platform.renderer, NULL);
}

static void scroll_grid(App *g, struct TeacherView *tv, GridLayout L)
{
  int step = theme_px(&g->theme, 60);
  for (int i = 0; i < g->input.n; i++) {
    const InputEvent *e = &g->input.ev[i];
    if (e->kind != INPUT_WHEEL)
      continue;
    if (e->mods & INPUT_MOD_SHIFT)
      tv->sx -= e->wheel * step;
    else
      tv->sy -= e->wheel * step;
    tv->sx += e->wheel_x * step; /* a trackpad's sideways swipe */
  }
  int f = g->ui.focus - tv->first_cell;
  if (g->ui.show_focus && f >= 0 &&
      f < tv->view->nrows * tv->view->ncols) { /* keep the focus in view */
    int x = (f % tv->view->ncols) * L.cw, y = (f / tv->view->ncols) * L.ch;
    if (x < tv->sx)
      tv->sx = x;
    if (x + L.cw > tv->sx + L.cells.w)
      tv->sx = x + L.cw - L.cells.w;
    if (y < tv->sy)
      tv->sy = y;
    if (y + L.ch > tv->sy + L.cells.h)
      tv->sy = y + L.ch - L.cells.h;
  }
  int mx = tv->view->ncols * L.cw - L.cells.w, my = tv->view->nrows * L.ch - L.cells.h;
  tv->sx = tv->sx > mx ? mx : tv->sx;
  tv->sy = tv->sy > my ? my : tv->sy;
  tv->sx = tv->sx < 0 ? 0 : tv->sx;
  tv->sy = tv->sy < 0 ? 0 : tv->sy;
}

/* How many times the pupil ran the level (their own log; 0 when they have none). */
static int count_attempts(const App *g, const struct TeacherView *tv, int row, int col)
{
  const SessionClassRow *r = &tv->view->rows[row];
  const char *dir = session_progress_dir(g->session);
  char path[1200], err[256];
  if (!dir || !progress_pupil_path(dir, r->name, r->class_name, path, sizeof path))
    return 0;
  ProgressLog *log = progress_read_file(path, err, sizeof err);
  int n =
      log ? progress_attempt_count(log, col_pack(g, tv, col)->id, col_level(g, tv, col)->id) : 0;
  progress_log_free(log);
  return n;
}

static void show_program(App *g, struct TeacherView *tv, int row, int col)
{
  if (!tv->cv)
    tv->cv = code_view_new(g->text, &g->theme);
  if (!tv->cv)
    return;
  size_t len = 0;
  char *text = session_class_view_program(tv->view, g->session, row, col, &len);
  code_view_set_text(tv->cv, text ? text : "");
  tv->attempts = count_attempts(g, tv, row, col);
  code_view_set_read_only(tv->cv, true);
  code_view_set_focus(tv->cv, false);
  free(text);
  tv->return_focus = g->ui.focus;
  tv->shown_row = row;
  tv->shown_col = col;
  app_go(g, SCREEN_TEACHER, NULL);
}

static void draw_grid(App *g, struct TeacherView *tv, SDL_Rect area)
{
  GridLayout L = grid_layout(g, area);
  tv->page_w = L.cells.w;
  tv->cell_w = L.cw;
  scroll_grid(g, tv, L);
  draw_header(g, tv, L);
  draw_names(g, tv, L);
  tv->first_cell = g->ui.count;
  SDL_RenderSetClipRect(g->platform.renderer, &L.cells);
  int pressed = -1;
  for (int r = 0; r < tv->view->nrows; r++)
    for (int c = 0; c < tv->view->ncols; c++) {
      SDL_Rect cr = {L.cells.x + c * L.cw - tv->sx, L.cells.y + r * L.ch - tv->sy, L.cw, L.ch};
      const SessionClassView *v = tv->view;
      if (cell(g, cr, L.cells, v->rows[r].name, v->cols[c].level_i + 1,
               session_class_view_stars(v, g->session, r, c)))
        pressed = r * tv->view->ncols + c;
    }
  SDL_RenderSetClipRect(g->platform.renderer, NULL);
  if (pressed >= 0)
    show_program(g, tv, pressed / tv->view->ncols, pressed % tv->view->ncols);
}

/* --- the class choice and the page -------------------------------------------------------- */

static int button_w(App *g, const char *label)
{
  return text_width_z(g->text, TEXT_FONT_UI_BOLD, theme_font_px(&g->theme, THEME_FONT_BUTTON),
                      label) +
         theme_px(&g->theme, 32);
}

/* Earlier and Later scroll the levels a page sideways (the wheel does with Shift). */
static int paging_w(App *g)
{
  return button_w(g, app_word("ui_teacher_earlier")) + button_w(g, app_word("ui_teacher_later")) +
         theme_px(&g->theme, 8);
}

static void draw_paging(App *g, struct TeacherView *tv, int x, int y, int bh)
{
  const char *earlier = app_word("ui_teacher_earlier"), *later = app_word("ui_teacher_later");
  int gap = theme_px(&g->theme, 8), lw = button_w(g, later), ew = button_w(g, earlier);
  int page = tv->cell_w > 0 ? (tv->page_w / tv->cell_w) * tv->cell_w : 0;
  bool more = tv->view->ncols * tv->cell_w > tv->page_w;
  WidgetStyle st = more && tv->view->nrows > 0 ? WIDGET_QUIET : WIDGET_OFF;
  if (widgets_button(&g->ui, (SDL_Rect){x, y, ew, bh}, earlier, tv->sx > 0 ? st : WIDGET_OFF))
    tv->sx -= page;
  if (widgets_button(&g->ui, (SDL_Rect){x + ew + gap, y, lw, bh}, later,
                     tv->sx + tv->page_w < tv->view->ncols * tv->cell_w ? st : WIDGET_OFF))
    tv->sx += page;
}

/* "Class", the class buttons (wrapping), and Make a level on the right. Returns the y below. */
static int draw_classes(App *g, struct TeacherView *tv, SDL_Rect area)
{
  const Theme *t = &g->theme;
  int bh = theme_px(t, 44), gap = theme_px(t, 8);
  const char *make = app_word("ui_make_level");
  int mw = button_w(g, make);
  int right = area.x + area.w - mw - 2 * gap - paging_w(g) - gap;
  int body = theme_font_px(t, THEME_FONT_BODY);
  const char *cls = app_word("ui_teacher_class");
  int cw = text_width_z(g->text, TEXT_FONT_UI_BOLD, body, cls) + gap * 2;
  widgets_label_left(&g->ui, (SDL_Rect){area.x, area.y, cw, bh}, TEXT_FONT_UI_BOLD, body,
                     theme_colour(t, THEME_TEXT), cls);
  int x = area.x + cw, y = area.y;
  for (int i = 0; i < tv->view->nclasses; i++) {
    const char *name = tv->view->classes[i][0] ? tv->view->classes[i] : "-";
    int w = button_w(g, name);
    if (w > right - (area.x + cw))
      w = right - (area.x + cw); /* a long name: not over Earlier */
    if (x > area.x + cw && x + w > right) {
      x = area.x + cw;
      y += bh + gap;
    }
    if (widgets_button(&g->ui, (SDL_Rect){x, y, w, bh}, name,
                       i == tv->view->class_i ? WIDGET_CHOSEN : WIDGET_QUIET))
      choose_class(g, tv, i);
    x += w + gap;
  }
  draw_paging(g, tv, right + gap, area.y, bh);
  if (widgets_button(&g->ui, (SDL_Rect){area.x + area.w - mw, area.y, mw, bh}, make, WIDGET_GO))
    app_go(g, SCREEN_EDITOR, &(AppArg){.what = APP_EDIT_LEVEL, .level = NULL});
  return y + bh + gap;
}

static void draw_message(App *g, SDL_Rect area, const char *key)
{
  const Theme *t = &g->theme;
  text_draw_wrapped(g->text, TEXT_FONT_UI, theme_font_px(t, THEME_FONT_BODY), area.x, area.y,
                    area.w, 4, theme_colour(t, THEME_TEXT), app_word(key));
}

static void page_grid(App *g, struct TeacherView *tv)
{
  const Theme *t = &g->theme;
  if (tv->restore_focus) { /* here, not earlier: the program page had one widget */
    g->ui.focus = tv->return_focus;
    tv->restore_focus = false;
  }
  SDL_Rect body = app_top_bar(g, app_word("ui_teacher_title"), "ui_to_map", SCREEN_MAP, true);
  if (g->screen != SCREEN_TEACHER)
    return;
  int m = theme_px(t, 16);
  SDL_Rect area = {body.x + m, body.y + m / 2, body.w - 2 * m, body.h - m};
  int y = draw_classes(g, tv, area);
  if (g->screen != SCREEN_TEACHER || tv->shown_row >= 0)
    return;
  if (web_teacher_row(g, area, &y)) /* the browser's Save progress file, Add ... (web.h) */
    reload(g, tv);
  int small = theme_font_px(t, THEME_FONT_SMALL),
      lh = text_line_height(g->text, TEXT_FONT_UI, small);
  SDL_Rect rest = {area.x, y, area.w, area.y + area.h - y};
  if (tv->view->nclasses == 0)
    return draw_message(g, rest, "ui_teacher_no_classes");
  if (tv->view->ncols == 0)
    return draw_message(g, rest, "ui_teacher_no_levels");
  if (tv->view->nrows == 0)
    return draw_message(g, rest, "ui_teacher_no_pupils");
  const char *key = app_word("ui_teacher_key"); /* on two lines when the text is large */
  int lines = text_wrap_count(g->text, TEXT_FONT_UI, small, key, rest.w) > 1 ? 2 : 1;
  text_draw_wrapped(g->text, TEXT_FONT_UI, small, rest.x, rest.y, rest.w, lines,
                    theme_colour(t, THEME_TEXT_DIM), key);
  int used = lines * lh + m / 2;
  draw_grid(g, tv, (SDL_Rect){rest.x, rest.y + used, rest.w, rest.h - used});
  if (g->ui.back && g->screen == SCREEN_TEACHER && tv->shown_row < 0) {
    app_go(g, SCREEN_MAP, NULL);
    g->ui.changed = true;
  }
}

/* One pupil's program for one level: the level's map, how they did, the code read-only. */
static void page_program(App *g, struct TeacherView *tv)
{
  const Theme *t = &g->theme;
  const SessionClassRow *r = &tv->view->rows[tv->shown_row];
  int col = tv->shown_col;
  const Level *lv = col_level(g, tv, col);
  char title[400], num[16];
  snprintf(num, sizeof num, "%d", tv->view->cols[col].level_i + 1);
  messages_format(title, sizeof title, "ui_teacher_program", "name", r->name, "number", num,
                  "level", level_text(&lv->title, g->settings.lang), NULL);
  SDL_Rect body = app_top_bar(g, title, "ui_teacher_to_class", SCREEN_TEACHER, false);
  bool back = g->ui.changed; /* the top bar's back button: the only one on this page */
  int m = theme_px(t, 16);
  body = (SDL_Rect){body.x + m, body.y + m, body.w - 2 * m, body.h - 2 * m};
  SDL_Rect left = {body.x, body.y, body.w * 38 / 100, body.h};
  SDL_Rect code = {left.x + left.w + m, body.y, body.w - left.w - m, body.h};
  int body_px = theme_font_px(t, THEME_FONT_BODY),
      lh = text_line_height(g->text, TEXT_FONT_UI, body_px);
  SDL_Rect world = {left.x, left.y + 3 * lh, left.w, left.h - 3 * lh};
  World w = lv->start;
  WorldViewPose pose = world_view_pose(&w);
  world_view_draw(g->platform.renderer, t, world, &w, &pose);
  char line[300], n[16], a[16];
  int stars = session_class_view_stars(tv->view, g->session, tv->shown_row, col);
  snprintf(n, sizeof n, "%d", stars);
  snprintf(a, sizeof a, "%d", tv->attempts);
  messages_format(line, sizeof line, stars > 0 ? "ui_teacher_result" : "ui_teacher_result_unsolved",
                  "stars", n, "attempts", a, NULL);
  text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, body_px, left.x, left.y, left.w, 2,
                    theme_colour(t, THEME_TEXT), line);
  if (code_view_get_text(tv->cv)[0]) {
    code_view_draw(tv->cv, g->platform.renderer, code);
  } else {
    widgets_panel(&g->ui, code);
    messages_format(line, sizeof line, "ui_teacher_no_program", "name", r->name, NULL);
    text_draw_wrapped(g->text, TEXT_FONT_UI, body_px, code.x + m, code.y + m, code.w - 2 * m, 4,
                      theme_colour(t, THEME_TEXT), line);
  }
  for (int i = 0; i < g->input.n; i++) /* the wheel scrolls the program */
    if (g->input.ev[i].kind == INPUT_WHEEL &&
        widgets_inside(code, g->input.ev[i].x, g->input.ev[i].y))
      code_view_handle_input(tv->cv, &g->input.ev[i]);
  if (back || g->ui.back) {
    tv->shown_row = -1;
    app_go(g, SCREEN_TEACHER, NULL);
    g->ui.changed = true; /* draw the grid in this frame */
    tv->restore_focus = true;
    g->ui.show_focus = g->ui.back || g->ui.show_focus;
  }
}

static void draw(App *g, void *st)
{
  struct TeacherView *tv = st;
  if (!g->teacher) {
    app_go(g, SCREEN_MAP, NULL);
    return;
  }
  if (!tv->view)
    reload(g, tv);
  if (!tv->view) { /* out of memory */
    app_go(g, SCREEN_MAP, NULL);
    return;
  }
  if (tv->shown_row >= 0 && tv->shown_row < tv->view->nrows && tv->cv)
    page_program(g, tv);
  else
    page_grid(g, tv);
}

const AppScreenFns screen_teacher_fns = {create, enter, NULL, draw, NULL, NULL, destroy};
