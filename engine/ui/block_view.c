/* block_view.c: the block editor widget's life and layout: the tree laid out as Scratch-like
   shapes (bars with a bump under them, C blocks whose mouths hold their bodies), the palette
   column, snap places and the paths of laid-out blocks. Input is in block_view_input.c, paint
   in block_view_draw.c. Layouts are rebuilt only when the tree, a drag target or a field
   changes, never each frame. */
#include "block_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "block_view_internal.h"

/* ---- Layout building -------------------------------------------------------------------- */

static bool grow(void **arr, int *cap, int n, size_t size)
{
  if (n < *cap)
    return true;
  int nc = *cap ? *cap * 2 : 64;
  void *p = realloc(*arr, (size_t)nc * size);
  if (!p)
    return false;
  *arr = p;
  *cap = nc;
  return true;
}

static void layout_reset(Layout *L)
{
  L->nitems = L->nshapes = L->npieces = L->nplaces = 0;
  L->w = L->h = 0;
}

static void layout_free(Layout *L)
{
  free(L->items);
  free(L->shapes);
  free(L->pieces);
  free(L->places);
}

static int add_item(Layout *L, Block *b, int parent, int slot, int index, int depth)
{
  if (!grow((void **)&L->items, &L->citems, L->nitems, sizeof(Item)))
    return -1;
  L->items[L->nitems] = (Item){b, parent, slot, index, depth, {0, 0, 0, 0}, L->nshapes};
  return L->nitems++;
}

static void add_shape(Layout *L, SDL_Rect r, SDL_Color c, int item, int bump_x, bool hat)
{
  if (!grow((void **)&L->shapes, &L->cshapes, L->nshapes, sizeof(Shape)))
    return;
  L->shapes[L->nshapes++] = (Shape){r, c, item, bump_x, hat};
  if (r.x + r.w > L->w)
    L->w = r.x + r.w;
  if (r.y + r.h > L->h)
    L->h = r.y + r.h;
}

static Piece *add_piece(Layout *L, int kind, int item, int arm)
{
  if (!grow((void **)&L->pieces, &L->cpieces, L->npieces, sizeof(Piece)))
    return NULL;
  Piece *p = &L->pieces[L->npieces++];
  memset(p, 0, sizeof *p);
  p->kind = (unsigned char)kind;
  p->item = item;
  p->arm = arm;
  return p;
}

static void add_place(Layout *L, int owner, int slot, int index, int x, int y)
{
  if (grow((void **)&L->places, &L->cplaces, L->nplaces, sizeof(Place)))
    L->places[L->nplaces++] = (Place){x, y, owner, slot, index};
}

static BlockArm *nth_arm(const Block *b, int arm)
{
  BlockArm *a = b->arms;
  for (int i = 0; a && i < arm; i++)
    a = a->next;
  return a;
}

/* The words a field shows: the edit buffer while it is being edited. */
static void field_value(const BlockView *v, const Block *b, int kind, int arm, char *out, size_t n)
{
  if (v->editing && v->edit_block == b && v->edit_kind == kind) {
    snprintf(out, n, "%s", v->buf);
  } else if (kind == P_NUMBER) {
    snprintf(out, n, "%lld", b->number);
  } else if (kind == P_NAME) {
    snprintf(out, n, "%s", b->kind == BLOCK_REPEAT && b->count_var ? b->count_var : b->name);
  } else {
    const BlockArm *a = b->kind == BLOCK_IF ? nth_arm(b, arm) : NULL;
    const char *sensor = a ? a->sensor : b->name;
    const char *label = block_palette_sensor_label(v->pal, sensor ? sensor : "");
    if (a && a->negate)
      snprintf(out, n, "%s %s", block_palette_word(v->pal, "not"), label);
    else
      snprintf(out, n, "%s", label);
  }
}

static int field_kind(const char *name, size_t n)
{
  if (n == 1 && name[0] == 'n')
    return P_NUMBER;
  if (n == 6 && memcmp(name, "sensor", 6) == 0)
    return P_SENSOR;
  return P_NAME;
}

/* One row of words and fields from a template like "repeat {n} times", vertically centred
   in a bar of height *h at (x, y). While the palette fits a wide block (v->wrap_w > 0) a word
   or field that would pass that width starts a new row, and *h grows to hold the rows.
   Returns the bar's width. */
