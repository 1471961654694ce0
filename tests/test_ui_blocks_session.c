/* test_ui_blocks_session.c: scripted sessions in the block view (dummy video driver, synthetic
   mouse and key events, software renderer): a pupil builds "forward()" and
   "for i = 1, 4 do forward() end" by dragging from the palette, and again by keyboard alone;
   each program's text is checked and run against a level until it is solved. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "block_view.h"
#include "check.h"
#include "paths.h"
#include "runner.h"
#include "ui_harness.h"

static const char *level_src =
    "return {\n"
    "  id = \"bus-stop\", title = \"To the bus stop\", concept = \"repetition\",\n"
    "  map = [[\n#######\n#>...G#\n#######\n]],\n"
    "  commands = { \"forward\", \"turn_left\", \"turn_right\" },\n"
    "  goal = \"reach\", par = 2,\n"
    "  solution = \"for i = 1, 4 do forward() end\",\n"
    "}\n";

static const char *level1_src =
    "return {\n"
    "  id = \"one-step\", title = \"One step\", concept = \"sequence\",\n"
    "  map = [[\n####\n#>G#\n####\n]],\n"
    "  commands = { \"forward\" }, goal = \"reach\", par = 1, solution = \"forward()\",\n"
    "}\n";

/* A level's block view: the shared rig, its palette from the level. */
typedef Rig Session;

static bool open_session(Session *s, const char *level)
{
  return rig_open_level(s, 1024, 600, level);
}

static void close_session(Session *s)
{
  rig_close(s);
}

static void send(Session *s, InputKind kind, int x, int y, SDL_Keycode key)
{
  Input in = {.n = 1, .mouse_x = x, .mouse_y = y};
  in.ev[0] = (InputEvent){.kind = kind, .x = x, .y = y, .button = 1, .clicks = 1, .key = key};
  block_view_input(s->v, &in, true);
  block_view_draw(s->v, s->r); /* every frame draws, as the game does */
}

static void drag(Session *s, int x0, int y0, int x1, int y1)
{
  send(s, INPUT_MOUSE_DOWN, x0, y0, 0);
  for (int i = 1; i <= 10; i++)
    send(s, INPUT_MOUSE_MOVE, x0 + (x1 - x0) * i / 10, y0 + (y1 - y0) * i / 10, 0);
  send(s, INPUT_MOUSE_UP, x1, y1, 0);
}

static void drag_palette(Session *s, int item, const BlockPath *place)
{
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  CHECK(block_view_palette_point(s->v, item, &x0, &y0));
  CHECK(block_view_place_point(s->v, place, &x1, &y1));
  drag(s, x0, y0, x1, y1);
}

/* The program's text, and whether running it solves the level. */
static bool solves(Session *s, const char *expected)
{
  size_t len;
  char *text = block_view_text(s->v, &len);
  CHECK_STR(expected, text);
  RunTrace *t = text ? runner_run(s->lv, text, len, NULL) : NULL;
  bool ok = t && t->outcome == RUN_SOLVED;
  if (t && !ok)
    fprintf(stderr, "run: %s: %s\n", runner_outcome_name(t->outcome), t->message);
  runner_free(t);
  free(text);
  return ok;
}

static void test_mouse_level1(void)
{
  Session s;
  if (!open_session(&s, level1_src)) {
    CHECK(false);
    return;
  }
  CHECK_INT(1, s.pal.n); /* a sequence level with one command offers one block */
  BlockPath top = {.n = 1, .idx = {0}};
  drag_palette(&s, 0, &top);
  CHECK(solves(&s, "forward()\n"));
  close_session(&s);
}

static void test_mouse_repeat(void)
{
  Session s;
  if (!open_session(&s, level_src)) {
    CHECK(false);
    return;
  }
  CHECK_INT(4, s.pal.n); /* forward, turn left, turn right, repeat */
  CHECK_INT(BLOCK_REPEAT, s.pal.items[3].tmpl->kind);
  BlockPath top = {.n = 1, .idx = {0}};
  drag_palette(&s, 3, &top);
  BlockPath body = block_path_child(&top, 0, 0);
  drag_palette(&s, 0, &body);
  int x, y;
  CHECK(block_view_field_point(s.v, &top, &x, &y));
  send(&s, INPUT_MOUSE_DOWN, x, y, 0);
  send(&s, INPUT_MOUSE_UP, x, y, 0);
  send(&s, INPUT_KEY, 0, 0, SDLK_BACKSPACE);
  send(&s, INPUT_KEY, 0, 0, SDLK_3);
  send(&s, INPUT_KEY, 0, 0, SDLK_RETURN);
  RunTrace *t = NULL;
  size_t len;
  char *text = block_view_text(s.v, &len);
  CHECK_STR("for i = 1, 3 do\n  forward()\nend\n", text);
  t = runner_run(s.lv, text, len, NULL);
  CHECK(t && t->outcome == RUN_UNSOLVED); /* three steps fall one short */
  runner_free(t);
  free(text);
  CHECK(block_view_field_point(s.v, &top, &x, &y));
  send(&s, INPUT_MOUSE_DOWN, x, y, 0);
  send(&s, INPUT_MOUSE_UP, x, y, 0);
  send(&s, INPUT_KEY, 0, 0, SDLK_BACKSPACE);
  send(&s, INPUT_KEY, 0, 0, SDLK_4);
  send(&s, INPUT_MOUSE_DOWN, 1000, 590, 0); /* a click elsewhere keeps the number */
  send(&s, INPUT_MOUSE_UP, 1000, 590, 0);
  CHECK(solves(&s, "for i = 1, 4 do\n  forward()\nend\n"));
  close_session(&s);
}

