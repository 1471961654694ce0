/* test_ui_code_view.c: the code editor widget rendered offscreen (software renderer on a
   surface): text shows, the error band sits on the named line, the selection and the running
   line change pixels; Input events typed into it give the expected program; the clipboard,
   read-only mode, mouse placement and blinking behave. Prints the draw time for 200 lines.
   With CODE_VIEW_BMP=DIR set it also saves a few pictures there to look at. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "code_view.h"
#include "ui_harness.h"

#define W 1024
#define H 600

static SDL_Surface *surf;
static SDL_Renderer *ren;
static Text *text;
static Theme theme;
static const SDL_Rect AREA = {0, 0, 560, 600}; /* about the editor's share of a 1024x600 screen */

static Uint32 pixel(int x, int y)
{
  return ((Uint32 *)surf->pixels)[y * (surf->pitch / 4) + x];
}

static Uint32 theme_pixel(ThemeColourId id)
{
  SDL_Color c = theme_colour(&theme, id);
  return SDL_MapRGB(surf->format, c.r, c.g, c.b);
}

static void draw(CodeView *cv)
{
  SDL_SetRenderDrawColor(ren, 0, 0, 0, 255);
  SDL_RenderClear(ren);
  code_view_draw(cv, ren, AREA);
  SDL_RenderFlush(ren);
}

static void save(const char *name)
{
  const char *dir = getenv("CODE_VIEW_BMP");
  if (!dir)
    return;
  char path[512];
  snprintf(path, sizeof path, "%s/%s.bmp", dir, name);
  SDL_SaveBMP(surf, path);
}

/* Pixels in a box that are not the given colour. */
static int count_not(int x0, int y0, int x1, int y1, Uint32 bg)
{
  int n = 0;
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      n += pixel(x, y) != bg;
  return n;
}

static int count_is(int x0, int y0, int x1, int y1, Uint32 c)
{
  int n = 0;
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      n += pixel(x, y) == c;
  return n;
}

/* Rows (at a column near the right edge, where no code reaches) having the colour. */
static void rows_with(Uint32 c, int *first, int *last)
{
  *first = *last = -1;
  for (int y = 0; y < AREA.h; y++) {
    if (pixel(AREA.w - 3, y) != c)
      continue;
    if (*first < 0)
      *first = y;
    *last = y;
  }
}

static int lh_cache;
static int line_h(void)
{
  return lh_cache;
}

static InputEvent key_ev(SDL_Keycode k, unsigned mods)
{
  InputEvent e = {0};
  e.kind = INPUT_KEY;
  e.key = k;
  e.mods = mods;
  return e;
}

static void send_key(CodeView *cv, SDL_Keycode k, unsigned mods)
{
  InputEvent e = key_ev(k, mods);
  code_view_handle_input(cv, &e);
}

/* Types like SDL does: one TEXTINPUT per character, Enter as a key. */
static void send_typing(CodeView *cv, const char *s)
{
  for (; *s; s++) {
    if (*s == '\n') {
      send_key(cv, SDLK_RETURN, 0);
      continue;
    }
    InputEvent e = {0};
    e.kind = INPUT_TEXT;
    e.text[0] = *s;
    CHECK(code_view_handle_input(cv, &e));
  }
}

static void send_mouse(CodeView *cv, InputKind kind, int x, int y, int clicks)
{
  InputEvent e = {0};
  e.kind = kind;
  e.x = x;
  e.y = y;
  e.button = 1;
  e.clicks = clicks;
  code_view_handle_input(cv, &e);
}

