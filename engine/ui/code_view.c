/* code_view.c: the code editor widget: draws a TextEd with line numbers and colours, and
   turns keys, text and mouse Input into TextEd calls. Reads no SDL events (platform.c does)
   and decides nothing about runs or saving: the screen sets the error and running lines. */
#include "code_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua_colour.h"

#define BLINK_MS 530      /* half a blink period */
#define BLINK_FOR_MS 5000 /* then the cursor stays on, so an idle screen draws nothing */
#define MAX_SPANS 128
#define WHEEL_LINES 3

struct CodeView {
  TextEd *ed;
  Text *text;
  const Theme *theme;
  bool focused, read_only, blink, cursor_on, dragging;
  int error_line; /* 0-based, -1 for none */
  char error_msg[512];
  int running_line; /* 0-based, -1 for none */
  SDL_Rect rect;    /* where it was last drawn: mouse events are read against it */
  int scroll_x, scroll_y;
  bool follow_cursor, follow_mark; /* scroll at the next draw */
  unsigned long seen_changed;
  uint64_t now, blink_start;
  LuaColourState *states; /* colour state at each line start */
  int states_cap;
  unsigned long states_changed;
  bool states_valid;
};

/* Sizes for one draw or hit test, all in output pixels. */
typedef struct {
  int px, line_h, char_w, pad;
  int text_dy; /* from a row's top to its text: rows have extra space for young readers */
  int gutter_w, text_x, text_w, top, view_h;
  int msg_px, msg_line_h;
  int err_h;       /* height of the message block under the error line; 0 when beside */
  bool err_beside; /* the message fits on the error line itself */
} Layout;

/* ---- life ---- */

CodeView *code_view_new(Text *text, const Theme *theme)
{
  CodeView *cv = calloc(1, sizeof *cv);
  if (!cv)
    return NULL;
  cv->ed = texted_new(0);
  if (!cv->ed) {
    free(cv);
    return NULL;
  }
  cv->text = text;
  cv->theme = theme;
  cv->blink = true;
  cv->error_line = cv->running_line = -1;
  return cv;
}

void code_view_free(CodeView *cv)
{
  if (!cv)
    return;
  texted_free(cv->ed);
  free(cv->states);
  free(cv);
}

bool code_view_set_text(CodeView *cv, const char *text)
{
  if (!texted_set_text(cv->ed, text, strlen(text)))
    return false;
  cv->scroll_x = cv->scroll_y = 0;
  cv->error_line = -1;
  cv->seen_changed = texted_changed(cv->ed);
  return true;
}

const char *code_view_get_text(const CodeView *cv)
{
  return texted_text(cv->ed);
}
unsigned long code_view_changed(const CodeView *cv)
{
  return texted_changed(cv->ed);
}
TextEd *code_view_editor(CodeView *cv)
{
  return cv->ed;
}
bool code_view_focused(const CodeView *cv)
{
  return cv->focused;
}
void code_view_set_blink(CodeView *cv, bool on)
{
  cv->blink = on;
}

static void wake_cursor(CodeView *cv);

/* The setters below may be called every frame with the same value: they act on a change. */
void code_view_set_focus(CodeView *cv, bool focused)
{
  if (focused == cv->focused)
    return;
  cv->focused = focused;
  wake_cursor(cv);
  if (!focused)
    cv->dragging = false;
}

void code_view_set_read_only(CodeView *cv, bool read_only)
{
  if (read_only == cv->read_only)
    return;
  cv->read_only = read_only;
  cv->dragging = false;
  wake_cursor(cv);
}

void code_view_set_error(CodeView *cv, int line, const char *message)
{
  if (line <= 0 || !message) {
    cv->error_line = -1;
    return;
  }
  if (cv->error_line == line - 1 && strncmp(cv->error_msg, message, sizeof cv->error_msg - 1) == 0)
    return; /* the same mark again: keep the pupil's scrolling */
  cv->error_line = line - 1;
  snprintf(cv->error_msg, sizeof cv->error_msg, "%s", message);
  cv->follow_mark = true;
}

