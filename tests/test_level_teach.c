/* test_level_teach.c: what a level teaches, as a pupil and a teacher meet it, on the
   purpose-built levels of tests/levels/teach/: the blocks offered, a required block (one star
   and "Now try it with a function"), overshooting the goal (never three stars), blocks that
   never ran, fog, the goal and item pictures, and the checks a bundled level must pass. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "level.h"
#include "level_teach.h"
#include "runner.h"

static Level *load(const char *name)
{
  char path[256];
  LevelError err;
  snprintf(path, sizeof path, "levels/teach/%s", name);
  Level *lv = level_load(path, &err);
  if (!lv)
    fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
  return lv;
}

static RunTrace *run(const Level *lv, const char *program)
{
  return runner_run(lv, program, strlen(program), NULL);
}

static void test_offered_blocks(void)
{
  Level *lv = load("require-function.lua");
  REQUIRE(lv != NULL);
  /* functions offers repeat, repeat until, if and function; hide takes repeat away */
  CHECK(lv->blocks & TEACH_FUNCTION);
  CHECK(!(lv->blocks & TEACH_REPEAT));
  CHECK(!(lv->blocks & TEACH_VARIABLE));
  CHECK_INT(TEACH_FUNCTION, lv->require);
  CHECK_STR("library", lv->goal_picture);
  level_free(lv);

  /* A Year 1 debugging level offers only what its programs use: nothing beyond commands. */
  lv = load("debug-y1.lua");
  CHECK(lv != NULL);
  if (lv) {
    CHECK_INT(0, lv->blocks);
    CHECK(lv->predict);
    CHECK_STR("flag", lv->goal_picture);
    CHECK_STR("parcel", lv->item_picture);
    level_free(lv);
  }
  lv = load("bus-stop.lua");
  CHECK(lv != NULL);
  if (lv) {
    CHECK_INT(TEACH_REPEAT, lv->blocks); /* repetition: repeat, nothing more */
    CHECK_STR("bus_stop", lv->goal_picture);
    CHECK_STR("letter", lv->item_picture);
    CHECK_INT(2, lv->ncurriculum);
    CHECK_STR("KS1.3", lv->curriculum[1]);
    CHECK(lv->notes && strstr(lv->notes, "count past"));
    level_free(lv);
  }
}

static void test_program_uses(void)
{
  const char *defined_not_called = "function hop()\n  forward()\nend\nforward()\n";
  CHECK_INT(0, level_teach_used_text(defined_not_called, strlen(defined_not_called)));
  const char *called = "function hop()\n  forward()\nend\nhop()\n";
  CHECK_INT(TEACH_FUNCTION, level_teach_used_text(called, strlen(called)));
  const char *counter = "local n = 0\nfor i = 1, 3 do\n  n = n + 1\nend\n";
  CHECK_INT(TEACH_VARIABLE | TEACH_REPEAT, level_teach_used_text(counter, strlen(counter)));
  const char *code = "local k = 2\nwhile k > 0 do\n  k = k - 1\nend\n";
  CHECK_INT(TEACH_VARIABLE | TEACH_REPEAT_UNTIL, level_teach_used_text(code, strlen(code)));
  const char *choice = "if at_goal() then\n  forward()\nelse\n  turn_left()\nend\n";
  CHECK_INT(TEACH_IF, level_teach_used_text(choice, strlen(choice)));
}

