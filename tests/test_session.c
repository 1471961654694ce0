/* test_session.c: the session's rules as a pupil and a teacher meet them: which levels open
   (a broken one never locks the rest of its pack), the next level to try, one start-up budget
   for the teacher's packs (slow levels named and skipped, each read once), recording attempts
   (the log line the game and the CLI both write), programs and views kept per level. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "fileio.h"
#include "session.h"

static char tmp[256];

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void write_text(const char *dir, const char *name, const char *text)
{
  char path[600];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

/* A small good level: the robot walks two squares east. */
static void write_level(const char *dir, const char *name, const char *id, const char *mode)
{
  char text[800];
  snprintf(text, sizeof text,
           "return {\n  id = \"%s\",\n  title = \"Level %s\",\n  map = [[\n#####\n#>.G#\n"
           "#####\n]],\n  goal = \"reach\",\n  mode = \"%s\",\n  par = 2,\n"
           "  solution = \"forward()\\nforward()\\n\",\n}\n",
           id, id, mode);
  write_text(dir, name, text);
}

/* A folder under tmp, made fresh. */
static const char *folder(char *out, size_t cap, const char *name)
{
  snprintf(out, cap, "%s/%s", tmp, name);
  mkdir(out, 0755);
  return out;
}

static Session *open_with(const char *levels, const char *progress)
{
  SessionOptions o = {0};
  o.progress_dir = progress;
  o.no_progress = progress == NULL;
  o.bundled_dir = "";
  o.level_dirs[0] = levels;
  o.unlock_all = 0;
  return session_open(&o);
}

/* Records a run of the level's own solution (solved) or of nothing (unsolved). */
static bool play(Session *s, int p, int i, bool solve)
{
  const Level *lv = session_level(s, p, i);
  const char *prog = solve && lv ? lv->solution : "";
  RunTrace *t = session_run(s, p, i, prog, strlen(prog), NULL);
  char err[256] = "";
  SessionAttempt at = {12, true};
  bool ok = t && session_record(s, p, i, t, &at, prog, strlen(prog), err, sizeof err);
  runner_free(t);
  return ok;
}

/* A pack whose second level is broken: the third opens once the first is solved. */
static void test_broken_level_does_not_lock(void)
{
  char dir[300], prog[300];
  folder(dir, sizeof dir, "walks");
  write_level(dir, "01-a.lua", "a", "both");
  write_text(dir, "02-broken.lua", "return { id = \"b\", title = \n");
  write_level(dir, "03-c.lua", "c", "both");
  write_level(dir, "04-d.lua", "d", "both");
  Session *s = open_with(dir, folder(prog, sizeof prog, "prog-broken"));
  CHECK_INT(1, session_pack_count(s));
  CHECK_INT(4, session_level_count(s, 0));
  CHECK(session_level(s, 0, 1) == NULL);
  const SessionProblem *pr = session_level_problem(s, 0, 1);
  CHECK(pr != NULL);
  CHECK_INT(SESSION_BROKEN_LEVEL, pr ? (long long)pr->kind : -1);
  CHECK_CONTAINS("02-broken.lua", pr ? pr->error.file : NULL);
  CHECK_INT(1, session_problem_count(s));
  session_set_pupil(s, "Amy Smith", "4B");
  CHECK(session_is_unlocked(s, 0, 0));
  CHECK(!session_is_unlocked(s, 0, 1));
  CHECK(!session_is_unlocked(s, 0, 2));
  int p, i;
  CHECK(session_next_level(s, &p, &i));
  CHECK_INT(0, i);
  CHECK(play(s, 0, 0, true));
  CHECK_INT(3, session_best_stars(s, 0, 0));
  CHECK(!session_is_unlocked(s, 0, 1)); /* the broken one never opens */
  CHECK(session_is_unlocked(s, 0, 2));  /* as if the broken one were not there */
  CHECK(!session_is_unlocked(s, 0, 3));
  CHECK(session_next_level(s, &p, &i));
  CHECK_INT(2, i);
  CHECK(session_level_after(s, 0, 0, &p, &i));
  CHECK_INT(2, i);
  /* the same from the log on disk: a new session for the same pupil */
  session_free(s);
  s = open_with(dir, prog);
  session_set_pupil(s, "Amy Smith", "4B");
  CHECK(session_is_unlocked(s, 0, 2));
  session_free(s);
}

