/* test_advice.c: logic and typing mistakes get the fix, not a generic line (issue 13, item 8):
   a bump names the moves, what Robo hit and the turn to check; a loop that counts wrong says
   by how much; a function used before it is defined, `turn left()`, `edn`, `n++`, `n += 1`,
   `repeat 10 times` and `else if` each get their own sentence; a goal function can say what
   is left. Each sentence also has a blocks-view form without line numbers. */
#include <stdlib.h>
#include <string.h>

#include "advice.h"
#include "check.h"
#include "level.h"
#include "messages.h"
#include "runner.h"

static Level *make_level(const char *map, const char *goal, const char *extra)
{
  char src[4096];
  snprintf(src, sizeof src,
           "return {\n  id = \"test\",\n  title = \"Test\",\n  map = [[\n%s]],\n  goal = %s,\n"
           "  commands = { \"forward\", \"turn_left\", \"turn_right\", \"pick_up\", "
           "\"path_ahead\", \"at_goal\" },\n  par = 3,\n  solution = \"forward()\",\n%s}\n",
           map, goal, extra ? extra : "");
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

/* No sentence of the blocks view names a line: there are none to see. */
static void check_blocks_form(const RunTrace *t)
{
  CHECK(t->message_blocks[0] != '\0');
  CHECK(strstr(t->message_blocks, "line") == NULL);
}

/* A street going east 10 squares to the bus stop, then a wall. */
static const char *STREET = "#############\n#>.........G#\n#############\n";
/* Along 2, up 2 (north) to the goal. */
static const char *CORNER = "#####\n###G#\n###.#\n#>..#\n#####\n";

static void test_bump_names_moves_thing_and_turn(void)
{
  Level *lv = make_level(CORNER, "\"reach\"", NULL);
  if (!lv)
    return;
  /* right instead of left: bumps on line 4 after 2 good moves; the turn is line 3 */
  RunTrace *t = run(lv, "forward()\nforward()\nturn_right()\nforward()\nforward()\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_STR("bump", t->message_key);
  CHECK_INT(4, t->line);
  CHECK_CONTAINS("Bump! Robo hit the wall after 2 moves.", t->message);
  CHECK_CONTAINS("Check the turn on line 3", t->message);
  check_blocks_form(t);
  CHECK_CONTAINS("after 2 moves", t->message_blocks);
  CHECK_CONTAINS("glows", t->message_blocks);
  CHECK_INT(3, t->glow_line); /* in blocks, the turn glows */
  runner_free(t);

  /* one move: the singular */
  t = run(lv, "forward()\nturn_left()\nforward()\n");
  CHECK_CONTAINS("after 1 move.", t->message);
  CHECK_CONTAINS("line 2", t->message);
  runner_free(t);

  /* no turn at all: too far, said without a line */
  t = run(lv, "turn_left()\nturn_left()\nforward()\n");
  CHECK_CONTAINS("after 0 moves", t->message);
  runner_free(t);
  level_free(lv);

  lv = make_level(">G\n", "\"reach\"", NULL);
  t = run(lv, "turn_left()\nforward()\n");
  CHECK_CONTAINS("Robo hit the edge of the map after 0 moves", t->message);
  runner_free(t);
  level_free(lv);
}

static void test_bump_straight(void)
{
  Level *lv = make_level("#####\n#>.##\n#..G#\n#####\n", "\"reach\"", NULL);
  if (!lv)
    return;
  RunTrace *t = run(lv, "forward()\nforward()\n");
  CHECK_STR("bump_straight", t->message_key);
  CHECK_CONTAINS("Bump! Robo hit the wall after 1 move.", t->message);
  CHECK(strstr(t->message, "line") == NULL);
  CHECK_INT(2, t->glow_line); /* the move that bumped */
  runner_free(t);
  level_free(lv);
}

static void test_loop_counts(void)
{
  Level *lv = make_level(STREET, "\"reach\"", NULL);
  if (!lv)
    return;
  RunTrace *t = run(lv, "turn_left()\nturn_right()\nfor i = 1, 9 do\n  forward()\nend\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_STR("loop_count", t->message_key);
  CHECK_INT(3, t->line);
  CHECK_CONTAINS("Your loop runs 9 times; Robo needs 10.", t->message);
  check_blocks_form(t);
  CHECK_INT(3, t->glow_line);
  runner_free(t);

  /* too many: 11 bumps into the wall past the stop? The stop comes first in a reach level,
     so use a wall right after a square that is not the goal */
  level_free(lv);
  lv = make_level(CORNER, "\"reach\"", NULL);
  t = run(lv, "for i = 1, 3 do\n  forward()\nend\nturn_left()\nforward()\nforward()\n");
  CHECK_STR("loop_count", t->message_key);
  CHECK_CONTAINS("Your loop runs 3 times; Robo needs 2.", t->message);
  CHECK_INT(1, t->line);
  runner_free(t);

  /* nothing to advise: no counted loop, or no count that solves */
  t = run(lv, "forward()\n");
  CHECK_STR("unsolved_reach", t->message_key);
  runner_free(t);
  t = run(lv, "for i = 1, 2 do\n  turn_left()\nend\n");
  CHECK(strcmp(t->message_key, "loop_count") != 0);
  runner_free(t);

  AdviceLoop a;
  const char *p = "for i = 1, 1 do\n  forward()\nend\nturn_left()\nforward()\nforward()\n";
  CHECK(advice_loop_count(lv, p, strlen(p), 0, &a));
  CHECK_INT(1, a.count);
  CHECK_INT(2, a.needed);
  level_free(lv);
}

static void test_define_before_use(void)
{
  Level *lv = make_level(STREET, "\"reach\"", NULL);
  if (!lv)
    return;
  RunTrace *t = run(lv, "fetch()\nfunction fetch()\n  forward()\nend\n");
  CHECK_INT(RUN_ERROR, t->outcome);
  CHECK_STR("define_first", t->message_key);
  CHECK_INT(1, t->line);
  CHECK_CONTAINS("Define “fetch” above where you use it", t->message);
  CHECK_CONTAINS("line 2", t->message);
  check_blocks_form(t);
  CHECK_CONTAINS("Define “fetch” above where you use it", t->message_blocks);
  runner_free(t);

  /* a name defined nowhere is still "I don't know" */
  t = run(lv, "fetch()\n");
  CHECK_STR("unknown_command", t->message_key);
  runner_free(t);
  level_free(lv);
}

typedef struct {
  const char *program, *key, *words;
  int line;
} Typo;

static void test_typing_mistakes(void)
{
  static const Typo typos[] = {
      {"turn left()\nforward()\n", "join_words", "write “turn_left()”", 1},
      {"forward()\nturn Right()\n", "join_words", "write “turn_right()”", 2},
      {"for i = 1, 3 do\n  forward()\nedn\n", "misspelt_keyword", "“edn” should be “end”", 3},
      {"if path_ahead() thne\n  forward()\nend\n", "misspelt_keyword", "should be “then”", 1},
      {"n = 0\nn++\nforward()\n", "no_such_operator", "Write “n = n + 1”", 2},
      {"n = 0\nn += 1\n", "no_such_operator", "Lua has no “+=”. Write “n = n + 1”", 2},
      {"steps = 0\nsteps -= 2\n", "no_such_operator", "Write “steps = steps - 2”", 2},
      {"n = 5\nn--\nforward()\n", "no_such_operator", "Write “n = n - 1”", 2},
      {"repeat 10 times\n  forward()\nend\n", "repeat_times", "“for i = 1, 10 do”", 1},
      {"if path_ahead() then\n  forward()\nelse if at_goal() then\n  turn_left()\nend\n", "else_if",
       "Write “elseif” as one word", 3},
  };
  Level *lv = make_level(STREET, "\"reach\"", NULL);
  if (!lv)
    return;
  for (size_t i = 0; i < sizeof typos / sizeof typos[0]; i++) {
    RunTrace *t = run(lv, typos[i].program);
    CHECK_INT(RUN_ERROR, t->outcome);
    CHECK_STR(typos[i].key, t->message_key);
    CHECK_CONTAINS(typos[i].words, t->message);
    CHECK_INT(typos[i].line, t->line);
    check_blocks_form(t);
    runner_free(t);
  }
  /* `else if` with both ends is good Lua: no complaint */
  RunTrace *t = run(lv, "if at_goal() then\n  forward()\nelse if at_goal() then\n  turn_left()\n"
                        "end\nend\nfor i = 1, 10 do\n  forward()\nend\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  runner_free(t);
  /* a variable named like a keyword is not a misspelling */
  t = run(lv, "ned = 10\nfor i = 1, ned do\n  forward()\nend\n");
  CHECK_INT(RUN_SOLVED, t->outcome);
  runner_free(t);
  level_free(lv);
}

static void test_goal_says_what_is_left(void)
{
  Level *lv = make_level("#######\n#>*.*.#\n#######\n",
                         "function(world)\n    local left = world:items_left()\n"
                         "    return left == 0, left .. ' more letters to post'\n  end",
                         NULL);
  if (!lv)
    return;
  RunTrace *t = run(lv, "forward()\npick_up()\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_STR("unsolved_goal_words", t->message_key);
  CHECK_CONTAINS("1 more letters to post", t->message);
  CHECK_CONTAINS("1 more letters to post", t->message_blocks);
  runner_free(t);
  level_free(lv);

  /* a sentence alone means "not yet" */
  lv = make_level(">..G\n", "function(world)\n    return 'Find the key first'\n  end", NULL);
  if (!lv)
    return;
  t = run(lv, "forward()\n");
  CHECK_INT(RUN_UNSOLVED, t->outcome);
  CHECK_CONTAINS("Find the key first", t->message);
  runner_free(t);
  level_free(lv);
}

static void test_plurals(void)
{
  char out[128];
  messages_format(out, sizeof out, "ui_result_over_par", "blocks", "1", "par", "1", NULL);
  CHECK_CONTAINS("You used 1 block.", out);
  messages_format(out, sizeof out, "ui_result_over_par", "blocks", "2", "par", "1", NULL);
  CHECK_CONTAINS("You used 2 blocks.", out);
  messages_format(out, sizeof out, "ui_result_over_par", "blocks", "0", "par", "1", NULL);
  CHECK_CONTAINS("You used 0 blocks.", out);
}

int main(void)
{
  char err[256];
  CHECK(messages_load("en", err, sizeof err));
  test_bump_names_moves_thing_and_turn();
  test_bump_straight();
  test_loop_counts();
  test_define_before_use();
  test_typing_mistakes();
  test_goal_says_what_is_left();
  test_plurals();
  return check_summary();
}
