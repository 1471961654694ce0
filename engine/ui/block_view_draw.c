/* block_view_draw.c: paints the block view from its layouts: palette, workspace, the dragged
   stack and its snap ghost, the keyboard cursor, the block being run, an error's speech
   bubble and the sensor dropdown. Reads the view; changes nothing but scroll to show a run. */
#include <stdio.h>
#include <string.h>

#include "block_view_internal.h"

static SDL_Color shade(SDL_Color c, int pct)
{
  return (SDL_Color){(Uint8)(c.r * pct / 100), (Uint8)(c.g * pct / 100), (Uint8)(c.b * pct / 100),
                     c.a};
}

static SDL_Color rgba(unsigned rgb, Uint8 a)
{
  return (SDL_Color){(Uint8)(rgb >> 16), (Uint8)(rgb >> 8), (Uint8)rgb, a};
}

static bool overlaps(SDL_Rect a, SDL_Rect b)
{
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static void outline(SDL_Renderer *r, SDL_Rect a, int t, SDL_Color c)
{
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
  SDL_SetRenderDrawColor(r, c.r, c.g, c.b, 255);
  SDL_Rect e[4] = {{a.x - t, a.y - t, a.w + 2 * t, t},
                   {a.x - t, a.y + a.h, a.w + 2 * t, t},
                   {a.x - t, a.y, t, a.h},
                   {a.x + a.w, a.y, t, a.h}};
  SDL_RenderFillRects(r, e, 4);
}

/* A bar in two passes: every rim first, then every fill one pixel in, so the bars and the
   spine of a C block join without seams while stacked blocks keep a line between them. A hat
   gets a dome on its top left. */
static void draw_bar(const BlockView *v, SDL_Renderer *r, SDL_Rect a, SDL_Color c, bool hat,
                     bool fill)
{
  int rad = v->m.radius, e = fill ? 1 : 0;
  SDL_Color col = fill ? c : shade(c, 78);
  if (hat) {
    int dh = a.h / 3;
    SDL_Rect dome = {a.x, a.y, a.w * 2 / 3 < v->m.H * 2 ? a.w * 2 / 3 : v->m.H * 2, 2 * dh};
    widgets_round_rect(r, (SDL_Rect){dome.x + e, dome.y + e, dome.w - 2 * e, dome.h}, dh - e, col);
    a.y += dh / 2;
    a.h -= dh / 2;
  }
  widgets_round_rect(r, (SDL_Rect){a.x + e, a.y + e, a.w - 2 * e, a.h - 2 * e}, rad - e, col);
}

/* The bump hanging under a bar, which sits in the notch of the block below. */
static void draw_bump(const BlockView *v, SDL_Renderer *r, int x, int y, SDL_Color c)
{
  float w = (float)v->m.notch_w, h = (float)v->m.notch_h, fx = (float)x, fy = (float)y - 1;
  SDL_Color rim = shade(c, 78);
  SDL_Vertex t[6];
  SDL_FPoint p[4] = {{fx, fy}, {fx + w, fy}, {fx + w - h, fy + h}, {fx + h, fy + h}};
  int order[6] = {0, 1, 2, 0, 2, 3};
  for (int i = 0; i < 6; i++)
    t[i] = (SDL_Vertex){p[order[i]], c, {0, 0}};
  SDL_RenderGeometry(r, NULL, t, 6, NULL, 0);
  SDL_SetRenderDrawColor(r, rim.r, rim.g, rim.b, 255);
  SDL_RenderDrawLineF(r, p[0].x, p[0].y + 1, p[3].x, p[3].y);
  SDL_RenderDrawLineF(r, p[3].x, p[3].y, p[2].x, p[2].y);
  SDL_RenderDrawLineF(r, p[2].x, p[2].y, p[1].x, p[1].y + 1);
}

static void draw_piece(const BlockView *v, SDL_Renderer *r, const Layout *L, const Piece *p, int ox,
                       int oy)
{
  Metrics small = v->m; /* a palette block laid out in smaller words draws in them */
  if (p->px > 0) {
    small.px = p->px;
    small.line_h = p->line_h;
  }
  const Metrics *m = &small;
  SDL_Rect a = {p->r.x + ox, p->r.y + oy, p->r.w, p->r.h};
  const Block *b = p->item >= 0 ? L->items[p->item].b : NULL;
  SDL_Color white = {255, 255, 255, 255}, ink = rgba(0x1f2430, 255);
  /* Words in the ink that reads on the block's own colour (dark on light blocks). */
  SDL_Color on = b ? block_palette_ink(v->pal, block_palette_colour(v->pal, b)) : white;
  const char *s = p->owns ? p->own : p->s;
  size_t len = p->owns ? strlen(p->own) : p->len;
  int ty = a.y + (a.h - m->line_h) / 2;
  switch (p->kind) {
  case P_TEXT:
    text_draw(v->text, TEXT_FONT_UI_BOLD, m->px, a.x, ty, on, s, len);
    return;
  case P_CODE:
    text_draw(v->text, TEXT_FONT_CODE, m->code_px, a.x, a.y, on, s, len);
    return;
  case P_SENSOR: {
    SDL_Color c = block_palette_category_colour(v->pal, "sensing");
    widgets_round_rect(r, a, a.h / 2, shade(c, 80));
    widgets_round_rect(r, (SDL_Rect){a.x + 1, a.y + 1, a.w - 2, a.h - 2}, a.h / 2 - 1, c);
    text_draw(v->text, TEXT_FONT_UI_BOLD, m->px, a.x + m->pad, ty, block_palette_ink(v->pal, c), s,
              len);
    return;
  }
  case P_HINT: { /* the empty program's invitation: a pale slot with grey words */
    SDL_Color edge = theme_colour(v->theme, THEME_PANEL_EDGE),
              ink2 = theme_colour(v->theme, THEME_TEXT_DIM);
    widgets_round_rect(r, a, m->radius, edge);
    widgets_round_rect(r, (SDL_Rect){a.x + 2, a.y + 2, a.w - 4, a.h - 4}, m->radius - 2,
                       theme_colour(v->theme, THEME_PANEL));
    int tw = text_width(v->text, TEXT_FONT_UI_BOLD, m->px, s, len);
    text_draw(v->text, TEXT_FONT_UI_BOLD, m->px, a.x + (a.w - tw) / 2, ty, ink2, s, len);
    return;
  }
  case P_ELSE_ADD:
  case P_ELSE_REMOVE:
  case P_ARM_ADD:
  case P_ARM_REMOVE:
    widgets_round_rect(r, a, a.h / 2, (SDL_Color){255, 255, 255, 70});
    text_draw(v->text, TEXT_FONT_UI_BOLD, m->px, a.x + m->pad, ty, on, s, len);
    return;
  default: { /* a number or a name: a white oval, as in Scratch */
    bool editing = v->editing && b == v->edit_block && p->kind == v->edit_kind;
    widgets_round_rect(r, a, a.h / 2,
                       editing ? theme_colour(v->theme, THEME_FOCUS) : shade(white, 85));
    int e = editing ? 3 : 1;
    widgets_round_rect(r, (SDL_Rect){a.x + e, a.y + e, a.w - 2 * e, a.h - 2 * e}, a.h / 2 - e,
                       white);
    int tw = text_width(v->text, TEXT_FONT_UI_BOLD, m->px, s, len);
    int x = text_draw(v->text, TEXT_FONT_UI_BOLD, m->px, a.x + (a.w - tw) / 2, ty, ink, s, len);
    if (editing) {
      SDL_SetRenderDrawColor(r, ink.r, ink.g, ink.b, 255);
      SDL_RenderFillRect(r, &(SDL_Rect){x + 1, ty + 2, 2, m->line_h - 4});
    }
  }
  }
}

/* Draws a layout whose content origin is at (ox, oy); only what meets clip. */
static void draw_layout(const BlockView *v, SDL_Renderer *r, const Layout *L, int ox, int oy,
                        SDL_Rect clip)
{
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < L->nshapes; i++) {
      const Shape *s = &L->shapes[i];
      SDL_Rect a = {s->r.x + ox, s->r.y + oy, s->r.w, s->r.h + v->m.notch_h};
      if (overlaps(a, clip))
        draw_bar(v, r, (SDL_Rect){a.x, a.y, a.w, s->r.h}, s->c, s->hat, pass == 1);
    }
  for (int i = 0; i < L->nshapes; i++) {
    const Shape *s = &L->shapes[i];
    int y = s->r.y + s->r.h + oy;
    if (s->bump_x >= 0 && y >= clip.y - v->m.notch_h && y <= clip.y + clip.h)
      draw_bump(v, r, s->bump_x + ox, y, s->c);
  }
  for (int i = 0; i < L->npieces; i++) {
    const Piece *p = &L->pieces[i];
    if (overlaps((SDL_Rect){p->r.x + ox, p->r.y + oy, p->r.w, p->r.h}, clip))
      draw_piece(v, r, L, p, ox, oy);
  }
}

