/* test_ui_loose.c: small things a pupil or teacher notices: the wheel's keys and sideways
   amount (SDL events through platform_poll), the block view and the teacher grid scrolling
   sideways with a trackpad, every palette block whole at 1024x600 with the largest text, and
   the level editor's concept, mode and step choosers (kept in the saved file, all on screen at
   1024x600 with the largest text; LOOSE_SHOTS=DIR keeps the pictures). */
#include "block_view_internal.h"
#include "check.h"
#include "messages.h"
#include "progress.h"
#include "screen_editor.h"
#include "ui_harness.h"

static char root[256];

/* --- the wheel through SDL ------------------------------------------------------------- */

static void push_wheel(int x, int y)
{
  SDL_Event e = {0};
  e.type = SDL_MOUSEWHEEL;
  e.wheel.x = x;
  e.wheel.y = y;
  e.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
  SDL_PushEvent(&e);
}

static const InputEvent *poll_wheel(Platform *p, Input *in)
{
  platform_poll(p, in, 0);
  for (int i = 0; i < in->n; i++)
    if (in->ev[i].kind == INPUT_WHEEL)
      return &in->ev[i];
  return NULL;
}

static void test_wheel_event(void)
{
  Platform p = {0};
  Input in;
  SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
  SDL_SetModState(KMOD_LSHIFT);
  push_wheel(0, -2);
  const InputEvent *e = poll_wheel(&p, &in);
  CHECK(e != NULL);
  if (e) {
    CHECK_INT(-2, e->wheel);
    CHECK_INT(0, e->wheel_x);
    CHECK(e->mods & INPUT_MOD_SHIFT); /* Shift+wheel: the event itself says so */
  }
  SDL_SetModState(KMOD_NONE);
  push_wheel(3, 0); /* a trackpad swiped right */
  e = poll_wheel(&p, &in);
  CHECK(e != NULL);
  if (e) {
    CHECK_INT(3, e->wheel_x);
    CHECK_INT(0, e->wheel);
    CHECK_INT(0, (int)e->mods);
  }
}

/* --- the block view ----------------------------------------------------------------------- */

static void keep_shot(SDL_Surface *s, const char *name)
{
  const char *dir = getenv("LOOSE_SHOTS");
  char path[600];
  snprintf(path, sizeof path, "%s/%s", dir ? dir : root, name);
  SDL_SaveBMP(s, path);
}

/* A swipe sideways moves a wide program sideways, with no key held; up and down stay put. */
static void test_block_view_swipe(void)
{
  Rig g;
  if (!rig_open(&g, 1024, 600)) {
    CHECK(false);
    return;
  }
  char src[2048] = "";
  for (int i = 0; i < 30; i++)
    strcat(src, "for i = 1, 2 do\n");
  strcat(src, "turn_right()\n");
  for (int i = 0; i < 30; i++)
    strcat(src, "end\n");
  CHECK(block_view_set_text(g.v, src, strlen(src), NULL));
  block_view_draw(g.v, g.r);
  CHECK(block_view_max_scroll(g.v, true) > 0);
  Input in = {.n = 1, .mouse_x = 900, .mouse_y = 300};
  in.ev[0] = (InputEvent){.kind = INPUT_WHEEL, .wheel_x = 2, .x = 900, .y = 300};
  CHECK(block_view_input(g.v, &in, true));
  CHECK(g.v->scroll_x > 0);
  CHECK_INT(0, g.v->scroll);
  int sx = g.v->scroll_x;
  in.ev[0].wheel_x = -1;
  block_view_input(g.v, &in, true);
  CHECK(g.v->scroll_x < sx);
  /* Shift comes with the event: the keyboard's state is not read */
  in.ev[0] = (InputEvent){.kind = INPUT_WHEEL, .wheel = -1, .mods = INPUT_MOD_SHIFT};
  SDL_SetModState(KMOD_NONE);
  sx = g.v->scroll_x;
  block_view_input(g.v, &in, true);
  CHECK(g.v->scroll_x > sx);
  CHECK_INT(0, g.v->scroll);
  rig_close(&g);
}

/* No palette block sticks out of the palette column (the words got smaller, never below the
   small text size). */
