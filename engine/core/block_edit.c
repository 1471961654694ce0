/* block_edit.c: the block editor's model: paths into the block tree, edits with snapshot
   undo, and the keyboard cursor. Pure C over program.h's tree; never draws, never parses
   anything but whole programs (set_text, sync_lines). */
#include "block_edit.h"

#include <stdlib.h>
#include <string.h>

struct BlockEdit {
  Block *first;
  BlockPath cursor;
  Block *undo[BLOCK_EDIT_UNDO], *redo[BLOCK_EDIT_UNDO]; /* snapshots; NULL is an empty program */
  int nundo, nredo;
  unsigned long changed;
};

static void fix_cursor(BlockEdit *ed);

BlockEdit *block_edit_new(void)
{
  BlockEdit *ed = calloc(1, sizeof *ed);
  if (ed)
    ed->cursor = (BlockPath){.n = 1};
  return ed;
}

static void clear_stack(Block **snaps, int *n)
{
  while (*n > 0)
    block_free_list(snaps[--*n]);
}

void block_edit_free(BlockEdit *ed)
{
  if (!ed)
    return;
  clear_stack(ed->undo, &ed->nundo);
  clear_stack(ed->redo, &ed->nredo);
  block_free_list(ed->first);
  free(ed);
}

bool block_edit_set_text(BlockEdit *ed, const char *text, size_t len, ProgramError *err)
{
  Program *p = program_parse(text, len, err);
  if (!p)
    return false;
  block_free_list(ed->first);
  ed->first = p->first;
  p->first = NULL;
  program_free(p);
  clear_stack(ed->undo, &ed->nundo);
  clear_stack(ed->redo, &ed->nredo);
  ed->cursor = (BlockPath){.n = 1};
  ed->changed++;
  return true;
}

char *block_edit_text(const BlockEdit *ed, size_t *len)
{
  Program p = {ed->first};
  size_t n = 0;
  char *s = program_text_ex(&p, &n);
  if (len)
    *len = n;
  return s;
}

/* The printed text puts each block on known lines; the parsed copy carries them. The trees
   are equal by the printer's contract, so paths and the cursor stay right, and it counts as
   no change (saving on every change must not loop). */
void block_edit_sync_lines(BlockEdit *ed)
{
  size_t len;
  char *text = block_edit_text(ed, &len);
  Program *p = text ? program_parse(text, len, NULL) : NULL;
  if (p && program_blocks_equal(p->first, ed->first)) {
    block_free_list(ed->first);
    ed->first = p->first;
    p->first = NULL;
  }
  program_free(p);
  free(text);
}

Block *block_edit_first(const BlockEdit *ed)
{
  return ed->first;
}

int block_edit_count(const BlockEdit *ed)
{
  return program_count_list(ed->first);
}

unsigned long block_edit_changed(const BlockEdit *ed)
{
  return ed->changed;
}

/* ---- Copies ------------------------------------------------------------------------- */

static bool copy_str(char **dst, const char *src)
{
  return !src || block_set_string(dst, src);
}

static BlockArm *clone_arms(const BlockArm *a)
{
  BlockArm *head = NULL, **tail = &head;
  for (; a; a = a->next) {
    BlockArm *c = block_arm_new(a->negate, a->sensor);
    if (!c || (a->body && !(c->body = block_edit_clone(a->body)))) {
      block_arm_free_list(c);
      block_arm_free_list(head);
      return NULL;
    }
    c->line = a->line;
    *tail = c;
    tail = &c->next;
  }
  return head;
}

static Block *clone_one(const Block *s)
{
  Block *c = block_new(s->kind);
  if (!c)
    return NULL;
  c->first_line = s->first_line;
  c->last_line = s->last_line;
  c->number = s->number;
  c->is_local = s->is_local;
  c->has_else = s->has_else;
  c->code_count = s->code_count;
  bool ok = copy_str(&c->name, s->name) && copy_str(&c->count_var, s->count_var);
  if (ok && s->text) {
    ok = (c->text = malloc(s->text_len + 1)) != NULL;
    if (ok) {
      memcpy(c->text, s->text, s->text_len + 1);
      c->text_len = s->text_len;
    }
  }
  ok = ok && (!s->body || (c->body = block_edit_clone(s->body)));
  ok = ok && (!s->else_body || (c->else_body = block_edit_clone(s->else_body)));
  ok = ok && (!s->arms || (c->arms = clone_arms(s->arms)));
  if (!ok) {
    block_free(c);
    return NULL;
  }
  return c;
}

