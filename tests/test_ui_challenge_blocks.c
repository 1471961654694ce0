/* test_ui_challenge_blocks.c: the block editor inside the challenge screen, through the real
   game loop (offscreen, synthetic SDL events): a pupil opens a level (blocks by default),
   drags one block in and keys another, sees the text, comes back, runs and solves it with the
   run highlighted on its block; a syntax error keeps them in text with the message; blocks-only
   and text-only levels; the view remembered per level and across a restart; the progress log
   says which view the run was made in. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL.h>

#include "block_view_internal.h"
#include "check.h"
#include "fileio.h"
#include "messages.h"
#include "progress.h"
#include "ui_harness.h"

static char dir[256], levels[300];

static const char *level_fmt =
    "return {\n"
    "  id = \"%s\", title = \"%s\", concept = \"sequence\",%s\n"
    "  map = [[\n#####\n#>.G#\n#####\n]],\n"
    "  commands = { \"forward\", \"turn_left\", \"turn_right\" },\n"
    "  goal = \"reach\", par = 2, solution = \"forward()\\nforward()\",\n"
    "}\n";

static void write_level(const char *file, const char *id, const char *mode)
{
  char path[600], text[1024], err[256], field[64] = "";
  if (mode)
    snprintf(field, sizeof field, " mode = \"%s\",", mode);
  snprintf(text, sizeof text, level_fmt, id, id, field);
  snprintf(path, sizeof path, "%s/%s", levels, file);
  CHECK(fileio_write_atomic(path, text, strlen(text), err, sizeof err));
}

static void setup(void)
{
  temp_root(dir, sizeof dir, "chblocks");
  snprintf(levels, sizeof levels, "%s/pack", dir);
  mkdir(levels, 0755);
  write_level("01-both.lua", "both-ways", NULL);
  write_level("02-blocks.lua", "blocks-only", "blocks");
  write_level("03-text.lua", "text-only", "text");
  write_level("04-both.lua", "both-again", "both");
  use_config_home(dir, "config", false);
}

static void level_path(char *out, size_t cap, const char *file)
{
  snprintf(out, cap, "%s/%s", levels, file);
}

static Game *start(const char *pupil)
{
  Game *g = start_game(dir, 1024, 600, false, 25);
  if (g)
    game_play_as(g, pupil, pupil ? "Year 2" : NULL);
  return g;
}

static bool open_file(Game *g, const char *file)
{
  char path[600], err[512];
  level_path(path, sizeof path, file);
  bool ok = game_open_level_file(g, path, err, sizeof err);
  if (!ok)
    fprintf(stderr, "%s\n", err);
  frames(g, 2);
  return ok;
}

/* Drags palette block n to the top of the program, as a finger would, a frame per move. */
static void drag_to_top(Game *g, int n)
{
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  BlockPath top = {.n = 1, .idx = {0}};
  CHECK(block_view_palette_point(game_block_view(g), n, &x0, &y0));
  CHECK(block_view_place_point(game_block_view(g), &top, &x1, &y1));
  push_mouse(SDL_MOUSEBUTTONDOWN, x0, y0);
  frames(g, 1);
  for (int i = 1; i <= 8; i++) {
    push_mouse(SDL_MOUSEMOTION, x0 + (x1 - x0) * i / 8, y0 + (y1 - y0) * i / 8);
    frames(g, 1);
  }
  push_mouse(SDL_MOUSEBUTTONUP, x1, y1);
  frames(g, 2);
}

static const char *last_view(const char *pupil)
{
  static char view[8];
  char path[600], err[256];
  view[0] = '\0';
  if (!progress_pupil_path(dir, pupil, "Year 2", path, sizeof path))
    return view;
  ProgressLog *log = progress_read_file(path, err, sizeof err);
  if (log && log->nattempts > 0)
    snprintf(view, sizeof view, "%s", log->attempts[log->nattempts - 1].view);
  progress_log_free(log);
  return view;
}

