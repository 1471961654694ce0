/* test_ui_teacher.c: the teacher's screens as a teacher uses them, through the real game loop
   with synthetic events: the Teacher button hidden until `teacher = yes`; the class grid for a
   fixture progress folder (made with progress_record) and a pupil's program; then the level
   editor: paint a map by clicks, give it a title, solve it in the challenge screen by typing
   forward(), save, and load the written file and run its solution. At 1024x600 and 1920x1080,
   with screenshots (TEACHER_SHOTS=DIR keeps them). */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL.h>

#include "check.h"
#include "fileio.h"
#include "game.h"
#include "level.h"
#include "messages.h"
#include "progress.h"
#include "runner.h"
#include "screen_editor.h"
#include "ui_harness.h"

static char root[256], progress[300], empty[300];

/* Distinct colours over a sample of the picture: a blank screen has one or two. */
static int colours(SDL_Surface *s)
{
  Uint32 seen[64];
  int n = 0;
  SDL_LockSurface(s);
  for (int y = 0; y < s->h; y += 7)
    for (int x = 0; x < s->w; x += 7) {
      Uint32 p = ((Uint32 *)((Uint8 *)s->pixels + y * s->pitch))[x];
      bool known = false;
      for (int i = 0; i < n && !known; i++)
        known = seen[i] == p;
      if (!known && n < 64)
        seen[n++] = p;
    }
  SDL_UnlockSurface(s);
  return n;
}

/* Pixels that differ between two same-sized pictures. */
static long differ(SDL_Surface *a, SDL_Surface *b)
{
  long n = 0;
  SDL_LockSurface(a);
  SDL_LockSurface(b);
  for (int y = 0; y < a->h; y++)
    for (int x = 0; x < a->w; x++)
      n += ((Uint32 *)((Uint8 *)a->pixels + y * a->pitch))[x] !=
           ((Uint32 *)((Uint8 *)b->pixels + y * b->pitch))[x];
  SDL_UnlockSurface(b);
  SDL_UnlockSurface(a);
  return n;
}

static SDL_Surface *shot(Game *g, const char *name, int w)
{
  game_render(g);
  SDL_Surface *s = game_surface(g);
  const char *keep = getenv("TEACHER_SHOTS");
  char path[600];
  snprintf(path, sizeof path, "%s/%s-%d.bmp", keep ? keep : root, name, w);
  SDL_SaveBMP(s, path);
  return SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
}

static void write_file(const char *path, const char *text)
{
  char err[256];
  CHECK(fileio_write_atomic(path, text, strlen(text), err, sizeof err));
}

/* Amira solved level 1 with three stars, Ben tried it and did not, then solved level 2. */
static void make_progress(void)
{
  char err[256];
  mkdir(progress, 0755);
  mkdir(empty, 0755);
  CHECK(write_roster(progress, "Year 4", "# our class\nAmira\nBen\nChloe\n"));
  LevelError le;
  Level *one = level_load("../levels/01-london/01-bus-stop.lua", &le);
  Level *two = level_load("../levels/01-london/02-along-the-street.lua", &le);
  CHECK(one && two);
  if (!one || !two)
    return;
  ProgressAttempt a = {0};
  a.time = 1700000000;
  snprintf(a.pack, sizeof a.pack, "01-london");
  snprintf(a.outcome, sizeof a.outcome, "solved");
  snprintf(a.view, sizeof a.view, "text");
  snprintf(a.level, sizeof a.level, "%s", one->id);
  a.stars = 3;
  a.blocks = 1;
  a.steps = 1;
  const char *amira = "-- Amira's answer\nforward()\n";
  CHECK(progress_record(progress, "Amira", "Year 4", &a, amira, strlen(amira), err, sizeof err));
  snprintf(a.outcome, sizeof a.outcome, "unsolved");
  a.stars = 0;
  CHECK(progress_record(progress, "Ben", "Year 4", &a, "turn_left()\n", 12, err, sizeof err));
  snprintf(a.level, sizeof a.level, "%s", two->id);
  snprintf(a.outcome, sizeof a.outcome, "solved");
  a.stars = 2;
  CHECK(progress_record(progress, "Ben", "Year 4", &a, "forward()\nforward()\n", 20, err,
                        sizeof err));
  level_free(one);
  level_free(two);
}

