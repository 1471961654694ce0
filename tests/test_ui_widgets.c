/* test_ui_widgets.c: the UI's plain logic without a window: theme sizes and scale, text
   measuring and wrapping (fonts loaded, no renderer), and widget focus and presses driven by
   Input structs as the keyboard alone and the mouse alone would fill them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "paths.h"
#include "text.h"
#include "theme.h"
#include "widgets.h"

static void test_theme(void)
{
  Theme t;
  theme_init(&t, false, 0, 1024, 600);
  CHECK(t.scale > 0.99f && t.scale < 1.01f);
  int prev = 0;
  for (int step = 0; step < THEME_TEXT_STEPS; step++) { /* each step really is bigger */
    theme_init(&t, false, step, 1024, 600);
    CHECK(theme_font_px(&t, THEME_FONT_BODY) > prev);
    prev = theme_font_px(&t, THEME_FONT_BODY);
  }
  CHECK(THEME_TEXT_STEPS >= 3);
  theme_init(&t, false, 1, 1920, 1080);
  CHECK(t.scale > 1.7f && t.scale < 1.9f); /* 1080 / 600 */
  Theme hc;
  theme_init(&hc, true, 1, 1920, 1080);
  SDL_Color a = theme_colour(&t, THEME_BG), b = theme_colour(&hc, THEME_BG);
  CHECK(a.r != b.r || a.g != b.g || a.b != b.b);
  SDL_Color fg = theme_colour(&hc, THEME_TEXT), bg = theme_colour(&hc, THEME_BG);
  CHECK(abs((int)fg.r - (int)bg.r) > 200); /* high contrast means it */
  theme_init(&t, false, 1, 300, 200);
  CHECK(t.scale >= 0.75f); /* tiny windows keep readable text */
  CHECK_STR("ui_text_small", theme_step_key(0));
}

static void test_text(void)
{
  char fonts[1024], err[256];
  paths_data(fonts, sizeof fonts, "assets/fonts");
  Text *t = text_new(NULL, fonts, err, sizeof err);
  CHECK(t != NULL);
  if (!t) {
    fprintf(stderr, "%s\n", err);
    return;
  }
  int a = text_width_z(t, TEXT_FONT_UI, 20, "a"), b = text_width_z(t, TEXT_FONT_UI, 20, "b");
  CHECK(a > 0);
  CHECK_INT(a + b, text_width_z(t, TEXT_FONT_UI, 20, "ab"));
  CHECK(text_width_z(t, TEXT_FONT_UI, 40, "ab") > text_width_z(t, TEXT_FONT_UI, 20, "ab"));
  /* code is monospace: i and m as wide */
  CHECK_INT(text_advance(t, TEXT_FONT_CODE, 18, 'i'), text_advance(t, TEXT_FONT_CODE, 18, 'm'));
  CHECK(text_line_height(t, TEXT_FONT_UI, 20) >= 20);
  /* wrapping breaks after a space and never returns 0 */
  const char *s = "Robo wants to catch the bus";
  int w = text_width_z(t, TEXT_FONT_UI, 20, "Robo wants to ");
  size_t n = text_wrap(t, TEXT_FONT_UI, 20, s, strlen(s), w + 2);
  CHECK_INT(strlen("Robo wants to "), n);
  CHECK_INT(1, (int)text_wrap(t, TEXT_FONT_UI, 20, "W", 1, 1));
  CHECK_INT(3, text_wrap_count(t, TEXT_FONT_UI, 20, "one\ntwo\nthree", 1000));
  /* a click in the middle of the second letter lands before or after it */
  size_t hit = text_hit(t, TEXT_FONT_UI, 20, "ab", 2, a + b / 4);
  CHECK_INT(1, (int)hit);
  CHECK_INT(2, (int)text_hit(t, TEXT_FONT_UI, 20, "ab", 2, 1000));
  /* UTF-8: an accented letter is one character; broken bytes do not crash */
  int len;
  CHECK_INT(0xe9, (int)text_utf8_next("\xc3\xa9", 2, &len));
  CHECK_INT(2, len);
  CHECK(text_width_z(t, TEXT_FONT_UI, 20, "\xff\xfe") > 0);
  text_free(t);
}

static Input keys(SDL_Keycode k, unsigned mods)
{
  Input in;
  memset(&in, 0, sizeof in);
  in.n = 1;
  in.ev[0].kind = INPUT_KEY;
  in.ev[0].key = k;
  in.ev[0].mods = mods;
  return in;
}

/* One pass over three buttons; returns which was pressed (-1 none). */
static int three_buttons(Widgets *w, const Input *in)
{
  int pressed = -1;
  widgets_begin(w, in);
  for (int i = 0; i < 3; i++)
    if (widgets_button(w, (SDL_Rect){10 + i * 110, 10, 100, 50},
                       i == 0   ? "A"
                       : i == 1 ? "B"
                                : "C",
                       WIDGET_NORMAL))
      pressed = i;
  widgets_end(w);
  return pressed;
}