static int label_row(BlockView *v, Layout *L, int item, int arm, const char *tmpl, int x, int y,
                     int *h)
{
  const Metrics *m = &v->m;
  int cx = x + m->pad, row = 0, rh = m->line_h + m->pad + m->gap, widest = 0;
  Block *b = item >= 0 ? L->items[item].b : NULL;
  for (const char *s = tmpl; *s;) {
    while (*s == ' ')
      s++;
    const char *open = strchr(s, '{'), *close = open ? strchr(open, '}') : NULL;
    size_t n = open && close ? (size_t)(open - s) : strlen(s);
    while (n > 0 && s[n - 1] == ' ')
      n--;
    if (n > 0) {
      int w = text_width(v->text, TEXT_FONT_UI_BOLD, m->px, s, n);
      if (v->wrap_w > 0 && cx > x + m->pad && cx + w + m->pad > x + v->wrap_w) {
        widest = cx - m->gap > widest ? cx - m->gap : widest;
        cx = x + m->pad;
        row++;
      }
      Piece *p = add_piece(L, P_TEXT, item, arm);
      if (p) {
        p->s = s;
        p->len = n;
        p->r = (SDL_Rect){cx, y + row * rh, w, *h};
      }
      cx += w + m->gap;
    }
    if (!open || !close)
      break;
    int kind = field_kind(open + 1, (size_t)(close - open - 1));
    Piece *p = b ? add_piece(L, kind, item, arm) : NULL;
    if (p) {
      field_value(v, b, kind, arm, p->own, sizeof p->own);
      p->owns = true;
      int w = text_width_z(v->text, TEXT_FONT_UI_BOLD, m->px, p->own) + 2 * m->pad;
      w = w < m->field_min ? m->field_min : w;
      if (v->wrap_w > 0 && cx > x + m->pad && cx + w + m->pad > x + v->wrap_w) {
        widest = cx - m->gap > widest ? cx - m->gap : widest;
        cx = x + m->pad;
        row++;
      }
      p->r =
          (SDL_Rect){cx, y + row * rh + *h / 2 - (m->line_h + m->pad) / 2, w, m->line_h + m->pad};
      cx += w + m->gap;
    }
    s = close + 1;
  }
  widest = cx - m->gap > widest ? cx - m->gap : widest;
  *h += row * rh;
  return widest + m->pad - x;
}

/* A small pill button at the right end of a bar ("+ else", "+" for an else-if arm, the "x"
   that removes else or an arm). */
static int add_pill(BlockView *v, Layout *L, int item, int arm, int kind, const char *label, int x,
                    int y, int h)
{
  Piece *p = add_piece(L, kind, item, arm);
  if (!p)
    return 0;
  snprintf(p->own, sizeof p->own, "%s", label);
  p->owns = true;
  int w = text_width_z(v->text, TEXT_FONT_UI_BOLD, v->m.px, label) + 2 * v->m.pad;
  int ph = h - v->m.pad < v->m.line_h ? h : h - v->m.pad;
  p->r = (SDL_Rect){x, y + (h - ph) / 2, w, ph};
  return w;
}

static int layout_list(BlockView *v, Layout *L, Block *first, int owner, int slot, int depth, int x,
                       int y);

static int layout_text_block(BlockView *v, Layout *L, int it, Block *b, int x, int y)
{
  const Metrics *m = &v->m;
  int lines = 0, w = 0;
  const char *s = b->text ? b->text : "";
  size_t len = b->text ? b->text_len : 0;
  for (size_t start = 0; start <= len;) {
    const char *nl = memchr(s + start, '\n', len - start);
    size_t n = nl ? (size_t)(nl - (s + start)) : len - start;
    Piece *p = add_piece(L, P_CODE, it, -1);
    int lw = text_width(v->text, TEXT_FONT_CODE, m->code_px, s + start, n);
    if (p) {
      p->s = s + start;
      p->len = n;
      p->r = (SDL_Rect){x + m->pad, y + m->pad + lines * m->code_line_h, lw, m->code_line_h};
    }
    w = lw > w ? lw : w;
    lines++;
    start += n + 1;
  }
  int h = lines * m->code_line_h + 2 * m->pad;
  h = h < m->H ? m->H : h;
  for (int i = L->npieces - lines; i < L->npieces; i++) /* centre a single line */
    L->pieces[i].r.y += (h - lines * m->code_line_h - 2 * m->pad) / 2;
  SDL_Rect r = {x, y, w + 2 * m->pad, h};
  add_shape(L, r, block_palette_colour(v->pal, b), it, x + m->notch_x, false);
  L->items[it].box = r;
  return y + h;
}

