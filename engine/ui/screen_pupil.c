/* screen_pupil.c: "Who are you?": the class, then the pupil, from the teacher's rosters
   (progress_classes / progress_roster), as big name buttons: no typing. A Guest button always.
   Reads rosters through core; writes nothing. */
#include <stdio.h>
#include <stdlib.h>

#include "app.h"

typedef struct {
  ProgressNames *classes, *roster;
  int class_chosen; /* index into classes, -1 none */
  int scroll;       /* the name grid's, in pixels */
} PupilScreen;

/* The width a button needs to show the widest of the names whole with its text at px. */
static int widest_name(App *g, char **names, int n, int px)
{
  int most = 0;
  for (int i = 0; i < n; i++) {
    int w = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, names[i]);
    most = w > most ? w : most;
  }
  return most + theme_px(&g->theme, 24);
}

/* Rows of height h in cols columns hold n names inside r. */
static bool grid_fits(SDL_Rect r, int n, int cols, int h, int gap)
{
  int rows = (n + cols - 1) / cols;
  return rows * (h + gap) - gap <= r.h;
}

static int grid_cols(SDL_Rect r, int w, int gap)
{
  int cols = (r.w + gap) / (w + gap);
  return cols < 1 ? 1 : cols > 6 ? 6 : cols;
}

/* Button size and columns for n names in r: as big as lets every name show at once and whole
   (a name is how a pupil knows their button), then, when they cannot all fit, narrower
   buttons (long names drawn smaller), down to a floor; below that the grid scrolls (wheel,
   keyboard focus, the More button). */
static void grid_shape(App *g, SDL_Rect r, char **names, int n, int *cols, int *bh, int *gap)
{
  const Theme *t = &g->theme;
  *gap = theme_px(t, 10);
  *cols = 1;
  *bh = theme_px(t, 64);
  int min_h = text_line_height(g->text, TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_BUTTON)) +
              theme_px(t, 12);
  int px = theme_font_px(t, THEME_FONT_BUTTON);
  for (int shrink = 0; shrink < 2; shrink++) { /* every name whole: at full size, then smaller */
    int need = widest_name(g, names, n, shrink ? px * 2 / 3 : px);
    if (need < theme_px(t, 150))
      need = theme_px(t, 150);
    for (int h = theme_px(t, 64); h >= min_h; h -= theme_px(t, 4)) {
      *cols = grid_cols(r, need, *gap);
      *bh = h;
      if (grid_fits(r, n, *cols, h, *gap))
        return;
    }
  }
  for (int h = theme_px(t, 64);; h -= theme_px(t, 4)) {
    if (h < min_h)
      h = min_h;
    for (int w = theme_px(t, 210); w >= theme_px(t, 150); w -= theme_px(t, 20)) {
      *cols = grid_cols(r, w, *gap);
      *bh = h;
      if (grid_fits(r, n, *cols, h, *gap))
        return;
    }
    if (h == min_h)
      return;
  }
}

/* Lays out n big buttons in a grid inside r (scrolled when they cannot all fit); returns the
   index pressed or -1. *more is set when some names are out of view. */
static int name_grid(App *g, PupilScreen *ps, SDL_Rect r, char **names, int n, bool *more)
{
  int first = g->ui.count, cols, bh, gap;
  grid_shape(g, r, names, n, &cols, &bh, &gap);
  int bw = (r.w - (cols - 1) * gap) / cols, pressed = -1;
  *more = false;
  for (int i = 0; i < n; i++) {
    int row = i / cols, col = i % cols;
    SDL_Rect b = {r.x + col * (bw + gap), r.y + row * (bh + gap) - ps->scroll, bw, bh};
    if (b.y < r.y || b.y + b.h > r.y + r.h) {
      widgets_skip(&g->ui, b); /* scrolled away: keeps the Tab order */
      *more = true;
      continue;
    }
    if (widgets_button(&g->ui, b, names[i], WIDGET_NORMAL))
      pressed = i;
  }
  int rows = (n + cols - 1) / cols;
  app_follow_focus(g, &ps->scroll, r, rows * (bh + gap) - gap, first);
  return pressed;
}

static void choose_pupil(App *g, const char *name, const char *class_name)
{
  session_set_pupil(g->session, name, class_name);
  app_go(g, SCREEN_MAP, NULL);
}

static void pick_class(App *g, PupilScreen *ps, int i)
{
  ps->class_chosen = i;
  progress_names_free(ps->roster);
  ps->roster = session_roster(g->session, ps->classes->names[i]);
  ps->scroll = 0;
  widgets_reset_focus(&g->ui);
}