static void test_typing(void)
{
  CodeView *cv = code_view_new(text, &theme);
  code_view_set_focus(cv, true);
  send_typing(cv, "forward()\n");
  CHECK_STR("forward()\n", code_view_get_text(cv));
  send_key(cv, SDLK_RETURN, INPUT_MOD_CTRL); /* the screen's Run shortcut: no new line */
  CHECK_STR("forward()\n", code_view_get_text(cv));
  code_view_set_text(cv, "");
  send_typing(cv, "for i = 1, 3 do\nforward()\nend\nturn_left()");
  CHECK_STR("for i = 1, 3 do\n  forward()\nend\nturn_left()", code_view_get_text(cv));
  unsigned long c = code_view_changed(cv);
  send_key(cv, SDLK_z, INPUT_MOD_CTRL);
  CHECK_STR("for i = 1, 3 do\n  forward()\nend\n", code_view_get_text(cv));
  CHECK(code_view_changed(cv) != c);
  send_key(cv, SDLK_z, INPUT_MOD_CTRL | INPUT_MOD_SHIFT);
  send_key(cv, SDLK_HOME, INPUT_MOD_CTRL);
  send_key(cv, SDLK_RIGHT, INPUT_MOD_CTRL | INPUT_MOD_SHIFT);
  send_key(cv, SDLK_c, INPUT_MOD_CTRL);
  send_key(cv, SDLK_END, INPUT_MOD_CTRL);
  send_key(cv, SDLK_v, INPUT_MOD_CTRL);
  CHECK_STR("for i = 1, 3 do\n  forward()\nend\nturn_left()for", code_view_get_text(cv));
  send_key(cv, SDLK_BACKSPACE, INPUT_MOD_CTRL);
  send_key(cv, SDLK_a, INPUT_MOD_CTRL);
  send_key(cv, SDLK_TAB, 0);
  CHECK_STR("  for i = 1, 3 do\n    forward()\n  end\n  turn_left()", code_view_get_text(cv));
  send_key(cv, SDLK_TAB, INPUT_MOD_SHIFT);
  CHECK_STR("for i = 1, 3 do\n  forward()\nend\nturn_left()", code_view_get_text(cv));

  code_view_set_read_only(cv, true); /* during a replay: no edits, copying still works */
  send_key(cv, SDLK_a, INPUT_MOD_CTRL);
  send_key(cv, SDLK_x, INPUT_MOD_CTRL);
  InputEvent e = {0};
  e.kind = INPUT_TEXT;
  strcpy(e.text, "x");
  CHECK(!code_view_handle_input(cv, &e));
  send_key(cv, SDLK_BACKSPACE, 0);
  send_key(cv, SDLK_z, INPUT_MOD_CTRL);
  CHECK_STR("for i = 1, 3 do\n  forward()\nend\nturn_left()", code_view_get_text(cv));
  char *clip = platform_clipboard_get();
  CHECK_STR("for i = 1, 3 do\n  forward()\nend\nturn_left()", clip);
  free(clip);
  code_view_free(cv);
}

/* The whole path a pupil's keys take: SDL events, read by platform_poll, into the view. */
static void push_sdl_text(const char *s)
{
  for (; *s; s++) {
    char one[2] = {*s, '\0'};
    if (*s == '\n')
      push_key(SDLK_RETURN);
    else
      push_text(one);
  }
}

static void test_sdl_events(void)
{
  CodeView *cv = code_view_new(text, &theme);
  code_view_set_focus(cv, true);
  Platform p = {0};
  Input in;
  SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
  push_sdl_text("if path_ahead() then\nforward()\nelse\nturn_left()\nend\n");
  bool redraw = false;
  do {
    platform_poll(&p, &in, 0);
    for (int i = 0; i < in.n; i++)
      redraw |= code_view_handle_input(cv, &in.ev[i]);
  } while (in.n > 0);
  CHECK(redraw);
  CHECK_STR("if path_ahead() then\n  forward()\nelse\n  turn_left()\nend\n",
            code_view_get_text(cv));
  code_view_free(cv);
}