/* A broken first level: the second is the first that opens. */
static void test_broken_first_level(void)
{
  char dir[300];
  folder(dir, sizeof dir, "first-broken");
  write_text(dir, "01-bad.lua", "return 7\n");
  write_level(dir, "02-b.lua", "b", "both");
  write_level(dir, "03-c.lua", "c", "both");
  Session *s = open_with(dir, NULL);
  CHECK(!session_is_unlocked(s, 0, 0));
  CHECK(session_is_unlocked(s, 0, 1));
  CHECK(!session_is_unlocked(s, 0, 2));
  int p, i;
  CHECK(session_next_level(s, &p, &i));
  CHECK_INT(1, i);
  session_set_unlock_all(s, true);
  CHECK(session_is_unlocked(s, 0, 2));
  CHECK(!session_is_unlocked(s, 0, 0)); /* even unlock_all cannot open a broken level */
  session_free(s);
}

static const char slow_level[] = "-- spends its whole load budget: one instruction, a long memcmp\n"
                                 "local a = string.rep(\"x\", 1000000)\na = a .. a .. a .. a\n"
                                 "local b = string.rep(\"x\", 1000000)\nb = b .. b .. b .. b\n"
                                 "while a == b do end\nreturn {}\n";

/* Twenty slow levels: start-up stays within the budget, each is read at most once, every one
   is named, and the bundled packs are all there. */
static void test_slow_pack_budget(void)
{
  char slow[300], good[300];
  folder(slow, sizeof slow, "slow");
  folder(good, sizeof good, "good");
  write_level(good, "01-g.lua", "g", "both");
  for (int i = 1; i <= 20; i++) {
    char name[32];
    snprintf(name, sizeof name, "%02d-slow.lua", i);
    write_text(slow, name, slow_level);
  }
  write_level(slow, "21-fine.lua", "fine", "both");
  SessionOptions o = {0};
  o.no_progress = true;
  o.bundled_dir = good;
  o.level_dirs[0] = slow;
  o.startup_seconds = 1.0;
  double t0 = now();
  Session *s = session_open(&o);
  double took = now() - t0;
  fprintf(stderr, "test_session: 20 slow levels: start-up %.2f s (budget 1.0 s)\n", took);
  CHECK(took <
        2.5 * CHECK_TIME_SCALE); /* the budget and at most one level's own load budget past it */
  CHECK(session_startup_seconds(s) < 2.5 * CHECK_TIME_SCALE);
  CHECK_INT(2, session_pack_count(s));
  CHECK(session_level(s, 0, 0) != NULL); /* the bundled pack is whole */
  CHECK_INT(21, session_problem_count(s));
  int slow_n = 0, skipped = 0;
  for (int i = 0; i < session_problem_count(s); i++) {
    const SessionProblem *pr = session_problem(s, i);
    slow_n += pr->kind == SESSION_SLOW_LEVEL;
    skipped += pr->kind == SESSION_NOT_REACHED;
    CHECK(strstr(pr->error.file, "/slow/") != NULL); /* named for the teacher */
  }
  CHECK(slow_n >= 1 && slow_n <= 3);
  CHECK_INT(21, slow_n + skipped);
  const SessionProblem *last = session_level_problem(s, 1, 20);
  CHECK_CONTAINS("skipped", last ? last->error.message : NULL);
  /* the map showing again reads nothing twice */
  t0 = now();
  CHECK_INT(0, session_refresh(s));
  CHECK(now() - t0 < 0.3);
  /* a teacher mends one: it is read again and opens */
  char path[400];
  snprintf(path, sizeof path, "%s/21-fine.lua", slow);
  CHECK(session_level(s, 1, 20) == NULL);
  write_text(slow, "21-fine.lua", "-- mended\n");
  write_level(slow, "21-fine.lua", "fine", "text");
  CHECK_INT(1, session_refresh(s));
  CHECK(session_level(s, 1, 20) != NULL);
  CHECK(session_is_unlocked(s, 1, 20)); /* every level before it is left out */
  session_free(s);
}