static void check_palette(const BlockView *v, const Theme *theme, bool expect_shrunk)
{
  const Layout *L = &v->pal_lay;
  int outside = 0, shrunk = 0, small = theme_font_px(theme, THEME_FONT_SMALL);
  CHECK(L->nitems > 4);
  for (int i = 0; i < L->nitems; i++) {
    SDL_Rect b = L->items[i].box;
    if (b.x < 0 || b.x + b.w > v->pr.w) {
      fprintf(stderr, "palette block %d spans %d..%d, the column is %d wide\n", i, b.x, b.x + b.w,
              v->pr.w);
      outside++;
    }
  }
  for (int i = 0; i < L->npieces; i++) {
    const Piece *p = &L->pieces[i];
    outside += p->r.x + p->r.w > v->pr.w;
    shrunk += p->px > 0;
    CHECK(p->px == 0 || (p->px >= small && p->px < v->m.px));
  }
  CHECK_INT(0, outside);
  CHECK(v->pr.w <= v->rect.w * 45 / 100);
  if (expect_shrunk)
    CHECK(shrunk > 0);
}

/* The whole palette of a level with every block, as the challenge lays it out at 1024x600
   with the largest text (the view's rectangle), drawn tall enough to see every block. */
static void test_palette_picture(SDL_Rect view)
{
  Rig g;
  if (!rig_open_themed(&g, view.w, 1500, NULL, THEME_TEXT_STEPS - 1, 1024, 600)) {
    CHECK(false);
    return;
  }
  block_view_set_rect(g.v, (SDL_Rect){0, 0, view.w, view.h});
  block_view_set_text(g.v, "", 0, NULL);
  block_view_ensure_layout(g.v);
  check_palette(g.v, &g.theme, true);
  block_view_set_rect(g.v, (SDL_Rect){0, 0, view.w, 1500});
  SDL_SetRenderDrawColor(g.r, 0, 0, 0, 255);
  SDL_RenderClear(g.r);
  block_view_draw(g.v, g.r);
  keep_shot(g.surf, "loose_palette.bmp");
  rig_close(&g);
}

/* In the game: a selection level's blocks at 1024x600, every text size. Returns the block
   view's rectangle at the largest. */
static SDL_Rect test_palette_in_game(void)
{
  SDL_Rect view = {0, 0, 0, 0};
  char err[512];
  GameOptions opt = {0};
  opt.read_only = true;
  Game *g = game_new(&opt, true, 1024, 600, err, sizeof err);
  CHECK(g != NULL);
  if (!g)
    return view;
  game_play_as(g, NULL, NULL);
  for (int step = 0; step < THEME_TEXT_STEPS; step++) {
    Settings s = game_settings(g);
    s.text_step = step;
    game_set_settings(g, &s);
    CHECK(game_open_level_file(g, "../levels/01-london/19-winding-road.lua", err, sizeof err));
    game_render(g);
    CHECK(game_block_view(g) != NULL && (game_block_view(g) != NULL));
    if (!game_block_view(g))
      break;
    block_view_ensure_layout(game_block_view(g));
    check_palette(game_block_view(g), game_theme(g), step == THEME_TEXT_STEPS - 1);
    view = game_block_view(g)->rect;
  }
  game_free(g);
  return view;
}

/* --- the screenshot of a teacher's level's map --------------------------------------------- */

static void copy_file(const char *from, const char *to)
{
  char err[256];
  size_t len = 0;
  char *text = fileio_read(from, FILEIO_MAX_SOURCE, &len, err, sizeof err);
  CHECK(text && fileio_write_atomic(to, text, len, err, sizeof err));
  free(text);
}

static SDL_Surface *map_shot(const char *level, const char *out)
{
  char *argv[] = {"screenshot", (char *)level, "--screen", "map", "--out", (char *)out, NULL};
  CHECK_INT(0, game_screenshot_cli(6, argv));
  SDL_Surface *s = SDL_LoadBMP(out);
  CHECK(s != NULL);
  SDL_Surface *argb = s ? SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0) : NULL;
  SDL_FreeSurface(s);
  return argb;
}

/* The map of a level in a teacher's folder opens on that folder's pack: the first pack's
   title (the strip under the top bar) is not the bundled pack's. */