static void test_text_and_cursor_pixels(void)
{
  CodeView *cv = code_view_new(text, &theme);
  Uint32 bg = theme_pixel(THEME_CODE_BG);
  draw(cv);
  int empty = count_not(AREA.w / 4, 0, AREA.w, AREA.h, bg);
  CHECK_INT(0, empty); /* nothing typed, no focus: the code area is plain */
  code_view_set_text(cv, "forward()\nturn_left()\n-- done");
  draw(cv);
  CHECK(count_not(AREA.w / 4, 0, AREA.w, AREA.h, bg) > 200);
  CHECK(count_is(0, 0, AREA.w, line_h(), theme_pixel(THEME_CODE_COMMAND)) > 20);
  Uint32 cursor = theme_pixel(THEME_CODE_CURSOR);
  int before = count_is(0, 0, AREA.w, AREA.h, cursor);
  code_view_tick(cv, 1000);
  code_view_set_focus(cv, true);
  draw(cv);
  int with_cursor = count_is(0, 0, AREA.w, AREA.h, cursor);
  CHECK(with_cursor > before + 10);
  save("code_view_text");
  /* Blinking: off after half a period, and a redraw is asked for; after a while it stays on
     so an idle editor never wakes the loop. */
  CHECK(code_view_wake_ms(cv, 1000) > 0);
  code_view_set_focus(cv, true); /* screens set it every frame: that must not stop blinking */
  CHECK(code_view_tick(cv, 1600));
  draw(cv);
  CHECK(count_is(0, 0, AREA.w, AREA.h, cursor) < with_cursor);
  CHECK(!code_view_tick(cv, 1700));
  code_view_tick(cv, 20000);
  CHECK_INT(-1, code_view_wake_ms(cv, 20000));
  CHECK(!code_view_tick(cv, 30000));
  code_view_set_focus(cv, false);
  CHECK_INT(-1, code_view_wake_ms(cv, 30000));
  code_view_free(cv);
}

static void test_error_band(void)
{
  CodeView *cv = code_view_new(text, &theme);
  code_view_set_text(cv, "forward()\nforward()\nfrwd()\nturn_left()\nforward()");
  code_view_set_error(cv, 3, "Line 3: Robo does not know frwd.");
  draw(cv);
  save("code_view_error_beside");
  int first, last, lh = line_h();
  rows_with(theme_pixel(THEME_CODE_ERROR_LINE), &first, &last);
  int top = first - 2 * lh; /* where line 1 starts, if the band is on line 3 */
  CHECK(first >= 2 * lh && first < 2 * lh + lh / 2 + 10);
  CHECK_INT(lh - 1, last - first);
  CHECK(top >= 0 && top < 16);
  CHECK(count_is(0, first, AREA.w, last, theme_pixel(THEME_CODE_ERROR_TEXT)) > 50);
  /* A long message goes under the line, wrapped: the band grows past one line. */
  code_view_set_error(cv, 3,
                      "Robo does not know the word frwd. Check the spelling of each "
                      "command: forward, turn_left and turn_right.");
  draw(cv);
  save("code_view_error_under");
  int first2, last2;
  rows_with(theme_pixel(THEME_CODE_ERROR_LINE), &first2, &last2);
  CHECK_INT(first, first2);
  CHECK(last2 - first2 > 2 * lh);
  /* Editing clears the mark: the message was about the old program. */
  code_view_set_focus(cv, true);
  send_typing(cv, "x");
  draw(cv);
  rows_with(theme_pixel(THEME_CODE_ERROR_LINE), &first2, &last2);
  CHECK_INT(-1, first2);
  /* An error on a line past the end marks the last line. */
  code_view_set_error(cv, 99, "Oops");
  draw(cv);
  rows_with(theme_pixel(THEME_CODE_ERROR_LINE), &first2, &last2);
  CHECK_INT(first + 2 * lh, first2);
  code_view_free(cv);
}

