/* test_ui_session.c: one scripted session through the real game loop, with SDL's dummy video
   driver and synthetic events: pick a pupil from the roster (keyboard), open level 1 (mouse),
   choose Text, type the solution, press Run and reach "solved"; then check what was saved and
   recorded. Then a guest by keyboard alone, in the blocks view a new pupil starts in. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL.h>

#include "check.h"
#include "fileio.h"
#include "game.h"
#include "messages.h"
#include "progress.h"
#include "ui_harness.h"

static char dir[256];

static void make_roster(void)
{
  temp_root(dir, sizeof dir, "session");
  CHECK(write_roster(dir, "Year 4", "# our class\nAmira\nBen\n"));
  use_config_home(dir, "config", false);
}

/* The same with the keyboard alone: Guest, level 1 (it opens in blocks, the block view holding
   the keyboard), Enter puts the chosen palette block in, Escape out of the view, Tab to Run,
   Enter; then Enter on the result's first button opens the next level. */
static void keyboard_only(void)
{
  char err[512];
  GameOptions opt = {0};
  opt.progress_dir = dir;
  Game *g = game_new(&opt, false, 1024, 600, err, sizeof err);
  REQUIRE(g != NULL);
  game_set_time_scale(g, 25);
  frames(g, 2);
  push_key(SDLK_TAB);
  push_key(SDLK_TAB);
  push_key(SDLK_TAB); /* Settings, Amira, Ben, then Guest */
  push_key(SDLK_RETURN);
  frames(g, 2);
  CHECK_INT(SCREEN_MAP, game_screen(g));
  CHECK_STR("Guest", game_pupil(g));
  push_key(SDLK_TAB);
  push_key(SDLK_TAB); /* Not me, Settings, then level 1 */
  push_key(SDLK_RETURN);
  frames(g, 2);
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  push_key(SDLK_RETURN); /* the first palette block, "move forward", into the program */
  frames(g, 1);          /* events of one frame are read together: build first, as a pupil would */
  CHECK_STR("forward()\n", game_program(g));
  push_key(SDLK_ESCAPE); /* out of the block view: Tab moves between buttons again */
  push_key(SDLK_TAB);    /* the editor is followed by Run */
  push_key(SDLK_RETURN);
  for (int i = 0; i < 3000 && game_screen(g) != SCREEN_RESULT; i++)
    game_frame(g, 1);
  CHECK_INT(SCREEN_RESULT, game_screen(g));
  CHECK_STR("solved", game_last_outcome(g, NULL));
  push_key(SDLK_RETURN); /* Next level */
  frames(g, 2);
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  CHECK_STR("", game_last_outcome(g, NULL)); /* a new level, nothing run yet */
  game_free(g);
}

int main(void)
{
  setenv("SDL_VIDEODRIVER", "dummy", 0);
  setenv("SDL_AUDIODRIVER", "dummy", 0);
  make_roster();
  char err[512];
  GameOptions opt = {0};
  opt.progress_dir = dir;
  Game *g = game_new(&opt, false, 1024, 600, err, sizeof err);
  if (!g) {
    fprintf(stderr, "%s\n", err);
    CHECK(g != NULL);
    return check_summary();
  }
  game_set_time_scale(g, 25);
  frames(g, 2);
  CHECK_INT(SCREEN_PUPIL, game_screen(g));

  /* One class: its names show at once. Tab to the first name, Enter. */
  push_key(SDLK_TAB);
  push_key(SDLK_RETURN);
  frames(g, 2);
  CHECK_INT(SCREEN_MAP, game_screen(g));
  CHECK_STR("Amira", game_pupil(g));

  /* Level 1 is the one to try: press it with the mouse. */
  CHECK(push_click_on(g, "1"));
  frames(g, 2);
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));

  /* Amira reads and types: she chooses Text, and the editor has the keyboard. */
  CHECK(push_click_on(g, messages_get("ui_view_text")));
  frames(g, 2);
  push_text("forward");
  push_text("(");
  push_text(")");
  frames(g, 2);
  CHECK_STR("forward()", game_program(g));

  CHECK(push_click_on(g, messages_get("ui_run")));
  for (int i = 0; i < 3000 && game_screen(g) != SCREEN_RESULT; i++)
    game_frame(g, 1);
  CHECK_INT(SCREEN_RESULT, game_screen(g));
  int stars = 0;
  CHECK_STR("solved", game_last_outcome(g, &stars));
  CHECK_INT(3, stars);
  frames(g, 2);
  SDL_Rect r;
  CHECK(game_find_button(g, messages_get("ui_next_level"), &r));

  /* The run went to Amira's progress log, and her program was saved. */
  size_t len = 0;
  char *saved = progress_load_program(dir, "Amira", "Year 4", "01-london", "bus-stop", &len);
  CHECK_STR("forward()", saved);
  free(saved);
  char log_path[512];
  CHECK(progress_pupil_path(dir, "Amira", "Year 4", log_path, sizeof log_path));
  ProgressLog *log = progress_read_file(log_path, err, sizeof err);
  CHECK(log != NULL);
  if (log)
    CHECK_INT(3, progress_best_stars(log, "01-london", "bus-stop"));
  if (log && log->nattempts > 0)
    CHECK_STR("text", log->attempts[log->nattempts - 1].view);
  progress_log_free(log);

  /* Escape from the result goes back to the code, ready to edit. */
  push_key(SDLK_ESCAPE);
  frames(g, 2);
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  game_free(g);
  keyboard_only();
  SDL_Quit();
  remove_tree(dir);
  return check_summary();
}