static SDL_Rect head_rect(const Layout *L, int it, int ox, int oy)
{
  const Item *I = &L->items[it];
  SDL_Rect a = I->first_shape < L->nshapes ? L->shapes[I->first_shape].r : I->box;
  return (SDL_Rect){a.x + ox, a.y + oy, a.w, a.h};
}

/* The keyboard's ring: dark outside, white inside, so it shows on every block colour, and an
   arrow pointing at it from the left. */
static void draw_arrow(const BlockView *v, SDL_Renderer *r, SDL_Rect a, SDL_Color dark)
{
  int t = v->m.ring;
  float x = (float)a.x - 3 * t, y = (float)a.y + a.h / 2.0f, s = (float)v->m.pad;
  SDL_Vertex tri[3] = {
      {{x, y}, dark, {0, 0}}, {{x - s, y - s}, dark, {0, 0}}, {{x - s, y + s}, dark, {0, 0}}};
  SDL_RenderGeometry(r, NULL, tri, 3, NULL, 0);
}

/* The ring is for where the keyboard acts; Metrics.gutter leaves room left of every block for
   it and its arrow. */
static void draw_ring(const BlockView *v, SDL_Renderer *r, SDL_Rect a)
{
  int t = v->m.ring;
  SDL_Color dark = theme_colour(v->theme, THEME_TITLE);
  outline(r, a, t, (SDL_Color){255, 255, 255, 255});
  outline(r, (SDL_Rect){a.x - t, a.y - t, a.w + 2 * t, a.h + 2 * t}, t, dark);
  draw_arrow(v, r, a, dark);
}

