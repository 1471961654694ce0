/* test_level.c: level files: a good level read field by field, every validation error with
   its line, hostile files (endless loop, memory bomb, NUL in the id), and the run-time level
   state: custom tiles, actions, sensors, on_step, goal functions, world:fail, stashed worlds
   and errors in level functions naming their line. Fixtures are in tests/levels/. */
#include <string.h>
#include <time.h>

#include "check.h"
#include "level.h"
#include "world.h"

static double now(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Loads text that must fail; checks the line and a phrase of the message. */
static void expect_error(const char *text, int line, const char *phrase)
{
  LevelError err;
  Level *lv = level_load_text("inline.lua", text, strlen(text), &err);
  CHECK(lv == NULL);
  level_free(lv);
  CHECK_STR("inline.lua", err.file);
  CHECK_INT(line, err.line);
  CHECK_CONTAINS(phrase, err.message);
}

static Level *load_ok(const char *path)
{
  LevelError err = {{0}, 0, {0}, false};
  Level *lv = level_load(path, &err);
  if (!lv)
    fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
  CHECK(lv != NULL);
  return lv;
}

static void test_good_level(void)
{
  Level *lv = load_ok("levels/good.lua");
  REQUIRE(lv != NULL);
  CHECK_STR("bus-stop", lv->id);
  CHECK_STR("To the bus stop", level_text(&lv->title, "en"));
  CHECK_STR("Na przystanek", level_text(&lv->title, "pl"));
  CHECK_STR("To the bus stop", level_text(&lv->title, "de")); /* falls back to English */
  CHECK_STR("Robo needs to catch the 73.", level_text(&lv->story, "pl"));
  CHECK_STR("sequence", lv->concept);
  CHECK_STR("both", lv->mode);
  CHECK_INT(3, lv->par);
  CHECK_INT(50, lv->max_steps);
  CHECK_INT(2, lv->nhints);
  CHECK_STR("Podnies!", level_text(&lv->hints[1], "pl"));
  CHECK_STR("Count the squares.", level_text(&lv->hints[0], "pl"));
  CHECK_STR("forward()\n", lv->start_program);
  CHECK_CONTAINS("pick_up()", lv->solution);
  CHECK_INT(GOAL_COLLECT_AND_REACH, lv->goal);
  CHECK_INT(5, lv->ncommands);
  CHECK_STR("pick_up", lv->commands[3].name);
  CHECK_INT(COMMAND_ACTION, lv->commands[3].kind);
  CHECK_INT(COMMAND_SENSOR, level_command(lv, "at_goal")->kind);
  CHECK(level_command(lv, "path_ahead") == NULL); /* not offered */
  /* the map: indented in the file, read without the indentation */
  CHECK_INT(7, lv->start.w);
  CHECK_INT(3, lv->start.h);
  CHECK(lv->start.robot_x == 1 && lv->start.robot_y == 1 && lv->start.dir == DIR_EAST);
  CHECK_INT(1, lv->start.items_left);
  CHECK_INT(1, world_items_at(&lv->start, 3, 1));
  CHECK_INT('.', world_cell(&lv->start, 3, 1)); /* the item lies on floor */
  CHECK_INT('G', world_cell(&lv->start, 5, 1));
  CHECK(lv->source && lv->source_len > 100);
  level_free(lv);
}

static void test_defaults_and_ragged_map(void)
{
  Level *lv = load_ok("levels/ragged.lua");
  REQUIRE(lv != NULL);
  CHECK_INT(3, lv->ncommands); /* forward, turn_left, turn_right */
  CHECK_STR("turn_right", lv->commands[2].name);
  CHECK_INT(LEVEL_DEFAULT_MAX_STEPS, lv->max_steps);
  CHECK_INT(4, lv->par); /* not given: the solution's own block count */
  CHECK_STR("both", lv->mode);
  CHECK(lv->start_program == NULL);
  CHECK_INT(7, lv->start.w); /* trailing spaces trimmed, blank rows dropped */
  CHECK_INT(3, lv->start.h);
  CHECK_INT('#', world_cell(&lv->start, 5, 2)); /* the short last row is padded with wall */
  CHECK_INT('G', world_cell(&lv->start, 5, 1));
  level_free(lv);
}

/* Each broken fixture: the line and a phrase a teacher would understand. */
static void test_broken_files(void)
{
  static const struct {
    const char *file;
    int line;
    const char *phrase;
  } cases[] = {
      {"levels/missing-title.lua", 1, "'title' is missing"},
      {"levels/bad-id.lua", 3, "'id' must be 1 to 63 small letters"},
      {"levels/nul-id.lua", 4, "'id' must be"}, /* "ok\0../x": the NUL does not hide "../x" */
      {"levels/two-robots.lua", 7, "two robots"},
      {"levels/no-robot.lua", 5, "no robot"},
      {"levels/no-goal-square.lua", 4, "no G"},
      {"levels/unknown-char.lua", 7, "unknown character 'X' in the map (row 3, column 3)"},
      {"levels/space-in-row.lua", 6, "use . for floor"},
      {"levels/too-big.lua", 4, "too big"},
      {"levels/unknown-field.lua", 3,
       "unknown field 'tittle' in the level (did you mean 'title'?)"},
      {"levels/wrong-type.lua", 7, "'par' must be a whole number"},
      {"levels/syntax-error.lua", 5, "'}' expected"},
      {"levels/no-such-file.lua", 0, "cannot read the level"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    LevelError err;
    Level *lv = level_load(cases[i].file, &err);
    CHECK(lv == NULL);
    level_free(lv);
    CHECK_STR(cases[i].file, err.file);
    CHECK_INT(cases[i].line, err.line);
    CHECK_CONTAINS(cases[i].phrase, err.message);
  }
}

static void test_hostile_files(void)
{
  LevelError err;
  double t0 = now();
  CHECK(level_load("levels/forever.lua", &err) == NULL);
  CHECK(now() - t0 < 2.0); /* stopped by the load budget, not by patience */
  CHECK_CONTAINS("takes too long to load", err.message);
  CHECK_INT(2, err.line);
  t0 = now();
  CHECK(level_load("levels/memory-bomb.lua", &err) == NULL);
  CHECK(now() - t0 < 2.0);
  CHECK_CONTAINS("too much memory", err.message);
  expect_error("return 5", 1, "must give back a table");
  expect_error("error('my own message')", 1, "my own message");
  expect_error("return { id = ('x'):rep(64), title = 't', map = '>G', goal = 'reach', "
               "solution = '' }",
               1, "'id' must be 1 to 63");
  expect_error("return { id = '../up', title = 't', map = '>G', goal = 'reach', solution = '' }", 1,
               "'id' must be");
}

#define HEAD "return {\n  id = \"x\",\n  title = \"t\",\n"
#define TAIL "  solution = \"forward()\",\n}\n"

static void test_field_errors(void)
{
  expect_error(HEAD "  map = '>G',\n  goal = 'collect',\n" TAIL, 4, "no * to collect");
  expect_error(HEAD "  map = '>*',\n  goal = 'reach',\n" TAIL, 4, "no G");
  expect_error(HEAD "  map = '>G',\n  goal = 'rech',\n" TAIL, 5, "'goal' must be");
  expect_error(HEAD
               "  map = '>G',\n  goal = 'reach',\n  commands = { 'forward', 'forwrd' },\n" TAIL,
               6, "unknown command \"forwrd\" in 'commands' (did you mean \"forward\"?)");
  expect_error(HEAD
               "  map = '>G',\n  goal = 'reach',\n  commands = { 'forward', 'forward' },\n" TAIL,
               6, "twice");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  actions = {\n    honk = { run = "
                    "function() end },\n  },\n" TAIL,
               7, "add \"honk\" to 'commands'");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  actions = { forward = { run = "
                    "function() end } },\n" TAIL,
               6, "not a standard command");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  sensors = { wet = { lable = 'x', "
                    "run = function() end } },\n  commands = { 'wet' },\n" TAIL,
               6, "unknown field 'lable' in wet (did you mean 'label'?)");
  expect_error(HEAD
               "  map = '>G',\n  goal = 'reach',\n  actions = { wet = { run = print } },\n"
               "  sensors = {\n    wet = { run = print },\n  },\n  commands = { 'wet' },\n" TAIL,
               8, "both an action and a sensor");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  sensors = { wet = {} },\n"
                    "  commands = { 'wet' },\n" TAIL,
               6, "needs run = function");
  expect_error(HEAD
               "  map = '>G~',\n  goal = 'reach',\n  tiles = { ['~'] = { solid = 'yes' } },\n" TAIL,
               6, "'solid' must be true or false");
  expect_error(
      HEAD "  map = '>G~',\n  goal = 'reach',\n  tiles = { ['~'] = { colour = 'blue' } },\n" TAIL,
      6, "#3070d0");
  expect_error(HEAD "  map = '>G~',\n  goal = 'reach',\n  tiles = { ['~'] = { image = "
                    "'../../etc/passwd' } },\n" TAIL,
               6, "beside the level");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  tiles = { ['*'] = {} },\n" TAIL, 6,
               "one character");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  max_steps = 0,\n" TAIL, 6,
               "'max_steps' must be a whole number from 1 to 10000");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  par = 2.5,\n" TAIL, 6, "'par'");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  mode = 'cards',\n" TAIL, 6,
               "one of: blocks, text, both");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  concept = 'loops',\n" TAIL, 6,
               "sequence, repetition");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  hints = 'one',\n" TAIL, 6,
               "'hints' must be a list");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  story = 42,\n" TAIL, 6,
               "'story' must be a text");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  story = { [1] = 'x' },\n" TAIL, 6,
               "table of texts by language");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  solution = 'x\\0y',\n}\n", 6, "NUL");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  on_step = true,\n" TAIL, 6, "'on_step'");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n  [1] = 'x',\n" TAIL, 1,
               "without a "
               "proper name");
  expect_error(HEAD "  map = [[\n#>G\n#\tG]],\n  goal = 'reach',\n" TAIL, 6, "use . for floor");
  expect_error(HEAD "  map = '>G\\200',\n  goal = 'reach',\n" TAIL, 4, "not allowed");
  expect_error(HEAD "  map = '   \\n  ',\n  goal = 'reach',\n" TAIL, 4, "the map is empty");
  expect_error(HEAD "  map = '>G' .. string.rep('\\n#', 64),\n  goal = 'reach',\n" TAIL, 4,
               "at most 64 rows");
  expect_error(HEAD "  goal = 'reach',\n" TAIL, 1, "'map' is missing");
  expect_error(HEAD "  map = '>G',\n  goal = 'reach',\n}\n", 1, "'solution' is missing");
}