static int layout_c_block(BlockView *v, Layout *L, int it, Block *b, int depth, int x, int y)
{
  const Metrics *m = &v->m;
  SDL_Color c = block_palette_colour(v->pal, b);
  int y0 = y, slots = block_edit_slots(b), bump_in = x + m->spine + m->notch_x;
  int wrap = v->wrap_w, short_wrap = wrap; /* rows wrap short of the pill at their end */
  if (wrap > 0)
    short_wrap -= text_width_z(v->text, TEXT_FONT_UI_BOLD, m->px, "\xc3\x97") + 3 * m->pad;
  v->wrap_w = short_wrap;
  int hh = m->H, w = label_row(v, L, it, 0, block_palette_template(v->pal, b, 0), x, y, &hh);
  if (b->kind == BLOCK_IF) /* "+": another "else if" arm, as Blockly's if block grows */
    w += add_pill(v, L, it, -1, P_ARM_ADD, "+", x + w, y + hh - m->H, m->H) + m->pad;
  w = w < 6 * m->spine ? 6 * m->spine : w;
  add_shape(L, (SDL_Rect){x, y, w, hh}, c, it, bump_in, b->kind == BLOCK_DEFINE);
  y += hh;
  for (int s = 0; s < slots; s++) {
    if (s > 0) {
      v->wrap_w = short_wrap;
      bool is_else = b->kind == BLOCK_IF && !nth_arm(b, s);
      const char *t =
          is_else ? block_palette_word(v->pal, "else") : block_palette_template(v->pal, b, s);
      int bh = m->H, bw = label_row(v, L, it, is_else ? -1 : s, t, x, y, &bh);
      bw += add_pill(v, L, it, is_else ? -1 : s, is_else ? P_ELSE_REMOVE : P_ARM_REMOVE, "\xc3\x97",
                     x + bw, y + bh - m->H, m->H) +
            m->pad;
      add_shape(L, (SDL_Rect){x, y, bw > w ? bw : w, bh}, c, it, bump_in, false);
      y += bh;
    }
    v->wrap_w = wrap;
    Block **sub = block_edit_slot(b, s);
    int y1 = layout_list(v, L, sub ? *sub : NULL, it, s, depth + 1, x + m->spine, y);
    y = y1 - y < m->mouth ? y + m->mouth : y1;
  }
  int fh = m->foot;
  if (b->kind == BLOCK_IF && !b->has_else) {
    fh = m->H * 3 / 4;
    int pw = add_pill(v, L, it, -1, P_ELSE_ADD, block_palette_word(v->pal, "add_else"),
                      x + m->spine + m->pad, y, fh);
    w = m->spine + 2 * m->pad + pw > w ? m->spine + 2 * m->pad + pw : w;
  }
  add_shape(L, (SDL_Rect){x, y, w, fh}, c, it, x + m->notch_x, false);
  add_shape(L, (SDL_Rect){x, y0 + m->H / 2, m->spine, y - y0 - m->H / 2 + fh / 2}, c, it, -1,
            false);
  L->items[it].box = (SDL_Rect){x, y0, w, y + fh - y0};
  return y + fh;
}

static int layout_block(BlockView *v, Layout *L, Block *b, int owner, int slot, int index,
                        int depth, int x, int y)
{
  int it = add_item(L, b, owner, slot, index, depth);
  if (it < 0)
    return y + v->m.H;
  if (b->kind == BLOCK_CODE || b->kind == BLOCK_COMMENT)
    return layout_text_block(v, L, it, b, x, y);
  if (block_edit_slots(b) > 0 || b->kind == BLOCK_IF)
    return layout_c_block(v, L, it, b, depth, x, y);
  int h = v->m.H, w = label_row(v, L, it, -1, block_palette_template(v->pal, b, 0), x, y, &h);
  w = w < 3 * v->m.spine ? 3 * v->m.spine : w;
  SDL_Rect r = {x, y, w, h};
  add_shape(L, r, block_palette_colour(v->pal, b), it, x + v->m.notch_x, false);
  L->items[it].box = r;
  return y + h;
}