static void draw_cursor(const BlockView *v, SDL_Renderer *r, int ox, int oy)
{
  BlockPath c = block_edit_cursor(v->ed);
  int it = block_view_find_item(&v->lay, &c);
  for (int i = 0; !block_edit_first(v->ed) && i < v->lay.npieces; i++)
    if (v->lay.pieces[i].kind == P_HINT) { /* empty: the hint is where blocks go */
      SDL_Rect h = v->lay.pieces[i].r;
      draw_ring(v, r, (SDL_Rect){h.x + ox, h.y + oy, h.w, h.h});
      return;
    }
  if (it >= 0) {
    draw_ring(v, r, head_rect(&v->lay, it, ox, oy));
    return;
  }
  int pl = block_view_find_place(&v->lay, &c); /* an empty body or the end: a slot to fill */
  if (pl >= 0) {
    const Place *p = &v->lay.places[pl];
    SDL_Rect slot = {p->x + ox + theme_px(v->theme, 6), p->y + oy + theme_px(v->theme, 6),
                     v->m.H * 3, v->m.mouth - theme_px(v->theme, 12)};
    widgets_round_rect(r, slot, v->m.radius, (SDL_Color){255, 255, 255, 160});
    draw_ring(v, r, slot);
  }
}

/* The deepest block whose lines hold line (pre-order: the last match is the innermost). */
static int item_on_line(const Layout *L, int line)
{
  int found = -1;
  for (int i = 0; line > 0 && i < L->nitems; i++) {
    const Block *b = L->items[i].b;
    if (b->first_line > 0 && b->first_line <= line && line <= b->last_line)
      found = i;
  }
  return found;
}