static void test_selection_and_running(void)
{
  CodeView *cv = code_view_new(text, &theme);
  code_view_set_text(cv, "for i = 1, 4 do\n  forward()\n  turn_right()\nend");
  draw(cv);
  Uint32 sel = theme_pixel(THEME_CODE_SELECTION), run = theme_pixel(THEME_CODE_RUNNING_LINE);
  CHECK_INT(0, count_is(0, 0, AREA.w, AREA.h, sel));
  code_view_set_focus(cv, true);
  send_key(cv, SDLK_DOWN, INPUT_MOD_SHIFT);
  draw(cv);
  save("code_view_selection");
  int lh = line_h();
  CHECK(count_is(0, 0, AREA.w, lh + 8, sel) > 100); /* the first line */
  CHECK_INT(0, count_is(0, 2 * lh + 8, AREA.w, AREA.h, sel));
  /* The mouse: a click puts the cursor where it points, a drag selects. */
  send_key(cv, SDLK_HOME, INPUT_MOD_CTRL);
  int cw = text_advance(text, TEXT_FONT_CODE, theme_font_px(&theme, THEME_FONT_CODE), 'M');
  int top, dummy;
  code_view_set_error(cv, 1, "x");
  draw(cv);
  rows_with(theme_pixel(THEME_CODE_ERROR_LINE), &top, &dummy);
  code_view_set_error(cv, 0, NULL);
  /* find the code's left edge: the first column right of the gutter with code colours */
  int x0 = -1;
  for (int x = 0; x < AREA.w && x0 < 0; x++)
    for (int y = top; y < top + lh && x0 < 0; y++)
      if (pixel(x, y) == theme_pixel(THEME_CODE_KEYWORD))
        x0 = x;
  CHECK(x0 > 0);
  send_mouse(cv, INPUT_MOUSE_DOWN, x0 + cw * 4 + cw / 4, top + lh + lh / 2, 1);
  CHECK_INT(1, texted_cursor_line(code_view_editor(cv)));
  CHECK_INT(4, texted_cursor_col(code_view_editor(cv)));
  send_mouse(cv, INPUT_MOUSE_MOVE, x0 + cw * 8, top + 2 * lh + lh / 2, 0);
  send_mouse(cv, INPUT_MOUSE_UP, x0 + cw * 8, top + 2 * lh + lh / 2, 0);
  char *s = texted_copy(code_view_editor(cv));
  CHECK_STR("rward()\n  turn_r", s);
  free(s);
  send_mouse(cv, INPUT_MOUSE_DOWN, x0 + cw * 5, top + lh + lh / 2, 2);
  s = texted_copy(code_view_editor(cv));
  CHECK_STR("forward", s);
  free(s);
  /* The running line during a replay. */
  code_view_set_read_only(cv, true);
  code_view_set_running_line(cv, 3);
  draw(cv);
  save("code_view_running");
  int first, last;
  rows_with(run, &first, &last);
  CHECK_INT(top + 2 * lh, first);
  CHECK_INT(lh - 1, last - first);
  code_view_set_running_line(cv, 0);
  draw(cv);
  CHECK_INT(0, count_is(0, 0, AREA.w, AREA.h, run));
  code_view_free(cv);
}

/* A line longer than the view scrolls sideways to follow the cursor, and never runs over
   the line numbers. */
static void test_long_line(void)
{
  CodeView *cv = code_view_new(text, &theme);
  code_view_set_focus(cv, true);
  for (int i = 0; i < 12; i++)
    send_typing(cv, "forward() ");
  draw(cv);
  save("code_view_long_line");
  int gutter_end = -1;
  for (int x = 0; x < AREA.w && gutter_end < 0; x++)
    if (pixel(x, AREA.h - 2) != theme_pixel(THEME_CODE_GUTTER))
      gutter_end = x;
  CHECK(gutter_end > 10);
  CHECK_INT(0, count_is(0, 0, gutter_end, AREA.h, theme_pixel(THEME_CODE_COMMAND)));
  /* the cursor, at the end of the line, is on screen */
  CHECK(count_is(gutter_end, 0, AREA.w, line_h() + 10, theme_pixel(THEME_CODE_CURSOR)) > 10);
  code_view_free(cv);
}

/* High contrast and the largest text: the theme's colours and size reach the editor. */
static void test_theme(void)
{
  CodeView *cv = code_view_new(text, &theme);
  code_view_set_text(cv, "while not at_goal() do\n  forward()\nend");
  int normal_h = code_view_line_height(cv);
  theme_init(&theme, true, THEME_TEXT_STEPS - 1, W, H);
  CHECK(code_view_line_height(cv) > normal_h);
  code_view_set_error(cv, 2, "Robo bumped into a wall on line 2.");
  draw(cv);
  save("code_view_contrast_large");
  CHECK(count_is(AREA.w / 2, 0, AREA.w, AREA.h, theme_pixel(THEME_CODE_BG)) > AREA.w * AREA.h / 4);
  CHECK(count_is(0, 0, AREA.w, AREA.h, theme_pixel(THEME_CODE_KEYWORD)) > 30);
  theme_init(&theme, false, THEME_TEXT_DEFAULT, W, H);
  code_view_free(cv);
}