void code_view_set_running_line(CodeView *cv, int line)
{
  int l = line > 0 ? line - 1 : -1;
  if (l != cv->running_line)
    cv->follow_mark = l >= 0;
  cv->running_line = l;
}

/* ---- blinking ---- */

static bool cursor_visible(const CodeView *cv, uint64_t now)
{
  if (!cv->focused || cv->read_only)
    return false;
  uint64_t t = now - cv->blink_start;
  if (!cv->blink || t >= BLINK_FOR_MS)
    return true;
  return (t / BLINK_MS) % 2 == 0;
}

bool code_view_tick(CodeView *cv, uint64_t now_ms)
{
  cv->now = now_ms;
  bool on = cursor_visible(cv, now_ms);
  bool changed = on != cv->cursor_on;
  cv->cursor_on = on;
  return changed;
}

int code_view_wake_ms(const CodeView *cv, uint64_t now_ms)
{
  if (!cv->focused || cv->read_only || !cv->blink)
    return -1;
  uint64_t t = now_ms - cv->blink_start;
  if (t >= BLINK_FOR_MS)
    return -1;
  return (int)(BLINK_MS - t % BLINK_MS);
}

/* A key or click: the cursor shows at once and blinks again from now. */
static void wake_cursor(CodeView *cv)
{
  cv->blink_start = cv->now;
  cv->cursor_on = cursor_visible(cv, cv->now);
}

/* ---- layout ---- */

static int line_count(const CodeView *cv)
{
  return texted_line_count(cv->ed);
}

static int error_line(const CodeView *cv)
{
  if (cv->error_line < 0)
    return -1;
  int last = line_count(cv) - 1;
  return cv->error_line > last ? last : cv->error_line;
}

static int width_of(const CodeView *cv, const Layout *L, size_t from, size_t to)
{
  return text_width(cv->text, TEXT_FONT_CODE, L->px, texted_text(cv->ed) + from, to - from);
}

static int digits(int n)
{
  int d = 1;
  while (n >= 10) {
    n /= 10;
    d++;
  }
  return d;
}

/* Whether the message fits beside its line, else how tall the wrapped block under it is. */
static void layout_error(const CodeView *cv, Layout *L)
{
  int el = error_line(cv);
  L->err_h = 0;
  L->err_beside = false;
  if (el < 0)
    return;
  int line_w = width_of(cv, L, texted_line_start(cv->ed, el), texted_line_end(cv->ed, el));
  int msg_w = text_width_z(cv->text, TEXT_FONT_UI, L->msg_px, cv->error_msg);
  if (line_w + 2 * L->char_w + msg_w <= L->text_w) {
    L->err_beside = true;
    return;
  }
  int wrap_w = L->text_w > L->char_w * 4 ? L->text_w : L->char_w * 4;
  int rows = text_wrap_count(cv->text, TEXT_FONT_UI, L->msg_px, cv->error_msg, wrap_w);
  L->err_h = rows * L->msg_line_h + L->pad;
}

static void layout(const CodeView *cv, SDL_Rect rect, Layout *L)
{
  L->px = theme_font_px(cv->theme, THEME_FONT_CODE);
  int font_h = text_line_height(cv->text, TEXT_FONT_CODE, L->px);
  L->line_h = font_h + L->px / 4 > 1 ? font_h + L->px / 4 : 1;
  L->text_dy = (L->line_h - font_h) / 2;
  L->char_w = text_advance(cv->text, TEXT_FONT_CODE, L->px, 'M');
  L->pad = L->char_w / 2 + 2;
  int nd = digits(line_count(cv));
  L->gutter_w = (nd < 2 ? 2 : nd) * L->char_w + 3 * L->pad;
  L->text_x = rect.x + L->gutter_w + L->pad;
  L->text_w = rect.x + rect.w - L->text_x - L->pad;
  L->top = rect.y + L->pad;
  L->view_h = rect.h - 2 * L->pad;
  L->msg_px = theme_font_px(cv->theme, THEME_FONT_BODY);
  L->msg_line_h = text_line_height(cv->text, TEXT_FONT_UI, L->msg_px);
  layout_error(cv, L);
}

