/* block_view_input.c: the block view's mouse and keyboard: pressing, dragging with a snap
   target, dropping (on a place, on the palette to delete, elsewhere to cancel), field editing,
   the sensor dropdown, and the keyboard cursor. Every change goes through block_edit.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "block_view_internal.h"

static bool inside(SDL_Rect r, int x, int y)
{
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

static void scroll_by(BlockView *v, int dy)
{
  v->scroll = block_view_clamp(v->scroll + dy, 0, block_view_max_scroll(v, false));
}

static void scroll_x_by(BlockView *v, int dx)
{
  v->scroll_x = block_view_clamp(v->scroll_x + dx, 0, block_view_max_scroll(v, true));
}

/* A held scrollbar: the thumb's middle follows the pointer (a click on the track jumps). */
static void scrollbar_to(BlockView *v, int x, int y)
{
  SDL_Rect track, thumb;
  bool hz = v->sb_drag == 2;
  if (!block_view_scrollbar(v, hz, &track, &thumb))
    return;
  int len = hz ? track.w - thumb.w : track.h - thumb.h;
  int at = hz ? x - track.x - thumb.w / 2 : y - track.y - thumb.h / 2;
  int most = block_view_max_scroll(v, hz), pos = len > 0 ? at * most / len : 0;
  if (hz)
    v->scroll_x = block_view_clamp(pos, 0, most);
  else
    v->scroll = block_view_clamp(pos, 0, most);
}

static int scrollbar_hit(const BlockView *v, int x, int y)
{
  SDL_Rect track, thumb;
  for (int hz = 0; hz < 2; hz++)
    if (block_view_scrollbar(v, hz, &track, &thumb) && inside(track, x, y))
      return hz ? 2 : 1;
  return 0;
}

/* The block shape under content point (x, y): its item, -1 the start hat, -2 nothing. Later
   shapes lie inside earlier ones, so the last hit is the innermost. */
static int hit_item(const Layout *L, int x, int y)
{
  for (int i = L->nshapes - 1; i >= 0; i--)
    if (inside(L->shapes[i].r, x, y))
      return L->shapes[i].item;
  return -2;
}

static int hit_piece(const Layout *L, int item, int x, int y)
{
  for (int i = 0; i < L->npieces; i++) {
    const Piece *p = &L->pieces[i];
    if (p->item == item && p->kind != P_TEXT && p->kind != P_CODE && inside(p->r, x, y))
      return i;
  }
  return -1;
}

static int palette_hit(const BlockView *v, int sx, int sy)
{
  int cx = sx - v->pr.x, cy = sy - v->pr.y + v->pal_scroll;
  for (int i = 0; i < v->npal; i++)
    if (inside(v->pal_lay.items[v->pal_first[i]].box, cx, cy))
      return i;
  return -1;
}

/* ---- Fields ---------------------------------------------------------------------------- */

static bool is_field(const Piece *p)
{
  return p->kind != P_TEXT && p->kind != P_CODE && p->kind != P_HINT;
}

/* A new "else if" arm asks about the level's first sensor; the pupil changes it after. */
static bool add_arm(BlockView *v, const BlockPath *if_path)
{
  const Block *b = block_edit_at(v->ed, if_path);
  const char *sensor = v->pal->nsensors > 0                  ? v->pal->sensors[0]
                       : b && b->kind == BLOCK_IF && b->arms ? b->arms->sensor
                                                             : NULL;
  return sensor && block_edit_add_arm(v->ed, if_path, sensor);
}

static bool is_button(const Piece *p)
{
  return p->kind == P_ELSE_ADD || p->kind == P_ELSE_REMOVE || p->kind == P_ARM_ADD ||
         p->kind == P_ARM_REMOVE;
}

static void start_field(BlockView *v, int item, const Piece *p)
{
  v->edit_nth = 0;
  for (const Piece *q = v->lay.pieces; q < p; q++)
    v->edit_nth += q->item == item && is_field(q);
  Block *b = v->lay.items[item].b;
  if (v->readonly || !block_view_item_path(&v->lay, item, &v->edit_path))
    return;
  v->edit_block = b;
  v->edit_kind = p->kind;
  v->edit_arm = p->arm < 0 ? 0 : p->arm;
  if (p->kind == P_SENSOR) {
    v->dropdown = true;
    v->drop_sel = 0;
  } else if (p->kind == P_NUMBER || p->kind == P_NAME) {
    v->editing = true;
    snprintf(v->buf, sizeof v->buf, "%s", p->own);
  } else if (p->kind == P_ARM_ADD) {
    add_arm(v, &v->edit_path);
  } else if (p->kind == P_ARM_REMOVE) {
    block_edit_remove_arm(v->ed, &v->edit_path, p->arm);
  } else {
    block_edit_set_else(v->ed, &v->edit_path, p->kind == P_ELSE_ADD);
  }
  v->dirty = true;
}

