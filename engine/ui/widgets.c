/* widgets.c: buttons, panels, stars and the focus ring, drawn with filled spans and triangles
   so they stay crisp at any scale. Reads the Input handed in; keeps only the focus index and
   where the last pass's focusables were (for Up and Down). Must not know which screen it is on. */
#include "widgets.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void widgets_init(Widgets *w, SDL_Renderer *r, Text *text, const Theme *theme)
{
  memset(w, 0, offsetof(Widgets, places)); /* places are written before read: pages untouched */
  w->r = r;
  w->text = text;
  w->theme = theme;
}

void widgets_reset_focus(Widgets *w)
{
  w->focus = 0;
  w->captured = false;
}

static int widgets_centre_x(SDL_Rect r)
{
  return r.x + r.w / 2;
}

/* How far c lies beyond o going up (dir < 0) or down (dir > 0); negative: not that way. */
static int widgets_gap(SDL_Rect o, SDL_Rect c, int dir)
{
  return dir > 0 ? c.y - (o.y + o.h) : o.y - (c.y + c.h);
}

/* The focusable of the last pass in the nearest row above or below the focused one, nearest
   to it sideways; -1 when there is none that way, -2 when the places are not known. */
static int widgets_row_neighbour(const Widgets *w, int dir)
{
  int n = w->last_count < WIDGETS_MAX_PLACES ? w->last_count : WIDGETS_MAX_PLACES;
  if (w->focus < 0 || w->focus >= n)
    return -2;
  SDL_Rect o = w->places[w->focus];
  int nearest = -1;
  for (int i = 0; i < n; i++) {
    int d = widgets_gap(o, w->places[i], dir);
    if (d >= 0 && (nearest < 0 || d < widgets_gap(o, w->places[nearest], dir)))
      nearest = i;
  }
  if (nearest < 0)
    return -1;
  SDL_Rect row = w->places[nearest]; /* the row: whatever overlaps the nearest one in y */
  int best = -1, best_dx = 0;
  for (int i = 0; i < n; i++) {
    SDL_Rect c = w->places[i];
    if (widgets_gap(o, c, dir) < 0 || c.y >= row.y + row.h || c.y + c.h <= row.y)
      continue;
    int dx = abs(widgets_centre_x(c) - widgets_centre_x(o));
    if (best < 0 || dx < best_dx) {
      best = i;
      best_dx = dx;
    }
  }
  return best;
}

/* Up and Down: a row at a time; one step like Tab when the layout is not known yet. */
static void widgets_move_row(Widgets *w, int dir)
{
  int to = widgets_row_neighbour(w, dir);
  if (to == -2)
    w->focus += dir;
  else if (to >= 0)
    w->focus = to;
}

void widgets_step(Widgets *w, int dir)
{
  int n = w->last_count;
  for (int tries = 0; tries <= n; tries++) {
    w->focus += dir;
    if (n <= 0)
      return;
    if (w->focus < 0)
      w->focus = n - 1;
    if (w->focus >= n)
      w->focus = 0;
    if (w->focus >= WIDGETS_MAX_PLACES || !w->off[w->focus])
      return;
  }
}

static void read_key(Widgets *w, const InputEvent *e)
{
  bool nav = true;
  if (w->captured && e->key != SDLK_ESCAPE)
    return; /* an editor's keys */
  switch (e->key) {
  case SDLK_TAB:
    widgets_step(w, (e->mods & INPUT_MOD_SHIFT) ? -1 : 1);
    break;
  case SDLK_RIGHT:
    w->focus++;
    break;
  case SDLK_LEFT:
    w->focus--;
    break;
  case SDLK_DOWN:
  case SDLK_UP:
    widgets_move_row(w, e->key == SDLK_DOWN ? 1 : -1);
    break;
  case SDLK_HOME:
    w->focus = 0;
    break;
  case SDLK_END:
    w->focus = w->last_count > 0 ? w->last_count - 1 : 0;
    break;
  case SDLK_RETURN:
  case SDLK_KP_ENTER:
    if (e->mods & INPUT_MOD_CTRL) { /* Ctrl+Enter is Run: it must not press the ringed button too */
      nav = false;
      break;
    }
    w->activate = true;
    break;
  case SDLK_SPACE:
    w->activate = true;
    break;
  case SDLK_ESCAPE:
    if (w->captured) { /* Escape leaves the editor: Tab and arrows move again */
      w->captured = false;
    } else {
      w->back = true;
    }
    break;
  default:
    nav = false;
  }
  if (nav)
    w->show_focus = true;
}