/* A list: a snap place before each block and at its end, and the drag's gap where it goes. */
static int layout_list(BlockView *v, Layout *L, Block *first, int owner, int slot, int depth, int x,
                       int y)
{
  bool ws = L == &v->lay;
  Block *b = first;
  for (int i = 0;; i++, b = b->next) {
    if (ws && depth < BLOCK_EDIT_MAX_DEPTH)
      add_place(L, owner, slot, i, x, y);
    if (ws && v->gap_h && owner == v->gap_owner && slot == v->gap_slot && i == v->gap_index) {
      v->ghost = (SDL_Rect){x, y, v->gap_w, v->gap_h};
      y += v->gap_h;
    }
    if (!b)
      return y;
    y = layout_block(v, L, b, owner, slot, i, depth, x, y);
  }
}

/* An empty program says what to do: a pale box under the start hat, where blocks snap. */
static void layout_hint(BlockView *v, Layout *L)
{
  const Metrics *m = &v->m;
  Piece *p = add_piece(L, P_HINT, -1, -1);
  if (!p)
    return;
  p->s = block_palette_word(v->pal, "empty_program");
  p->len = strlen(p->s);
  int w = text_width(v->text, TEXT_FONT_UI_BOLD, m->px, p->s, p->len) + 4 * m->pad;
  p->r = (SDL_Rect){m->margin, m->margin + m->hat_h + m->gap, w < 4 * m->H ? 4 * m->H : w, m->H};
  L->w = p->r.x + p->r.w > L->w ? p->r.x + p->r.w : L->w;
  L->h = p->r.y + p->r.h > L->h ? p->r.y + p->r.h : L->h;
}

static void layout_workspace(BlockView *v)
{
  const Metrics *m = &v->m;
  Layout *L = &v->lay;
  layout_reset(L);
  int h = m->H, w = label_row(v, L, -1, -1, block_palette_word(v->pal, "start"), m->margin,
                              m->margin + m->hat_h - m->H, &h);
  add_shape(L, (SDL_Rect){m->margin, m->margin, w, m->hat_h},
            block_palette_category_colour(v->pal, "start"), -1, m->margin + m->notch_x, true);
  layout_list(v, L, block_edit_first(v->ed), -1, 0, 0, m->margin, m->margin + m->hat_h);
  if (!block_edit_first(v->ed) && !v->dragging) /* a drag shows its own preview there */
    layout_hint(v, L);
  L->h += m->margin + m->H;
}

void block_view_layout_floating(BlockView *v)
{
  layout_reset(&v->fl);
  layout_list(v, &v->fl, v->floating, -1, 0, 0, 0, 0);
}

static void add_palette_block(BlockView *v, const Block *tmpl, const char *name)
{
  Block *b = v->npal < BLOCK_PALETTE_MAX ? block_edit_clone(tmpl) : NULL;
  if (b && name && !block_set_string(&b->name, name)) {
    block_free(b);
    b = NULL;
  }
  if (b)
    v->pitems[v->npal++] = b;
}

/* The palette's "call" block calls the function its "define" block makes. Once the program
   defines functions, it offers a call of each, by the names the pupil gave them. */
static void refresh_palette(BlockView *v)
{
  const char *pal_fn = NULL;
  for (int i = 0; i < v->pal->n; i++)
    if (v->pal->items[i].tmpl->kind == BLOCK_DEFINE)
      pal_fn = v->pal->items[i].tmpl->name;
  for (int i = 0; i < v->npal; i++)
    block_free(v->pitems[i]);
  v->npal = 0;
  for (int i = 0; i < v->pal->n; i++) {
    const Block *t = v->pal->items[i].tmpl;
    bool defines = false;
    if (t->kind == BLOCK_CALL && pal_fn && t->name && strcmp(t->name, pal_fn) == 0)
      for (const Block *b = block_edit_first(v->ed); b; b = b->next)
        if (b->kind == BLOCK_DEFINE && b->name) {
          add_palette_block(v, t, b->name);
          defines = true;
        }
    if (!defines)
      add_palette_block(v, t, NULL);
  }
  v->sel = block_view_clamp(v->sel, 0, v->npal > 0 ? v->npal - 1 : 0);
}

