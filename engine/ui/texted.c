/* texted.c: the code editor's text model: buffer, cursor, selection, Lua auto-indent, undo.
   Pure C: no SDL, no drawing, no clipboard (the widget moves strings in and out).
   Every change goes through one function, replace(), which records undo and keeps the line
   index and the `changed` counter right; memory grows by doubling, never per keystroke. */
#include "texted.h"

#include <stdlib.h>
#include <string.h>

#include "ensure.h"
#include "lua_colour.h"

#define UNDO_MAX_EDITS 4000
#define UNDO_MAX_BYTES (1024 * 1024)

/* Why an edit happened: typing, backspace and delete runs merge into one undo step. */
typedef enum { EDIT_OTHER, EDIT_TYPE, EDIT_BACKSPACE, EDIT_DELETE } EditKind;

/* One recorded change: del_len bytes at pos were replaced by ins_len bytes. Both texts live
   in the undo arena, del first, so the edits' texts are in creation order there. */
typedef struct {
  size_t pos, del_off, del_len, ins_off, ins_len;
  size_t cur_before, anc_before, cur_after;
  unsigned group; /* undo/redo take every edit of a group together */
  EditKind kind;
} Edit;

struct TextEd {
  char *buf; /* NUL-terminated */
  size_t len, cap, max;
  size_t cursor, anchor;
  int want_col; /* the column UP/DOWN aim for; -1 when the next vertical move sets it */
  int page;
  unsigned long changed;
  size_t *lines; /* byte offset of each line start */
  int nlines, lines_cap;
  Edit *edits;
  int nedits, edits_cap, done; /* edits[0..done) are applied; the rest can be redone */
  char *arena;
  size_t arena_len, arena_cap;
  unsigned group;
  bool merge_open; /* the last edit may absorb the next keystroke of the same kind */
  int dedent_edit; /* the edit that just dedented a closer keyword, -1 when none */
  char *scratch;
  size_t scratch_cap;
};

/* ---- memory ---- */

static bool grow(void **p, size_t *cap, size_t need, size_t elem)
{
  if (need <= *cap)
    return true;
  size_t n = *cap ? *cap : 64;
  while (n < need)
    n *= 2;
  void *q = realloc(*p, n * elem);
  if (!q)
    return false;
  *p = q;
  *cap = n;
  return true;
}

static char *scratch(TextEd *ed, size_t need)
{
  return grow((void **)&ed->scratch, &ed->scratch_cap, need + 1, 1) ? ed->scratch : NULL;
}

/* ---- UTF-8 ---- */

static bool is_cont(char c)
{
  return ((unsigned char)c & 0xC0) == 0x80;
}

size_t texted_utf8_next(const char *s, size_t len, size_t pos)
{
  if (pos >= len)
    return len;
  pos++;
  while (pos < len && is_cont(s[pos]))
    pos++;
  return pos;
}

size_t texted_utf8_prev(const char *s, size_t pos)
{
  if (pos == 0)
    return 0;
  pos--;
  while (pos > 0 && is_cont(s[pos]))
    pos--;
  return pos;
}

static size_t snap(const TextEd *ed, size_t pos)
{
  if (pos >= ed->len)
    return ed->len;
  while (pos > 0 && is_cont(ed->buf[pos]))
    pos--;
  return pos;
}

/* ---- lines ---- */

static void index_lines(TextEd *ed)
{
  size_t cap = (size_t)ed->lines_cap;
  int n = 0;
  for (size_t p = 0;; p++) {
    if (n == (int)cap) {
      ENSURE(grow((void **)&ed->lines, &cap, cap + 1, sizeof(size_t)));
      ed->lines_cap = (int)cap;
    }
    ed->lines[n++] = p;
    const char *nl = memchr(ed->buf + p, '\n', ed->len - p);
    if (!nl)
      break;
    p = (size_t)(nl - ed->buf);
  }
  ed->nlines = n;
}

int texted_line_count(const TextEd *ed)
{
  return ed->nlines;
}

size_t texted_line_start(const TextEd *ed, int line)
{
  if (line <= 0)
    return 0;
  if (line >= ed->nlines)
    return ed->lines[ed->nlines - 1];
  return ed->lines[line];
}

size_t texted_line_end(const TextEd *ed, int line)
{
  if (line < 0)
    line = 0;
  if (line + 1 >= ed->nlines)
    return ed->len;
  return ed->lines[line + 1] - 1;
}