static Game *start(const char *dir, int w, int h)
{
  Game *g = start_game(dir, w, h, false, 40);
  if (!g)
    return NULL;
  game_play_as(g, NULL, NULL);
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  return g;
}

static void setting(const char *text)
{
  char path[600];
  snprintf(path, sizeof path, "%s/config/codebridge", root);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/config/codebridge/settings.txt", root);
  write_file(path, text);
}

/* Pupils never see the teacher's screens; `teacher = yes` shows the button. */
static void test_setting(void)
{
  SDL_Rect r;
  setting("teacher = no\n");
  Game *g = start(progress, 1024, 600);
  REQUIRE(g != NULL);
  CHECK(!game_find_button(g, messages_get("ui_teacher"), &r));
  game_show(g, SCREEN_TEACHER); /* even asked directly, the screen refuses */
  frames(g, 2);
  CHECK_INT(SCREEN_MAP, game_screen(g));
  game_free(g);
  setting("# the teacher's laptop\nteacher = yes\n");
  g = start(progress, 1024, 600);
  CHECK(g != NULL);
  if (g)
    CHECK(game_find_button(g, messages_get("ui_teacher"), &r));
  game_free(g);
}

static void test_grid(int w, int h)
{
  Game *blank = start(empty, w, h), *g = start(progress, w, h);
  CHECK(g && blank);
  if (!g || !blank) {
    game_free(g);
    game_free(blank);
    return;
  }
  CHECK(click(blank, messages_get("ui_teacher")));
  CHECK(click(g, messages_get("ui_teacher")));
  CHECK_INT(SCREEN_TEACHER, game_screen(g));
  SDL_Rect r;
  CHECK(game_find_button(g, "Year 4", &r));  /* the class, chosen at once */
  CHECK(game_find_button(g, "Chloe 1", &r)); /* on the roster, never played: still a row */
  SDL_Surface *with = shot(g, "teacher", w), *without = shot(blank, "teacher-empty", w);
  CHECK(colours(with) > 8);
  long d = differ(with, without);
  printf("teacher view %dx%d: %d colours, %ld pixels differ from an empty folder\n", w, h,
         colours(with), d);
  CHECK(d > (long)w * h / 50);
  /* the largest text and high contrast: the pack, the numbers and a row of squares still show */
  Settings keep = game_settings(g), big = keep;
  big.text_step = THEME_TEXT_STEPS - 1;
  big.high_contrast = true;
  game_set_settings(g, &big);
  frames(g, 2);
  SDL_Surface *huge = shot(g, "teacher-huge", w);
  SDL_Rect cell, band;
  CHECK(game_find_button(g, "Robo's London", &band));
  CHECK(game_find_button(g, "Chloe 1", &cell));
  CHECK(band.y + band.h <= cell.y && cell.y + cell.h <= h && band.w > cell.w / 2);
  SDL_FreeSurface(huge);
  game_set_settings(g, &keep);
  frames(g, 2);

  /* Amira's program for level 1, read-only; then Chloe's, who has none: different pages */
  CHECK(click(g, "Amira 1"));
  CHECK(game_find_button(g, messages_get("ui_teacher_to_class"), &r));
  SDL_Surface *amira = shot(g, "teacher-program", w);
  push_key(SDLK_ESCAPE);
  frames(g, 2);
  CHECK(game_find_button(g, "Ben 2", &r)); /* Escape: back on the grid */
  CHECK(click(g, "Chloe 1"));
  SDL_Surface *chloe = shot(g, "teacher-no-program", w);
  CHECK(differ(amira, chloe) > 1000);
  CHECK(click(g, messages_get("ui_teacher_to_class")));
  CHECK_INT(SCREEN_TEACHER, game_screen(g));

  /* by keyboard: Tab to Amira's first square, Down to Ben's, Enter opens his program */
  SDL_Rect amira1, ben1;
  CHECK(game_find_button(g, "Amira 1", &amira1));
  CHECK(game_find_button(g, "Ben 1", &ben1));
  int tabs = 0;
  for (; tabs < 400 && !focus_at(g, amira1); tabs++) {
    push_key(SDLK_TAB);
    frames(g, 1);
  }
  CHECK(tabs < 400);
  push_key(SDLK_DOWN);
  frames(g, 1);
  CHECK(focus_at(g, ben1));
  push_key(SDLK_RETURN);
  frames(g, 2);
  CHECK(game_find_button(g, messages_get("ui_teacher_to_class"), &r));
  SDL_Surface *ben = shot(g, "teacher-program-ben", w);
  CHECK(differ(ben, amira) > 1000);
  SDL_FreeSurface(ben);
  push_key(SDLK_ESCAPE);
  frames(g, 2);
  CHECK(focus_at(g, ben1)); /* back where the teacher was */
  /* each pack's title heads its group of columns, so level numbers that repeat are told apart */
  SDL_Rect pack;
  CHECK(game_find_button(g, "Robo's London", &pack));
  CHECK(pack.y + pack.h <= amira1.y);
  CHECK(pack.x < amira1.x + amira1.w && pack.x + pack.w > amira1.x);
  CHECK(!game_find_button(g, "City life", &r)); /* the next pack is a few pages on */
  CHECK(click(g, messages_get("ui_teacher_later")));
  CHECK(!game_find_button(g, "Amira 1", &r));      /* the grid moved on a page of levels */
  CHECK(game_find_button(g, "Robo's London", &r)); /* still named, over the columns on show */
  int pages = 1;
  for (; pages < 20 && !game_find_button(g, "City life", &pack); pages++)
    CHECK(click(g, messages_get("ui_teacher_later")));
  CHECK(game_find_button(g, "City life", &pack));
  CHECK(game_find_button(g, "Amira 1", &r)); /* City life's level 1 */
  CHECK(pack.x < r.x + r.w && pack.x + pack.w > r.x && pack.y + pack.h <= r.y);
  SDL_FreeSurface(with);
  SDL_FreeSurface(without);
  SDL_FreeSurface(amira);
  SDL_FreeSurface(chloe);
  game_free(g);
  game_free(blank);
}