static void build_and_run(void)
{
  Game *g = start("Amira");
  REQUIRE(g != NULL);
  CHECK(open_file(g, "01-both.lua"));
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  CHECK((game_block_view(g) != NULL)); /* a new pupil on a "both" level starts in blocks */
  CHECK(game_block_view(g) != NULL);
  if (!game_block_view(g)) {
    game_free(g);
    return;
  }
  /* one block by mouse, one by keyboard (the view has the keyboard when the level opens) */
  drag_to_top(g, 0);
  CHECK_STR("forward()\n", game_program(g));
  push_key(SDLK_RETURN);
  frames(g, 2);
  CHECK_STR("forward()\nforward()\n", game_program(g));
  /* Text shows the same program; back to Blocks keeps it */
  CHECK(click(g, messages_get("ui_view_text")));
  CHECK(!(game_block_view(g) != NULL));
  CHECK_STR("forward()\nforward()\n", game_program(g));
  CHECK(click(g, messages_get("ui_view_blocks")));
  CHECK((game_block_view(g) != NULL));
  CHECK_INT(2, block_edit_count(block_view_edit(game_block_view(g))));
  /* Run from the blocks: the running block is lit and the view is read-only meanwhile */
  CHECK(click(g, messages_get("ui_run")));
  bool lit = false, locked = false;
  for (int i = 0; i < 3000 && game_screen(g) != SCREEN_RESULT; i++) {
    game_frame(g, 1);
    lit |= game_block_view(g)->run_line > 0;
    locked |= game_block_view(g)->readonly;
  }
  CHECK(lit);
  CHECK(locked);
  CHECK_INT(SCREEN_RESULT, game_screen(g));
  CHECK_STR("solved", game_last_outcome(g, NULL));
  CHECK_STR("blocks", last_view("Amira"));
  size_t len = 0;
  char *saved = progress_load_program(dir, "Amira", "Year 2", "pack", "both-ways", &len);
  CHECK_STR("forward()\nforward()\n", saved); /* the text is what is saved */
  free(saved);

  /* A bump shows in a block's bubble: one turn then forward into the wall. The turn glows (it
     is the block to check) and the words name no line: blocks have no line numbers */
  push_key(SDLK_ESCAPE);
  frames(g, 2);
  game_set_program(g, "turn_left()\nforward()\n");
  CHECK((game_block_view(g) != NULL));
  game_run_to(g, -1);
  frames(g, 2);
  CHECK(game_block_view(g)->error_line == 1 && game_block_view(g)->error_msg[0] != '\0');
  CHECK(strstr(game_block_view(g)->error_msg, "line") == NULL);
  CHECK(strstr(game_block_view(g)->error_msg, "turn") != NULL);
  game_free(g);
}

/* Pixels of the code area that differ between two pictures. */
static long code_area_changes(const SDL_Surface *s, const Uint32 *before, SDL_Rect r)
{
  long d = 0;
  for (int y = r.y; y < r.y + r.h; y++)
    for (int x = r.x; x < r.x + r.w; x++)
      d += before[y * s->w + x] != ((const Uint32 *)((const char *)s->pixels + y * s->pitch))[x];
  return d;
}