/* Lays out palette block i at y in the body font. A block wider than the palette column may
   grow (45% of the view) is laid out again in smaller words, down to the small text size;
   still too wide, its words wrap onto more rows (in the body font, then smaller again). Its
   pieces remember their size. Returns the y below it. */
static int layout_palette_block(BlockView *v, int i, int y)
{
  Layout *L = &v->pal_lay;
  Metrics keep = v->m;
  int room = v->rect.w * 45 / 100 - v->m.gutter,
      floor_px = theme_font_px(v->theme, THEME_FONT_SMALL);
  int ni = L->nitems, ns = L->nshapes, np = L->npieces, lw = L->w, lh = L->h, below;
  for (;;) {
    below = layout_block(v, L, v->pitems[i], -1, 0, i, 0, v->m.gutter, y);
    if (ni >= L->nitems) /* out of memory: nothing laid out to measure */
      break;
    SDL_Rect box = L->items[ni].box;
    bool last = v->m.px <= floor_px && v->wrap_w > 0;
    if (box.x + box.w <= room || last)
      break;
    L->nitems = ni; /* too wide: again, smaller or wrapped */
    L->nshapes = ns;
    L->npieces = np;
    L->w = lw;
    L->h = lh;
    if (v->m.px > floor_px) {
      v->m.px--;
    } else {
      v->m.px = keep.px;
      v->wrap_w = room - v->m.gutter;
    }
    v->m.line_h = text_line_height(v->text, TEXT_FONT_UI_BOLD, v->m.px);
  }
  if (v->m.px != keep.px)
    for (int k = np; k < L->npieces; k++) {
      L->pieces[k].px = v->m.px;
      L->pieces[k].line_h = v->m.line_h;
    }
  v->m = keep;
  v->wrap_w = 0;
  return below;
}

static void layout_palette(BlockView *v)
{
  Layout *L = &v->pal_lay;
  refresh_palette(v);
  layout_reset(L);
  int y = v->m.margin;
  for (int i = 0; i < v->npal; i++) {
    v->pal_first[i] = L->nitems;
    y = layout_palette_block(v, i, y) + v->m.gap * 2;
  }
  L->h += v->m.margin;
}

int block_view_clamp(int x, int lo, int hi)
{
  return x < lo ? lo : x > hi ? hi : x;
}

/* The palette column is as wide as its widest block, within limits; the workspace has the rest. */
static void split_rect(BlockView *v)
{
  SDL_Rect r = v->rect;
  int pw = block_view_clamp(v->pal_lay.w + v->m.margin, theme_px(v->theme, 170), r.w * 45 / 100);
  v->pr = (SDL_Rect){r.x, r.y, pw, r.h};
  v->ws = (SDL_Rect){r.x + pw, r.y, r.w - pw, r.h};
}

int block_view_max_scroll(const BlockView *v, bool horizontal)
{
  int content = horizontal ? v->lay.w + v->m.margin : v->lay.h,
      room = horizontal ? v->ws.w : v->ws.h;
  return content + v->m.bar > room ? content + v->m.bar - room : 0;
}

bool block_view_scrollbar(const BlockView *v, bool horizontal, SDL_Rect *track, SDL_Rect *thumb)
{
  int most = block_view_max_scroll(v, horizontal), b = v->m.bar;
  if (most <= 0)
    return false;
  int len = horizontal ? v->ws.w - b : v->ws.h - b, pos = horizontal ? v->scroll_x : v->scroll;
  int tl = block_view_clamp(len * len / (len + most), b * 2, len);
  int at = (len - tl) * pos / most;
  if (horizontal) {
    *track = (SDL_Rect){v->ws.x, v->ws.y + v->ws.h - b, len, b};
    *thumb = (SDL_Rect){track->x + at, track->y, tl, b};
  } else {
    *track = (SDL_Rect){v->ws.x + v->ws.w - b, v->ws.y, b, len};
    *thumb = (SDL_Rect){track->x, track->y + at, b, tl};
  }
  return true;
}

void block_view_relayout_workspace(BlockView *v)
{
  v->ghost = (SDL_Rect){0, 0, 0, 0};
  layout_workspace(v);
  v->scroll = block_view_clamp(v->scroll, 0, block_view_max_scroll(v, false));
  v->scroll_x = block_view_clamp(v->scroll_x, 0, block_view_max_scroll(v, true));
}