/* Opens the n-th field of a block (Space opens the first, Tab the next). */
static void open_field(BlockView *v, int item, int n)
{
  block_view_ensure_layout(v);
  for (int i = 0; item >= 0 && i < v->lay.npieces; i++) {
    const Piece *p = &v->lay.pieces[i];
    if (p->item == item && is_field(p) && n-- == 0) {
      if (!is_button(p))
        start_field(v, item, p);
      return;
    }
  }
}

static void end_field(BlockView *v, bool commit);

/* Tab: keeps what was chosen and moves on to the block's next field. */
static void next_field(BlockView *v)
{
  int it = block_view_find_item(&v->lay, &v->edit_path), n = v->edit_nth + 1;
  end_field(v, true);
  open_field(v, it, n);
}

static void end_field(BlockView *v, bool commit)
{
  if (v->editing && commit) {
    if (v->edit_kind == P_NUMBER)
      block_edit_set_number(v->ed, &v->edit_path, strtoll(v->buf, NULL, 10));
    else
      block_edit_rename(v->ed, &v->edit_path, v->buf);
  }
  v->editing = v->dropdown = false;
  v->edit_block = NULL;
  v->dirty = true;
}

int block_view_drop_options(const BlockView *v)
{
  return v->pal->nsensors * (v->edit_block && v->edit_block->kind == BLOCK_IF ? 2 : 1);
}

void block_view_option_label(const BlockView *v, int i, char *out, size_t n)
{
  const char *s = block_palette_sensor_label(v->pal, v->pal->sensors[i % v->pal->nsensors]);
  if (i >= v->pal->nsensors)
    snprintf(out, n, "%s %s", block_palette_word(v->pal, "not"), s);
  else
    snprintf(out, n, "%s", s);
}

SDL_Rect block_view_dropdown_rect(BlockView *v, int *row_h)
{
  int it = block_view_find_item(&v->lay, &v->edit_path), n = block_view_drop_options(v);
  SDL_Rect at = {v->ws.x + v->ws.w / 3, v->ws.y + v->m.H, 1, 1};
  for (int i = 0; it >= 0 && i < v->lay.npieces; i++) {
    const Piece *p = &v->lay.pieces[i];
    if (p->item == it && p->kind == P_SENSOR && (p->arm < 0 ? 0 : p->arm) == v->edit_arm)
      at = (SDL_Rect){v->ws.x + p->r.x - v->scroll_x, v->ws.y + p->r.y - v->scroll, p->r.w, p->r.h};
  }
  *row_h = v->m.H;
  int w = v->m.field_min * 4, h = n * *row_h;
  for (int i = 0; i < n; i++) {
    char label[96];
    block_view_option_label(v, i, label, sizeof label);
    int lw = text_width_z(v->text, TEXT_FONT_UI_BOLD, v->m.px, label) + 4 * v->m.pad;
    w = lw > w ? lw : w;
  }
  SDL_Rect r = {at.x, at.y + at.h, w, h};
  if (r.y + h > v->rect.y + v->rect.h) /* no room below: open upwards */
    r.y = at.y - h;
  r.y = r.y < v->rect.y ? v->rect.y : r.y;
  r.x = r.x + w > v->rect.x + v->rect.w ? v->rect.x + v->rect.w - w : r.x;
  return r;
}

int block_view_dropdown_hit(BlockView *v, int x, int y)
{
  int row;
  SDL_Rect r = block_view_dropdown_rect(v, &row);
  return inside(r, x, y) ? (y - r.y) / row : -1;
}

static void choose_option(BlockView *v, int i)
{
  int ns = v->pal->nsensors;
  if (i >= 0 && i < block_view_drop_options(v))
    block_edit_set_sensor(v->ed, &v->edit_path, v->edit_arm, v->pal->sensors[i % ns], i >= ns);
  end_field(v, false);
}

