/* test_level_write.c: a level written back from C data loads again equal, field by field: a
   hand-made level with awkward strings (]] inside, quotes, control characters, translations),
   every bundled London level that has no custom Lua, and the written file passes the same
   checks `codebridge check` makes (loads, its solution solves it). Also ids from titles and
   new file names that never overwrite. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "level.h"
#include "level_write.h"
#include "runner.h"

static bool text_equal(const LevelText *a, const LevelText *b)
{
  if (a->n != b->n)
    return false;
  for (int i = 0; i < a->n; i++)
    if (strcmp(a->lang[i], b->lang[i]) != 0 || strcmp(a->text[i], b->text[i]) != 0)
      return false;
  return true;
}

static bool str_equal(const char *a, const char *b)
{
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static bool world_equal(const World *a, const World *b)
{
  if (a->w != b->w || a->h != b->h || a->robot_x != b->robot_x || a->robot_y != b->robot_y ||
      a->dir != b->dir || a->items_left != b->items_left)
    return false;
  for (int y = 0; y < a->h; y++)
    for (int x = 0; x < a->w; x++) {
      int i = y * WORLD_MAX_SIDE + x;
      if (a->cells[i] != b->cells[i] || a->items[i] != b->items[i])
        return false;
    }
  return true;
}

/* Every field the writer promises to keep; reports the first that differs. */
static void check_same(const Level *a, const Level *b, const char *what)
{
  const char *bad = NULL;
  if (strcmp(a->id, b->id))
    bad = "id";
  else if (!text_equal(&a->title, &b->title))
    bad = "title";
  else if (!text_equal(&a->story, &b->story))
    bad = "story";
  else if (a->nhints != b->nhints)
    bad = "hint count";
  else if (strcmp(a->concept, b->concept))
    bad = "concept";
  else if (strcmp(a->mode, b->mode))
    bad = "mode";
  else if (!world_equal(&a->start, &b->start))
    bad = "map";
  else if (a->ncommands != b->ncommands)
    bad = "command count";
  else if (a->goal != b->goal)
    bad = "goal";
  else if (a->par != b->par)
    bad = "par";
  else if (a->max_steps != b->max_steps)
    bad = "max_steps";
  else if (!str_equal(a->solution, b->solution))
    bad = "solution";
  else if (!str_equal(a->start_program, b->start_program))
    bad = "start_program";
  for (int i = 0; !bad && i < a->nhints; i++)
    if (!text_equal(&a->hints[i], &b->hints[i]))
      bad = "a hint";
  for (int i = 0; !bad && i < a->ncommands; i++)
    if (strcmp(a->commands[i].name, b->commands[i].name) ||
        a->commands[i].kind != b->commands[i].kind)
      bad = "a command";
  if (bad)
    fprintf(stderr, "%s: %s differs after writing\n", what, bad);
  CHECK(bad == NULL);
}

/* Load, write, load again: equal. Returns the written text (caller frees) or NULL. */
static char *round_trip(const char *path, const char *text, size_t len)
{
  LevelError err;
  Level *a = text ? level_load_text(path, text, len, &err) : level_load(path, &err);
  if (!a)
    fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
  CHECK(a != NULL);
  if (!a)
    return NULL;
  char why[256];
  size_t wlen = 0;
  char *written = level_write_text(a, &wlen, why, sizeof why);
  CHECK(written != NULL);
  Level *b = written ? level_load_text("written.lua", written, wlen, &err) : NULL;
  if (written && !b)
    fprintf(stderr, "%s: written text does not load: line %d: %s\n%s\n", path, err.line,
            err.message, written);
  CHECK(b != NULL);
  if (b)
    check_same(a, b, path);
  level_free(a);
  level_free(b);
  return written;
}

static const char awkward[] =
    "return {\n"
    "  id = \"awk-ward-1\",\n"
    "  title = \"Quotes \\\" and \\\\ and ]] and \\r\\n end\",\n"
    "  story = { en = \"Line one\\nLine ]=] two ]]\\n\", pl = \"Zdanie \\1 z \\127\", [\"pt-BR\"] "
    "= \"Olá\" },\n"
    "  concept = \"repetition\",\n"
    "  mode = \"text\",\n"
    "  map = [[\n"
    "#######\n"
    "#v.*..#\n"
    "#..#.G#\n"
    "#######\n"
    "]],\n"
    "  commands = { \"forward\", \"turn_left\", \"pick_up\", \"at_goal\", \"item_here\" },\n"
    "  goal = \"collect_and_reach\",\n"
    "  par = 7,\n"
    "  max_steps = 50,\n"
    "  solution = \"turn_left()\\nforward()\\n-- ]] and ]==]\\n\",\n"
    "  start_program = \"-- start ]\",\n"
    "  hints = { \"one\", { en = \"two\", fr = \"deux\" }, \"three\\twith tab\" },\n"
    "}\n";