void widgets_begin(Widgets *w, const Input *in)
{
  w->in = in;
  w->count = 0;
  w->nseen = 0;
  w->activate = w->clicked = w->back = w->changed = false;
  for (int i = 0; i < in->n; i++) {
    const InputEvent *e = &in->ev[i];
    if (e->kind == INPUT_KEY)
      read_key(w, e);
    if (e->kind == INPUT_MOUSE_DOWN && e->button == SDL_BUTTON_LEFT && !w->clicked) {
      w->clicked = true;
      w->click_x = e->x;
      w->click_y = e->y;
      w->show_focus = false;
    }
  }
  if (w->last_count > 0) {
    if (w->focus < 0)
      w->focus = w->last_count - 1;
    if (w->focus >= w->last_count)
      w->focus = 0;
  }
}

void widgets_end(Widgets *w)
{
  w->last_count = w->count;
  if (w->count > 0 && (w->focus < 0 || w->focus >= w->count))
    w->focus = 0;
  if (!w->show_focus || w->count == 0)
    return;
  SDL_Color c = theme_colour(w->theme, THEME_FOCUS);
  int t = theme_px(w->theme, 3.5f), g = theme_px(w->theme, 2.5f);
  SDL_Rect r = w->focus_rect;
  SDL_SetRenderDrawColor(w->r, c.r, c.g, c.b, 255);
  SDL_Rect sides[4] = {{r.x - g - t, r.y - g - t, r.w + 2 * (g + t), t},
                       {r.x - g - t, r.y + r.h + g, r.w + 2 * (g + t), t},
                       {r.x - g - t, r.y - g, t, r.h + 2 * g},
                       {r.x + r.w + g, r.y - g, t, r.h + 2 * g}};
  SDL_RenderFillRects(w->r, sides, 4);
}