static void test_widgets(void)
{
  char fonts[1024], err[256];
  paths_data(fonts, sizeof fonts, "assets/fonts");
  Text *text = text_new(NULL, fonts, err, sizeof err);
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 400, 100, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = SDL_CreateSoftwareRenderer(surf);
  Theme theme;
  theme_init(&theme, false, 1, 1024, 600);
  Widgets w;
  widgets_init(&w, r, text, &theme);
  Input none = {0};
  CHECK_INT(-1, three_buttons(&w, &none));
  /* keyboard alone: Tab moves, Enter presses the focused one, Shift+Tab goes back */
  Input tab = keys(SDLK_TAB, 0), enter = keys(SDLK_RETURN, 0),
        back = keys(SDLK_TAB, INPUT_MOD_SHIFT);
  CHECK_INT(-1, three_buttons(&w, &tab));
  CHECK_INT(1, three_buttons(&w, &enter));
  CHECK(w.show_focus);
  three_buttons(&w, &back);
  three_buttons(&w, &back); /* wraps from the first to the last */
  CHECK_INT(2, three_buttons(&w, &enter));
  Input space = keys(SDLK_SPACE, 0);
  CHECK_INT(2, three_buttons(&w, &space));
  /* mouse alone: a click presses the button under it and moves the focus there */
  Input click = {0};
  click.n = 1;
  click.ev[0] = (InputEvent){.kind = INPUT_MOUSE_DOWN, .x = 20, .y = 20, .button = 1, .clicks = 1};
  CHECK_INT(0, three_buttons(&w, &click));
  CHECK_INT(0, w.focus);
  CHECK(!w.show_focus);
  click.ev[0].x = 400; /* between nothing */
  CHECK_INT(-1, three_buttons(&w, &click));
  /* an editor holding the keyboard keeps Tab and Enter; Escape gives them back */
  w.captured = true;
  CHECK_INT(-1, three_buttons(&w, &enter));
  Input esc = keys(SDLK_ESCAPE, 0);
  three_buttons(&w, &esc);
  CHECK(!w.captured);
  CHECK(!w.back);
  three_buttons(&w, &esc);
  CHECK(w.back);
  SDL_Rect found;
  CHECK(widgets_find(&w, "B", &found, NULL));
  CHECK_INT(120, found.x);
  CHECK(!widgets_find(&w, "Z", &found, NULL));
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(surf);
  text_free(text);
}

/* One pass over a 3 x 3 grid of buttons (labels "0".."8") and a wide one under it ("9");
   returns which was pressed (-1 none). */
static int grid_buttons(Widgets *w, const Input *in)
{
  int pressed = -1;
  widgets_begin(w, in);
  for (int i = 0; i < 10; i++) {
    char label[4];
    snprintf(label, sizeof label, "%d", i);
    SDL_Rect r = {10 + (i % 3) * 110, 10 + (i / 3) * 60, 100, 50};
    if (i == 9)
      r = (SDL_Rect){10, 190, 320, 50};
    if (widgets_button(w, r, label, WIDGET_NORMAL))
      pressed = i;
  }
  widgets_end(w);
  return pressed;
}

/* Keyboard alone in a grid: Up and Down a row, Left and Right one, Home and End the ends. */
static void test_grid_keys(void)
{
  char fonts[1024], err[256];
  paths_data(fonts, sizeof fonts, "assets/fonts");
  Text *text = text_new(NULL, fonts, err, sizeof err);
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 400, 260, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = SDL_CreateSoftwareRenderer(surf);
  Theme theme;
  theme_init(&theme, false, 1, 1024, 600);
  Widgets w;
  widgets_init(&w, r, text, &theme);
  Input none = {0}, down = keys(SDLK_DOWN, 0), up = keys(SDLK_UP, 0), right = keys(SDLK_RIGHT, 0),
        left = keys(SDLK_LEFT, 0), home = keys(SDLK_HOME, 0), end = keys(SDLK_END, 0);
  grid_buttons(&w, &none);
  CHECK_INT(0, w.focus);
  grid_buttons(&w, &down);
  CHECK_INT(3, w.focus); /* the one below, not the next */
  CHECK(w.show_focus);
  grid_buttons(&w, &right);
  CHECK_INT(4, w.focus);
  grid_buttons(&w, &down);
  CHECK_INT(7, w.focus);
  grid_buttons(&w, &down);
  CHECK_INT(9, w.focus); /* the wide button under the grid */
  grid_buttons(&w, &down);
  CHECK_INT(9, w.focus); /* nothing below: it stays */
  grid_buttons(&w, &up);
  CHECK_INT(7, w.focus); /* up from the wide one: the middle of the row above */
  grid_buttons(&w, &right);
  grid_buttons(&w, &right);
  CHECK_INT(9, w.focus); /* Right goes on one at a time, to the next row too */
  grid_buttons(&w, &left);
  CHECK_INT(8, w.focus);
  grid_buttons(&w, &up);
  grid_buttons(&w, &up);
  grid_buttons(&w, &up);
  CHECK_INT(2, w.focus); /* nothing above the top row: it stays */
  grid_buttons(&w, &end);
  CHECK_INT(9, w.focus);
  grid_buttons(&w, &home);
  CHECK_INT(0, w.focus);
  /* two keys in one pass both count */
  Input two = down;
  two.n = 2;
  two.ev[1] = two.ev[0];
  grid_buttons(&w, &two);
  CHECK_INT(6, w.focus);
  Input enter = keys(SDLK_RETURN, 0);
  CHECK_INT(6, grid_buttons(&w, &enter));
  /* an editor holding the keyboard keeps the arrows */
  w.captured = true;
  grid_buttons(&w, &up);
  CHECK_INT(6, w.focus);
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(surf);
  text_free(text);
}

int main(void)
{
  test_theme();
  test_text();
  test_widgets();
  test_grid_keys();
  return check_summary();
}