static void test_awkward(void)
{
  char *w = round_trip("awkward.lua", awkward, strlen(awkward));
  CHECK(w != NULL);
  if (w) {
    CHECK_CONTAINS("-- The map: # wall", w); /* the comments a teacher reads */
    CHECK_CONTAINS("codebridge check", w);
    CHECK_CONTAINS("#v.*..#", w); /* the map stays a picture */
    CHECK_CONTAINS("[\"pt-BR\"] = ", w);
  }
  free(w);
}

static void test_quote(void)
{
  char out[256];
  level_write_quote("a]]b", true, out, sizeof out);
  CHECK_STR("[=[\na]]b]=]", out);
  level_write_quote("ends with ]", true, out, sizeof out);
  CHECK_STR("[=[\nends with ]]=]", out);
  level_write_quote("tab\there \"q\" \x01"
                    "9",
                    false, out, sizeof out);
  CHECK_STR("\"tab\\there \\\"q\\\" \\0019\"", out);
}

static void test_custom_refused(void)
{
  LevelError err;
  Level *lv = level_load("../levels/01-london/18-roundabout.lua", &err);
  char why[256];
  int refused = 0;
  DIR *d = opendir("../levels/01-london");
  CHECK(d != NULL);
  struct dirent *e;
  int written = 0;
  while (d && (e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n < 5 || strcmp(e->d_name + n - 4, ".lua") || !strcmp(e->d_name, "pack.lua"))
      continue;
    char path[1024];
    snprintf(path, sizeof path, "../levels/01-london/%s", e->d_name);
    Level *one = level_load(path, &err);
    CHECK(one != NULL);
    if (!one)
      continue;
    if (!level_write_possible(one, why, sizeof why)) {
      CHECK_CONTAINS("cannot be written", why);
      CHECK(level_write_text(one, NULL, why, sizeof why) == NULL);
      refused++;
    } else {
      free(round_trip(path, NULL, 0));
      written++;
    }
    level_free(one);
  }
  if (d)
    closedir(d);
  static const char custom[] = "return { id = \"c\", title = \"C\", map = [[\n>.G\n]], "
                               "goal = function(world) return world:at_goal() end, "
                               "solution = \"forward() forward()\" }\n";
  Level *fn = level_load_text("c.lua", custom, strlen(custom), &err);
  CHECK(fn != NULL);
  if (fn) {
    CHECK(!level_write_possible(fn, why, sizeof why));
    CHECK_CONTAINS("goal is a function", why);
    CHECK(level_write_text(fn, NULL, why, sizeof why) == NULL);
  }
  level_free(fn);
  printf("london levels: %d written back and equal, %d with custom Lua skipped\n", written,
         refused);
  CHECK(written + refused == 31);
  CHECK(written >= 25);
  level_free(lv);
}

static void test_files(void)
{
  char dir[] = "/tmp/cb-lw-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char id[64], path[1024], err[256];
  level_write_id_from_title("Robo's Big  Trip!", id, sizeof id);
  CHECK_STR("robos-big-trip", id);
  level_write_id_from_title("££", id, sizeof id);
  CHECK_STR("my-level", id);
  CHECK(level_write_new_path(dir, "Robo's Big Trip", id, sizeof id, path, sizeof path));
  CHECK_STR("robos-big-trip", id);
  CHECK_CONTAINS("/01-robos-big-trip.lua", path);
  LevelError le;
  Level *lv = level_load_text("a.lua", awkward, strlen(awkward), &le);
  CHECK(lv != NULL);
  snprintf(lv->id, sizeof lv->id, "%s", id);
  CHECK(level_write_file(lv, path, err, sizeof err));
  CHECK(!level_write_file(lv, path, err, sizeof err)); /* never overwrites */
  CHECK_CONTAINS("already there", err);
  /* the same title again: a new number and a new id */
  char id2[64], path2[1024];
  CHECK(level_write_new_path(dir, "Robo's Big Trip", id2, sizeof id2, path2, sizeof path2));
  CHECK_STR("robos-big-trip-2", id2);
  CHECK_CONTAINS("/02-robos-big-trip-2.lua", path2);
  /* the written file is what `codebridge check` wants: it loads and its solution solves it */
  Level *back = level_load(path, &le);
  CHECK(back != NULL);
  level_free(back);
  Level *bus = level_load("../levels/01-london/05-through-the-park.lua", &le);
  CHECK(bus != NULL);
  if (bus) {
    CHECK(level_write_file(bus, path2, err, sizeof err));
    back = level_load(path2, &le);
    CHECK(back != NULL);
    RunTrace *t = back ? runner_run(back, back->solution, strlen(back->solution), NULL) : NULL;
    CHECK(t != NULL);
    if (t)
      CHECK_STR("solved", runner_outcome_name(t->outcome));
    runner_free(t);
    level_free(back);
    unlink(path2);
  }
  level_free(bus);
  level_free(lv);
  unlink(path);
  rmdir(dir);
}

int main(void)
{
  test_quote();
  test_awkward();
  test_custom_refused();
  test_files();
  return check_summary();
}