/* Distance of a line's top from the top of the content (before scrolling). */
static int line_offset(const CodeView *cv, const Layout *L, int line)
{
  int el = error_line(cv);
  return line * L->line_h + (el >= 0 && line > el ? L->err_h : 0);
}

static int content_h(const CodeView *cv, const Layout *L)
{
  return line_count(cv) * L->line_h + L->err_h;
}

static int line_at(const CodeView *cv, const Layout *L, int y)
{
  int rel = y - L->top + cv->scroll_y, el = error_line(cv);
  if (el >= 0 && L->err_h > 0 && rel >= (el + 1) * L->line_h) {
    if (rel < (el + 1) * L->line_h + L->err_h)
      return el;
    rel -= L->err_h;
  }
  int line = rel < 0 ? 0 : rel / L->line_h;
  return line >= line_count(cv) ? line_count(cv) - 1 : line;
}

/* Scrolls so that rows [y0, y1) of content show. */
static void show_rows(CodeView *cv, const Layout *L, int y0, int y1)
{
  if (y1 - cv->scroll_y > L->view_h)
    cv->scroll_y = y1 - L->view_h;
  if (y0 < cv->scroll_y)
    cv->scroll_y = y0;
}

static void show_cursor(CodeView *cv, const Layout *L)
{
  int line = texted_cursor_line(cv->ed);
  int y = line_offset(cv, L, line);
  show_rows(cv, L, y, y + L->line_h);
  int x = width_of(cv, L, texted_line_start(cv->ed, line), texted_cursor(cv->ed));
  int margin = 4 * L->char_w;
  if (x < cv->scroll_x)
    cv->scroll_x = x > margin ? x - margin : 0;
  if (x > cv->scroll_x + L->text_w - L->char_w)
    cv->scroll_x = x - L->text_w + margin;
}

static void keep_in_view(CodeView *cv, const Layout *L)
{
  if (cv->follow_mark) {
    int line = cv->running_line >= 0 ? cv->running_line : error_line(cv);
    if (line >= 0) {
      int y = line_offset(cv, L, line);
      int extra = line == error_line(cv) ? L->err_h : 0;
      show_rows(cv, L, y, y + L->line_h + extra);
      cv->scroll_x = 0;
    }
  } else if (cv->follow_cursor) {
    show_cursor(cv, L);
  }
  cv->follow_mark = cv->follow_cursor = false;
  int max = content_h(cv, L) - L->view_h;
  if (cv->scroll_y > max)
    cv->scroll_y = max;
  if (cv->scroll_y < 0)
    cv->scroll_y = 0;
  if (cv->scroll_x < 0)
    cv->scroll_x = 0;
}

/* ---- input ---- */

static bool move_for_key(SDL_Keycode k, bool ctrl, TextEdMove *m)
{
  switch (k) {
  case SDLK_LEFT:
    *m = ctrl ? TEXTED_WORD_LEFT : TEXTED_LEFT;
    return true;
  case SDLK_RIGHT:
    *m = ctrl ? TEXTED_WORD_RIGHT : TEXTED_RIGHT;
    return true;
  case SDLK_UP:
    *m = TEXTED_UP;
    return true;
  case SDLK_DOWN:
    *m = TEXTED_DOWN;
    return true;
  case SDLK_HOME:
    *m = ctrl ? TEXTED_DOC_START : TEXTED_HOME;
    return true;
  case SDLK_END:
    *m = ctrl ? TEXTED_DOC_END : TEXTED_END;
    return true;
  case SDLK_PAGEUP:
    *m = TEXTED_PAGE_UP;
    return true;
  case SDLK_PAGEDOWN:
    *m = TEXTED_PAGE_DOWN;
    return true;
  default:
    return false;
  }
}