static void draw_bubble(const BlockView *v, SDL_Renderer *r, SDL_Rect head)
{
  const Metrics *m = &v->m;
  int w = theme_px(v->theme, 300), x = head.x + head.w + 2 * m->pad, y = head.y;
  bool below = x + w > v->ws.x + v->ws.w - m->pad;
  if (below) {
    x = head.x + m->spine;
    y = head.y + head.h + 2 * m->pad;
    w = w < v->ws.x + v->ws.w - x - m->pad ? w : v->ws.x + v->ws.w - x - m->pad;
  }
  int lines = text_wrap_count(v->text, TEXT_FONT_UI, m->px, v->error_msg, w - 2 * m->pad);
  SDL_Rect box = {x, y, w, lines * text_line_height(v->text, TEXT_FONT_UI, m->px) + 2 * m->pad};
  SDL_Color bad = theme_colour(v->theme, THEME_BAD);
  SDL_FPoint tip = below ? (SDL_FPoint){(float)x + m->pad, (float)head.y + head.h}
                         : (SDL_FPoint){(float)head.x + head.w, (float)y + m->H / 2};
  SDL_FPoint a =
      below ? (SDL_FPoint){(float)x + m->pad, (float)y} : (SDL_FPoint){(float)x, (float)y + m->pad};
  SDL_FPoint b = below ? (SDL_FPoint){(float)x + 3 * m->pad, (float)y}
                       : (SDL_FPoint){(float)x, (float)y + 3 * m->pad};
  SDL_Vertex tri[3] = {{tip, bad, {0, 0}}, {a, bad, {0, 0}}, {b, bad, {0, 0}}};
  SDL_RenderGeometry(r, NULL, tri, 3, NULL, 0);
  widgets_round_rect(r, box, m->radius * 2, bad);
  widgets_round_rect(r, (SDL_Rect){x + 3, y + 3, w - 6, box.h - 6}, m->radius * 2 - 3,
                     (SDL_Color){255, 255, 255, 255});
  text_draw_wrapped(v->text, TEXT_FONT_UI, m->px, x + m->pad, y + m->pad, w - 2 * m->pad, 0,
                    rgba(0x1f2430, 255), v->error_msg);
}

static void draw_run(const BlockView *v, SDL_Renderer *r, int ox, int oy)
{
  int it = item_on_line(&v->lay, v->run_line);
  if (it >= 0)
    outline(r, head_rect(&v->lay, it, ox, oy), theme_px(v->theme, 5),
            theme_colour(v->theme, THEME_HIGHLIGHT));
  int err = item_on_line(&v->lay, v->error_line);
  if (err >= 0 && v->error_msg[0]) {
    SDL_Rect h = head_rect(&v->lay, err, ox, oy);
    outline(r, h, theme_px(v->theme, 4), theme_colour(v->theme, THEME_BAD));
    draw_bubble(v, r, h);
  }
}

/* Scrollbars show that there is more, and a mouse can drag them (or click the track). */
static void draw_scrollbars(const BlockView *v, SDL_Renderer *r)
{
  SDL_Rect track, thumb;
  for (int hz = 0; hz < 2; hz++)
    if (block_view_scrollbar(v, hz, &track, &thumb)) {
      widgets_round_rect(r, track, v->m.bar / 2, theme_colour(v->theme, THEME_PANEL));
      widgets_round_rect(r, (SDL_Rect){thumb.x + 2, thumb.y + 2, thumb.w - 4, thumb.h - 4},
                         v->m.bar / 2 - 2, theme_colour(v->theme, THEME_PANEL_EDGE));
    }
}

static void draw_workspace(const BlockView *v, SDL_Renderer *r)
{
  int ox = v->ws.x - v->scroll_x, oy = v->ws.y - v->scroll;
  SDL_Color bg = theme_colour(v->theme, THEME_BG);
  SDL_RenderSetClipRect(r, &v->ws);
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
  SDL_SetRenderDrawColor(r, bg.r, bg.g, bg.b, 255);
  SDL_RenderFillRect(r, &v->ws);
  if (v->dragging && v->ghost.h > 0)
    widgets_round_rect(r, (SDL_Rect){v->ghost.x + ox, v->ghost.y + oy, v->ghost.w, v->ghost.h},
                       v->m.radius, (SDL_Color){60, 60, 60, 70});
  draw_layout(v, r, &v->lay, ox, oy, v->ws);
  if (v->focused && !v->dragging && !v->kbd_palette)
    draw_cursor(v, r, ox, oy);
  draw_run(v, r, ox, oy);
  draw_scrollbars(v, r);
  SDL_RenderSetClipRect(r, NULL);
}