int texted_line_of(const TextEd *ed, size_t pos)
{
  int lo = 0, hi = ed->nlines - 1;
  while (lo < hi) { /* the last line starting at or before pos */
    int mid = (lo + hi + 1) / 2;
    if (ed->lines[mid] <= pos)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

static int col_of(const TextEd *ed, size_t pos)
{
  int col = 0;
  for (size_t p = texted_line_start(ed, texted_line_of(ed, pos)); p < pos;
       p = texted_utf8_next(ed->buf, ed->len, p))
    col++;
  return col;
}

static size_t pos_of(const TextEd *ed, int line, int col)
{
  if (line < 0)
    line = 0;
  if (line >= ed->nlines)
    line = ed->nlines - 1;
  size_t p = texted_line_start(ed, line), end = texted_line_end(ed, line);
  for (; col > 0 && p < end; col--)
    p = texted_utf8_next(ed->buf, ed->len, p);
  return p;
}

int texted_cursor_line(const TextEd *ed)
{
  return texted_line_of(ed, ed->cursor);
}
int texted_cursor_col(const TextEd *ed)
{
  return col_of(ed, ed->cursor);
}

/* ---- life ---- */

TextEd *texted_new(size_t max_bytes)
{
  TextEd *ed = calloc(1, sizeof *ed);
  if (!ed)
    return NULL;
  ed->max = max_bytes ? max_bytes : TEXTED_DEFAULT_MAX;
  ed->page = 20;
  ed->want_col = -1;
  ed->dedent_edit = -1;
  if (!grow((void **)&ed->buf, &ed->cap, 256, 1)) {
    free(ed);
    return NULL;
  }
  ed->buf[0] = '\0';
  index_lines(ed);
  return ed;
}

void texted_free(TextEd *ed)
{
  if (!ed)
    return;
  free(ed->buf);
  free(ed->lines);
  free(ed->edits);
  free(ed->arena);
  free(ed->scratch);
  free(ed);
}

const char *texted_text(const TextEd *ed)
{
  return ed->buf;
}
size_t texted_length(const TextEd *ed)
{
  return ed->len;
}
unsigned long texted_changed(const TextEd *ed)
{
  return ed->changed;
}
size_t texted_cursor(const TextEd *ed)
{
  return ed->cursor;
}
size_t texted_anchor(const TextEd *ed)
{
  return ed->anchor;
}
bool texted_has_selection(const TextEd *ed)
{
  return ed->cursor != ed->anchor;
}
void texted_set_page_lines(TextEd *ed, int lines)
{
  ed->page = lines > 1 ? lines : 1;
}
void texted_break_group(TextEd *ed)
{
  ed->merge_open = false;
  ed->dedent_edit = -1;
}

void texted_selection(const TextEd *ed, size_t *start, size_t *end)
{
  *start = ed->cursor < ed->anchor ? ed->cursor : ed->anchor;
  *end = ed->cursor < ed->anchor ? ed->anchor : ed->cursor;
}

/* Copies text into dst dropping carriage returns and turning tabs into TEXTED_INDENT spaces
   (the view draws columns of equal width); dst holds TEXTED_INDENT * len bytes. Returns the
   bytes written. */
static size_t clean_text(char *dst, const char *src, size_t len)
{
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    if (src[i] == '\r')
      continue;
    if (src[i] == '\t') {
      memset(dst + n, ' ', TEXTED_INDENT);
      n += TEXTED_INDENT;
    } else {
      dst[n++] = src[i];
    }
  }
  return n;
}

static void clear_undo(TextEd *ed)
{
  ed->nedits = ed->done = 0;
  ed->arena_len = 0;
  ed->merge_open = false;
  ed->dedent_edit = -1;
}

bool texted_set_text(TextEd *ed, const char *text, size_t len)
{
  char *tmp = scratch(ed, len * TEXTED_INDENT);
  if (!tmp)
    return false;
  len = clean_text(tmp, text, len);
  if (len > ed->max || !grow((void **)&ed->buf, &ed->cap, len + 1, 1))
    return false;
  memcpy(ed->buf, tmp, len);
  ed->buf[len] = '\0';
  ed->len = len;
  ed->cursor = ed->anchor = 0;
  ed->want_col = -1;
  ed->changed++;
  clear_undo(ed);
  index_lines(ed);
  return true;
}

/* ---- the one way text changes ---- */

/* Applies a change to the buffer only (undo and redo use it directly). */
static void splice(TextEd *ed, size_t pos, size_t del, const char *ins, size_t n)
{
  ENSURE(pos + del <= ed->len);
  ENSURE(grow((void **)&ed->buf, &ed->cap, ed->len - del + n + 1, 1));
  memmove(ed->buf + pos + n, ed->buf + pos + del, ed->len - pos - del + 1);
  memcpy(ed->buf + pos, ins, n);
  ed->len = ed->len - del + n;
  ed->changed++;
  index_lines(ed);
}

/* Forgets the oldest groups when history passes its limits, keeping whole groups. */
static void trim_history(TextEd *ed)
{
  if (ed->nedits < UNDO_MAX_EDITS && ed->arena_len < UNDO_MAX_BYTES)
    return;
  int k = ed->nedits / 2;
  while (k < ed->nedits && ed->edits[k].group == ed->edits[k - 1].group)
    k++;
  if (k >= ed->nedits || k > ed->done)
    return;
  size_t base = ed->edits[k].del_off;
  memmove(ed->arena, ed->arena + base, ed->arena_len - base);
  ed->arena_len -= base;
  memmove(ed->edits, ed->edits + k, (size_t)(ed->nedits - k) * sizeof(Edit));
  ed->nedits -= k;
  ed->done -= k;
  for (int i = 0; i < ed->nedits; i++) {
    ed->edits[i].del_off -= base;
    ed->edits[i].ins_off -= base;
  }
}

static bool arena_add(TextEd *ed, const char *s, size_t n)
{
  if (n == 0)
    return true;
  if (!grow((void **)&ed->arena, &ed->arena_cap, ed->arena_len + n, 1))
    return false;
  memcpy(ed->arena + ed->arena_len, s, n);
  ed->arena_len += n;
  return true;
}

static bool is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\n';
}