static bool edit_key(CodeView *cv, SDL_Keycode k, bool shift, bool ctrl)
{
  switch (k) {
  case SDLK_BACKSPACE:
    texted_backspace(cv->ed, ctrl);
    return true;
  case SDLK_DELETE:
    texted_delete(cv->ed, ctrl);
    return true;
  case SDLK_RETURN:
  case SDLK_KP_ENTER: /* Ctrl+Enter is the screen's Run shortcut, not a new line */
    if (ctrl)
      return false;
    texted_newline(cv->ed);
    return true;
  case SDLK_TAB:
    if (shift)
      texted_untab(cv->ed);
    else
      texted_tab(cv->ed);
    return true;
  default:
    return false;
  }
}

static bool clipboard_key(CodeView *cv, SDL_Keycode k)
{
  char *s = NULL;
  if (k == SDLK_c || (k == SDLK_x && cv->read_only))
    s = texted_copy(cv->ed);
  else if (k == SDLK_x)
    s = texted_cut(cv->ed);
  if (s) {
    platform_clipboard_set(s);
    free(s);
    return true;
  }
  if (k == SDLK_v && !cv->read_only) {
    s = platform_clipboard_get();
    bool ok = s && texted_paste(cv->ed, s);
    free(s);
    return ok;
  }
  return false;
}

static bool ctrl_key(CodeView *cv, SDL_Keycode k, bool shift)
{
  switch (k) {
  case SDLK_a:
    texted_select_all(cv->ed);
    return true;
  case SDLK_z:
    if (cv->read_only)
      return false;
    return shift ? texted_redo(cv->ed) : texted_undo(cv->ed);
  case SDLK_y:
    return !cv->read_only && texted_redo(cv->ed);
  case SDLK_c:
  case SDLK_x:
  case SDLK_v:
    return clipboard_key(cv, k);
  default:
    return false;
  }
}

static bool key(CodeView *cv, SDL_Keycode k, unsigned mods)
{
  bool shift = mods & INPUT_MOD_SHIFT, ctrl = mods & INPUT_MOD_CTRL;
  TextEdMove m;
  if (move_for_key(k, ctrl, &m)) {
    texted_move(cv->ed, m, shift);
    return true;
  }
  if (!cv->read_only && edit_key(cv, k, shift, ctrl))
    return true;
  return ctrl && ctrl_key(cv, k, shift);
}

/* Where a click at (x, y) puts the cursor. */
static size_t hit(const CodeView *cv, int x, int y)
{
  Layout L;
  layout(cv, cv->rect, &L);
  int line = line_at(cv, &L, y);
  size_t ls = texted_line_start(cv->ed, line), le = texted_line_end(cv->ed, line);
  int rel = x - L.text_x + cv->scroll_x;
  if (rel < 0)
    return ls;
  return ls + text_hit(cv->text, TEXT_FONT_CODE, L.px, texted_text(cv->ed) + ls, le - ls, rel);
}