static void test_required_block(void)
{
  Level *lv = load("require-function.lua");
  REQUIRE(lv != NULL);
  RunTrace *t = run(lv, "forward()\nforward()\nforward()\nforward()\nforward()\nforward()\n"
                        "forward()\nforward()\nforward()\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK_INT(1, t->stars);
  CHECK_INT(TEACH_FUNCTION, t->missing);
  CHECK_STR("solved_without_function", t->message_key);
  CHECK_STR("You got there! Now try it with a function.", t->message);
  runner_free(t);

  t = run(lv, lv->solution);
  CHECK_INT(3, t->stars);
  CHECK_INT(0, t->missing);
  CHECK_STR("", t->message);
  runner_free(t);

  /* A function written but never called does not count. */
  t = run(lv, "function hop()\n  forward()\nend\nfor i = 1, 9 do\n  forward()\nend\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK_INT(1, t->stars);
  runner_free(t);
  level_free(lv);
}

static void test_overshoot(void)
{
  Level *lv = load("bus-stop.lua");
  REQUIRE(lv != NULL);
  const char *kept_going = "Robo reached the bus stop but kept going. Stop at the bus stop!";
  /* a loop counting too far */
  RunTrace *t = run(lv, "for i = 1, 6 do\n  forward()\nend\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK(t->overshot);
  CHECK_INT(2, t->stars);
  CHECK_INT(4, t->steps);   /* the world stopped at the stop */
  CHECK_INT(5, t->nframes); /* start + four moves: nothing after the goal is shown */
  CHECK_STR(kept_going, t->message);
  CHECK_INT(2, t->line);
  runner_free(t);

  /* extra moves after reaching it */
  t = run(lv, "forward()\nforward()\nforward()\nforward()\nforward()\n");
  CHECK(t->overshot);
  CHECK_INT(5, t->line);
  CHECK(t->stars <= 2);
  runner_free(t);

  /* while true */
  t = run(lv, "while true do\n  forward()\nend\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK(t->overshot);
  runner_free(t);

  /* a loop with no action that never ends after the goal */
  t = run(lv, "for i = 1, 4 do\n  forward()\nend\nprint(\"there\")\nwhile true do\nend\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK(t->overshot);
  CHECK_INT(0, (long long)t->output_len); /* what came after the goal is not shown */
  runner_free(t);

  /* stopping at the stop: three stars, and turning on the spot there is not going on */
  t = run(lv, "while not at_goal() do\n  forward()\nend\n");
  CHECK(!t->overshot);
  CHECK_INT(3, t->stars);
  CHECK_STR("", t->message);
  runner_free(t);
  t = run(lv, "for i = 1, 4 do\n  forward()\nend\nturn_left()\n");
  CHECK(!t->overshot);
  CHECK_INT(RUN_SOLVED, t->outcome);
  runner_free(t);
  level_free(lv);
}

static void test_never_ran(void)
{
  Level *lv = load("bus-stop.lua");
  REQUIRE(lv != NULL);
  RunTrace *t = run(lv, "while not at_goal() do\n  if at_goal() then\n    turn_left()\n  else\n"
                        "    forward()\n  end\nend\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK_INT(1, t->nnever_ran);
  CHECK_INT(3, t->never_ran[0]);
  char words[200];
  CHECK_STR("Line 3 never ran. Did Robo need it?", runner_never_ran_words(t, false, words, 200));
  CHECK_STR("1 block never ran. Did Robo need it?", runner_never_ran_words(t, true, words, 200));
  runner_free(t);

  /* a function never called: its blocks never ran, and the run fell short */
  t = run(lv, "function go()\n  forward()\n  forward()\nend\nforward()\nforward()\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_INT(2, t->nnever_ran);
  CHECK_INT(2, t->never_ran[0]);
  CHECK_INT(3, t->never_ran[1]);
  CHECK_STR("Lines 2, 3 never ran. Did Robo need them?",
            runner_never_ran_words(t, false, words, 200));
  CHECK_STR("2 blocks never ran. Did Robo need them?", runner_never_ran_words(t, true, words, 200));
  runner_free(t);

  /* after a bump, the rest obviously never ran: nothing is named */
  t = run(lv, "turn_left()\nforward()\nforward()\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_INT(0, t->nnever_ran);
  CHECK_STR("", runner_never_ran_words(t, false, words, 200));
  runner_free(t);
  level_free(lv);
}

static void test_fog(void)
{
  Level *lv = load("fog.lua");
  REQUIRE(lv != NULL);
  CHECK(lv->fog);
  World w = lv->start;
  CHECK(world_seen(&w, 1, 1));  /* Robo's own square */
  CHECK(world_seen(&w, 2, 2));  /* and the eight around it */
  CHECK(!world_seen(&w, 6, 1)); /* the goal is in the fog */
  CHECK(!world_seen(&w, 4, 3));
  RunTrace *t = run(lv, lv->solution);
  CHECK_INT(RUN_SOLVED, t->outcome);
  runner_frame_world(t, lv, 2, &w); /* after two moves Robo stands on (3, 1) */
  CHECK(world_seen(&w, 4, 1));
  CHECK(world_seen(&w, 3, 2));
  CHECK(!world_seen(&w, 6, 1));
  runner_frame_world(t, lv, t->nframes - 1, &w);
  CHECK(world_seen(&w, 7, 1));
  CHECK(!world_seen(&w, 8, 3)); /* the road below was never near */
  runner_free(t);
  level_free(lv);

  lv = load("bus-stop.lua"); /* no fog: everything is seen */
  if (lv) {
    CHECK(world_seen(&lv->start, 7, 1));
    level_free(lv);
  }
}

static void test_bundled_checks(void)
{
  char why[400];
  Level *lv = load("flat-par.lua");
  if (lv) {
    CHECK(!level_teach_check(lv, 3, why, sizeof why));
    CHECK(strstr(why, "par is 3") != NULL);
    CHECK(level_teach_check(lv, 4, why, sizeof why)); /* a longer flat program: fine */
    level_free(lv);
  }
  lv = load("require-unused.lua");
  if (lv) {
    CHECK(!level_teach_check(lv, 30, why, sizeof why));
    CHECK(strstr(why, "variable") != NULL);
    level_free(lv);
  }
  lv = load("require-function.lua");
  if (lv) {
    CHECK(level_teach_check(lv, 9, why, sizeof why));
    level_free(lv);
  }
}

static void test_bad_fields(void)
{
  LevelError err;
  CHECK(level_load("levels/teach/bad-block.lua", &err) == NULL);
  CHECK(strstr(err.message, "did you mean \"function\"") != NULL);
  CHECK_INT(4, err.line);
  CHECK(level_load("levels/teach/bad-picture.lua", &err) == NULL);
  CHECK(strstr(err.message, "bus_stop") != NULL);
}

int main(void)
{
  test_offered_blocks();
  test_program_uses();
  test_required_block();
  test_overshoot();
  test_never_ran();
  test_fog();
  test_bundled_checks();
  test_bad_fields();
  return check_summary();
}