static void syntax_error_stays_in_text(void)
{
  Game *g = start("Ben");
  REQUIRE(g != NULL);
  CHECK(open_file(g, "04-both.lua"));
  CHECK(click(g, messages_get("ui_view_text")));
  CHECK(!(game_block_view(g) != NULL));
  const char *broken = "-- my plan\nforward()\nfor i = 1, 2 do\n  forward()\n";
  game_set_program(g, broken);
  game_render(g);
  SDL_Surface *s = game_surface(g);
  Uint32 *before = malloc((size_t)s->pitch * (size_t)s->h);
  if (!before)
    return;
  for (int y = 0; y < s->h; y++)
    memcpy(before + y * s->w, (char *)s->pixels + y * s->pitch, (size_t)s->w * 4);
  SDL_Rect text_btn, run;
  CHECK(game_find_button(g, messages_get("ui_view_text"), &text_btn));
  CHECK(game_find_button(g, messages_get("ui_run"), &run));
  CHECK(click(g, messages_get("ui_view_blocks")));
  CHECK(!(game_block_view(g) != NULL)); /* stays in text */
  CHECK_STR(broken, game_program(g));   /* nothing lost, comment included */
  SDL_Rect code = {text_btn.x, text_btn.y + text_btn.h + 4, s->w - text_btn.x - 12,
                   run.y - 8 - (text_btn.y + text_btn.h + 4)};
  long d = code_area_changes(s, before, code);
  if (d < 500)
    fprintf(stderr, "the error mark changed %ld pixels of the code\n", d);
  CHECK(d >= 500); /* the error band and its sentence */
  free(before);
  /* mended, Blocks works, and the comment comes back in the text */
  game_set_program(g, "-- my plan\nforward()\nfor i = 1, 2 do\n  forward()\nend\n");
  CHECK(click(g, messages_get("ui_view_blocks")));
  CHECK((game_block_view(g) != NULL));
  CHECK(click(g, messages_get("ui_view_text")));
  CHECK_CONTAINS("-- my plan", game_program(g));
  CHECK_CONTAINS("for i = 1, 2 do", game_program(g));
  game_free(g);
}

static void modes_and_memory(void)
{
  Game *g = start("Cal");
  REQUIRE(g != NULL);
  SDL_Rect r;
  CHECK(open_file(g, "02-blocks.lua"));
  CHECK((game_block_view(g) != NULL));
  CHECK(!game_find_button(g, messages_get("ui_view_text"), &r)); /* no switch */
  CHECK(open_file(g, "03-text.lua"));
  CHECK(!(game_block_view(g) != NULL));
  CHECK(!game_find_button(g, messages_get("ui_view_blocks"), &r));
  /* the pupil picks Text on a "both" level: it opens in text next time, even after a restart */
  CHECK(open_file(g, "01-both.lua"));
  CHECK((game_block_view(g) != NULL));
  CHECK(click(g, messages_get("ui_view_text")));
  CHECK(open_file(g, "02-blocks.lua"));
  CHECK(open_file(g, "01-both.lua"));
  CHECK(!(game_block_view(g) != NULL));
  game_set_program(g, "forward()\nforward()\n");
  game_run_to(g, -1);
  frames(g, 3);
  CHECK_STR("text", last_view("Cal"));
  game_free(g);
  char path[600];
  CHECK(progress_program_path(dir, "Cal", "Year 2", "pack", "both-ways", path, sizeof path));
  strcpy(path + strlen(path) - 4, ".view");
  size_t len = 0;
  char err[256], *view = fileio_read(path, 64, &len, err, sizeof err);
  CHECK_STR("text\n", view);
  free(view);
  g = start("Cal");
  REQUIRE(g != NULL);
  CHECK(open_file(g, "01-both.lua"));
  CHECK(!(game_block_view(g) != NULL));
  CHECK(click(g, messages_get("ui_view_blocks")));
  CHECK((game_block_view(g) != NULL));
  game_free(g);
  g = start("Cal");
  REQUIRE(g != NULL);
  CHECK(open_file(g, "01-both.lua"));
  CHECK((game_block_view(g) != NULL));
  /* another pupil on the same laptop has their own default */
  game_play_as(g, "Dee", "Year 2");
  CHECK(open_file(g, "04-both.lua"));
  CHECK((game_block_view(g) != NULL));
  game_free(g);
}

int main(void)
{
  setenv("SDL_AUDIODRIVER", "dummy", 0);
  setup();
  build_and_run();
  syntax_error_stays_in_text();
  modes_and_memory();
  SDL_Quit();
  remove_tree(dir);
  return check_summary();
}