static bool field_key(BlockView *v, const InputEvent *e)
{
  size_t n = strlen(v->buf);
  SDL_Keycode k = e->key;
  char c = 0;
  if (k >= SDLK_0 && k <= SDLK_9)
    c = (char)k;
  else if (k == SDLK_MINUS)
    c = (e->mods & INPUT_MOD_SHIFT) ? '_' : '-';
  else if (v->edit_kind == P_NAME && k >= SDLK_a && k <= SDLK_z)
    c = (char)((e->mods & INPUT_MOD_SHIFT) ? k - 32 : k);
  if (k == SDLK_TAB)
    next_field(v);
  else if (k == SDLK_RETURN || k == SDLK_KP_ENTER)
    end_field(v, true);
  else if (k == SDLK_ESCAPE)
    end_field(v, false);
  else if (k == SDLK_BACKSPACE && n > 0)
    v->buf[n - 1] = '\0';
  else if (c && n + 1 < (v->edit_kind == P_NUMBER ? 5 : sizeof v->buf) &&
           (v->edit_kind == P_NAME ? c != '-' : (c != '_' && (c != '-' || n == 0))))
    v->buf[n] = c, v->buf[n + 1] = '\0';
  v->dirty = true;
  return true;
}

static bool dropdown_key(BlockView *v, SDL_Keycode k)
{
  int n = block_view_drop_options(v);
  if (k == SDLK_UP || k == SDLK_DOWN)
    v->drop_sel = block_view_clamp(v->drop_sel + (k == SDLK_UP ? -1 : 1), 0, n - 1);
  else if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_SPACE)
    choose_option(v, v->drop_sel);
  else if (k == SDLK_TAB) {
    int it = block_view_find_item(&v->lay, &v->edit_path), next = v->edit_nth + 1;
    choose_option(v, v->drop_sel);
    open_field(v, it, next);
  } else if (k == SDLK_ESCAPE)
    end_field(v, false);
  return true;
}

/* ---- Dragging -------------------------------------------------------------------------- */

static void set_gap(BlockView *v, int target)
{
  const Place *pl = target >= 0 ? &v->lay.places[target] : NULL;
  BlockPath path;
  if (target == v->target)
    return;
  v->target = target;
  v->gap_h = 0;
  if (pl && block_view_place_path(&v->lay, pl, &path)) {
    v->gap_owner = pl->owner;
    v->gap_slot = pl->slot;
    v->gap_index = pl->index;
    v->gap_h = v->fl.h;
    v->gap_w = v->fl.w;
  }
  block_view_relayout_workspace(v);
  /* the relayout renumbered nothing before the gap: the target place keeps its index */
}

/* The nearest snap place to the dragged stack's top-left corner, within reach. */
static int pick_target(const BlockView *v, int fx, int fy)
{
  int best = -1;
  long best_d = 0, reach = (long)v->m.H * 3 / 2;
  for (int i = 0; i < v->ndrag_places; i++) {
    const Place *pl = &v->drag_places[i];
    long dx = fx - pl->x, dy = fy - pl->y;
    if (dx < -reach || dx > 3 * reach || dy < -reach || dy > reach)
      continue;
    long d = dx * dx + 4 * dy * dy;
    if (best < 0 || d < best_d)
      best = i, best_d = d;
  }
  return best;
}

static bool grow_places(BlockView *v, int n)
{
  if (n <= v->cdrag_places)
    return true;
  Place *p = realloc(v->drag_places, (size_t)n * sizeof *p);
  if (!p)
    return false;
  v->drag_places = p;
  v->cdrag_places = n;
  return true;
}