/* Can this keystroke join the last edit? Typing merges until a word starts after a space,
   so typing a word (with the space after it) is one undo step. */
static bool can_merge(const TextEd *ed, const Edit *last, EditKind kind, size_t pos, size_t del,
                      const char *ins, size_t n)
{
  if (!ed->merge_open || kind == EDIT_OTHER || last->kind != kind)
    return false;
  if (ed->done != ed->nedits || ed->cursor != ed->anchor)
    return false;
  if (kind == EDIT_TYPE) {
    bool word_after_space = !is_space(ins[0]) && last->ins_len > 0 &&
                            is_space(ed->arena[last->ins_off + last->ins_len - 1]);
    return del == 0 && pos == last->pos + last->ins_len && !word_after_space && n > 0;
  }
  if (kind == EDIT_BACKSPACE)
    return n == 0 && last->ins_len == 0 && pos + del == last->pos;
  return n == 0 && last->ins_len == 0 && pos == last->pos;
}

static void merge(TextEd *ed, Edit *last, EditKind kind, size_t pos, size_t del, const char *ins,
                  size_t n)
{
  if (kind == EDIT_TYPE) {
    ENSURE(arena_add(ed, ins, n));
    last->ins_len += n;
  } else if (kind == EDIT_BACKSPACE) { /* the deleted text grows at its front */
    ENSURE(arena_add(ed, ed->buf + pos, del));
    memmove(ed->arena + last->del_off + del, ed->arena + last->del_off, last->del_len);
    memcpy(ed->arena + last->del_off, ed->buf + pos, del);
    last->del_len += del;
    last->ins_off = last->del_off + last->del_len;
    last->pos = pos;
  } else {
    ENSURE(arena_add(ed, ed->buf + pos, del));
    last->del_len += del;
    last->ins_off = last->del_off + last->del_len;
  }
}