void block_view_relayout(BlockView *v)
{
  layout_palette(v);
  split_rect(v);
  block_view_relayout_workspace(v);
  v->laid = block_edit_changed(v->ed);
  v->dirty = false;
  v->pal_scroll =
      block_view_clamp(v->pal_scroll, 0, v->pal_lay.h > v->pr.h ? v->pal_lay.h - v->pr.h : 0);
}

void block_view_ensure_layout(BlockView *v)
{
  if (v->dirty || v->laid != block_edit_changed(v->ed))
    block_view_relayout(v);
}

/* ---- Paths of items and places -------------------------------------------------------------- */

bool block_view_item_path(const Layout *L, int it, BlockPath *p)
{
  int chain[BLOCK_EDIT_MAX_DEPTH], n = 0;
  for (int i = it; i >= 0; i = L->items[i].parent) {
    if (n == BLOCK_EDIT_MAX_DEPTH)
      return false;
    chain[n++] = i;
  }
  p->n = n;
  for (int k = 0; k < n; k++) {
    const Item *I = &L->items[chain[n - 1 - k]];
    p->idx[k] = I->index;
    if (k > 0)
      p->slot[k - 1] = I->slot;
    p->slot[k] = 0;
  }
  return n > 0;
}

bool block_view_place_path(const Layout *L, const Place *pl, BlockPath *p)
{
  if (pl->owner < 0) {
    *p = (BlockPath){.n = 1, .idx = {pl->index}};
    return true;
  }
  BlockPath o;
  if (!block_view_item_path(L, pl->owner, &o))
    return false;
  *p = block_path_child(&o, pl->slot, pl->index);
  return p->n > 0;
}

int block_view_find_item(const Layout *L, const BlockPath *want)
{
  BlockPath p;
  for (int i = 0; i < L->nitems; i++)
    if (L->items[i].depth == want->n - 1 && block_view_item_path(L, i, &p) &&
        block_path_equal(&p, want))
      return i;
  return -1;
}

int block_view_find_place(const Layout *L, const BlockPath *want)
{
  BlockPath p;
  for (int i = 0; i < L->nplaces; i++)
    if (block_view_place_path(L, &L->places[i], &p) && block_path_equal(&p, want))
      return i;
  return -1;
}

/* ---- Life ---------------------------------------------------------------------------------- */

static void set_metrics(BlockView *v)
{
  const Theme *t = v->theme;
  Metrics *m = &v->m;
  m->px = theme_font_px(t, THEME_FONT_BODY);
  m->code_px = theme_font_px(t, THEME_FONT_CODE);
  m->line_h = text_line_height(v->text, TEXT_FONT_UI_BOLD, m->px);
  m->code_line_h = text_line_height(v->text, TEXT_FONT_CODE, m->code_px);
  m->pad = theme_px(t, 10);
  m->H = m->line_h + 2 * m->pad + theme_px(t, 8);
  m->H = m->H < theme_px(t, 48) ? theme_px(t, 48) : m->H;
  m->gap = theme_px(t, 7);
  m->spine = theme_px(t, 22);
  m->mouth = theme_px(t, 30);
  m->foot = theme_px(t, 24);
  m->notch_x = theme_px(t, 16);
  m->notch_w = theme_px(t, 30);
  m->notch_h = theme_px(t, 7);
  m->radius = theme_px(t, 6);
  m->margin = theme_px(t, 18);
  m->hat_h = m->H + theme_px(t, 14);
  m->field_min = theme_px(t, 44);
  m->threshold = theme_px(t, 6);
  m->ring = theme_px(t, 3);
  m->gutter = 4 * m->ring + m->pad; /* the ring (2 rings thick) and its arrow, never clipped */
  m->margin = m->margin < m->gutter + m->ring ? m->gutter + m->ring : m->margin;
  m->bar = theme_px(t, 14);
}

BlockView *block_view_new(Text *text, const Theme *theme, const BlockPalette *palette)
{
  BlockView *v = calloc(1, sizeof *v);
  if (!v || !(v->ed = block_edit_new())) {
    free(v);
    return NULL;
  }
  v->text = text;
  v->theme = theme;
  v->pal = palette;
  v->target = -1;
  v->dirty = true;
  return v;
}