/* Slow pack.lua files: the packs after the budget are not read, and each is named. */
static void test_slow_manifests(void)
{
  char root[300];
  folder(root, sizeof root, "slow-packs");
  for (int i = 1; i <= 8; i++) {
    char dir[400];
    snprintf(dir, sizeof dir, "%s/pack%d", root, i);
    mkdir(dir, 0755);
    write_text(dir, "pack.lua", slow_level);
    write_level(dir, "01-a.lua", "a", "both");
  }
  SessionOptions o = {0};
  o.no_progress = true;
  o.bundled_dir = "";
  o.level_dirs[0] = root;
  o.startup_seconds = 1.0;
  double t0 = now();
  Session *s = session_open(&o);
  double took = now() - t0;
  fprintf(stderr, "test_session: 8 slow pack.lua: start-up %.2f s (budget 1.0 s)\n", took);
  CHECK(took < 2.5 * CHECK_TIME_SCALE);
  CHECK_INT(0, session_pack_count(s));
  CHECK_INT(8, session_problem_count(s));
  int late = 0;
  for (int i = 0; i < session_problem_count(s); i++) {
    const SessionProblem *pr = session_problem(s, i);
    CHECK_INT(SESSION_BROKEN_PACK, pr->kind);
    CHECK(pr->error.budget_spent);
    late += strstr(pr->error.message, "not read") != NULL;
  }
  CHECK(late >= 4);
  session_free(s);
}

static char *read_all(const char *path)
{
  char err[256];
  size_t len;
  return fileio_read(path, 1 << 20, &len, err, sizeof err);
}

/* The line the game and `codebridge run --progress` both write. */
static void test_record(void)
{
  char dir[300], prog[300], log[700];
  folder(dir, sizeof dir, "rec");
  write_level(dir, "01-a.lua", "a", "both");
  write_level(dir, "02-b.lua", "b", "both");
  Session *s = open_with(dir, folder(prog, sizeof prog, "prog-rec"));
  session_set_pupil(s, NULL, NULL); /* a guest: written as "Guest", no class */
  CHECK(session_writes(s));
  CHECK_STR("", session_pupil(s));
  CHECK(play(s, 0, 0, false));
  CHECK_INT(0, session_best_stars(s, 0, 0));
  CHECK(play(s, 0, 0, true));
  CHECK_INT(3, session_best_stars(s, 0, 0));
  CHECK(session_is_unlocked(s, 0, 1));
  char guest[700];
  CHECK(progress_pupil_path(prog, SESSION_GUEST, "", guest, sizeof guest));
  char *text = read_all(guest);
  CHECK_CONTAINS("# pupil: Guest", text);
  CHECK_CONTAINS("\trec\ta\tunsolved\t0\t", text);
  free(text);
  snprintf(log, sizeof log, "%s/4B/Ben.txt", prog);
  CHECK(access(log, F_OK) != 0);
  session_set_pupil(s, "Ben", "4B"); /* the guest's stars are not Ben's */
  CHECK_INT(-1, session_best_stars(s, 0, 0));
  CHECK(!session_is_unlocked(s, 0, 1));
  session_set_pupil(s, NULL, NULL); /* the next guest on this laptop carries on */
  CHECK_INT(3, session_best_stars(s, 0, 0));
  session_set_pupil(s, "Ben", "4B");
  CHECK(play(s, 0, 0, true));
  text = read_all(log);
  CHECK_CONTAINS("\trec\ta\tsolved\t3\t2\t2\t12\tblocks\n", text);
  free(text);
  size_t len;
  char *saved = session_load_program(s, 0, 0, &len);
  CHECK_STR("forward()\nforward()\n", saved);
  free(saved);
  session_free(s);
  /* read-only (screenshots) writes nothing */
  SessionOptions o = {0};
  o.progress_dir = prog;
  o.read_only = true;
  o.bundled_dir = "";
  o.level_dirs[0] = dir;
  s = session_open(&o);
  session_set_pupil(s, "Ben", "4B");
  CHECK_INT(3, session_best_stars(s, 0, 0)); /* but reads the stars */
  CHECK(play(s, 0, 1, true));
  text = read_all(log);
  CHECK(text && !strstr(text, "\tb\t"));
  free(text);
  session_free(s);
}

/* The seconds of an attempt: since the level opened or its last attempt, so that all the
   attempts add up to the time spent (the game once counted from the opening every time). */