static void *create(App *g)
{
  PupilScreen *ps = calloc(1, sizeof *ps);
  if (!ps)
    return NULL;
  ps->class_chosen = -1;
  ps->classes = session_classes(g->session);
  return ps;
}

static void enter(App *g, void *st, const AppArg *arg)
{
  (void)g;
  (void)arg;
  ((PupilScreen *)st)->scroll = 0;
}

static void draw(App *g, void *st)
{
  PupilScreen *ps = st;
  const Theme *t = &g->theme;
  bool have_classes = ps->classes && ps->classes->n > 0;
  if (have_classes && ps->classes->n == 1 && ps->class_chosen < 0)
    pick_class(g, ps, 0);
  bool picking_pupil = have_classes && ps->class_chosen >= 0 && ps->roster;
  bool can_go_back = picking_pupil && ps->classes->n > 1;
  SDL_Rect body = app_top_bar(g, app_word("ui_who_are_you"), NULL, SCREEN_PUPIL, true);
  int m = theme_px(t, 20), bh = theme_px(t, 64);
  SDL_Rect area = {body.x + m, body.y + m, body.w - 2 * m, body.h - 3 * m - bh};
  const char *ask = !have_classes                             ? "ui_no_roster"
                    : picking_pupil && ps->roster->unreadable ? "ui_roster_unreadable"
                    : picking_pupil                           ? "ui_pick_name"
                                                              : "ui_pick_class";
  int px = theme_font_px(t, THEME_FONT_BODY), lh = text_line_height(g->text, TEXT_FONT_UI, px);
  widgets_label_left(&g->ui, (SDL_Rect){area.x, area.y, area.w, lh}, TEXT_FONT_UI, px,
                     theme_colour(t, THEME_TEXT), app_word(ask));
  SDL_Rect grid = {area.x, area.y + lh + m / 2, area.w, area.h - lh - m / 2};
  bool more = false;
  if (picking_pupil) {
    int i = name_grid(g, ps, grid, ps->roster->names, ps->roster->n, &more);
    if (i >= 0)
      choose_pupil(g, ps->roster->names[i], ps->classes->names[ps->class_chosen]);
  } else if (have_classes) {
    int i = name_grid(g, ps, grid, ps->classes->names, ps->classes->n, &more);
    if (i >= 0)
      pick_class(g, ps, i);
  }
  if (g->screen != SCREEN_PUPIL)
    return;
  int bw = theme_px(t, 220);
  SDL_Rect more_b = {body.x + (body.w - bw) / 2, body.y + body.h - m - bh, bw, bh};
  if ((more || ps->scroll > 0) &&
      widgets_button(&g->ui, more_b, app_word(more ? "ui_more_names" : "ui_first_names"),
                     WIDGET_QUIET)) {
    ps->scroll = more ? ps->scroll + grid.h * 3 / 4 : 0; /* a page on; clamped next pass */
    g->dirty = true;
  }
  SDL_Rect bottom = {body.x + m, body.y + body.h - m - bh, bw, bh};
  if (can_go_back && widgets_button(&g->ui, bottom, app_word("ui_other_class"), WIDGET_QUIET)) {
    ps->class_chosen = -1;
    widgets_reset_focus(&g->ui);
    return;
  }
  if (g->message[0]) /* e.g. the progress folder cannot be written: say so, once, plainly */
    text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, px, bottom.x + (can_go_back ? bw + m : 0),
                      bottom.y, body.w - 3 * m - 2 * bw, 2, theme_colour(t, THEME_BAD), g->message);
  SDL_Rect guest = {body.x + body.w - m - bw, bottom.y, bw, bh};
  if (widgets_button(&g->ui, guest, app_word("ui_guest"), have_classes ? WIDGET_QUIET : WIDGET_GO))
    choose_pupil(g, NULL, NULL);
  /* Said plainly where the Guest button is: a guest's work stays on this laptop only. */
  const char *note = app_word("ui_guest_note");
  int small = theme_font_px(t, THEME_FONT_SMALL);
  int note_w = text_width(g->text, TEXT_FONT_UI, small, note, strlen(note));
  int note_h = text_line_height(g->text, TEXT_FONT_UI, small);
  widgets_label_left(
      &g->ui, (SDL_Rect){guest.x + guest.w - note_w, guest.y - note_h - m / 4, note_w, note_h},
      TEXT_FONT_UI, small, theme_colour(t, THEME_TEXT_DIM), note);
  if (g->ui.back && can_go_back)
    ps->class_chosen = -1;
}

static void destroy(App *g, void *st)
{
  (void)g;
  PupilScreen *ps = st;
  progress_names_free(ps->classes);
  progress_names_free(ps->roster);
  free(ps);
}

const AppScreenFns screen_pupil_fns = {create, enter, NULL, draw, NULL, NULL, destroy};