Block *block_edit_clone(const Block *first)
{
  Block *head = NULL, **tail = &head;
  for (const Block *s = first; s; s = s->next) {
    Block *c = clone_one(s);
    if (!c) {
      block_free_list(head);
      return NULL;
    }
    *tail = c;
    tail = &c->next;
  }
  return head;
}

/* ---- Paths -------------------------------------------------------------------------- */

static int list_length(const Block *b)
{
  int n = 0;
  for (; b; b = b->next)
    n++;
  return n;
}

static Block **link_at(Block **head, int idx)
{
  for (int i = 0; i < idx && *head; i++)
    head = &(*head)->next;
  return head;
}

static int arm_count(const Block *b)
{
  int n = 0;
  for (const BlockArm *a = b->arms; a; a = a->next)
    n++;
  return n;
}

int block_edit_slots(const Block *b)
{
  switch (b->kind) {
  case BLOCK_REPEAT:
  case BLOCK_REPEAT_UNTIL:
  case BLOCK_DEFINE:
    return 1;
  case BLOCK_IF:
    return arm_count(b) + (b->has_else ? 1 : 0);
  default:
    return 0;
  }
}

Block **block_edit_slot(Block *b, int slot)
{
  if (slot < 0 || slot >= block_edit_slots(b))
    return NULL;
  if (b->kind != BLOCK_IF)
    return &b->body;
  BlockArm *a = b->arms;
  for (int i = 0; a && i < slot; i++)
    a = a->next;
  return a ? &a->body : &b->else_body;
}

Block **block_edit_list(BlockEdit *ed, const BlockPath *p)
{
  if (p->n < 1 || p->n > BLOCK_EDIT_MAX_DEPTH)
    return NULL;
  Block **head = &ed->first;
  for (int k = 0; k < p->n - 1; k++) {
    if (p->idx[k] < 0)
      return NULL;
    Block *b = *link_at(head, p->idx[k]);
    if (!b || !(head = block_edit_slot(b, p->slot[k])))
      return NULL;
  }
  int last = p->idx[p->n - 1];
  return last >= 0 && last <= list_length(*head) ? head : NULL;
}

Block *block_edit_at(const BlockEdit *ed, const BlockPath *p)
{
  Block **head = block_edit_list((BlockEdit *)ed, p);
  return head ? *link_at(head, p->idx[p->n - 1]) : NULL;
}

BlockPath block_path_child(const BlockPath *p, int slot, int idx)
{
  BlockPath c = *p;
  if (c.n < 1 || c.n >= BLOCK_EDIT_MAX_DEPTH)
    return (BlockPath){0};
  c.slot[c.n - 1] = slot;
  c.idx[c.n] = idx;
  c.slot[c.n] = 0;
  c.n++;
  return c;
}

bool block_path_equal(const BlockPath *a, const BlockPath *b)
{
  if (a->n != b->n)
    return false;
  for (int k = 0; k < a->n; k++)
    if (a->idx[k] != b->idx[k] || (k < a->n - 1 && a->slot[k] != b->slot[k]))
      return false;
  return true;
}

/* ---- Undo --------------------------------------------------------------------------- */

static void push(Block **snaps, int *n, Block *snap)
{
  if (*n == BLOCK_EDIT_UNDO) { /* forget the oldest */
    block_free_list(snaps[0]);
    memmove(snaps, snaps + 1, (BLOCK_EDIT_UNDO - 1) * sizeof *snaps);
    (*n)--;
  }
  snaps[(*n)++] = snap;
}

void block_edit_checkpoint(BlockEdit *ed)
{
  Block *snap = block_edit_clone(ed->first);
  if (snap || !ed->first)
    push(ed->undo, &ed->nundo, snap);
  clear_stack(ed->redo, &ed->nredo);
}