static void test_seconds(void)
{
  char dir[300], prog[300], log[700];
  folder(dir, sizeof dir, "secs");
  write_level(dir, "01-a.lua", "a", "both");
  Session *s = open_with(dir, folder(prog, sizeof prog, "prog-secs"));
  session_set_pupil(s, "Eve", "4B");
  session_level_opened(s, 0, 0);
  struct timespec pause = {1, 200000000};
  nanosleep(&pause, NULL);
  RunTrace *t = session_run(s, 0, 0, "forward()\n", 10, NULL);
  char err[256];
  SessionAttempt clock = {-1, false};
  CHECK(t && session_record(s, 0, 0, t, &clock, "forward()\n", 10, err, sizeof err));
  CHECK(t && session_record(s, 0, 0, t, &clock, "forward()\n", 10, err, sizeof err));
  runner_free(t);
  snprintf(log, sizeof log, "%s/4B/Eve.txt", prog);
  char *text = read_all(log);
  CHECK_CONTAINS("\tunsolved\t0\t1\t1\t1\ttext\n", text); /* 1 s after opening */
  CHECK_CONTAINS("\tunsolved\t0\t1\t1\t0\ttext\n", text); /* then 0 s after that */
  free(text);
  session_free(s);
}

static void test_pack_id_of(void)
{
  char dir[300], id[64], path[400];
  folder(dir, sizeof dir, "Our walks");
  write_level(dir, "01-a.lua", "a", "both");
  snprintf(path, sizeof path, "%s/01-a.lua", dir);
  session_pack_id_of(path, id, sizeof id);
  CHECK_STR("Our-walks", id);
}

/* Programs: saved for a pupil and for the guest; kept in memory when there is no folder, until
   another player starts. */
static void test_programs(void)
{
  char dir[300], prog[300];
  folder(dir, sizeof dir, "progs");
  write_text(dir, "01-a.lua",
             "return { id = \"a\", title = \"A\", map = \"#>.G#\", goal = \"reach\", par = 2,\n"
             "  solution = \"forward()\\nforward()\\n\", start_program = \"turn_left()\\n\" }\n");
  Session *s = open_with(dir, NULL); /* no folder */
  char err[256];
  char *text = session_load_program(s, 0, 0, NULL);
  CHECK_STR("turn_left()\n", text); /* the level's start program */
  free(text);
  CHECK(session_save_program(s, 0, 0, "forward()\n", 10, err, sizeof err));
  text = session_load_program(s, 0, 0, NULL);
  CHECK_STR("forward()\n", text); /* kept for the session */
  free(text);
  session_set_pupil(s, "Cara", "");
  text = session_load_program(s, 0, 0, NULL);
  CHECK_STR("turn_left()\n", text); /* not the last player's */
  free(text);
  session_free(s);
  s = open_with(dir, folder(prog, sizeof prog, "prog-progs"));
  session_set_pupil(s, "Cara", "");
  CHECK(session_save_program(s, 0, 0, "pick_up()\n", 10, err, sizeof err));
  session_set_pupil(s, NULL, NULL);
  CHECK(session_save_program(s, 0, 0, "turn_right()\n", 13, err, sizeof err));
  session_free(s);
  s = open_with(dir, prog);
  session_set_pupil(s, "Cara", NULL);
  text = session_load_program(s, 0, 0, NULL);
  CHECK_STR("pick_up()\n", text); /* from the file */
  free(text);
  session_set_pupil(s, NULL, NULL);
  text = session_load_program(s, 0, 0, NULL);
  CHECK_STR("turn_right()\n", text); /* the guest's, kept on the laptop */
  free(text);
  CHECK(session_load_program(s, 0, 5, NULL) == NULL);
  session_free(s);
}

/* Views: a choice is remembered per level; the level after takes it up; modes decide. */
static void test_views(void)
{
  char dir[300], prog[300];
  folder(dir, sizeof dir, "views");
  write_level(dir, "01-a.lua", "a", "both");
  write_text(dir, "02-broken.lua", "oops(\n");
  write_level(dir, "03-c.lua", "c", "both");
  write_level(dir, "04-d.lua", "d", "text");
  write_level(dir, "05-e.lua", "e", "blocks");
  Session *s = open_with(dir, folder(prog, sizeof prog, "prog-views"));
  session_set_pupil(s, "Dev", "4B");
  char err[256];
  CHECK_INT(-1, session_view_load(s, 0, 0));
  CHECK(session_view_wanted(s, 0, 0)); /* blocks first */
  CHECK(session_view_save(s, 0, 0, false, err, sizeof err));
  CHECK_INT(0, session_view_load(s, 0, 0));
  CHECK(!session_view_wanted(s, 0, 0));
  CHECK(!session_view_wanted(s, 0, 2)); /* from the level before that loads */
  CHECK(!session_view_wanted(s, 0, 3));
  CHECK(session_view_wanted(s, 0, 4));
  CHECK(session_view_save(s, 0, 3, true, err, sizeof err)); /* text-only: nothing kept */
  CHECK_INT(-1, session_view_load(s, 0, 3));
  session_set_pupil(s, NULL, NULL);
  CHECK(session_view_wanted(s, 0, 0)); /* the guest chose nothing yet */
  session_free(s);
}

