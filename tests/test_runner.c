/* test_runner.c: SPEC sections 1 and 3 as a pupil meets them: outcomes, lines, steps, stars,
   friendly messages, budgets, determinism and the recorded trace. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "level.h"
#include "runner.h"

/* A level from its parts; commands is a Lua list such as { "forward" }. */
static Level *make_level(const char *map, const char *goal, const char *commands, int par,
                         const char *extra)
{
  char src[4096];
  snprintf(src, sizeof src,
           "return {\n  id = \"test\",\n  title = \"Test\",\n  map = [[\n%s]],\n  goal = %s,\n"
           "  commands = %s,\n  par = %d,\n  solution = \"forward()\",\n%s}\n",
           map, goal, commands, par, extra ? extra : "");
  LevelError err;
  Level *lv = level_load_text("test.lua", src, strlen(src), &err);
  if (!lv)
    fprintf(stderr, "level did not load: %s:%d: %s\n", err.file, err.line, err.message);
  return lv;
}

static RunTrace *run(const Level *lv, const char *program)
{
  return runner_run(lv, program, strlen(program), NULL);
}

static const char *ALL = "{ \"forward\", \"turn_left\", \"turn_right\", \"pick_up\", "
                         "\"path_ahead\", \"path_left\", \"path_right\", \"at_goal\", "
                         "\"item_here\" }";