static void record(TextEd *ed, EditKind kind, bool join, size_t pos, size_t del, const char *ins,
                   size_t n)
{
  Edit *last = ed->done > 0 ? &ed->edits[ed->done - 1] : NULL;
  if (last && can_merge(ed, last, kind, pos, del, ins, n)) {
    merge(ed, last, kind, pos, del, ins, n);
    return;
  }
  ed->nedits = ed->done; /* a new edit drops what could be redone */
  ed->arena_len = last ? last->ins_off + last->ins_len : 0;
  size_t cap = (size_t)ed->edits_cap;
  ENSURE(grow((void **)&ed->edits, &cap, (size_t)ed->nedits + 1, sizeof(Edit)));
  ed->edits_cap = (int)cap;
  Edit e = {pos,
            ed->arena_len,
            del,
            ed->arena_len + del,
            n,
            ed->cursor,
            ed->anchor,
            0,
            join && last ? last->group : ++ed->group,
            kind};
  ENSURE(arena_add(ed, ed->buf + pos, del) && arena_add(ed, ins, n));
  ed->edits[ed->nedits++] = e;
  ed->done = ed->nedits;
}

/* Replaces del bytes at pos with ins, recording undo; the cursor goes after the new text.
   False, and nothing changes, when the result would pass the cap. */
static bool replace(TextEd *ed, EditKind kind, bool join, size_t pos, size_t del, const char *ins,
                    size_t n)
{
  if (ed->len - del + n > ed->max)
    return false;
  if (del == 0 && n == 0)
    return true;
  record(ed, kind, join, pos, del, ins, n);
  splice(ed, pos, del, ins, n);
  ed->cursor = ed->anchor = pos + n;
  ed->edits[ed->done - 1].cur_after = ed->cursor;
  ed->want_col = -1;
  ed->merge_open = kind != EDIT_OTHER;
  ed->dedent_edit = -1;
  trim_history(ed);
  return true;
}

/* ---- undo ---- */

bool texted_undo(TextEd *ed)
{
  if (ed->done == 0)
    return false;
  unsigned g = ed->edits[ed->done - 1].group;
  while (ed->done > 0 && ed->edits[ed->done - 1].group == g) {
    const Edit *e = &ed->edits[--ed->done];
    splice(ed, e->pos, e->ins_len, ed->arena + e->del_off, e->del_len);
    ed->cursor = e->cur_before;
    ed->anchor = e->anc_before;
  }
  ed->merge_open = false;
  ed->dedent_edit = -1;
  ed->want_col = -1;
  return true;
}

bool texted_redo(TextEd *ed)
{
  if (ed->done == ed->nedits)
    return false;
  unsigned g = ed->edits[ed->done].group;
  while (ed->done < ed->nedits && ed->edits[ed->done].group == g) {
    const Edit *e = &ed->edits[ed->done++];
    splice(ed, e->pos, e->del_len, ed->arena + e->ins_off, e->ins_len);
    ed->cursor = ed->anchor = e->cur_after;
  }
  ed->merge_open = false;
  ed->dedent_edit = -1;
  ed->want_col = -1;
  return true;
}

/* ---- cursor ---- */

void texted_set_cursor(TextEd *ed, size_t pos, bool select)
{
  ed->cursor = snap(ed, pos);
  if (!select)
    ed->anchor = ed->cursor;
  ed->want_col = -1;
  ed->merge_open = false;
  ed->dedent_edit = -1;
}

void texted_set_cursor_line_col(TextEd *ed, int line, int col, bool select)
{
  texted_set_cursor(ed, pos_of(ed, line, col), select);
}

void texted_select_all(TextEd *ed)
{
  ed->anchor = 0;
  ed->cursor = ed->len;
  ed->merge_open = false;
  ed->dedent_edit = -1;
}

/* Character classes for word moves: spaces, word characters (letters, digits, _, and any
   non-ASCII letter), and punctuation. */
