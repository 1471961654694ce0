/* test_ui_predict.c: "predict, then run" as a pupil meets it on a predict level: Run first asks
   where Robo will stop (nothing runs yet), the arrows and Enter choose a square, Robo runs,
   and the result says whether the prediction was right; Escape stops asking. Also the pictures
   a level names and fog are drawn (the goal square is not the star-coin of the score). */
#include "check.h"
#include "ui_harness.h"

#include "messages.h"

static void run_until_result(Game *g)
{
  for (int i = 0; i < 500 && game_screen(g) != SCREEN_RESULT; i++)
    game_frame(g, 2);
  CHECK_INT(SCREEN_RESULT, game_screen(g));
}

/* Run, then the square `right` squares right of Robo, then Enter. */
static void predict(Game *g, int right)
{
  int x, y;
  CHECK(button_centre(g, "Run", &x, &y));
  click_at(g, x, y);
  CHECK(game_replay_state(g) != REPLAY_PLAYING); /* asked, not run */
  for (int i = 0; i < right; i++)
    key(g, SDLK_RIGHT);
  key(g, SDLK_RETURN);
  run_until_result(g);
}

int main(void)
{
  char root[256], err[512];
  temp_root(root, sizeof root, "predict");
  Game *g = start_game(root, 1024, 600, false, 50);
  CHECK(g != NULL);
  if (!g)
    return check_summary();
  game_play_as(g, NULL, NULL);
  CHECK(game_open_level_file(g, "levels/teach/debug-y1.lua", err, sizeof err));
  game_set_program(g, "forward()\nforward()\n");
  frames(g, 2);

  CHECK_STR("", game_last_outcome(g, NULL));
  predict(g, 2); /* Robo starts on column 2 and stops on column 4: right */
  CHECK_STR("unsolved", game_last_outcome(g, NULL));
  CHECK(strstr(game_last_message(g), messages_get("predict_right")) != NULL);

  game_show(g, SCREEN_CHALLENGE);
  frames(g, 2);
  predict(g, 3); /* one square too far: wrong */
  CHECK(strstr(game_last_message(g), messages_get("predict_wrong")) != NULL);
  CHECK(strstr(game_last_message(g), messages_get("predict_right")) == NULL);

  /* Escape stops asking: nothing runs. */
  game_show(g, SCREEN_CHALLENGE);
  game_set_program(g, "forward()\nforward()\nforward()\n");
  frames(g, 2);
  int x, y;
  CHECK(button_centre(g, "Run", &x, &y));
  click_at(g, x, y);
  key(g, SDLK_ESCAPE);
  frames(g, 5);
  CHECK_INT(SCREEN_CHALLENGE, game_screen(g));
  game_free(g);
  remove_tree(root);
  return check_summary();
}