static void test_translations_and_lines(void)
{
  /* No English at all: the first language (by code) is the fallback. */
  const char *text = HEAD "  story = { pl = 'Jedz', de = 'Fahr' },\n  map = '>G',\n"
                          "  goal = 'reach',\n" TAIL;
  LevelError err;
  Level *lv = level_load_text("t.lua", text, strlen(text), &err);
  CHECK(lv != NULL);
  if (lv) {
    CHECK_STR("Jedz", level_text(&lv->story, "pl"));
    CHECK_STR("Fahr", level_text(&lv->story, "en"));
    CHECK_STR("t", level_text(&lv->title, "pl"));
    level_free(lv);
  }
  /* Windows line ends and a BOM: lines still count as Lua counts them. */
  const char *crlf = "\xEF\xBB\xBFreturn {\r\n  id = 'x',\r\n  title = 't',\r\n  map = [[\r\n"
                     "#>G\r\n#?#\r\n]],\r\n  goal = 'reach',\r\n  solution = '',\r\n}\r\n";
  CHECK(level_load_text("crlf.lua", crlf, strlen(crlf), &err) == NULL);
  CHECK_INT(6, err.line);
  CHECK_CONTAINS("unknown character '?'", err.message);
}

/* ---- run time: LevelState ---- */

static LevelState *open_state(const Level *lv)
{
  LevelError err;
  LevelState *ls = level_state_open(lv, &err);
  if (!ls)
    fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
  CHECK(ls != NULL);
  return ls;
}