static void start_drag(BlockView *v)
{
  if (v->readonly)
    return;
  free(v->drag_text);
  v->drag_text = block_edit_text(v->ed, &v->drag_text_len);
  v->drag_changed = block_edit_changed(v->ed);
  if (v->press_palette >= 0) {
    v->floating = block_edit_clone(v->pitems[v->press_palette]);
    SDL_Rect box = v->pal_lay.items[v->pal_first[v->press_palette]].box;
    v->grab_dx = v->press_x - (v->pr.x + box.x);
    v->grab_dy = v->press_y - (v->pr.y + box.y - v->pal_scroll);
    v->from_palette = true;
  } else if (v->press_item >= 0 && v->lay.items[v->press_item].depth < BLOCK_EDIT_MAX_DEPTH &&
             block_view_item_path(&v->lay, v->press_item, &v->origin)) {
    SDL_Rect box = v->lay.items[v->press_item].box;
    v->grab_dx = v->press_x - (v->ws.x + box.x - v->scroll_x);
    v->grab_dy = v->press_y - (v->ws.y + box.y - v->scroll);
    block_edit_checkpoint(v->ed);
    v->floating = block_edit_detach(v->ed, &v->origin, true);
    v->from_palette = false;
  }
  if (!v->floating)
    return;
  v->dragging = true;
  v->target = -1;
  v->gap_h = 0;
  block_view_layout_floating(v);
  block_view_relayout(v);
  v->ndrag_places = 0;
  if (grow_places(v, v->lay.nplaces)) {
    memcpy(v->drag_places, v->lay.places, (size_t)v->lay.nplaces * sizeof(Place));
    v->ndrag_places = v->lay.nplaces;
  }
}

static void drag_to(BlockView *v, int x, int y)
{
  v->mouse_x = x;
  v->mouse_y = y;
  int edge = v->m.H;
  if (y < v->ws.y + edge) /* near an edge: the workspace scrolls under the block */
    scroll_by(v, -v->m.pad);
  else if (y > v->ws.y + v->ws.h - edge)
    scroll_by(v, v->m.pad);
  if (x >= v->ws.x && x < v->ws.x + edge / 2)
    scroll_x_by(v, -v->m.pad);
  else if (x > v->ws.x + v->ws.w - edge / 2)
    scroll_x_by(v, v->m.pad);
  v->over_palette = x < v->pr.x + v->pr.w;
  int fx = x - v->grab_dx - v->ws.x + v->scroll_x, fy = y - v->grab_dy - v->ws.y + v->scroll;
  set_gap(v, v->over_palette ? -1 : pick_target(v, fx, fy));
}

void block_view_cancel_drag(BlockView *v)
{
  block_free_list(v->floating);
  v->floating = NULL;
  v->dragging = v->pressing = v->over_palette = false;
  v->editing = v->dropdown = false;
  v->edit_block = NULL;
  v->target = -1;
  v->gap_h = 0;
  v->dirty = true;
}

static void drop(BlockView *v)
{
  BlockPath place;
  Block *head = v->floating;
  bool placed = v->target >= 0 && block_view_place_path(&v->lay, &v->lay.places[v->target], &place);
  v->floating = NULL;
  v->dragging = false;
  if (placed) {
    if (v->from_palette)
      block_edit_checkpoint(v->ed);
    placed = block_edit_attach(v->ed, &place, head);
    if (placed && block_edit_path_of(v->ed, head, &place)) {
      block_edit_set_cursor(v->ed, &place);
      v->cursor_set = true;
    }
    v->kbd_palette = false; /* the ring follows the block to the program */
  } else if (v->over_palette || v->from_palette) {
    block_free_list(head); /* from the workspace: deleted, and undo brings it back */
  } else {
    block_edit_attach(v->ed, &v->origin, head); /* dropped nowhere: it goes back */
    block_edit_uncheckpoint(v->ed);
  }
  v->target = -1;
  v->gap_h = 0;
  v->over_palette = false;
  block_view_relayout(v);
}

static void reveal_cursor(BlockView *v);

/* ---- Mouse ----------------------------------------------------------------------------- */

static bool mouse_down(BlockView *v, int x, int y)
{
  if (v->dropdown) {
    choose_option(v, block_view_dropdown_hit(v, x, y));
    return true;
  }
  if (v->editing)
    end_field(v, true);
  block_view_ensure_layout(v);
  if (!inside(v->rect, x, y))
    return false;
  v->wants_focus = true;
  v->pressing = true;
  v->press_x = x;
  v->press_y = y;
  v->press_palette = inside(v->pr, x, y) ? palette_hit(v, x, y) : -1;
  v->press_item = v->press_piece = -2;
  v->kbd_palette = inside(v->pr, x, y);
  if (v->press_palette >= 0) {
    v->sel = v->press_palette;
  } else if ((v->sb_drag = scrollbar_hit(v, x, y))) {
    v->pressing = false;
    scrollbar_to(v, x, y);
  } else if (inside(v->ws, x, y)) {
    int cx = x - v->ws.x + v->scroll_x, cy = y - v->ws.y + v->scroll;
    v->press_item = hit_item(&v->lay, cx, cy);
    v->press_piece = v->press_item >= 0 ? hit_piece(&v->lay, v->press_item, cx, cy) : -1;
  }
  return true;
}