static void draw_palette(const BlockView *v, SDL_Renderer *r)
{
  int ox = v->pr.x, oy = v->pr.y - v->pal_scroll;
  SDL_Color bg = theme_colour(v->theme, THEME_PANEL),
            edge = theme_colour(v->theme, THEME_PANEL_EDGE);
  SDL_RenderSetClipRect(r, &v->pr);
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
  SDL_SetRenderDrawColor(r, bg.r, bg.g, bg.b, 255);
  SDL_RenderFillRect(r, &v->pr);
  draw_layout(v, r, &v->pal_lay, ox, oy, v->pr);
  if (v->focused && v->sel < v->npal && v->kbd_palette)
    draw_ring(v, r, head_rect(&v->pal_lay, v->pal_first[v->sel], ox, oy));
  else if (v->focused && v->sel < v->npal) /* what Enter inserts: a quiet arrow, no ring */
    draw_arrow(v, r, head_rect(&v->pal_lay, v->pal_first[v->sel], ox, oy), edge);
  if (v->dragging && v->over_palette) { /* drop here to delete */
    SDL_Color bad = theme_colour(v->theme, THEME_BAD);
    widgets_round_rect(r, v->pr, 0, (SDL_Color){bad.r, bad.g, bad.b, 90});
    const char *s = block_palette_word(v->pal, "drop_to_delete");
    int lines = text_wrap_count(v->text, TEXT_FONT_UI_BOLD, v->m.px, s, v->pr.w - 2 * v->m.pad);
    text_draw_wrapped(v->text, TEXT_FONT_UI_BOLD, v->m.px, v->pr.x + v->m.pad,
                      v->pr.y + v->pr.h / 2 - lines * v->m.line_h / 2, v->pr.w - 2 * v->m.pad, 0,
                      rgba(0xffffff, 255), s);
  }
  SDL_RenderSetClipRect(r, NULL);
  SDL_SetRenderDrawColor(r, edge.r, edge.g, edge.b, 255);
  SDL_RenderFillRect(r, &(SDL_Rect){v->pr.x + v->pr.w - 2, v->pr.y, 2, v->pr.h});
}

static void draw_dropdown(BlockView *v, SDL_Renderer *r)
{
  int row;
  SDL_Rect a = block_view_dropdown_rect(v, &row);
  widgets_round_rect(r, (SDL_Rect){a.x - 2, a.y - 2, a.w + 4, a.h + 4}, v->m.radius,
                     theme_colour(v->theme, THEME_PANEL_EDGE));
  widgets_round_rect(r, a, v->m.radius, rgba(0xffffff, 255));
  for (int i = 0; i < block_view_drop_options(v); i++) {
    char label[96];
    SDL_Rect rr = {a.x, a.y + i * row, a.w, row};
    if (i == v->drop_sel)
      widgets_round_rect(r, rr, v->m.radius, block_palette_category_colour(v->pal, "sensing"));
    block_view_option_label(v, i, label, sizeof label);
    text_draw_z(v->text, TEXT_FONT_UI_BOLD, v->m.px, rr.x + 2 * v->m.pad,
                rr.y + (row - v->m.line_h) / 2, rgba(i == v->drop_sel ? 0xffffff : 0x1f2430, 255),
                label);
  }
}

void block_view_draw(BlockView *v, SDL_Renderer *r)
{
  block_view_ensure_layout(v);
  draw_palette(v, r);
  draw_workspace(v, r);
  if (v->dragging) {
    int x = v->mouse_x - v->grab_dx, y = v->mouse_y - v->grab_dy, s = v->m.gap;
    SDL_RenderSetClipRect(r, &v->rect);
    widgets_round_rect(r, (SDL_Rect){x + s, y + s, v->fl.w, v->fl.h}, v->m.radius,
                       (SDL_Color){0, 0, 0, 50});
    draw_layout(v, r, &v->fl, x, y, v->rect);
    SDL_RenderSetClipRect(r, NULL);
  }
  if (v->dropdown)
    draw_dropdown(v, r);
}