static void test_map_of_teacher_level(void)
{
  char dir[400], level[500], out[500];
  snprintf(dir, sizeof dir, "%s/our-walks", root);
  mkdir(dir, 0755);
  snprintf(level, sizeof level, "%s/first.lua", dir);
  copy_file("levels/good.lua", level);
  snprintf(out, sizeof out, "%s/teacher-map.bmp", root);
  SDL_Surface *teach = map_shot(level, out);
  snprintf(out, sizeof out, "%s/bundled-map.bmp", root);
  SDL_Surface *bundled = map_shot("../levels/01-london/02-along-the-street.lua", out);
  if (!teach || !bundled)
    return;
  CHECK_INT(bundled->w, teach->w);
  long differ = 0;
  for (int y = 62; y < 115 && y < teach->h; y++)
    for (int x = 0; x < teach->w; x++)
      differ += ((Uint32 *)((Uint8 *)teach->pixels + y * teach->pitch))[x] !=
                ((Uint32 *)((Uint8 *)bundled->pixels + y * bundled->pitch))[x];
  CHECK(differ > 200);
  keep_shot(teach, "loose_teacher_map.bmp");
  SDL_FreeSurface(teach);
  SDL_FreeSurface(bundled);
}

/* --- the level editor ----------------------------------------------------------------------- */

static Game *editor_game(int w, int h, int text_step)
{
  char err[512], progress[400];
  snprintf(progress, sizeof progress, "%s/progress", root);
  mkdir(progress, 0755);
  GameOptions opt = {0};
  opt.progress_dir = progress;
  opt.teacher = true;
  Game *g = game_new(&opt, true, w, h, err, sizeof err);
  CHECK(g != NULL);
  if (!g)
    return NULL;
  Settings s = game_settings(g);
  s.text_step = text_step;
  game_set_settings(g, &s);
  game_set_time_scale(g, 40);
  game_play_as(g, NULL, NULL);
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  game_edit_level(g, NULL);
  frames(g, 2);
  return g;
}

static void editor_shot(Game *g, const char *name)
{
  game_render(g);
  keep_shot(game_surface(g), name);
}

/* Every widget of the editor lies on the screen, none over another. */
static void check_editor_layout(Game *g, int w, int h)
{
  int n = game_widget_count(g);
  CHECK(n > 30);
  for (int i = 0; i < n; i++) {
    SDL_Rect a;
    const char *la = game_widget(g, i, &a, NULL);
    if (a.x < 0 || a.y < 0 || a.x + a.w > w || a.y + a.h > h || a.w <= 0 || a.h <= 0) {
      fprintf(stderr, "\"%s\" at %d,%d %dx%d is off the screen\n", la, a.x, a.y, a.w, a.h);
      CHECK(false);
    }
    for (int j = i + 1; j < n; j++) {
      SDL_Rect b, x;
      const char *lb = game_widget(g, j, &b, NULL);
      bool same = a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; /* an alias */
      if (!same && SDL_IntersectRect(&a, &b, &x)) {
        fprintf(stderr, "\"%s\" overlaps \"%s\"\n", la, lb);
        CHECK(false);
      }
    }
  }
}

static void test_step_limits(void)
{
  CHECK_INT(500, editor_step_limit(1000, -1));
  CHECK_INT(2000, editor_step_limit(1000, 1));
  CHECK_INT(50, editor_step_limit(50, -1));
  CHECK_INT(50, editor_step_limit(100, -1));
  CHECK_INT(LEVEL_MAX_STEPS, editor_step_limit(LEVEL_MAX_STEPS, 1));
  CHECK_INT(500, editor_step_limit(750, -1)); /* a level's own limit: to the next offered */
  CHECK_INT(1000, editor_step_limit(750, 1));
}