/* A palette block clicked, not dragged: it goes where Enter would put it once the pupil has
   chosen a place, else at the end of the program; the cursor lands on it either way. */
static void click_palette(BlockView *v)
{
  if (v->readonly || v->press_palette >= v->npal)
    return;
  if (!v->cursor_set) {
    int n = 0;
    for (const Block *b = block_edit_first(v->ed); b; b = b->next)
      n++;
    BlockPath end = {.n = 1, .idx = {n}};
    block_edit_set_cursor(v->ed, &end);
  }
  if (block_edit_cursor_insert(v->ed, v->pitems[v->press_palette]))
    v->cursor_set = true;
  v->kbd_palette = false;
  reveal_cursor(v);
}

static bool mouse_up(BlockView *v)
{
  bool was = v->pressing || v->sb_drag;
  v->sb_drag = 0;
  v->pressing = false;
  if (v->dragging) {
    drop(v);
    return true;
  }
  if (was && v->press_palette >= 0 && inside(v->pr, v->press_x, v->press_y)) {
    click_palette(v);
    return true;
  }
  if (!was || v->press_item < 0)
    return was;
  if (v->press_piece >= 0) {
    start_field(v, v->press_item, &v->lay.pieces[v->press_piece]);
  } else {
    BlockPath p;
    if (block_view_item_path(&v->lay, v->press_item, &p)) {
      block_edit_set_cursor(v->ed, &p);
      v->cursor_set = true;
    }
  }
  return true;
}

static bool mouse_move(BlockView *v, int x, int y)
{
  if (v->sb_drag) {
    scrollbar_to(v, x, y);
    return true;
  }
  if (v->dragging) {
    drag_to(v, x, y);
    return true;
  }
  int dx = x - v->press_x, dy = y - v->press_y;
  if (v->pressing && dx * dx + dy * dy > v->m.threshold * v->m.threshold &&
      (v->press_palette >= 0 || v->press_item >= 0)) {
    start_drag(v);
    if (v->dragging)
      drag_to(v, x, y);
    return v->dragging;
  }
  return false;
}

/* ---- Keyboard ---------------------------------------------------------------------------- */

/* Keeps the cursor's block or slot in view, both ways: its head with the ring's arrow at its
   left (a block wider than the view shows its left end, where its words start). */
static void reveal_cursor(BlockView *v)
{
  block_view_ensure_layout(v);
  BlockPath c = block_edit_cursor(v->ed);
  int it = block_view_find_item(&v->lay, &c), x = 0, y = 0, w = v->m.H * 3, h = v->m.H;
  if (it >= 0) {
    const Item *I = &v->lay.items[it];
    x = I->box.x;
    y = I->box.y;
    w = I->first_shape < v->lay.nshapes ? v->lay.shapes[I->first_shape].r.w : I->box.w;
  } else {
    int pl = block_view_find_place(&v->lay, &c);
    x = pl >= 0 ? v->lay.places[pl].x : 0;
    y = pl >= 0 ? v->lay.places[pl].y : 0;
  }
  int room_h = v->ws.h - v->m.bar, room_w = v->ws.w - v->m.bar;
  if (y - h < v->scroll)
    scroll_by(v, y - h - v->scroll);
  else if (y + 2 * h > v->scroll + room_h)
    scroll_by(v, y + 2 * h - v->scroll - room_h);
  if (x + w + v->m.pad > v->scroll_x + room_w)
    scroll_x_by(v, x + w + v->m.pad - v->scroll_x - room_w);
  if (x - v->m.gutter < v->scroll_x)
    scroll_x_by(v, x - v->m.gutter - v->scroll_x);
}