void block_edit_uncheckpoint(BlockEdit *ed)
{
  if (ed->nundo > 0)
    block_free_list(ed->undo[--ed->nundo]);
}

static bool swap_in(BlockEdit *ed, Block **from, int *nfrom, Block **to, int *nto)
{
  if (*nfrom == 0)
    return false;
  push(to, nto, ed->first);
  ed->first = from[--*nfrom];
  ed->changed++;
  fix_cursor(ed);
  return true;
}

bool block_edit_undo(BlockEdit *ed)
{
  return swap_in(ed, ed->undo, &ed->nundo, ed->redo, &ed->nredo);
}

bool block_edit_redo(BlockEdit *ed)
{
  return swap_in(ed, ed->redo, &ed->nredo, ed->undo, &ed->nundo);
}

bool block_edit_can_undo(const BlockEdit *ed)
{
  return ed->nundo > 0;
}

bool block_edit_can_redo(const BlockEdit *ed)
{
  return ed->nredo > 0;
}

/* ---- Edits -------------------------------------------------------------------------- */

Block *block_edit_detach(BlockEdit *ed, const BlockPath *p, bool stack)
{
  Block **head = block_edit_list(ed, p);
  Block **link = head ? link_at(head, p->idx[p->n - 1]) : NULL;
  Block *b = link ? *link : NULL;
  if (!b)
    return NULL;
  *link = stack ? NULL : b->next;
  if (!stack)
    b->next = NULL;
  ed->changed++;
  return b;
}

static void splice(Block **link, Block *list)
{
  Block *tail = list;
  while (tail->next)
    tail = tail->next;
  tail->next = *link;
  *link = list;
}

bool block_edit_attach(BlockEdit *ed, const BlockPath *place, Block *list)
{
  Block **head = block_edit_list(ed, place);
  if (!head || !list) {
    block_free_list(list);
    return false;
  }
  splice(link_at(head, place->idx[place->n - 1]), list);
  ed->changed++;
  return true;
}

bool block_edit_insert(BlockEdit *ed, const BlockPath *place, const Block *tmpl)
{
  if (!tmpl || !block_edit_list(ed, place))
    return false;
  Block *copy = block_edit_clone(tmpl);
  if (!copy)
    return false;
  block_edit_checkpoint(ed);
  return block_edit_attach(ed, place, copy);
}

/* Whether place lies in what a move from `from` takes away (or is where it already is). */
static bool place_in_moved(const BlockPath *from, const BlockPath *place, bool stack)
{
  int k = from->n - 1;
  if (place->n <= k)
    return false;
  for (int j = 0; j < k; j++)
    if (from->idx[j] != place->idx[j] || from->slot[j] != place->slot[j])
      return false;
  int f = from->idx[k], t = place->idx[k];
  if (place->n - 1 == k) /* the same list: a no-op counts as refused */
    return t == f || t == f + 1 || (stack && t > f);
  return t == f || (stack && t > f);
}

bool block_edit_move(BlockEdit *ed, const BlockPath *from, const BlockPath *place, bool stack)
{
  Block **head = block_edit_list(ed, place);
  if (!block_edit_at(ed, from) || !head || place_in_moved(from, place, stack))
    return false;
  int t = place->idx[place->n - 1];
  Block *anchor = t > 0 ? *link_at(head, t - 1) : NULL; /* stays put: it is not moving */
  block_edit_checkpoint(ed);
  Block *list = block_edit_detach(ed, from, stack);
  splice(anchor ? &anchor->next : head, list);
  return true;
}

bool block_edit_delete(BlockEdit *ed, const BlockPath *p, bool stack)
{
  if (!block_edit_at(ed, p))
    return false;
  block_edit_checkpoint(ed);
  block_free_list(block_edit_detach(ed, p, stack));
  fix_cursor(ed);
  return true;
}

static long long clamp(long long v, long long lo, long long hi)
{
  return v < lo ? lo : v > hi ? hi : v;
}