/* A level file named by path: found in its pack, or its folder added as one. */
static void test_find_file(void)
{
  char dir[300], path[400];
  folder(dir, sizeof dir, "loose");
  write_level(dir, "01-x.lua", "x", "both");
  write_text(dir, "02-bad.lua", "return {}\n");
  Session *s = open_with(NULL, NULL);
  CHECK_INT(0, session_pack_count(s));
  int p, i;
  LevelError e;
  snprintf(path, sizeof path, "%s/01-x.lua", dir);
  CHECK(session_find_file(s, path, &p, &i, &e));
  CHECK_INT(0, p);
  CHECK_INT(0, i);
  CHECK(session_find_file(s, path, &p, &i, &e)); /* not added twice */
  CHECK_INT(1, session_pack_count(s));
  snprintf(path, sizeof path, "%s/02-bad.lua", dir);
  CHECK(!session_find_file(s, path, &p, &i, &e));
  CHECK_CONTAINS("02-bad.lua", e.file);
  session_free(s);
}

/* The teacher's class view: rosters and logs merged (report.c), one class's pupils by name,
   the levels that load as columns, best stars and the latest program. */
static void test_class_view(void)
{
  char dir[300], prog[300], classes[400];
  folder(dir, sizeof dir, "class");
  write_level(dir, "01-a.lua", "a", "both");
  write_text(dir, "02-broken.lua", "nope(\n");
  write_level(dir, "03-c.lua", "c", "both");
  folder(prog, sizeof prog, "prog-class");
  snprintf(classes, sizeof classes, "%s/classes", prog);
  mkdir(classes, 0755);
  write_text(classes, "4B.txt", "# Class 4B\nZed Young\nAmy Smith\n");
  Session *s = open_with(dir, prog);
  session_set_pupil(s, "Amy Smith", "4B");
  CHECK(play(s, 0, 0, true));
  CHECK(play(s, 0, 2, false));
  session_set_pupil(s, "Bo", "5C");
  CHECK(play(s, 0, 0, false));
  SessionClassView *cv = session_class_view(s, "4b");
  CHECK(cv != NULL);
  if (cv) {
    CHECK_INT(2, cv->nclasses);
    CHECK_INT(0, cv->class_i);
    CHECK_STR("4B", cv->classes[0]);
    CHECK_INT(2, cv->ncols); /* the broken level is no column */
    CHECK_INT(2, cv->cols[1].level_i);
    CHECK_INT(2, cv->nrows);
    CHECK_STR("Amy Smith", cv->rows[0].name);
    CHECK_STR("Zed Young", cv->rows[1].name); /* on the roster, never played */
    CHECK_INT(3, session_class_view_stars(cv, s, 0, 0));
    CHECK_INT(0, session_class_view_stars(cv, s, 0, 1));
    CHECK_INT(-1, session_class_view_stars(cv, s, 1, 0));
    size_t len = 0;
    char *text = session_class_view_program(cv, s, 0, 0, &len);
    CHECK_STR("forward()\nforward()\n", text);
    free(text);
    CHECK(session_class_view_program(cv, s, 1, 0, &len) == NULL);
    session_class_view_choose(cv, s, 1);
    CHECK_INT(1, cv->nrows);
    CHECK_STR("Bo", cv->rows[0].name);
    CHECK_INT(0, session_class_view_stars(cv, s, 0, 0));
    CHECK_INT(-1, session_class_view_stars(cv, s, 0, 9)); /* out of range */
  }
  session_class_view_free(cv);
  session_free(s);
}

int main(void)
{
  snprintf(tmp, sizeof tmp, "/tmp/cb-session-XXXXXX");
  if (!mkdtemp(tmp)) {
    perror("mkdtemp");
    return 1;
  }
  test_broken_level_does_not_lock();
  test_broken_first_level();
  test_slow_pack_budget();
  test_slow_manifests();
  test_record();
  test_pack_id_of();
  test_seconds();
  test_programs();
  test_views();
  test_find_file();
  test_class_view();
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
  if (system(cmd) != 0)
    fprintf(stderr, "could not remove %s\n", tmp);
  return check_summary();
}