static void test_keyboard_repeat(void)
{
  Session s;
  if (!open_session(&s, level_src)) {
    CHECK(false);
    return;
  }
  SDL_Keycode keys[] = {
      SDLK_RIGHT, SDLK_RIGHT, SDLK_RIGHT,     SDLK_RETURN,              /* repeat */
      SDLK_DOWN,  SDLK_LEFT,  SDLK_LEFT,      SDLK_LEFT,   SDLK_RETURN, /* forward in its body */
      SDLK_UP,    SDLK_SPACE, SDLK_BACKSPACE, SDLK_4,      SDLK_RETURN};
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    send(&s, INPUT_KEY, 0, 0, keys[i]);
  CHECK(solves(&s, "for i = 1, 4 do\n  forward()\nend\n"));
  send(&s, INPUT_KEY, 0, 0, SDLK_DOWN); /* onto forward: Delete removes it */
  send(&s, INPUT_KEY, 0, 0, SDLK_DELETE);
  char *text = block_view_text(s.v, NULL);
  CHECK_STR("for i = 1, 4 do\nend\n", text);
  free(text);
  close_session(&s);
}

/* Whether the palette offers a block for every block in list (so it can be built by drag). */
static bool palette_covers(const BlockPalette *p, const Block *b, char *missing, size_t n)
{
  for (; b; b = b->next) {
    bool found = b->kind == BLOCK_CODE || b->kind == BLOCK_COMMENT;
    for (int i = 0; i < p->n && !found; i++) {
      const Block *t = p->items[i].tmpl;
      found = t->kind == b->kind && (b->kind != BLOCK_REPEAT || !t->count_var == !b->count_var) &&
              (b->kind != BLOCK_CALL || strcmp(t->name, b->name) == 0 ||
               !level_command(p->level, b->name));
    }
    const char *sensor = b->kind == BLOCK_REPEAT_UNTIL ? b->name : NULL;
    for (const BlockArm *a = b->arms; a; a = a->next)
      sensor = a->sensor;
    for (int i = 0; sensor && i < p->nsensors; i++)
      sensor = strcmp(p->sensors[i], sensor) == 0 ? NULL : sensor;
    if (!found || sensor) {
      snprintf(missing, n, "%s", sensor ? sensor : b->name ? b->name : "a control block");
      return false;
    }
    bool ok = palette_covers(p, b->body, missing, n) && palette_covers(p, b->else_body, missing, n);
    for (const BlockArm *a = b->arms; a && ok; a = a->next)
      ok = palette_covers(p, a->body, missing, n);
    if (!ok)
      return false;
  }
  return true;
}

/* Every bundled level: its palette can build its solution, and the solution shown as blocks
   and turned back into text still solves the level. */
static void check_level(const char *path, int *count)
{
  Session s;
  char dir[1200], err[256], missing[64] = "";
  LevelError le;
  memset(&s, 0, sizeof s);
  if (!(s.lv = level_load(path, &le)))
    return; /* a broken level is levels_check's business */
  s.surf = SDL_CreateRGBSurfaceWithFormat(0, 800, 500, 32, SDL_PIXELFORMAT_ARGB8888);
  s.r = SDL_CreateSoftwareRenderer(s.surf);
  s.text = text_new(s.r, paths_data(dir, sizeof dir, "assets/fonts"), err, sizeof err);
  theme_init(&s.theme, false, 1, 800, 500);
  CHECK(block_palette_init(&s.pal, s.lv, "en"));
  s.v = block_view_new(s.text, &s.theme, &s.pal);
  block_view_set_rect(s.v, (SDL_Rect){0, 0, 800, 500});
  CHECK(block_view_set_text(s.v, s.lv->solution, strlen(s.lv->solution), NULL));
  block_view_draw(s.v, s.r);
  if (!palette_covers(&s.pal, block_edit_first(block_view_edit(s.v)), missing, sizeof missing))
    fprintf(stderr, "%s: the palette lacks %s\n", path, missing);
  CHECK(!missing[0]);
  size_t len;
  char *text = block_view_text(s.v, &len);
  RunTrace *t = text ? runner_run(s.lv, text, len, NULL) : NULL;
  if (!t || t->outcome != RUN_SOLVED)
    fprintf(stderr, "%s: the solution through blocks does not solve it\n", path);
  CHECK(t && t->outcome == RUN_SOLVED);
  runner_free(t);
  free(text);
  close_session(&s);
  (*count)++;
}

static void test_bundled_levels(void)
{
  char root[1200], sub[1400], file[1700];
  int count = 0;
  DIR *packs = opendir(paths_data(root, sizeof root, "levels"));
  for (struct dirent *p; packs && (p = readdir(packs));) {
    if (p->d_name[0] == '.')
      continue;
    snprintf(sub, sizeof sub, "%s/%s", root, p->d_name);
    DIR *d = opendir(sub);
    for (struct dirent *f; d && (f = readdir(d));) {
      size_t n = strlen(f->d_name);
      if (f->d_name[0] >= '0' && f->d_name[0] <= '9' && n > 4 &&
          strcmp(f->d_name + n - 4, ".lua") == 0) {
        snprintf(file, sizeof file, "%s/%s", sub, f->d_name);
        check_level(file, &count);
      }
    }
    if (d)
      closedir(d);
  }
  if (packs)
    closedir(packs);
  printf("bundled levels checked through the block view: %d\n", count);
}

int main(void)
{
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  test_mouse_level1();
  test_mouse_repeat();
  test_keyboard_repeat();
  test_bundled_levels();
  SDL_Quit();
  return check_summary();
}