/* The teacher picks the idea, the mode and the step limit with buttons; Save keeps them. */
static void test_editor_choosers(int w, int h, int text_step)
{
  Game *g = editor_game(w, h, text_step);
  REQUIRE(g != NULL);
  const LevelEditor *ed = game_editor(g);
  CHECK(ed != NULL && game_screen(g) == SCREEN_EDITOR);
  if (!ed)
    return;
  LevelError le;
  Level *park = level_load("../levels/01-london/05-through-the-park.lua", &le);
  CHECK(park != NULL);
  if (!park)
    return;
  game_edit_level(g, park); /* a copy, with its answer */
  level_free(park);
  frames(g, 2);
  check_editor_layout(g, w, h);
  char name[64];
  snprintf(name, sizeof name, "loose_editor_%dx%d_%d.bmp", w, h, text_step);
  editor_shot(g, name);
  CHECK_STR("sequence", ed->concept);
  CHECK_INT(1000, ed->max_steps);
  CHECK(click(g, messages_get("ui_concept_repetition")));
  CHECK_STR("repetition", ed->concept);
  CHECK(click(g, messages_get("ui_concept_debugging")));
  CHECK_STR("debugging", ed->concept);
  CHECK(click(g, messages_get("ui_view_text")));
  CHECK_STR("text", ed->mode);
  CHECK(click(g, messages_get("ui_editor_more_steps")));
  CHECK(click(g, messages_get("ui_editor_more_steps")));
  CHECK(click(g, messages_get("ui_editor_fewer_steps")));
  CHECK_INT(2000, ed->max_steps);
  frames(g, 1);
  check_editor_layout(g, w, h);
  char title[64]; /* typed after the copied title: a file of its own for each size */
  snprintf(title, sizeof title, " at %d %d", w, text_step);
  CHECK(click(g, messages_get("ui_editor_name")));
  push_text(title);
  frames(g, 1);
  push_key(SDLK_RETURN);
  frames(g, 2);
  CHECK(click(g, messages_get("ui_editor_save")));
  CHECK(ed->saved_path[0] != '\0');
  Level *lv = ed->saved_path[0] ? level_load(ed->saved_path, &le) : NULL;
  CHECK(lv != NULL);
  if (lv) {
    CHECK_STR("debugging", lv->concept);
    CHECK_STR("text", lv->mode);
    CHECK_INT(2000, lv->max_steps);
  }
  level_free(lv);
  game_free(g);
}

/* --- the teacher's grid ----------------------------------------------------------------------- */

/* A trackpad's sideways swipe (SDL's wheel x, no key held) moves the class grid sideways. */
static void test_teacher_swipe(void)
{
  char dir[400], file[500], err[256];
  snprintf(dir, sizeof dir, "%s/grid", root);
  mkdir(dir, 0755);
  snprintf(file, sizeof file, "%s/classes", dir);
  mkdir(file, 0755);
  snprintf(file, sizeof file, "%s/classes/Year 4.txt", dir);
  CHECK(fileio_write_atomic(file, "Amira\nBen\n", 10, err, sizeof err));
  GameOptions opt = {0};
  opt.progress_dir = dir;
  opt.teacher = true;
  Game *g = game_new(&opt, true, 1024, 600, err, sizeof err);
  REQUIRE(g != NULL);
  game_play_as(g, NULL, NULL);
  game_show(g, SCREEN_TEACHER);
  frames(g, 2);
  CHECK_INT(SCREEN_TEACHER, game_screen(g));
  SDL_Rect a1, a2, moved;
  CHECK(game_find_button(g, "Amira 1", &a1));
  CHECK(game_find_button(g, "Amira 2", &a2));
  SDL_SetModState(KMOD_NONE);
  push_wheel(1, 0);
  frames(g, 2);
  CHECK(game_find_button(g, "Amira 2", &moved) && moved.x < a2.x); /* one step right */
  push_wheel(40, 0);
  frames(g, 2);
  /* far along the levels: the first level's square is gone (a later pack's level 1 may show) */
  CHECK(!game_find_button(g, "Amira 1", &moved) || moved.x != a1.x);
  push_wheel(-60, 0);
  frames(g, 2);
  CHECK(game_find_button(g, "Amira 2", &moved) && moved.x == a2.x); /* back at the start */
  push_wheel(0, -1); /* a plain wheel still scrolls up and down, not sideways */
  frames(g, 2);
  CHECK(game_find_button(g, "Amira 2", &moved) && moved.x == a2.x);
  game_free(g);
}

int main(void)
{
  snprintf(root, sizeof root, "/tmp/cb_loose_%d", (int)getpid());
  mkdir(root, 0755);
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    fprintf(stderr, "SDL: %s\n", SDL_GetError());
    return 1;
  }
  test_wheel_event();
  test_block_view_swipe();
  SDL_Rect view = test_palette_in_game();
  if (view.w > 0)
    test_palette_picture(view);
  test_teacher_swipe();
  test_step_limits();
  for (int step = 0; step < THEME_TEXT_STEPS; step++)
    test_editor_choosers(1024, 600, step);
  test_editor_choosers(1920, 1080, THEME_TEXT_STEPS - 1);
  test_map_of_teacher_level(); /* last: the screenshot command ends with SDL_Quit */
  SDL_Quit();
  return check_summary();
}