/* Make a level from blank, solve it, save it, load what was written. */
static void test_editor(int w, int h)
{
  Game *g = start(progress, w, h);
  REQUIRE(g != NULL);
  CHECK(click(g, messages_get("ui_teacher")));
  CHECK(click(g, messages_get("ui_make_level")));
  CHECK_INT(SCREEN_EDITOR, game_screen(g));
  const LevelEditor *ed = game_editor(g);
  CHECK(ed != NULL);
  if (!ed)
    return;
  CHECK(click(g, messages_get("ui_editor_blank")));
  CHECK(click(g, messages_get("ui_editor_narrower")));
  CHECK(click(g, messages_get("ui_editor_narrower"))); /* 5 x 5: the robot at (1, 2) east */
  CHECK_INT(5, ed->map.w);
  CHECK(click(g, messages_get("ui_editor_goal")));
  CHECK(paint(g, 2, 2));
  CHECK(click(g, messages_get("ui_editor_item")));
  CHECK(paint(g, 3, 1));
  CHECK(click(g, messages_get("ui_editor_floor")));
  CHECK(paint(g, 3, 1)); /* the thing again taken away */
  CHECK_INT('G', ed->map.cells[2 * WORLD_MAX_SIDE + 2]);
  CHECK_INT(0, ed->map.items[1 * WORLD_MAX_SIDE + 3]);
  SDL_Surface *editor = shot(g, "editor", w);
  CHECK(colours(editor) > 8);
  SDL_FreeSurface(editor);

  /* Save before solving: refused, and it says why */
  CHECK(click(g, messages_get("ui_editor_save")));
  CHECK(ed->saved_path[0] == '\0');
  CHECK(click(g, messages_get("ui_editor_name")));
  push_text("Robo's first trip");
  frames(g, 1);
  push_key(SDLK_RETURN);
  frames(g, 2);
  CHECK_STR("Robo's first trip", ed->text[FIELD_TITLE]);
  CHECK(click(g, messages_get("ui_editor_story")));
  push_text("Robo goes to the bus stop.");
  push_key(SDLK_BACKSPACE);
  push_text("!");
  frames(g, 2);
  push_key(SDLK_ESCAPE);
  frames(g, 2);
  CHECK_STR("Robo goes to the bus stop!", ed->text[FIELD_STORY]);

  /* Solve it yourself: the challenge screen on this level, in text */
  CHECK(click(g, messages_get("ui_editor_solve")));
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  SDL_Rect r;
  if (game_find_button(g, messages_get("ui_view_text"), &r))
    click(g, messages_get("ui_view_text"));
  game_set_program(g, "");
  frames(g, 1);
  push_text("forward()");
  frames(g, 2);
  CHECK_STR("forward()", game_program(g));
  CHECK(click(g, messages_get("ui_run")));
  for (int i = 0; i < 3000 && game_screen(g) != SCREEN_EDITOR; i++)
    game_frame(g, 1);
  CHECK_INT(SCREEN_EDITOR, game_screen(g));
  CHECK_STR("forward()\n", ed->solution);
  CHECK_INT(1, ed->par);
  SDL_Surface *solved = shot(g, "editor-solved", w);
  SDL_FreeSurface(solved);

  CHECK(click(g, messages_get("ui_editor_save")));
  CHECK(ed->saved_path[0] != '\0');
  printf("editor %dx%d saved %s\n", w, h, ed->saved_path);
  CHECK_CONTAINS("/my-levels/", ed->saved_path);
  CHECK_CONTAINS("robos-first-trip", ed->saved_path);
  LevelError le;
  Level *lv = level_load(ed->saved_path, &le);
  if (!lv)
    fprintf(stderr, "%s:%d: %s\n", le.file, le.line, le.message);
  CHECK(lv != NULL);
  if (lv) {
    CHECK_STR("Robo's first trip", level_text(&lv->title, "en"));
    CHECK_STR("Robo goes to the bus stop!", level_text(&lv->story, "en"));
    CHECK_INT(1, lv->par);
    RunTrace *t = runner_run(lv, lv->solution, strlen(lv->solution), NULL);
    CHECK(t && t->outcome == RUN_SOLVED);
    runner_free(t);
    size_t len;
    char err[256];
    char *text = fileio_read(ed->saved_path, 1 << 20, &len, err, sizeof err);
    CHECK_CONTAINS("-- The map:", text); /* readable, for editing by hand */
    CHECK_CONTAINS("\n#>G..\n", text);   /* narrower: the right-hand columns went */
    free(text);
  }
  level_free(lv);
  int mine = -1; /* the new level is on the map at once, in the teacher's own pack */
  for (int i = 0; i < game_pack_count(g); i++)
    if (strcmp(game_pack(g, i)->id, "my-levels") == 0)
      mine = i;
  CHECK(mine >= 0);
  if (mine >= 0)
    CHECK_INT(w == 1024 ? 1 : 2, game_pack(g, mine)->nlevels);
  /* Edit an open level from the map: a copy of it in the editor */
  char err[512];
  CHECK(game_open_level_file(g, "../levels/01-london/05-through-the-park.lua", err, sizeof err));
  game_show(g, SCREEN_MAP);
  frames(g, 2);
  SDL_Surface *map = shot(g, "map-teacher", w);
  SDL_FreeSurface(map);
  CHECK(click(g, "Edit level 5"));
  CHECK_INT(SCREEN_EDITOR, game_screen(g));
  CHECK_STR("Through the park", ed->text[FIELD_TITLE]);
  CHECK(ed->solution != NULL);
  /* nothing of the trial went into a pupil's progress */
  char path[600];
  snprintf(path, sizeof path, "%s/Guest.txt", progress);
  CHECK(access(path, F_OK) != 0);
  game_free(g);
}

int main(void)
{
  setenv("SDL_VIDEODRIVER", "dummy", 0);
  setenv("SDL_AUDIODRIVER", "dummy", 0);
  temp_root(root, sizeof root, "teacher");
  snprintf(progress, sizeof progress, "%s/progress", root);
  snprintf(empty, sizeof empty, "%s/empty", root);
  use_config_home(root, "config", true);
  make_progress();
  test_setting();
  test_grid(1024, 600);
  test_grid(1920, 1080);
  test_editor(1024, 600);
  test_editor(1920, 1080);
  SDL_Quit();
  if (!getenv("TEACHER_SHOTS"))
    remove_tree(root);
  return check_summary();
}