bool block_edit_set_number(BlockEdit *ed, const BlockPath *p, long long value)
{
  Block *b = block_edit_at(ed, p);
  if (!b || (b->kind != BLOCK_REPEAT && b->kind != BLOCK_SET && b->kind != BLOCK_CHANGE))
    return false;
  long long lo = b->kind == BLOCK_CHANGE ? -BLOCK_EDIT_NUMBER_MAX : 0;
  value = clamp(value, lo, BLOCK_EDIT_NUMBER_MAX);
  if (value == b->number && !b->count_var)
    return true;
  block_edit_checkpoint(ed);
  b->number = value;
  free(b->count_var);
  b->count_var = NULL;
  ed->changed++;
  return true;
}

static BlockArm *arm_at(Block *b, int arm)
{
  BlockArm *a = b->arms;
  for (int i = 0; a && i < arm; i++)
    a = a->next;
  return arm >= 0 ? a : NULL;
}

bool block_edit_set_sensor(BlockEdit *ed, const BlockPath *p, int arm, const char *sensor,
                           bool negate)
{
  Block *b = block_edit_at(ed, p);
  if (!b || !sensor || !block_edit_is_name(sensor))
    return false;
  char **field = NULL;
  BlockArm *a = NULL;
  if (b->kind == BLOCK_REPEAT_UNTIL)
    field = &b->name;
  else if (b->kind == BLOCK_IF && (a = arm_at(b, arm)))
    field = &a->sensor;
  if (!field)
    return false;
  char *copy = strdup(sensor);
  if (!copy)
    return false;
  block_edit_checkpoint(ed);
  free(*field);
  *field = copy;
  if (a)
    a->negate = negate;
  ed->changed++;
  return true;
}

bool block_edit_set_else(BlockEdit *ed, const BlockPath *p, bool on)
{
  Block *b = block_edit_at(ed, p);
  if (!b || b->kind != BLOCK_IF || b->has_else == on)
    return false;
  block_edit_checkpoint(ed);
  b->has_else = on;
  block_free_list(b->else_body);
  b->else_body = NULL;
  ed->changed++;
  fix_cursor(ed);
  return true;
}

/* Whether the cursor lies inside the IF at p: the steps down to it match. */
static bool cursor_below(const BlockEdit *ed, const BlockPath *p)
{
  const BlockPath *c = &ed->cursor;
  if (c->n <= p->n)
    return false;
  for (int k = 0; k < p->n; k++)
    if (c->idx[k] != p->idx[k] || (k < p->n - 1 && c->slot[k] != p->slot[k]))
      return false;
  return true;
}

bool block_edit_add_arm(BlockEdit *ed, const BlockPath *p, const char *sensor)
{
  Block *b = block_edit_at(ed, p);
  if (!b || b->kind != BLOCK_IF || !block_edit_is_name(sensor))
    return false;
  BlockArm *arm = block_arm_new(false, sensor);
  if (!arm)
    return false;
  int n = arm_count(b);
  block_edit_checkpoint(ed);
  BlockArm **tail = &b->arms;
  while (*tail)
    tail = &(*tail)->next;
  *tail = arm;
  if (cursor_below(ed, p) && ed->cursor.slot[p->n - 1] >= n) /* in the else: it moved down */
    ed->cursor.slot[p->n - 1]++;
  ed->changed++;
  fix_cursor(ed);
  return true;
}

bool block_edit_remove_arm(BlockEdit *ed, const BlockPath *p, int arm)
{
  Block *b = block_edit_at(ed, p);
  BlockArm *a = b && b->kind == BLOCK_IF && arm >= 1 ? arm_at(b, arm) : NULL;
  if (!a)
    return false;
  BlockArm *above = arm_at(b, arm - 1);
  int kept = list_length(above->body), k = p->n - 1;
  block_edit_checkpoint(ed);
  Block **end = link_at(&above->body, kept);
  *end = a->body;
  a->body = NULL;
  above->next = a->next;
  a->next = NULL;
  block_arm_free_list(a);
  if (cursor_below(ed, p) && ed->cursor.slot[k] == arm) { /* its blocks moved up */
    ed->cursor.slot[k] = arm - 1;
    ed->cursor.idx[k + 1] += kept;
  } else if (cursor_below(ed, p) && ed->cursor.slot[k] > arm) {
    ed->cursor.slot[k]--;
  }
  ed->changed++;
  fix_cursor(ed);
  return true;
}