static int char_class(const TextEd *ed, size_t pos)
{
  unsigned char c = (unsigned char)ed->buf[pos];
  if (c == ' ' || c == '\t' || c == '\n')
    return 0;
  if (c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
    return 1;
  return 2;
}

static size_t word_left(const TextEd *ed, size_t p)
{
  while (p > 0 && char_class(ed, texted_utf8_prev(ed->buf, p)) == 0)
    p = texted_utf8_prev(ed->buf, p);
  if (p == 0)
    return 0;
  int cls = char_class(ed, texted_utf8_prev(ed->buf, p));
  while (p > 0 && char_class(ed, texted_utf8_prev(ed->buf, p)) == cls)
    p = texted_utf8_prev(ed->buf, p);
  return p;
}

static size_t word_right(const TextEd *ed, size_t p)
{
  while (p < ed->len && char_class(ed, p) == 0)
    p = texted_utf8_next(ed->buf, ed->len, p);
  if (p == ed->len)
    return p;
  int cls = char_class(ed, p);
  while (p < ed->len && char_class(ed, p) == cls)
    p = texted_utf8_next(ed->buf, ed->len, p);
  return p;
}

void texted_select_word(TextEd *ed)
{
  size_t p = ed->cursor;
  if (p < ed->len && char_class(ed, p) == 1) {
    size_t start = p, end = p;
    while (start > 0 && char_class(ed, texted_utf8_prev(ed->buf, start)) == 1)
      start = texted_utf8_prev(ed->buf, start);
    while (end < ed->len && char_class(ed, end) == 1)
      end = texted_utf8_next(ed->buf, ed->len, end);
    ed->anchor = start;
    ed->cursor = end;
  }
  ed->merge_open = false;
  ed->dedent_edit = -1;
}

static size_t line_indent_end(const TextEd *ed, int line)
{
  size_t p = texted_line_start(ed, line), end = texted_line_end(ed, line);
  while (p < end && (ed->buf[p] == ' ' || ed->buf[p] == '\t'))
    p++;
  return p;
}

static size_t vertical(TextEd *ed, int lines)
{
  if (ed->want_col < 0)
    ed->want_col = col_of(ed, ed->cursor);
  int line = texted_line_of(ed, ed->cursor) + lines;
  if (line < 0)
    return 0; /* up from the first line: to its start, like most editors */
  if (line >= ed->nlines)
    return ed->len;
  return pos_of(ed, line, ed->want_col);
}

/* Where a move takes the cursor. Moves that keep a column return with want_col kept. */
static size_t target(TextEd *ed, TextEdMove how, bool select)
{
  size_t s, e, p = ed->cursor;
  int line = texted_line_of(ed, p);
  texted_selection(ed, &s, &e);
  switch (how) {
  case TEXTED_LEFT:
    return (!select && s != e) ? s : texted_utf8_prev(ed->buf, p);
  case TEXTED_RIGHT:
    return (!select && s != e) ? e : texted_utf8_next(ed->buf, ed->len, p);
  case TEXTED_WORD_LEFT:
    return word_left(ed, p);
  case TEXTED_WORD_RIGHT:
    return word_right(ed, p);
  case TEXTED_UP:
    return vertical(ed, -1);
  case TEXTED_DOWN:
    return vertical(ed, 1);
  case TEXTED_PAGE_UP:
    return vertical(ed, -ed->page);
  case TEXTED_PAGE_DOWN:
    return vertical(ed, ed->page);
  case TEXTED_HOME: {
    size_t first = line_indent_end(ed, line);
    return p == first ? texted_line_start(ed, line) : first;
  }
  case TEXTED_END:
    return texted_line_end(ed, line);
  case TEXTED_DOC_START:
    return 0;
  case TEXTED_DOC_END:
    return ed->len;
  }
  return p;
}

void texted_move(TextEd *ed, TextEdMove how, bool select)
{
  bool keeps_col =
      how == TEXTED_UP || how == TEXTED_DOWN || how == TEXTED_PAGE_UP || how == TEXTED_PAGE_DOWN;
  int want = keeps_col ? ed->want_col : -1;
  if (!keeps_col)
    ed->want_col = -1;
  size_t p = target(ed, how, select);
  if (keeps_col && want < 0)
    want = ed->want_col;
  texted_set_cursor(ed, p, select);
  ed->want_col = want;
}

/* ---- editing ---- */

static bool replace_selection(TextEd *ed, EditKind kind, const char *s, size_t n)
{
  size_t a, b;
  texted_selection(ed, &a, &b);
  return replace(ed, kind, false, a, b - a, s, n);
}

bool texted_insert(TextEd *ed, const char *text, size_t len)
{
  char *tmp = scratch(ed, len * TEXTED_INDENT);
  if (!tmp)
    return false;
  len = clean_text(tmp, text, len);
  return replace_selection(ed, EDIT_OTHER, tmp, len);
}

bool texted_paste(TextEd *ed, const char *text)
{
  return texted_insert(ed, text, strlen(text));
}

/* The indent, in columns, of the nearest non-blank line above `line` and whether that line
   opens a block; -1 when there is none. */
static int indent_above(const TextEd *ed, int line, bool *opens)
{
  for (int l = line - 1; l >= 0; l--) {
    size_t ls = texted_line_start(ed, l), ie = line_indent_end(ed, l);
    if (ie == texted_line_end(ed, l))
      continue;
    *opens = lua_colour_opens_block(ed->buf + ls, texted_line_end(ed, l) - ls,
                                    (LuaColourState){0, false});
    return (int)(ie - ls);
  }
  return -1;
}

/* After typing: a line that now reads just `end`, `else`, `elseif` or `until` moves to the
   indent of the block it closes. Joined to the typing's undo group. */
static void dedent_closer(TextEd *ed)
{
  int line = texted_line_of(ed, ed->cursor);
  size_t ls = texted_line_start(ed, line), ie = line_indent_end(ed, line);
  size_t word = ed->cursor - ie;
  if (ie == ed->cursor || !lua_colour_closes_block(ed->buf + ie, word))
    return;
  if (!lua_colour_is_keyword(ed->buf + ie, word))
    return; /* "ending" is not "end" */
  bool opens = false;
  int above = indent_above(ed, line, &opens);
  if (above < 0)
    return;
  int want = opens ? above : above - TEXTED_INDENT;
  if (want < 0)
    want = 0;
  if ((int)(ie - ls) <= want)
    return;
  size_t keep = ed->cursor - ie;
  static const char spaces[] = "                                                                ";
  if (want > (int)sizeof spaces - 1)
    return;
  if (!replace(ed, EDIT_OTHER, true, ls, ie - ls, spaces, (size_t)want))
    return;
  ed->cursor = ed->anchor = ed->cursor + keep;
  ed->edits[ed->done - 1].cur_after = ed->cursor;
  ed->dedent_edit = ed->done - 1;
}

/* The keyword went on into a longer word ("end" -> "ending"): puts back the indent that
   dedent_closer() took away, in the same undo step as the keystroke. */
static void undo_dedent(TextEd *ed, int dedent)
{
  int line = texted_line_of(ed, ed->cursor);
  size_t ls = texted_line_start(ed, line), ie = line_indent_end(ed, line);
  if (dedent != ed->done - 2 || lua_colour_is_keyword(ed->buf + ie, ed->cursor - ie))
    return;
  const Edit *d = &ed->edits[dedent];
  if (d->pos != ls || d->ins_len != ie - ls)
    return;
  char *tmp = scratch(ed, d->del_len);
  if (!tmp)
    return;
  memcpy(tmp, ed->arena + d->del_off, d->del_len);
  size_t keep = ed->cursor - ie, n = d->del_len;
  if (!replace(ed, EDIT_OTHER, true, ls, ie - ls, tmp, n))
    return;
  ed->cursor = ed->anchor = ls + n + keep;
  ed->edits[ed->done - 1].cur_after = ed->cursor;
}

bool texted_type(TextEd *ed, const char *utf8)
{
  size_t n = strlen(utf8);
  if (n == 0)
    return true;
  int dedent = ed->dedent_edit;
  if (!replace_selection(ed, EDIT_TYPE, utf8, n))
    return false;
  if (dedent >= 0 && char_class(ed, ed->cursor - n) == 1)
    undo_dedent(ed, dedent);
  dedent_closer(ed);
  return true;
}

bool texted_newline(TextEd *ed)
{
  size_t a, b;
  texted_selection(ed, &a, &b);
  int line = texted_line_of(ed, a);
  size_t ls = texted_line_start(ed, line);
  size_t indent_end = line_indent_end(ed, line);
  if (indent_end > a)
    indent_end = a;
  size_t indent = indent_end - ls;
  bool opens = lua_colour_opens_block(ed->buf + ls, a - ls, (LuaColourState){0, false});
  while (a > ls && (ed->buf[a - 1] == ' ' || ed->buf[a - 1] == '\t'))
    a--; /* no trailing */
  while (b < ed->len && ed->buf[b] == ' ')
    b++; /* the rest of the line starts at the indent */
  size_t n = 1 + indent + (opens ? TEXTED_INDENT : 0);
  char *tmp = scratch(ed, n);
  if (!tmp)
    return false;
  tmp[0] = '\n';
  memcpy(tmp + 1, ed->buf + ls, indent);
  memset(tmp + 1 + indent, ' ', n - 1 - indent);
  return replace(ed, EDIT_OTHER, false, a, b - a, tmp, n);
}

/* The lines a block indent acts on: a selection ending at a line's start leaves that line. */
static void selected_lines(const TextEd *ed, int *l0, int *l1)
{
  size_t a, b;
  texted_selection(ed, &a, &b);
  *l0 = texted_line_of(ed, a);
  *l1 = texted_line_of(ed, b);
  if (*l1 > *l0 && b == texted_line_start(ed, *l1))
    (*l1)--;
}

/* Rewrites lines l0..l1 with one level more (delta > 0) or less; one undo step. Keeps the
   cursor on its text when nothing is selected, else selects the whole lines. */
static bool reindent(TextEd *ed, int l0, int l1, int delta)
{
  size_t from = texted_line_start(ed, l0), to = texted_line_end(ed, l1);
  char *tmp = scratch(ed, (to - from) + (size_t)(l1 - l0 + 1) * TEXTED_INDENT);
  if (!tmp)
    return false;
  size_t n = 0, cur_line_shift = 0;
  bool sel = texted_has_selection(ed);
  int cur_line = texted_line_of(ed, ed->cursor);
  for (int l = l0; l <= l1; l++) {
    size_t ls = texted_line_start(ed, l), le = texted_line_end(ed, l), skip = 0;
    if (delta > 0 && le > ls) {
      memset(tmp + n, ' ', TEXTED_INDENT);
      n += TEXTED_INDENT;
    }
    while (delta < 0 && skip < TEXTED_INDENT && ls + skip < le && ed->buf[ls + skip] == ' ')
      skip++;
    if (delta < 0 && skip == 0 && ls < le && ed->buf[ls] == '\t')
      skip = 1;
    if (l == cur_line)
      cur_line_shift = skip;
    memcpy(tmp + n, ed->buf + ls + skip, le - ls - skip);
    n += le - ls - skip;
    if (l < l1)
      tmp[n++] = '\n';
  }
  size_t cur = ed->cursor, cur_ls = texted_line_start(ed, cur_line);
  if (n == to - from && memcmp(tmp, ed->buf + from, n) == 0)
    return true;
  if (!replace(ed, EDIT_OTHER, false, from, to - from, tmp, n))
    return false;
  if (sel) {
    ed->anchor = from;
    ed->cursor = from + n;
  } else if (delta > 0) {
    ed->cursor = ed->anchor = cur + TEXTED_INDENT;
  } else {
    size_t back = cur - cur_ls < cur_line_shift ? cur - cur_ls : cur_line_shift;
    ed->cursor = ed->anchor = cur - back;
  }
  return true;
}

bool texted_tab(TextEd *ed)
{
  int l0, l1;
  selected_lines(ed, &l0, &l1);
  if (texted_has_selection(ed) && l1 > l0)
    return reindent(ed, l0, l1, 1);
  return replace_selection(ed, EDIT_OTHER, "  ", TEXTED_INDENT);
}

void texted_untab(TextEd *ed)
{
  int l0, l1;
  selected_lines(ed, &l0, &l1);
  reindent(ed, l0, l1, -1);
}

void texted_backspace(TextEd *ed, bool word)
{
  if (texted_has_selection(ed)) {
    replace_selection(ed, EDIT_OTHER, "", 0);
    return;
  }
  size_t p = ed->cursor;
  size_t from = word ? word_left(ed, p) : texted_utf8_prev(ed->buf, p);
  replace(ed, word ? EDIT_OTHER : EDIT_BACKSPACE, false, from, p - from, "", 0);
}

void texted_delete(TextEd *ed, bool word)
{
  if (texted_has_selection(ed)) {
    replace_selection(ed, EDIT_OTHER, "", 0);
    return;
  }
  size_t p = ed->cursor;
  size_t to = word ? word_right(ed, p) : texted_utf8_next(ed->buf, ed->len, p);
  replace(ed, word ? EDIT_OTHER : EDIT_DELETE, false, p, to - p, "", 0);
}

char *texted_copy(const TextEd *ed)
{
  size_t a, b;
  texted_selection(ed, &a, &b);
  if (a == b)
    return NULL;
  char *s = malloc(b - a + 1);
  if (!s)
    return NULL;
  memcpy(s, ed->buf + a, b - a);
  s[b - a] = '\0';
  return s;
}

char *texted_cut(TextEd *ed)
{
  char *s = texted_copy(ed);
  if (s)
    replace_selection(ed, EDIT_OTHER, "", 0);
  return s;
}