static void test_reach_and_stars(void)
{
  Level *lv = make_level("#######\n#>...G#\n#######\n", "\"reach\"", ALL, 2, NULL);
  REQUIRE(lv != NULL);
  RunTrace *t = run(lv, "for i = 1, 4 do\n  forward()\nend\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK_INT(4, t->steps);
  CHECK_INT(2, t->blocks);
  CHECK_INT(3, t->stars);
  CHECK_INT(5, t->nframes);
  CHECK_INT(2, t->frames[1].line);
  CHECK_INT(5, t->frames[4].robot_x);
  runner_free(t);

  t = run(lv, "forward()\nforward()\nforward()\nforward()\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK_INT(4, t->blocks);
  CHECK_INT(2, t->stars); /* par + 2 */
  runner_free(t);

  t = run(lv, "forward() forward() forward() forward() turn_left() turn_left()");
  CHECK_INT(RUN_SOLVED, t->outcome); /* solved the moment the goal holds: the turns never run */
  CHECK_INT(4, t->steps);
  CHECK_INT(6, t->blocks);
  CHECK_INT(1, t->stars);
  runner_free(t);
  level_free(lv);
}

static void test_bumps_and_items(void)
{
  Level *lv = make_level("#####\n#>*G#\n#####\n", "\"collect_and_reach\"", ALL, 3, NULL);
  REQUIRE(lv != NULL);
  RunTrace *t = run(lv, "forward()\nturn_left()\nforward()\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_INT(3, t->line);
  CHECK_STR("bump", t->message_key);
  CHECK_CONTAINS("Bump", t->message);
  CHECK(t->frames[t->nframes - 1].bumped);
  runner_free(t);

  t = run(lv, "forward()\nforward()\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome); /* reached G but the item is still there */
  CHECK_STR("unsolved_collect", t->message_key);
  runner_free(t);

  t = run(lv, "pick_up()\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_STR("nothing_here", t->message_key);
  CHECK_INT(1, t->line);
  runner_free(t);

  t = run(lv, "forward()\npick_up()\nforward()\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  World w;
  runner_frame_world(t, lv, 1, &w);
  CHECK_INT(1, w.items_left);
  runner_frame_world(t, lv, 2, &w);
  CHECK_INT(0, w.items_left);
  CHECK_INT(0, w.items[w.robot_y * WORLD_MAX_SIDE + w.robot_x]);
  runner_free(t);
  level_free(lv);

  lv = make_level(">G\n", "\"reach\"", ALL, 1, NULL);
  t = run(lv, "turn_left()\nforward()\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_STR("bump", t->message_key); /* off the map counts as wall */
  CHECK_CONTAINS("edge of the map", t->message);
  runner_free(t);
  level_free(lv);
}

static void test_commands_offered(void)
{
  Level *lv = make_level("#####\n#>..G#\n#####\n", "\"reach\"", "{ \"forward\" }", 1, NULL);
  REQUIRE(lv != NULL);
  RunTrace *t = run(lv, "forward()\nturn_left()\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_STR("not_offered", t->message_key);
  CHECK_INT(2, t->line);
  CHECK_CONTAINS("turn_left", t->message);
  runner_free(t);

  t = run(lv, "\nfoward()\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_INT(2, t->line);
  CHECK_CONTAINS("forward", t->message); /* did you mean */
  runner_free(t);

  t = run(lv, "forward(3)\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_STR("no_arguments", t->message_key);
  runner_free(t);

  /* A sensor without brackets is a value, always true: Lua runs it, a child never means it. */
  t = run(lv, "forward()\nwhile not at_goal do\n  forward()\nend\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_STR("needs_parens", t->message_key);
  CHECK_INT(2, t->line);
  CHECK_CONTAINS("at_goal()", t->message);
  runner_free(t);
  t = run(lv, "if path_ahead() and not at_goal() then forward() end\n");
  CHECK(strcmp(t->message_key, "needs_parens") != 0);
  runner_free(t);

  t = run(lv, "forward\nforward()\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_STR("needs_parens", t->message_key);
  CHECK_INT(1, t->line);
  runner_free(t);
  level_free(lv);
}

static void test_syntax_and_runtime_errors(void)
{
  Level *lv = make_level("#>..G#\n", "\"reach\"", ALL, 1, NULL);
  REQUIRE(lv != NULL);
  RunTrace *t = run(lv, "forward()\nforward()\nforward()\nfor i = 1, 3 do\n  forward()\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_INT(4, t->line);
  CHECK_STR("missing_end", t->message_key);
  CHECK_CONTAINS("repeat", t->message);
  CHECK_CONTAINS("end", t->message);
  CHECK_INT(0, t->steps); /* nothing ran */
  runner_free(t);

  t = run(lv, "if at_goal()\n  forward()\nend\n");
  CHECK_STR("missing_then", t->message_key);
  runner_free(t);

  t = run(lv, "forward()\nn = n + 1\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_STR("unknown_variable", t->message_key);
  CHECK_INT(2, t->line);
  CHECK_CONTAINS("“n”", t->message);
  runner_free(t);

  t = run(lv, "print(\"hi)\n");
  CHECK_STR("unclosed_string", t->message_key);
  runner_free(t);

  /* A "#!" first line is skipped by the block view, so a run skips it too. */
  t = run(lv, "#!/usr/bin/env lua\nforward()\nforward()\nforward()\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK_INT(3, t->blocks);
  runner_free(t);
  t = run(lv, "#!x\nfoward()\n");
  CHECK_INT(2, t->line);
  runner_free(t);

  t = run(lv, "-- only a comment\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_INT(0, t->blocks);
  CHECK_INT(0, t->steps);
  runner_free(t);

  t = run(lv, "");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  runner_free(t);
  level_free(lv);
}

static double seconds_since(const struct timespec *a)
{
  struct timespec b;
  clock_gettime(CLOCK_MONOTONIC, &b);
  return (double)(b.tv_sec - a->tv_sec) + (double)(b.tv_nsec - a->tv_nsec) / 1e9;
}

static void test_budgets(void)
{
  Level *lv = make_level("#>..G#\n", "\"reach\"", ALL, 1, "  max_steps = 50,\n");
  REQUIRE(lv != NULL);
  struct timespec start;
  clock_gettime(CLOCK_MONOTONIC, &start);
  RunTrace *t = run(lv, "forward()\nwhile true do\nend\n");
  double took = seconds_since(&start);
  CHECK_INT(RUN_TOO_LONG, t->outcome);
  CHECK_STR("too_long_loop", t->message_key);
  CHECK(took < 0.9 * CHECK_TIME_SCALE); /* "well under a second" even on a loaded CI machine;
                                           bench_core measures */
  printf("an endless loop stopped in %.3f s\n", took);
  runner_free(t);

  t = run(lv, "while true do\n  turn_left()\nend\n");
  CHECK_INT(RUN_TOO_LONG, t->outcome);
  CHECK_STR("too_many_steps", t->message_key);
  CHECK_INT(50, t->steps);
  CHECK_INT(2, t->line);
  CHECK_CONTAINS("50", t->message);
  runner_free(t);

  t = run(lv, "local s = \"x\"\nwhile true do s = s .. s end\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_STR("out_of_memory", t->message_key);
  runner_free(t);

  t = run(lv, "function f()\n  return f() + 1\nend\nf()\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_STR("recursion", t->message_key);
  runner_free(t);
  level_free(lv);
}

/* A pupil's endless loop around a level's own sensor is the pupil's too-long run; a level
   whose own sensor never returns is the level's problem. */
static void test_budget_blame(void)
{
  const char *sensor = "  sensors = { lamp = { label = \"lamp\", run = function(world)\n"
                       "    return world:steps() > 99 end } },\n";
  Level *lv = make_level("#>..G#\n", "\"reach\"", "{ \"forward\", \"lamp\" }", 1, sensor);
  REQUIRE(lv != NULL);
  RunTrace *t = run(lv, "forward()\nwhile not lamp() do\nend\n");
  CHECK_INT(RUN_TOO_LONG, t->outcome);
  CHECK_STR("too_long_loop", t->message_key);
  CHECK_INT(2, t->line);
  runner_free(t);
  level_free(lv);

  const char *stuck = "  sensors = { lamp = { label = \"lamp\", run = function(world)\n"
                      "    while true do end end } },\n";
  lv = make_level("#>..G#\n", "\"reach\"", "{ \"forward\", \"lamp\" }", 1, stuck);
  REQUIRE(lv != NULL);
  t = run(lv, "if lamp() then forward() end\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_STR("level_broken", t->message_key);
  CHECK_CONTAINS("test.lua", t->level_error);
  runner_free(t);
  level_free(lv);
}

static void test_cheating_and_output(void)
{
  Level *lv = make_level("#>..G#\n", "\"reach\"", ALL, 1, NULL);
  REQUIRE(lv != NULL);
  RunTrace *t = run(lv, "function at_goal() return true end\nforward = function() end\n"
                        "forward()\nprint(\"solved steps=1 blocks=1 stars=3\")\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_INT(0, t->steps);
  CHECK_CONTAINS("solved steps=1", t->output);
  runner_free(t);

  t = run(lv, "print(\"one\")\nforward()\nprint(\"two\")\nforward()\nforward()\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK_STR("one\ntwo\n", t->output);
  CHECK_INT(4, (long long)t->frames[1].output_len); /* "one\n" was printed before step 1 */
  runner_free(t);

  t = run(lv, "local r = {}\nfor i = 1, 5 do r[i] = math.random(100) end\n"
              "print(table.concat(r, \",\"))\n");
  RunTrace *u = run(lv, "local r = {}\nfor i = 1, 5 do r[i] = math.random(100) end\n"
                        "print(table.concat(r, \",\"))\n");
  CHECK_STR(t->output, u->output); /* deterministic: seeded per run */
  runner_free(t);
  runner_free(u);

  /* pairs() visits keys in a fixed order, though Lua seeds string hashes at random. */
  t = run(lv, "local t = { pear = 1, apple = 2, fig = 3, [2] = 4, [1] = 5 }\n"
              "for k, v in pairs(t) do print(k, v) end\n");
  CHECK_STR("1\t5\n2\t4\napple\t2\nfig\t3\npear\t1\n", t->output);
  runner_free(t);
  level_free(lv);
}

static void test_sensors_and_functions(void)
{
  const char *maze = "#######\n#>..#.#\n###.#.#\n###...#\n#####G#\n#######\n";
  Level *lv = make_level(maze, "\"reach\"", ALL, 6, NULL);
  REQUIRE(lv != NULL);
  const char *prog = "function step()\n"
                     "  if path_ahead() then\n    forward()\n"
                     "  elseif path_right() then\n    turn_right()\n"
                     "  else\n    turn_left()\n  end\nend\n"
                     "while not at_goal() do\n  step()\nend\n";
  RunTrace *t = run(lv, prog);
  CHECK_INT(RUN_SOLVED, t->outcome);
  CHECK_INT(7, t->blocks);         /* function, if, three commands, while, step() */
  CHECK_INT(3, t->frames[1].line); /* forward() inside step() names its own line */
  RunTrace *again = run(lv, prog);
  CHECK_INT(t->nframes, again->nframes);
  CHECK(memcmp(t->frames, again->frames, sizeof *t->frames * (size_t)t->nframes) == 0);
  runner_free(again);
  runner_free(t);
  level_free(lv);
}

/* One goal rule: the runner ends a run solved exactly when level_goal_standard says the world
   it left holds the goal, for each standard goal. */
static void test_goal_rule_agrees(void)
{
  const char *goals[] = {"\"reach\"", "\"collect\"", "\"collect_and_reach\""};
  const char *programs[] = {"forward()", "forward() forward()", "forward() pick_up()",
                            "forward() pick_up() forward()", "forward() forward() pick_up()"};
  for (int g = 0; g < 3; g++) {
    Level *lv = make_level("#####\n#>*G#\n#####\n", goals[g], ALL, 3, NULL);
    REQUIRE(lv != NULL);
    for (int p = 0; p < 5; p++) {
      RunTrace *t = run(lv, programs[p]);
      REQUIRE(t != NULL);
      World w;
      runner_frame_world(t, lv, t->nframes - 1, &w);
      bool holds = level_goal_standard(lv, &w);
      if ((t->outcome == RUN_SOLVED) != holds)
        fprintf(stderr, "goal %s, program %s: outcome %d, goal holds %d\n", goals[g], programs[p],
                t->outcome, holds);
      CHECK((t->outcome == RUN_SOLVED) == holds);
      runner_free(t);
    }
    level_free(lv);
  }
}

int main(void)
{
  test_reach_and_stars();
  test_bumps_and_items();
  test_commands_offered();
  test_syntax_and_runtime_errors();
  test_budgets();
  test_budget_blame();
  test_cheating_and_output();
  test_sensors_and_functions();
  test_goal_rule_agrees();
  return check_summary();
}