bool block_edit_cursor_if(const BlockEdit *ed, BlockPath *if_path, int *arm)
{
  const BlockPath *c = &ed->cursor;
  for (int n = c->n; n >= 1; n--) {
    BlockPath p = *c;
    p.n = n;
    const Block *b = block_edit_at(ed, &p);
    if (b && b->kind == BLOCK_IF) {
      int slot = n < c->n ? c->slot[n - 1] : 0;
      *if_path = p;
      *arm = slot < arm_count(b) ? slot : 0;
      return true;
    }
  }
  return false;
}

static bool rename_calls(Block *b, const char *old, const char *name)
{
  bool ok = true;
  for (; b; b = b->next) {
    if (b->kind == BLOCK_CALL && strcmp(b->name, old) == 0)
      ok = block_set_string(&b->name, name) && ok;
    ok = rename_calls(b->body, old, name) && rename_calls(b->else_body, old, name) && ok;
    for (BlockArm *a = b->arms; a; a = a->next)
      ok = rename_calls(a->body, old, name) && ok;
  }
  return ok;
}

bool block_edit_rename(BlockEdit *ed, const BlockPath *p, const char *name)
{
  Block *b = block_edit_at(ed, p);
  if (!b || !block_edit_is_name(name))
    return false;
  char **field = b->kind == BLOCK_REPEAT && b->count_var ? &b->count_var : &b->name;
  if (b->kind == BLOCK_CODE || b->kind == BLOCK_COMMENT || b->kind == BLOCK_IF ||
      b->kind == BLOCK_REPEAT_UNTIL || !*field)
    return false;
  block_edit_checkpoint(ed);
  bool ok = true;
  if (b->kind == BLOCK_DEFINE) {
    char *old = strdup(b->name);
    ok = old && rename_calls(ed->first, old, name);
    free(old);
  }
  ok = block_set_string(field, name) && ok;
  ed->changed++;
  return ok;
}

bool block_edit_is_name(const char *s)
{
  static const char *const keywords[] = {"and",   "break", "do",       "else",  "elseif", "end",
                                         "false", "for",   "function", "goto",  "if",     "in",
                                         "local", "nil",   "not",      "or",    "repeat", "return",
                                         "then",  "true",  "until",    "while", NULL};
  if (!s || !*s || (*s >= '0' && *s <= '9') || strlen(s) > 40)
    return false;
  for (const char *c = s; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
          *c == '_'))
      return false;
  for (int i = 0; keywords[i]; i++)
    if (strcmp(s, keywords[i]) == 0)
      return false;
  return true;
}

/* ---- The keyboard cursor -------------------------------------------------------------- */

/* A walk over every stop in order: finds the target-th, and the index of want. */
typedef struct {
  int target, count, want_index;
  const BlockPath *want;
  const Block *want_block;
  BlockPath found, block_path;
} Walk;

static void visit(Walk *w, const BlockPath *p, const Block *b)
{
  if (w->count == w->target)
    w->found = *p;
  if (w->want && w->want_index < 0 && block_path_equal(p, w->want))
    w->want_index = w->count;
  if (b && b == w->want_block)
    w->block_path = *p;
  w->count++;
}

static void walk_list(Block *first, BlockPath *cur, Walk *w)
{
  int d = cur->n - 1, i = 0;
  for (Block *b = first; b; b = b->next, i++) {
    cur->idx[d] = i;
    cur->n = d + 1;
    visit(w, cur, b);
    for (int s = 0; s < block_edit_slots(b) && d + 1 < BLOCK_EDIT_MAX_DEPTH; s++) {
      Block *sub = *block_edit_slot(b, s);
      BlockPath child = block_path_child(cur, s, 0);
      if (!sub)
        visit(w, &child, NULL);
      else
        walk_list(sub, &child, w);
    }
  }
}