static void test_custom_content(void)
{
  Level *lv = load_ok("levels/custom.lua");
  LevelState *ls = lv ? open_state(lv) : NULL;
  if (!ls) {
    level_free(lv);
    return;
  }
  CHECK_STR("water", world_kind(&lv->start, '~')->name);
  CHECK(world_kind(&lv->start, '~')->solid);
  CHECK_INT(0x3070d0, world_kind(&lv->start, '~')->colour);
  CHECK_STR("water.png", world_kind(&lv->start, '~')->image);
  const LevelCommand *honk = level_command(lv, "honk");
  CHECK(honk && honk->custom && honk->kind == COMMAND_ACTION && honk->colour == 0xe08020);
  CHECK_STR("trabka", level_text(&honk->label, "pl"));
  CHECK_STR("bridge", level_text(&level_command(lv, "bridge")->label, "en")); /* default */
  CHECK_INT(COMMAND_SENSOR, level_command(lv, "light_is_green")->kind);

  World w = lv->start;
  LevelError err;
  bool met = true, ans = false;
  CHECK(level_state_goal(ls, &w, &met, &err) && !met);
  w.steps++; /* the caller counts a custom action's step, as the runner does */
  CHECK(level_state_command(ls, &w, "honk", NULL, &err));
  size_t len;
  CHECK_STR("Beep!\n", level_state_output(ls, &len));
  CHECK_INT(6, len);
  CHECK_INT(1, w.steps); /* level_state_command did not count it a second time */
  CHECK(level_state_command(ls, &w, "light_is_green", &ans, &err) && ans); /* 1 % 4 < 2 */
  world_turn_right(&w);
  CHECK(level_state_command(ls, &w, "light_is_green", &ans, &err) && !ans); /* 2 % 4 */
  world_turn_left(&w);
  CHECK(world_forward(&w) == WORLD_OK);
  CHECK(world_forward(&w) == WORLD_BUMP); /* the water is solid */
  w.steps++;
  CHECK(level_state_command(ls, &w, "bridge", NULL, &err));
  CHECK_INT('.', world_cell(&w, 3, 1));
  CHECK(world_forward(&w) == WORLD_OK);
  CHECK(world_forward(&w) == WORLD_OK);
  CHECK(world_forward(&w) == WORLD_OK);
  CHECK(world_at_goal(&w));
  CHECK(level_state_goal(ls, &w, &met, &err) && met); /* on G, facing east */
  CHECK(level_state_failure(ls) == NULL);
  CHECK(level_state_on_step(ls, &w, &err)); /* steps > 6 on G: the level fails the run */
  CHECK_STR("Too slow for the bus!", level_state_failure(ls));
  CHECK_INT(1, lv->start.robot_x); /* the level's own start is untouched */

  CHECK(!level_state_command(ls, &w, "broken_sensor", &ans, &err) || level_state_failure(ls));
  level_state_close(ls);
  ls = open_state(lv); /* a fresh state: nothing carried over from the run before */
  World w2 = lv->start;
  CHECK(level_state_failure(ls) == NULL);
  CHECK(!level_state_command(ls, &w2, "broken_sensor", &ans, &err));
  CHECK_INT(27, err.line);
  CHECK_CONTAINS("true or false", err.message);
  CHECK(!level_state_command(ls, &w2, "no_such_command", &ans, &err));
  level_state_close(ls);
  level_free(lv);
}

