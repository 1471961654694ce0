/* test_ui_hover.c: the mouse on a screen of many buttons (the teacher's class grid, 40 pupils
   x every level, on a very wide window). A button lights up under the mouse wherever it is in
   the screen's order: the game redrew for the first 160 widgets only, so the grid's lower rows
   never lit. Also a long label is remembered cut on a character and found by its words. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "ui_harness.h"
#include "util.h"
#include "widgets.h"

static char dir[256];

/* Pixels that differ between the surface now and a copy taken before, inside r. */
static long differ_in(SDL_Surface *s, const Uint32 *before, SDL_Rect r)
{
  long d = 0;
  const Uint32 *px = s->pixels;
  int pitch = s->pitch / 4;
  for (int y = r.y; y < r.y + r.h && y < s->h; y++)
    for (int x = r.x; x < r.x + r.w && x < s->w; x++)
      d += px[y * pitch + x] != before[y * pitch + x];
  return d;
}

static void test_hover_far_down_the_grid(void)
{
  char names[40 * 8] = "";
  for (int i = 1; i <= 40; i++)
    snprintf(names + strlen(names), sizeof names - strlen(names), "P%02d\n", i);
  CHECK(write_roster(dir, "Year 6", names));
  Game *g = start_game(dir, 7680, 1080, true, 20);
  REQUIRE(g != NULL);
  game_show(g, SCREEN_TEACHER);
  frames(g, 2);
  SDL_Rect a, b;
  CHECK(game_find_button(g, "P01 1", &a));
  CHECK(game_find_button(g, "P02 1", &b));
  int row = b.y - a.y, far = row > 0 ? (1080 - a.y - a.h) / row - 1 : 0; /* the last row */
  SDL_Rect cell = {a.x, a.y + far * row, a.w, a.h};
  printf("rows %d px apart from y %d: row %d is the last on screen; %d widgets with words\n", row,
         a.y, far + 1, game_widget_count(g));
  CHECK(row > 0 && cell.y + cell.h < 1080);
  char last[16];
  snprintf(last, sizeof last, "P%02d 1", far + 1);
  CHECK(!game_find_button(g, last, &b)); /* past the widgets the game keeps words for */
  SDL_Surface *s = game_surface(g);
  size_t bytes = (size_t)s->pitch * (size_t)s->h;
  Uint32 *before = malloc(bytes);
  CHECK(before != NULL);
  if (before && row > 0) {
    memcpy(before, s->pixels, bytes);
    SDL_Event e = {0};
    e.type = SDL_MOUSEMOTION;
    e.motion.x = cell.x + cell.w / 2;
    e.motion.y = cell.y + cell.h / 2;
    SDL_PushEvent(&e);
    frames(g, 1);
    long lit = differ_in(s, before, cell);
    printf("hover on a cell of row %d: %ld pixels changed\n", far + 1, lit);
    CHECK(lit > 10); /* its hover edge was drawn */
  }
  free(before);
  game_free(g);
}

/* A label of more than 31 bytes with a two-byte character across byte 31: remembered without
   half a character, and found by its whole words. */
static void test_long_label(void)
{
  const char *label = "Salle de maîtres et Salle-Café du mardi"; /* é at bytes 30-31 */
  CHECK(strlen(label) > 32);
  Widgets w;
  memset(&w, 0, sizeof w);
  widgets_remember(&w, (SDL_Rect){10, 10, 100, 40}, label, true);
  CHECK_INT(1, w.nseen);
  const char *kept = w.seen[0].label;
  size_t n = strlen(kept), i = 0;
  while (i < n) { /* every character whole */
    int len = util_utf8_char_len(kept + i, n - i);
    CHECK(len > 0);
    if (len == 0)
      break;
    i += (size_t)len;
  }
  CHECK(n > 20 && strncmp(kept, label, n) == 0);
  SDL_Rect r;
  CHECK(widgets_find(&w, label, &r, NULL));
  CHECK_INT(10, r.x);
}

int main(void)
{
  setenv("SDL_AUDIODRIVER", "dummy", 0);
  temp_root(dir, sizeof dir, "hover");
  use_config_home(dir, "config", true);
  test_long_label();
  test_hover_far_down_the_grid();
  SDL_Quit();
  remove_tree(dir);
  return check_summary();
}