static Walk walk(const BlockEdit *ed, int target, const BlockPath *want, const Block *wb)
{
  Walk w = {.target = target, .want_index = -1, .want = want, .want_block = wb};
  BlockPath cur = {.n = 1};
  walk_list(ed->first, &cur, &w);
  cur = (BlockPath){.n = 1, .idx = {list_length(ed->first)}};
  visit(&w, &cur, NULL); /* the end of the program */
  return w;
}

int block_edit_stop_count(const BlockEdit *ed)
{
  return walk(ed, -1, NULL, NULL).count;
}

bool block_edit_path_of(const BlockEdit *ed, const Block *b, BlockPath *out)
{
  Walk w = walk(ed, -1, NULL, b);
  *out = w.block_path;
  return out->n > 0;
}

BlockPath block_edit_cursor(const BlockEdit *ed)
{
  return ed->cursor;
}

void block_edit_set_cursor(BlockEdit *ed, const BlockPath *p)
{
  if (walk(ed, -1, p, NULL).want_index >= 0)
    ed->cursor = *p;
}

static void fix_cursor(BlockEdit *ed)
{
  while (walk(ed, -1, &ed->cursor, NULL).want_index < 0) {
    BlockPath *c = &ed->cursor;
    if (c->n > 0 && c->idx[c->n - 1] > 0)
      c->idx[c->n - 1]--;
    else if (c->n > 1)
      c->n--;
    else {
      *c = walk(ed, 0, NULL, NULL).found;
      return;
    }
  }
}

bool block_edit_cursor_move(BlockEdit *ed, int delta)
{
  Walk w = walk(ed, -1, &ed->cursor, NULL);
  int to = w.want_index + delta;
  if (w.want_index < 0 || to < 0 || to >= w.count)
    return false;
  ed->cursor = walk(ed, to, NULL, NULL).found;
  return true;
}

BlockPath block_edit_cursor_place(const BlockEdit *ed)
{
  BlockPath p = ed->cursor;
  if (block_edit_at(ed, &p))
    p.idx[p.n - 1]++;
  return p;
}

bool block_edit_cursor_insert(BlockEdit *ed, const Block *tmpl)
{
  BlockPath place = block_edit_cursor_place(ed);
  if (!block_edit_insert(ed, &place, tmpl))
    return false;
  ed->cursor = place;
  return true;
}

bool block_edit_cursor_delete(BlockEdit *ed)
{
  return block_edit_delete(ed, &ed->cursor, false);
}

/* Where a block alone goes one stop up or down: past its neighbour, into the neighbour's
   nearest body when it has one, or out of its own body around the block holding it. */
static bool shift_place(BlockEdit *ed, const BlockPath *c, int delta, BlockPath *out)
{
  int k = c->n - 1, i = c->idx[k];
  Block **head = block_edit_list(ed, c);
  Block *nb = i + delta >= 0 ? *link_at(head, i + delta) : NULL;
  *out = *c;
  if (!nb) { /* out of the body */
    if (k == 0)
      return false;
    out->n--;
    out->idx[k - 1] += delta > 0 ? 1 : 0;
    return true;
  }
  BlockPath nbp = *c;
  nbp.idx[k] = i + delta;
  int slots = block_edit_slots(nb);
  if (slots == 0 || k + 1 >= BLOCK_EDIT_MAX_DEPTH) {
    out->idx[k] = delta > 0 ? i + 2 : i - 1;
    return true;
  }
  int slot = delta > 0 ? 0 : slots - 1;
  *out = block_path_child(&nbp, slot, delta > 0 ? 0 : list_length(*block_edit_slot(nb, slot)));
  return true;
}

bool block_edit_cursor_shift(BlockEdit *ed, int delta)
{
  Block *b = block_edit_at(ed, &ed->cursor);
  BlockPath place;
  if (!b || !shift_place(ed, &ed->cursor, delta, &place) ||
      !block_edit_move(ed, &ed->cursor, &place, false))
    return false;
  block_edit_path_of(ed, b, &ed->cursor);
  return true;
}