static void test_world_api(void)
{
  Level *lv = load_ok("levels/api.lua");
  LevelState *ls = lv ? open_state(lv) : NULL;
  if (!ls) {
    level_free(lv);
    return;
  }
  World w = lv->start;
  LevelError err;
  CHECK(level_state_command(ls, &w, "probe", NULL, &err));
  const char *out = level_state_output(ls, NULL);
  CHECK_CONTAINS("2,2,east w=5 h=3\n", out);
  CHECK_CONTAINS("tile #G##\n", out); /* off the map reads as wall */
  CHECK_CONTAINS("items 10 left 1\n", out);
  CHECK_CONTAINS("ahead 3,2\n", out);
  CHECK_CONTAINS("paths truefalsefalse\n", out);
  CHECK_CONTAINS("printed too\n", out);
  CHECK(level_state_command(ls, &w, "reshape", NULL, &err));
  CHECK_STR("", level_state_output(ls, NULL)); /* cleared by each call */
  CHECK_INT(2, world_items_at(&w, 1, 1));
  CHECK_INT(0, world_items_at(&w, 2, 1));
  CHECK_INT(2, w.items_left);
  CHECK(w.robot_x == 3 && w.robot_y == 1 && w.dir == DIR_SOUTH);
  CHECK_INT('#', world_cell(&w, 1, 1));

  CHECK(level_state_command(ls, &w, "stash", NULL, &err));
  CHECK(!level_state_command(ls, &w, "use_stash", NULL, &err));
  CHECK_INT(31, err.line);
  CHECK_CONTAINS("out of date", err.message);
  CHECK_STR(lv->path, err.file);
  CHECK(!level_state_command(ls, &w, "crash", NULL, &err));
  CHECK_INT(34, err.line);
  CHECK_CONTAINS("attempt to index a nil value", err.message);
  CHECK(!level_state_command(ls, &w, "dot", NULL, &err));
  CHECK_INT(39, err.line);
  CHECK_CONTAINS("with a colon", err.message);
  double t0 = now();
  CHECK(!level_state_command(ls, &w, "loop", NULL, &err));
  CHECK(now() - t0 < 3.0);
  CHECK_CONTAINS("took too long", err.message);
  CHECK(!level_state_command(ls, &w, "probe", NULL, &err)); /* one budget for the whole run */
  level_state_close(ls);
  level_free(lv);
}

/* An error about a square off the map names the square the level asked for, even a far one. */
static void test_off_map_message(void)
{
  const char *text = "return { id = \"far\", title = \"Far\", map = [[>G]], goal = \"reach\",\n"
                     "  solution = [[forward()]], commands = { \"forward\", \"jump\" },\n"
                     "  actions = { jump = { run = function(world)\n"
                     "    world:move_robot(5000000000, -3000000000) end } } }\n";
  LevelError err;
  Level *lv = level_load_text("far.lua", text, strlen(text), &err);
  LevelState *ls = lv ? open_state(lv) : NULL;
  CHECK(ls != NULL);
  if (ls) {
    World w = lv->start;
    CHECK(!level_state_command(ls, &w, "jump", NULL, &err));
    CHECK_INT(4, err.line);
    CHECK_CONTAINS("square (5000000000, -3000000000) is off the map", err.message);
  }
  level_state_close(ls);
  level_free(lv);
}

int main(void)
{
  test_good_level();
  test_defaults_and_ragged_map();
  test_broken_files();
  test_hostile_files();
  test_field_errors();
  test_translations_and_lines();
  test_custom_content();
  test_world_api();
  test_off_map_message();
  return check_summary();
}