static bool inside(SDL_Rect r, int x, int y)
{
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

static bool mouse(CodeView *cv, const InputEvent *ev)
{
  if (ev->kind == INPUT_MOUSE_UP) {
    bool was = cv->dragging;
    cv->dragging = false;
    return was;
  }
  if (ev->kind == INPUT_MOUSE_MOVE) {
    if (!cv->dragging)
      return false;
    texted_set_cursor(cv->ed, hit(cv, ev->x, ev->y), true);
    cv->follow_cursor = true;
    return true;
  }
  if (ev->button != 1 || !inside(cv->rect, ev->x, ev->y))
    return false;
  bool shift = ev->mods & INPUT_MOD_SHIFT;
  texted_set_cursor(cv->ed, hit(cv, ev->x, ev->y), shift);
  if (ev->clicks == 2)
    texted_select_word(cv->ed);
  if (ev->clicks >= 3) {
    int line = texted_cursor_line(cv->ed);
    texted_set_cursor(cv->ed, texted_line_start(cv->ed, line), false);
    texted_set_cursor(cv->ed, texted_line_start(cv->ed, line + 1), true);
    if (line + 1 >= line_count(cv))
      texted_move(cv->ed, TEXTED_DOC_END, true);
  }
  cv->dragging = ev->clicks < 2;
  wake_cursor(cv);
  return true;
}

static bool wheel(CodeView *cv, const InputEvent *ev)
{
  if (!inside(cv->rect, ev->x, ev->y) || ev->wheel == 0)
    return false;
  Layout L;
  layout(cv, cv->rect, &L);
  int before = cv->scroll_y;
  cv->scroll_y -= ev->wheel * WHEEL_LINES * L.line_h;
  int max = content_h(cv, &L) - L.view_h;
  if (cv->scroll_y > max)
    cv->scroll_y = max;
  if (cv->scroll_y < 0)
    cv->scroll_y = 0;
  return cv->scroll_y != before;
}

bool code_view_handle_input(CodeView *cv, const InputEvent *ev)
{
  bool redraw = false;
  switch (ev->kind) {
  case INPUT_KEY:
    redraw = key(cv, ev->key, ev->mods);
    cv->follow_cursor |= redraw;
    break;
  case INPUT_TEXT:
    if (cv->read_only || (ev->mods & INPUT_MOD_CTRL))
      return false;
    texted_type(cv->ed, ev->text);
    cv->follow_cursor = redraw = true;
    break;
  case INPUT_MOUSE_DOWN:
  case INPUT_MOUSE_UP:
  case INPUT_MOUSE_MOVE:
    redraw = mouse(cv, ev);
    break;
  case INPUT_WHEEL:
    return wheel(cv, ev);
  }
  if (redraw)
    wake_cursor(cv);
  if (texted_changed(cv->ed) != cv->seen_changed) { /* the error was about the old text */
    cv->seen_changed = texted_changed(cv->ed);
    cv->error_line = -1;
  }
  return redraw;
}

/* ---- drawing ---- */

static void fill(SDL_Renderer *r, SDL_Color c, int x, int y, int w, int h)
{
  SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
  SDL_RenderFillRect(r, &(SDL_Rect){x, y, w, h});
}

static SDL_Color colour(const CodeView *cv, ThemeColourId id)
{
  return theme_colour(cv->theme, id);
}

/* The colour state at every line start, recomputed only when the text changed. */
static void update_states(CodeView *cv)
{
  if (cv->states_valid && cv->states_changed == texted_changed(cv->ed))
    return;
  int n = line_count(cv);
  if (n > cv->states_cap) {
    int cap = cv->states_cap ? cv->states_cap : 64;
    while (cap < n)
      cap *= 2;
    LuaColourState *s = realloc(cv->states, (size_t)cap * sizeof *s);
    if (!s) { /* out of memory: lines draw as if none opened a long string */
      cv->states_valid = false;
      return;
    }
    cv->states = s;
    cv->states_cap = cap;
  }
  LuaColourState st = {0, false};
  LuaColourSpan spans[MAX_SPANS];
  const char *text = texted_text(cv->ed);
  for (int l = 0; l < n; l++) {
    cv->states[l] = st;
    size_t ls = texted_line_start(cv->ed, l);
    lua_colour_line(text + ls, texted_line_end(cv->ed, l) - ls, &st, spans, MAX_SPANS);
  }
  cv->states_changed = texted_changed(cv->ed);
  cv->states_valid = true;
}

static const ThemeColourId SPAN_COLOUR[LUA_COLOUR_KINDS] = {
    [LUA_COLOUR_PLAIN] = THEME_CODE_TEXT,      [LUA_COLOUR_KEYWORD] = THEME_CODE_KEYWORD,
    [LUA_COLOUR_NAME] = THEME_CODE_TEXT,       [LUA_COLOUR_COMMAND] = THEME_CODE_COMMAND,
    [LUA_COLOUR_NUMBER] = THEME_CODE_NUMBER,   [LUA_COLOUR_STRING] = THEME_CODE_STRING,
    [LUA_COLOUR_COMMENT] = THEME_CODE_COMMENT,
};

static void draw_band(const CodeView *cv, SDL_Renderer *r, const Layout *L, int line, int y)
{
  int x = cv->rect.x + L->gutter_w, w = cv->rect.w - L->gutter_w;
  if (line == cv->running_line) {
    fill(r, colour(cv, THEME_CODE_RUNNING_LINE), x, y, w, L->line_h);
  } else if (line == error_line(cv)) {
    fill(r, colour(cv, THEME_CODE_ERROR_LINE), x, y, w, L->line_h);
    fill(r, colour(cv, THEME_BAD), x, y, L->pad / 2 + 1, L->line_h);
  } else if (cv->focused && !cv->read_only && line == texted_cursor_line(cv->ed)) {
    fill(r, colour(cv, THEME_CODE_CURRENT_LINE), x, y, w, L->line_h);
  }
}

static void draw_selection(const CodeView *cv, SDL_Renderer *r, const Layout *L, int line, int y)
{
  size_t a, b;
  texted_selection(cv->ed, &a, &b);
  size_t ls = texted_line_start(cv->ed, line), le = texted_line_end(cv->ed, line);
  if (a == b || b < ls || a > le || (b == ls && a < ls))
    return;
  size_t from = a > ls ? a : ls, to = b < le ? b : le;
  int x = L->text_x - cv->scroll_x + width_of(cv, L, ls, from);
  int w = width_of(cv, L, from, to) + (b > le ? L->char_w / 2 : 0); /* the newline too */
  fill(r, colour(cv, THEME_CODE_SELECTION), x, y, w, L->line_h);
}

static void draw_code(const CodeView *cv, const Layout *L, int line, int y)
{
  LuaColourSpan spans[MAX_SPANS];
  LuaColourState st = cv->states_valid ? cv->states[line] : (LuaColourState){0, false};
  size_t ls = texted_line_start(cv->ed, line), le = texted_line_end(cv->ed, line);
  const char *s = texted_text(cv->ed) + ls;
  int n = lua_colour_line(s, le - ls, &st, spans, MAX_SPANS);
  int x = L->text_x - cv->scroll_x, right = cv->rect.x + cv->rect.w;
  y += L->text_dy;
  for (int i = 0; i < n && x < right; i++) {
    SDL_Color c = colour(cv, SPAN_COLOUR[spans[i].kind]);
    x = text_draw(cv->text, TEXT_FONT_CODE, L->px, x, y, c, s + spans[i].start, spans[i].len);
  }
}

/* A small arrow in the gutter pointing at the running line. */
static void draw_arrow(const CodeView *cv, SDL_Renderer *r, const Layout *L, int y)
{
  SDL_Color c = colour(cv, THEME_TEXT);
  float x0 = (float)(cv->rect.x + L->pad / 2), h = (float)L->line_h * 0.5f;
  float cy = (float)y + (float)L->line_h / 2;
  SDL_Vertex v[3] = {{{x0, cy - h / 2}, c, {0, 0}},
                     {{x0, cy + h / 2}, c, {0, 0}},
                     {{x0 + h * 0.8f, cy}, c, {0, 0}}};
  SDL_RenderGeometry(r, NULL, v, 3, NULL, 0);
}

static void draw_number(const CodeView *cv, const Layout *L, int line, int y)
{
  char num[16];
  snprintf(num, sizeof num, "%d", line + 1);
  bool marked = line == error_line(cv) || line == cv->running_line;
  SDL_Color c = colour(cv, line == error_line(cv) ? THEME_CODE_ERROR_TEXT
                           : marked               ? THEME_CODE_TEXT
                                                  : THEME_CODE_LINE_NUMBER);
  int w = text_width_z(cv->text, TEXT_FONT_CODE, L->px, num);
  int x = cv->rect.x + L->gutter_w - L->pad - w;
  text_draw_z(cv->text, TEXT_FONT_CODE, L->px, x, y + L->text_dy, c, num);
}

static void draw_error(const CodeView *cv, SDL_Renderer *r, const Layout *L);
static void draw_cursor(const CodeView *cv, SDL_Renderer *r, const Layout *L);

static int row_y(const CodeView *cv, const Layout *L, int line)
{
  return L->top - cv->scroll_y + line_offset(cv, L, line);
}

/* The code area, clipped so that text scrolled sideways never runs over the line numbers. */
static void draw_text_area(const CodeView *cv, SDL_Renderer *r, const Layout *L, int first,
                           int last)
{
  SDL_Rect area = {cv->rect.x + L->gutter_w, cv->rect.y, cv->rect.w - L->gutter_w, cv->rect.h};
  SDL_RenderSetClipRect(r, &area);
  fill(r, colour(cv, THEME_CODE_BG), area.x, area.y, area.w, area.h);
  for (int l = first; l <= last; l++) {
    draw_band(cv, r, L, l, row_y(cv, L, l));
    draw_selection(cv, r, L, l, row_y(cv, L, l));
    draw_code(cv, L, l, row_y(cv, L, l));
  }
  draw_error(cv, r, L);
  draw_cursor(cv, r, L);
}

static void draw_gutter(const CodeView *cv, SDL_Renderer *r, const Layout *L, int first, int last)
{
  SDL_Rect gutter = {cv->rect.x, cv->rect.y, L->gutter_w, cv->rect.h};
  SDL_RenderSetClipRect(r, &gutter);
  fill(r, colour(cv, THEME_CODE_GUTTER), gutter.x, gutter.y, gutter.w, gutter.h);
  for (int l = first; l <= last; l++) {
    draw_number(cv, L, l, row_y(cv, L, l));
    if (l == cv->running_line)
      draw_arrow(cv, r, L, row_y(cv, L, l));
  }
}

static void draw_error(const CodeView *cv, SDL_Renderer *r, const Layout *L)
{
  int el = error_line(cv);
  if (el < 0)
    return;
  int y = L->top - cv->scroll_y + line_offset(cv, L, el);
  SDL_Color c = colour(cv, THEME_CODE_ERROR_TEXT);
  if (L->err_beside) {
    size_t ls = texted_line_start(cv->ed, el);
    int x = L->text_x - cv->scroll_x + width_of(cv, L, ls, texted_line_end(cv->ed, el));
    int ty = y + (L->line_h - L->msg_line_h) / 2;
    text_draw_z(cv->text, TEXT_FONT_UI, L->msg_px, x + 2 * L->char_w, ty, c, cv->error_msg);
    return;
  }
  int x = cv->rect.x + L->gutter_w;
  fill(r, colour(cv, THEME_CODE_ERROR_LINE), x, y + L->line_h, cv->rect.w - L->gutter_w, L->err_h);
  fill(r, colour(cv, THEME_BAD), x, y + L->line_h, L->pad / 2 + 1, L->err_h);
  text_draw_wrapped(cv->text, TEXT_FONT_UI, L->msg_px, L->text_x, y + L->line_h + L->pad / 2,
                    L->text_w, 0, c, cv->error_msg);
}

static void draw_cursor(const CodeView *cv, SDL_Renderer *r, const Layout *L)
{
  if (!cv->cursor_on || !cv->focused || cv->read_only)
    return;
  int line = texted_cursor_line(cv->ed);
  int y = L->top - cv->scroll_y + line_offset(cv, L, line);
  int x = L->text_x - cv->scroll_x +
          width_of(cv, L, texted_line_start(cv->ed, line), texted_cursor(cv->ed));
  int w = L->px / 8 > 2 ? L->px / 8 : 2;
  fill(r, colour(cv, THEME_CODE_CURSOR), x - w / 2, y, w, L->line_h);
}

int code_view_line_height(const CodeView *cv)
{
  Layout L;
  layout(cv, cv->rect, &L);
  return L.line_h;
}

void code_view_draw(CodeView *cv, SDL_Renderer *r, SDL_Rect rect)
{
  Layout L;
  cv->rect = rect;
  layout(cv, rect, &L);
  update_states(cv);
  texted_set_page_lines(cv->ed, L.view_h / L.line_h > 2 ? L.view_h / L.line_h - 1 : 1);
  keep_in_view(cv, &L);
  SDL_Rect old_clip;
  bool clipped = SDL_RenderIsClipEnabled(r);
  SDL_RenderGetClipRect(r, &old_clip);
  int first = line_at(cv, &L, rect.y), last = line_at(cv, &L, rect.y + rect.h);
  draw_text_area(cv, r, &L, first, last);
  draw_gutter(cv, r, &L, first, last);
  SDL_RenderSetClipRect(r, clipped ? &old_clip : NULL);
}
