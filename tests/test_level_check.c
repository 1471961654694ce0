/* test_level_check.c: the one "does this level hold" check that `codebridge check` and the
   level editor share: a good solution passes (with a note when par is below its blocks), a
   wrong one names the line in the level file, overshooting the goal, missing what the level
   teaches and a level whose own code breaks each fail with their reason. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "level.h"
#include "level_check.h"

static Level *level(const char *src)
{
  LevelError err;
  Level *lv = level_load_text("mine.lua", src, strlen(src), &err);
  if (!lv)
    fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
  return lv;
}

static void test_good_and_par_note(void)
{
  Level *lv = level("return {\n  id = \"walk\",\n  title = \"Walk\",\n  map = [[\n#>..G#\n]],\n"
                    "  goal = \"reach\",\n  par = 1,\n  solution = \"forward() forward() "
                    "forward()\",\n}\n");
  REQUIRE(lv != NULL);
  LevelCheck c;
  CHECK(level_check(lv, &c));
  CHECK_INT(LEVEL_CHECK_OK, c.result);
  CHECK_INT(3, c.steps);
  CHECK_INT(3, c.blocks);
  CHECK(c.par_above);
  CHECK_INT(8, c.line); /* par = 1 */
  level_free(lv);
}

static void test_not_solved_names_the_line(void)
{
  const char *src = "return {\n  id = \"bump\",\n  title = \"Bump\",\n  map = [[\n#####\n"
                    "#>.G#\n#####\n]],\n  goal = \"reach\",\n  par = 2,\n  solution = [[\n"
                    "forward()\nturn_left()\nforward()\n]],\n}\n";
  Level *lv = level(src);
  REQUIRE(lv != NULL);
  LevelCheck c;
  CHECK(!level_check(lv, &c));
  CHECK_INT(LEVEL_CHECK_NOT_SOLVED, c.result);
  CHECK_INT(RUN_UNSOLVED, c.outcome);
  CHECK_INT(14, c.line); /* the second forward(), counted in the file */
  CHECK_CONTAINS("the solution does not solve the level (unsolved)", c.message);
  level_free(lv);
  /* "solution = [[forward()" starts on its own line. */
  lv = level("return {\n  id = \"x\",\n  title = \"Same line\",\n  map = [[\n#>.G#\n]],\n"
             "  goal = \"reach\",\n  solution = [[forward()\nturn_left() forward()]],\n}\n");
  REQUIRE(lv != NULL);
  CHECK(!level_check(lv, &c));
  CHECK_INT(9, c.line);
  level_free(lv);
}

static void test_level_broken(void)
{
  Level *lv = level("return {\n  id = \"broken\",\n  title = \"Broken\",\n  map = \"#>.G#\",\n"
                    "  goal = function(w) error('oops') end,\n  solution = \"forward()\",\n}\n");
  REQUIRE(lv != NULL);
  LevelCheck c;
  CHECK(!level_check(lv, &c));
  CHECK_INT(LEVEL_CHECK_LEVEL_BROKEN, c.result);
  CHECK_CONTAINS("mine.lua:5:", c.message);
  CHECK_CONTAINS("oops", c.message);
  level_free(lv);
}

static void test_teach_and_overshoot(void)
{
  LevelError err;
  Level *lv = level_load("levels/teach/flat-par.lua", &err);
  REQUIRE(lv != NULL);
  LevelCheck c;
  CHECK(!level_check(lv, &c));
  CHECK_INT(LEVEL_CHECK_TEACH, c.result);
  CHECK(c.message[0] != '\0');
  level_free(lv);
  lv = level("return {\n  id = \"over\",\n  title = \"Over\",\n  map = \"#>G..#\",\n"
             "  goal = \"reach\",\n  solution = \"forward() forward()\",\n}\n");
  REQUIRE(lv != NULL);
  CHECK(!level_check(lv, &c));
  CHECK_INT(LEVEL_CHECK_OVERSHOOT, c.result);
  CHECK_CONTAINS("keeps going after the goal", c.message);
  CHECK_INT(6, c.line);
  level_free(lv);
}

static void test_field_line(void)
{
  const char *src = "return {\n  id = \"a\",\n  parx = 3,\n  par = 2,\n  solution = [[\n"
                    "forward()\n]],\n}\n";
  bool next = false;
  CHECK_INT(2, level_check_field_line(src, "id", NULL));
  CHECK_INT(4, level_check_field_line(src, "par", NULL));
  CHECK_INT(5, level_check_field_line(src, "solution", &next));
  CHECK(next);
  CHECK_INT(1, level_check_field_line(src, "story", &next));
  CHECK(!next);
}

int main(void)
{
  test_good_and_par_note();
  test_not_solved_names_the_line();
  test_level_broken();
  test_teach_and_overshoot();
  test_field_line();
  return check_summary();
}