static char *program_of(int lines)
{
  size_t cap = (size_t)lines * 40 + 1, n = 0;
  char *s = malloc(cap);
  for (int i = 0; i < lines; i++) {
    const char *l = i % 4 == 0   ? "for i = 1, 3 do -- go round"
                    : i % 4 == 3 ? "end"
                                 : "  forward() turn_left(\"x\", 12)";
    n += (size_t)snprintf(s + n, cap - n, "%s\n", l);
  }
  return s;
}

static double ms_since(struct timespec a)
{
  struct timespec b;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
  return (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
}

static void test_scroll_and_bench(void)
{
  CodeView *cv = code_view_new(text, &theme);
  char *prog = program_of(200);
  code_view_set_text(cv, prog);
  code_view_set_focus(cv, true);
  draw(cv);
  Uint32 *top_img = malloc((size_t)surf->pitch * H);
  memcpy(top_img, surf->pixels, (size_t)surf->pitch * H);
  send_key(cv, SDLK_END, INPUT_MOD_CTRL);
  draw(cv);
  save("code_view_200_end");
  CHECK(memcmp(top_img, surf->pixels, (size_t)surf->pitch * H) != 0);
  /* The cursor line (the empty last line) is on screen: the current-line band shows. */
  CHECK(count_is(AREA.w - 4, 0, AREA.w, AREA.h, theme_pixel(THEME_CODE_CURRENT_LINE)) > 0);
  InputEvent wheel = {0};
  wheel.kind = INPUT_WHEEL;
  wheel.wheel = 1000;
  wheel.x = wheel.y = 10;
  CHECK(code_view_handle_input(cv, &wheel));
  code_view_set_focus(cv, false);
  code_view_set_focus(cv, true);
  send_key(cv, SDLK_HOME, INPUT_MOD_CTRL);
  draw(cv);
  CHECK(memcmp(top_img, surf->pixels, (size_t)surf->pitch * H) == 0);
  free(top_img);

  /* Only the widget's own drawing is timed (no clearing of the whole surface), in CPU time:
     the build machine is shared, and wall time there measures the neighbours. */
  int frames = 100;
  double replay_total = 0, replay_best = 1e9, typing_total = 0;
  for (int i = 0; i < frames; i++) {
    struct timespec t0;
    code_view_set_running_line(cv, 1 + i * 2); /* scrolls through the program */
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    code_view_draw(cv, ren, AREA);
    SDL_RenderFlush(ren);
    double ms = ms_since(t0);
    replay_total += ms;
    if (ms < replay_best)
      replay_best = ms;
  }
  code_view_set_running_line(cv, 0);
  code_view_set_read_only(cv, false);
  for (int i = 0; i < frames; i++) {
    struct timespec t0;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    send_typing(cv, "x"); /* each edit recolours all 200 lines */
    code_view_draw(cv, ren, AREA);
    SDL_RenderFlush(ren);
    typing_total += ms_since(t0);
  }
  printf("bench: code view %dx%d, 200 lines, software renderer: %.2f ms CPU per replay frame "
         "(best %.2f), %.2f ms per keystroke (edit + recolour + draw)\n",
         AREA.w, AREA.h, replay_total / frames, replay_best, typing_total / frames);
  free(prog);
  code_view_free(cv);
}

int main(void)
{
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  surf = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_RGB888);
  ren = SDL_CreateSoftwareRenderer(surf);
  char err[256];
  text = text_new(ren, CODEBRIDGE_SOURCE_DIR "/assets/fonts", err, sizeof err);
  if (!surf || !ren || !text) {
    fprintf(stderr, "setup: %s %s\n", SDL_GetError(), text ? "" : err);
    return 1;
  }
  theme_init(&theme, false, THEME_TEXT_DEFAULT, W, H);
  CodeView *probe = code_view_new(text, &theme);
  lh_cache = code_view_line_height(probe);
  CHECK(lh_cache > text_line_height(text, TEXT_FONT_CODE, theme_font_px(&theme, THEME_FONT_CODE)));
  code_view_free(probe);
  test_typing();
  test_sdl_events();
  test_text_and_cursor_pixels();
  test_error_band();
  test_selection_and_running();
  test_theme();
  test_long_line();
  test_scroll_and_bench();
  text_free(text);
  SDL_DestroyRenderer(ren);
  SDL_FreeSurface(surf);
  SDL_Quit();
  return check_summary();
}