/* Selects palette block i and scrolls the palette so it shows. */
static void reveal_palette(BlockView *v, int i)
{
  if (v->npal == 0)
    return;
  v->sel = block_view_clamp(i, 0, v->npal - 1);
  SDL_Rect box = v->pal_lay.items[v->pal_first[v->sel]].box;
  int most = v->pal_lay.h > v->pr.h ? v->pal_lay.h - v->pr.h : 0;
  if (box.y - v->m.pad < v->pal_scroll)
    v->pal_scroll = block_view_clamp(box.y - v->m.pad, 0, most);
  else if (box.y + box.h + v->m.pad > v->pal_scroll + v->pr.h)
    v->pal_scroll = block_view_clamp(box.y + box.h + v->m.pad - v->pr.h, 0, most);
}

static void space_key(BlockView *v)
{
  block_view_ensure_layout(v);
  BlockPath c = block_edit_cursor(v->ed);
  open_field(v, block_view_find_item(&v->lay, &c), 0);
}

static void toggle_else(BlockView *v)
{
  BlockPath c = block_edit_cursor(v->ed);
  Block *b = block_edit_at(v->ed, &c);
  if (b && b->kind == BLOCK_IF)
    block_edit_set_else(v->ed, &c, !b->has_else);
}

static void insert_selected(BlockView *v)
{
  if (block_edit_cursor_insert(v->ed, v->pitems[v->sel]))
    v->cursor_set = true;
}

/* Ctrl+I adds an "else if" arm to the if at (or holding) the cursor; Ctrl+Shift+I removes
   the arm the cursor is in, or the last one when the cursor is on the if. */
static void arm_key(BlockView *v, bool remove)
{
  BlockPath p;
  int arm;
  if (!block_edit_cursor_if(v->ed, &p, &arm))
    return;
  const Block *b = block_edit_at(v->ed, &p);
  int arms = 0;
  for (const BlockArm *a = b->arms; a; a = a->next)
    arms++;
  if (!remove)
    add_arm(v, &p);
  else
    block_edit_remove_arm(v->ed, &p, arm > 0 ? arm : arms - 1);
}

static bool edit_key(BlockView *v, SDL_Keycode k, bool ctrl, bool shift)
{
  if (v->readonly)
    return false;
  if (ctrl && (k == SDLK_UP || k == SDLK_DOWN))
    return block_edit_cursor_shift(v->ed, k == SDLK_UP ? -1 : 1);
  if (ctrl && (k == SDLK_z || k == SDLK_y))
    return (k == SDLK_y || shift) ? block_edit_redo(v->ed) : block_edit_undo(v->ed);
  if (ctrl && k == SDLK_e)
    toggle_else(v);
  else if (ctrl && k == SDLK_i)
    arm_key(v, shift);
  else if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && v->sel < v->npal)
    insert_selected(v);
  else if (k == SDLK_DELETE || k == SDLK_BACKSPACE)
    block_edit_cursor_delete(v->ed);
  else if (k == SDLK_SPACE)
    space_key(v);
  else
    return false;
  return true;
}

static bool key(BlockView *v, const InputEvent *e)
{
  bool ctrl = e->mods & INPUT_MOD_CTRL, shift = e->mods & INPUT_MOD_SHIFT;
  SDL_Keycode k = e->key;
  if (v->dropdown)
    return dropdown_key(v, k);
  if (v->editing)
    return field_key(v, e);
  if (v->dragging)
    return false;
  bool done = true, palette = k == SDLK_LEFT || k == SDLK_RIGHT;
  bool paging = k == SDLK_PAGEUP || k == SDLK_PAGEDOWN;
  if (!ctrl && (k == SDLK_UP || k == SDLK_DOWN)) {
    block_edit_cursor_move(v->ed, k == SDLK_UP ? -1 : 1);
    v->cursor_set = true;
  } else if (palette)
    reveal_palette(v, v->sel + (k == SDLK_LEFT ? -1 : 1));
  else if (paging && shift) /* Shift+PageUp/PageDown: sideways */
    scroll_x_by(v, (k == SDLK_PAGEUP ? -1 : 1) * v->ws.w * 3 / 4);
  else if (paging)
    scroll_by(v, (k == SDLK_PAGEUP ? -1 : 1) * v->ws.h * 3 / 4);
  else
    done = edit_key(v, k, ctrl, shift);
  if (done && !paging) { /* the ring shows where the keyboard acted */
    v->kbd_palette = palette;
    reveal_cursor(v);
  }
  return done;
}