bool widgets_inside(SDL_Rect r, int x, int y)
{
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

bool widgets_hover(const Widgets *w, SDL_Rect r)
{
  return w->in && widgets_inside(r, w->in->mouse_x, w->in->mouse_y);
}

/* Registers one focusable: true when it was activated in this pass. */
static bool take(Widgets *w, SDL_Rect r, bool *focused)
{
  int id = w->count++;
  if (id < WIDGETS_MAX_PLACES) {
    w->places[id] = r;
    w->off[id] = false;
  }
  bool pressed = false;
  if (w->clicked && widgets_inside(r, w->click_x, w->click_y)) {
    w->focus = id;
    pressed = true;
  } else if (w->focus == id && w->activate) {
    pressed = true;
  }
  *focused = w->focus == id;
  if (*focused)
    w->focus_rect = r;
  if (pressed)
    w->changed = true;
  return pressed;
}

void widgets_remember(Widgets *w, SDL_Rect r, const char *label, bool enabled)
{
  if (w->nseen == WIDGETS_MAX_SEEN)
    return;
  WidgetsSeen *s = &w->seen[w->nseen++];
  util_copy(s->label, sizeof s->label, label); /* never half a character */
  s->rect = r;
  s->enabled = enabled;
}

static void remember(Widgets *w, SDL_Rect r, const char *label, WidgetStyle style)
{
  widgets_remember(w, r, label, style != WIDGET_OFF);
}

bool widgets_find(const Widgets *w, const char *label, SDL_Rect *out, bool *enabled)
{
  char cut[sizeof w->seen[0].label]; /* as remembered */
  util_copy(cut, sizeof cut, label);
  for (int i = 0; i < w->nseen; i++)
    if (strcmp(w->seen[i].label, cut) == 0) {
      *out = w->seen[i].rect;
      if (enabled)
        *enabled = w->seen[i].enabled;
      return true;
    }
  return false;
}

int widgets_at(const Widgets *w, int x, int y)
{
  int n = w->last_count < WIDGETS_MAX_PLACES ? w->last_count : WIDGETS_MAX_PLACES;
  for (int i = 0; i < n; i++)
    if (widgets_inside(w->places[i], x, y))
      return i;
  return -1;
}

bool widgets_focusable(Widgets *w, SDL_Rect r)
{
  bool focused;
  take(w, r, &focused);
  return focused;
}

void widgets_skip(Widgets *w, SDL_Rect r)
{
  if (w->focus == w->count)
    w->focus_rect = r;
  if (w->count < WIDGETS_MAX_PLACES)
    w->places[w->count] = r;
  w->count++;
}

void widgets_round_rect(SDL_Renderer *r, SDL_Rect rect, int radius, SDL_Color c)
{
  if (radius * 2 > rect.h)
    radius = rect.h / 2;
  if (radius * 2 > rect.w)
    radius = rect.w / 2;
  SDL_SetRenderDrawBlendMode(r, c.a < 255 ? SDL_BLENDMODE_BLEND : SDL_BLENDMODE_NONE);
  SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
  SDL_Rect spans[2 * 64 + 1];
  int n = 0;
  if (radius > 64)
    radius = 64;
  for (int i = 0; i < radius; i++) { /* the rounded top and bottom rows */
    float dy = (float)radius - (float)i - 0.5f;
    int inset = radius - (int)lroundf(sqrtf((float)(radius * radius) - dy * dy));
    spans[n++] = (SDL_Rect){rect.x + inset, rect.y + i, rect.w - 2 * inset, 1};
    spans[n++] = (SDL_Rect){rect.x + inset, rect.y + rect.h - 1 - i, rect.w - 2 * inset, 1};
  }
  spans[n++] = (SDL_Rect){rect.x, rect.y + radius, rect.w, rect.h - 2 * radius};
  SDL_RenderFillRects(r, spans, n);
}

void widgets_disc(SDL_Renderer *r, int cx, int cy, int radius, SDL_Color c)
{
  widgets_round_rect(r, (SDL_Rect){cx - radius, cy - radius, 2 * radius, 2 * radius}, radius, c);
}

void widgets_panel(Widgets *w, SDL_Rect rect)
{
  int e = theme_px(w->theme, 1.5f), rad = theme_px(w->theme, 10);
  widgets_round_rect(w->r, rect, rad, theme_colour(w->theme, THEME_PANEL_EDGE));
  SDL_Rect in = {rect.x + e, rect.y + e, rect.w - 2 * e, rect.h - 2 * e};
  widgets_round_rect(w->r, in, rad - e, theme_colour(w->theme, THEME_PANEL));
}

void widgets_star(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color c)
{
  SDL_Vertex v[11];
  for (int i = 0; i < 10; i++) { /* outer and inner points, first one straight up */
    float a = (float)i * 3.14159265f / 5 - 3.14159265f / 2;
    float rr = (i % 2) ? radius * 0.45f : radius;
    v[i].position = (SDL_FPoint){cx + rr * cosf(a), cy + rr * sinf(a)};
  }
  v[10].position = (SDL_FPoint){cx, cy};
  for (int i = 0; i < 11; i++)
    v[i].color = c;
  int idx[30];
  for (int i = 0; i < 10; i++) {
    idx[3 * i] = 10;
    idx[3 * i + 1] = i;
    idx[3 * i + 2] = (i + 1) % 10;
  }
  SDL_RenderGeometry(r, NULL, v, 11, idx, 30);
}

void widgets_stars(Widgets *w, int cx, int cy, int size, int stars)
{
  for (int i = 0; i < 3; i++) {
    SDL_Color c = theme_colour(w->theme, i < stars ? THEME_STAR : THEME_STAR_EMPTY);
    widgets_star(w->r, (float)(cx + (i - 1) * size), (float)cy, (float)size * 0.5f, c);
  }
}

/* Bytes of s that fit in width, cut at a character boundary. */
static size_t fit(Widgets *w, TextFont font, int px, const char *s, int width)
{
  size_t len = strlen(s);
  while (len > 0 && text_width(w->text, font, px, s, len) > width)
    len = util_utf8_cut(s, len, len - 1); /* one character less */
  return len;
}

void widgets_label_centre(Widgets *w, SDL_Rect rect, TextFont font, int px, SDL_Color c,
                          const char *s)
{
  size_t len = fit(w, font, px, s, rect.w);
  int tw = text_width(w->text, font, px, s, len), lh = text_line_height(w->text, font, px);
  text_draw(w->text, font, px, rect.x + (rect.w - tw) / 2, rect.y + (rect.h - lh) / 2, c, s, len);
}

void widgets_label_left(Widgets *w, SDL_Rect rect, TextFont font, int px, SDL_Color c,
                        const char *s)
{
  size_t len = fit(w, font, px, s, rect.w);
  int lh = text_line_height(w->text, font, px);
  text_draw(w->text, font, px, rect.x, rect.y + (rect.h - lh) / 2, c, s, len);
}

/* Like widgets_label_centre, but a label too wide for rect is drawn smaller first (down to two
   thirds of px) so that a long name or a large text size still shows whole; cut only below. */
static void widgets_label_fit(Widgets *w, SDL_Rect rect, TextFont font, int px, SDL_Color c,
                              const char *s)
{
  int tw = text_width_z(w->text, font, px, s), least = px * 2 / 3;
  if (tw > rect.w && rect.w > 0) {
    int p = (int)((long)px * rect.w / tw);
    px = p < least ? least : p;
    while (px > least && text_width_z(w->text, font, px, s) > rect.w)
      px--;
  }
  widgets_label_centre(w, rect, font, px, c, s);
}

/* Colours of a button: background, text and (for outlined styles) the edge. */
static void button_colours(const Widgets *w, WidgetStyle style, bool hot, SDL_Color *bg,
                           SDL_Color *fg, SDL_Color *edge)
{
  const Theme *t = w->theme;
  *edge = theme_colour(t, THEME_PANEL_EDGE);
  *fg = theme_colour(t, THEME_BUTTON_TEXT);
  *bg = theme_colour(t, hot ? THEME_BUTTON_HOT : THEME_BUTTON);
  if (style == WIDGET_GO) {
    *bg = theme_colour(t, THEME_GO);
    *fg = theme_colour(t, THEME_GO_TEXT);
  } else if (style == WIDGET_STOP) {
    *bg = theme_colour(t, THEME_STOP);
  } else if (style == WIDGET_OFF) {
    *bg = theme_colour(t, THEME_BUTTON_OFF);
    *fg = theme_colour(t, THEME_BUTTON_OFF_TEXT);
  } else if (style == WIDGET_CHOSEN || style == WIDGET_NEXT) {
    *bg = theme_colour(t, THEME_HIGHLIGHT);
    *fg = t->high_contrast ? (SDL_Color){0, 0, 0, 255} : theme_colour(t, THEME_TEXT);
    *edge = theme_colour(t, THEME_TITLE);
  } else if (style == WIDGET_QUIET) {
    *bg = theme_colour(t, hot ? THEME_BG : THEME_PANEL);
    *fg = theme_colour(t, THEME_TITLE);
    *edge = theme_colour(t, THEME_TITLE);
  }
}

static void button_body(Widgets *w, SDL_Rect r, WidgetStyle style, SDL_Color *fg)
{
  SDL_Color bg, edge;
  bool hot = widgets_hover(w, r) && style != WIDGET_OFF;
  button_colours(w, style, hot, &bg, fg, &edge);
  int rad = theme_px(w->theme, 10);
  bool outlined = style == WIDGET_QUIET || style == WIDGET_CHOSEN || style == WIDGET_NEXT ||
                  w->theme->high_contrast;
  if (outlined) {
    int e = theme_px(w->theme, style == WIDGET_NEXT ? 3.5f : 2);
    widgets_round_rect(w->r, r, rad, edge);
    r = (SDL_Rect){r.x + e, r.y + e, r.w - 2 * e, r.h - 2 * e};
    rad -= e;
  }
  widgets_round_rect(w->r, r, rad, bg);
}

bool widgets_button(Widgets *w, SDL_Rect r, const char *label, WidgetStyle style)
{
  bool focused, pressed = take(w, r, &focused);
  if (w->count <= WIDGETS_MAX_PLACES) /* Tab passes over it (it keeps its number: no shift) */
    w->off[w->count - 1] = style == WIDGET_OFF;
  remember(w, r, label, style);
  SDL_Color fg;
  button_body(w, r, style, &fg);
  int px = theme_font_px(w->theme, THEME_FONT_BUTTON), pad = theme_px(w->theme, 8);
  SDL_Rect inner = {r.x + pad, r.y, r.w - 2 * pad, r.h};
  widgets_label_fit(w, inner, TEXT_FONT_UI_BOLD, px, fg, label);
  return pressed && style != WIDGET_OFF;
}

bool widgets_level_button(Widgets *w, SDL_Rect r, const char *number, const char *label, int stars,
                          WidgetStyle style)
{
  bool focused, pressed = take(w, r, &focused);
  remember(w, r, number, style);
  SDL_Color fg;
  button_body(w, r, style, &fg);
  int px = theme_font_px(w->theme, THEME_FONT_BUTTON),
      small = theme_font_px(w->theme, THEME_FONT_SMALL);
  int pad = theme_px(w->theme, 6), star = theme_px(w->theme, 22);
  int lh = text_line_height(w->text, TEXT_FONT_UI_BOLD, px);
  SDL_Rect top = {r.x + pad, r.y + pad, r.w - 2 * pad, lh};
  widgets_label_centre(w, top, TEXT_FONT_UI_BOLD, px, fg, number);
  SDL_Rect mid = {r.x + pad, top.y + lh, r.w - 2 * pad,
                  text_line_height(w->text, TEXT_FONT_UI, small)};
  widgets_label_fit(w, mid, TEXT_FONT_UI, small, fg, label);
  if (stars >= 0)
    widgets_stars(w, r.x + r.w / 2, r.y + r.h - pad - star / 2, star, stars);
  return pressed && style != WIDGET_OFF;
}