void block_view_free(BlockView *v)
{
  if (!v)
    return;
  block_free_list(v->floating);
  for (int i = 0; i < v->npal; i++)
    block_free(v->pitems[i]);
  block_edit_free(v->ed);
  layout_free(&v->lay);
  layout_free(&v->pal_lay);
  layout_free(&v->fl);
  free(v->drag_places);
  free(v->drag_text);
  free(v);
}

void block_view_set_rect(BlockView *v, SDL_Rect r)
{
  v->rect = r;
  set_metrics(v);
  block_view_relayout(v);
}

bool block_view_set_text(BlockView *v, const char *text, size_t len, ProgramError *err)
{
  if (!block_edit_set_text(v->ed, text, len, err))
    return false;
  block_view_cancel_drag(v);
  v->scroll = v->scroll_x = 0;
  v->editing = v->dropdown = v->cursor_set = false;
  return true;
}

char *block_view_text(BlockView *v, size_t *len)
{
  if (v->dragging && v->drag_text) { /* the program as it was: the dragged blocks included */
    if (len)
      *len = v->drag_text_len;
    char *copy = malloc(v->drag_text_len + 1);
    if (copy)
      memcpy(copy, v->drag_text, v->drag_text_len + 1);
    return copy;
  }
  if (!block_view_busy(v)) { /* a field edit or a drag holds pointers into the tree */
    block_edit_sync_lines(v->ed);
    v->dirty = true;
  }
  return block_edit_text(v->ed, len);
}

unsigned long block_view_changed(const BlockView *v)
{
  return v->dragging ? v->drag_changed : block_edit_changed(v->ed);
}

int block_view_palette_count(const BlockView *v)
{
  block_view_ensure_layout((BlockView *)v);
  return v->npal;
}

const Block *block_view_palette_block(const BlockView *v, int n)
{
  block_view_ensure_layout((BlockView *)v);
  return n >= 0 && n < v->npal ? v->pitems[n] : NULL;
}

bool block_view_can_undo(const BlockView *v, bool redo)
{
  if (v->readonly || v->dragging || v->editing || v->dropdown)
    return false;
  return redo ? block_edit_can_redo(v->ed) : block_edit_can_undo(v->ed);
}

bool block_view_undo(BlockView *v, bool redo)
{
  if (!block_view_can_undo(v, redo))
    return false;
  return redo ? block_edit_redo(v->ed) : block_edit_undo(v->ed);
}

BlockEdit *block_view_edit(BlockView *v)
{
  return v->ed;
}

bool block_view_wants_focus(const BlockView *v)
{
  bool w = v->wants_focus;
  ((BlockView *)v)->wants_focus = false;
  return w;
}

bool block_view_busy(const BlockView *v)
{
  return v->dragging || v->editing || v->dropdown;
}

void block_view_set_readonly(BlockView *v, bool readonly)
{
  v->readonly = readonly;
}

/* Scrolls so the block on line shows (the replay must not run off screen). */
static void reveal_line(BlockView *v, int line)
{
  block_view_ensure_layout(v);
  for (int i = v->lay.nitems - 1; i >= 0; i--) {
    const Item *I = &v->lay.items[i];
    if (I->b->first_line > 0 && I->b->first_line <= line && line <= I->b->last_line) {
      int top = I->box.y - v->m.H, bottom = I->box.y + 2 * v->m.H;
      int left = I->box.x - v->m.gutter, right = I->box.x + 4 * v->m.H;
      if (top < v->scroll || bottom > v->scroll + v->ws.h - v->m.bar)
        v->scroll = block_view_clamp(top, 0, block_view_max_scroll(v, false));
      if (left < v->scroll_x || right > v->scroll_x + v->ws.w - v->m.bar)
        v->scroll_x = block_view_clamp(left, 0, block_view_max_scroll(v, true));
      return;
    }
  }
}

void block_view_show_run(BlockView *v, int line, int error_line, const char *message)
{
  if (line > 0 && line != v->run_line)
    reveal_line(v, line);
  else if (message && error_line > 0 && error_line != v->error_line)
    reveal_line(v, error_line);
  v->run_line = line;
  v->error_line = message ? error_line : 0;
  snprintf(v->error_msg, sizeof v->error_msg, "%s", message ? message : "");
}