/* The wheel scrolls what is under the pointer: the palette up and down, the workspace both
   ways (a trackpad's sideways swipe, or Shift with an ordinary wheel). */
static bool wheel(BlockView *v, const InputEvent *e, int mx, int my)
{
  if (inside(v->pr, mx, my)) {
    v->pal_scroll = block_view_clamp(v->pal_scroll - e->wheel * v->m.H, 0,
                                     v->pal_lay.h > v->pr.h ? v->pal_lay.h - v->pr.h : 0);
    return e->wheel != 0;
  }
  if (e->mods & INPUT_MOD_SHIFT)
    scroll_x_by(v, -e->wheel * v->m.H);
  else
    scroll_by(v, -e->wheel * v->m.H);
  scroll_x_by(v, e->wheel_x * v->m.H); /* positive: the fingers went right, so does the view */
  return e->wheel != 0 || e->wheel_x != 0;
}

bool block_view_input(BlockView *v, const Input *in, bool focused)
{
  bool redraw = false;
  v->focused = focused;
  block_view_ensure_layout(v);
  for (int i = 0; i < in->n; i++) {
    const InputEvent *e = &in->ev[i];
    if (e->kind == INPUT_MOUSE_DOWN && e->button == 1)
      redraw |= mouse_down(v, e->x, e->y);
    else if (e->kind == INPUT_MOUSE_MOVE)
      redraw |= mouse_move(v, e->x, e->y);
    else if (e->kind == INPUT_MOUSE_UP && e->button == 1)
      redraw |= mouse_up(v);
    else if (e->kind == INPUT_WHEEL && inside(v->rect, in->mouse_x, in->mouse_y))
      redraw |= wheel(v, e, in->mouse_x, in->mouse_y);
    else if (e->kind == INPUT_KEY && (focused || block_view_busy(v)))
      redraw |= key(v, e);
  }
  block_view_ensure_layout(v);
  return redraw;
}

/* ---- Points for tests ----------------------------------------------------------------------- */

/* The grab point of a block whose box is r: over its left words, where a finger would go. */
static void grab_point(const BlockView *v, SDL_Rect r, int ox, int oy, int *x, int *y)
{
  *x = ox + r.x + v->m.notch_x;
  *y = oy + r.y + v->m.H / 2;
}

bool block_view_palette_point(const BlockView *v, int n, int *x, int *y)
{
  if (n < 0 || n >= v->npal)
    return false;
  block_view_ensure_layout((BlockView *)v);
  grab_point(v, v->pal_lay.items[v->pal_first[n]].box, v->pr.x, v->pr.y - v->pal_scroll, x, y);
  return inside(v->pr, *x, *y);
}

bool block_view_block_point(BlockView *v, const BlockPath *p, int *x, int *y)
{
  block_view_ensure_layout(v);
  int it = block_view_find_item(&v->lay, p);
  if (it < 0)
    return false;
  grab_point(v, v->lay.items[it].box, v->ws.x - v->scroll_x, v->ws.y - v->scroll, x, y);
  return inside(v->ws, *x, *y);
}

bool block_view_field_point(BlockView *v, const BlockPath *p, int *x, int *y)
{
  return block_view_nth_field_point(v, p, 0, x, y);
}

bool block_view_nth_field_point(BlockView *v, const BlockPath *p, int n, int *x, int *y)
{
  block_view_ensure_layout(v);
  int it = block_view_find_item(&v->lay, p);
  for (int i = 0; it >= 0 && i < v->lay.npieces; i++) {
    const Piece *pc = &v->lay.pieces[i];
    if (pc->item == it && is_field(pc) && n-- == 0) {
      *x = v->ws.x + pc->r.x + pc->r.w / 2 - v->scroll_x;
      *y = v->ws.y + pc->r.y + pc->r.h / 2 - v->scroll;
      return inside(v->ws, *x, *y);
    }
  }
  return false;
}

bool block_view_place_point(BlockView *v, const BlockPath *place, int *x, int *y)
{
  block_view_ensure_layout(v);
  int pl = block_view_find_place(&v->lay, place);
  if (pl < 0)
    return false;
  SDL_Rect r = {v->lay.places[pl].x, v->lay.places[pl].y, 1, 1};
  grab_point(v, r, v->ws.x - v->scroll_x, v->ws.y - v->scroll, x, y);
  return inside(v->ws, *x, *y);
}
