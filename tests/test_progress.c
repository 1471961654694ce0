/* test_progress.c: the progress log: line format round trip, damaged files, safe names,
   recording and programs, crash safety (kill -9 in a save loop), concurrent appends, the
   progress folder's resolution and class rosters. Works in a fresh temp folder. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "progress.h"

static char tmp[256];

static void write_file(const char *path, const char *text, size_t len)
{
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (f) {
    fwrite(text, 1, len, f);
    fclose(f);
  }
}

static bool exists(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0;
}

static ProgressAttempt attempt(time_t t, const char *level, const char *outcome, int stars,
                               int seconds)
{
  ProgressAttempt a = {.time = t, .stars = stars, .blocks = 4, .steps = 9, .seconds = seconds};
  snprintf(a.machine, sizeof a.machine, "LAPTOP-7");
  snprintf(a.pack, sizeof a.pack, "london");
  snprintf(a.level, sizeof a.level, "%s", level);
  snprintf(a.outcome, sizeof a.outcome, "%s", outcome);
  snprintf(a.view, sizeof a.view, "blocks");
  return a;
}

static void test_round_trip(void)
{
  const char *zones[] = {"UTC0", "GMT0BST,M3.5.0/1,M10.5.0", "NST3:30NDT,M3.2.0,M11.1.0"};
  time_t times[] = {1793000000, 1782000000, 0};
  for (int z = 0; z < 3; z++) {
    setenv("TZ", zones[z], 1);
    tzset();
    for (int t = 0; t < 3; t++) {
      ProgressAttempt a = attempt(times[t], "bus-stop", "too-long", 0, 77), b;
      char line[PROGRESS_LINE_MAX], reason[80] = "";
      CHECK(progress_format_line(&a, line, sizeof line));
      CHECK(line[strlen(line) - 1] == '\n');
      CHECK(progress_parse_line(line, strlen(line) - 1, &b, reason, sizeof reason));
      CHECK_INT((long long)a.time, (long long)b.time);
      CHECK_STR("LAPTOP-7", b.machine);
      CHECK_STR("bus-stop", b.level);
      CHECK_STR("too-long", b.outcome);
      CHECK_INT(77, b.seconds);
      CHECK_STR("blocks", b.view);
    }
  }
  setenv("TZ", "GMT0BST,M3.5.0/1,M10.5.0", 1);
  tzset();
  char line[PROGRESS_LINE_MAX];
  ProgressAttempt summer = attempt(1782000000, "x", "solved", 3, 1); /* 20 June 2026 */
  progress_format_line(&summer, line, sizeof line);
  CHECK_CONTAINS("+01:00\t", line); /* a teacher reads the clock they saw */
  /* Whitespace in a field cannot split it: it is replaced. */
  ProgressAttempt odd = attempt(0, "a b\tc", "solved", 1, 1);
  progress_format_line(&odd, line, sizeof line);
  ProgressAttempt back;
  CHECK(progress_parse_line(line, strlen(line) - 1, &back, NULL, 0));
  CHECK_STR("a_b_c", back.level);
  /* A field ending in a non-ASCII character keeps it whole (Salle-Café, not Salle-Caf). */
  ProgressAttempt cafe = attempt(0, "x", "solved", 1, 1);
  snprintf(cafe.machine, sizeof cafe.machine, "Salle-Caf\xC3\xA9");
  CHECK(progress_format_line(&cafe, line, sizeof line));
  CHECK(progress_parse_line(line, strlen(line) - 1, &back, NULL, 0));
  CHECK_STR("Salle-Caf\xC3\xA9", back.machine);
  /* Invalid attempts are refused, not written. */
  ProgressAttempt bad = attempt(0, "x", "won", 1, 1);
  CHECK(!progress_format_line(&bad, line, sizeof line));
  bad = attempt(0, "x", "solved", 4, 1);
  CHECK(!progress_format_line(&bad, line, sizeof line));
}

static void test_parse_line_rules(void)
{
  ProgressAttempt a;
  char reason[80];
  const char *good = "2026-11-26T10:15:03Z\tPC\tlondon\tbus-stop\tsolved\t3\t2\t4\t35\tblocks";
  CHECK(progress_parse_line(good, strlen(good), &a, reason, sizeof reason));
  const char *spaces = "2026-11-26T10:15:03+00:00  PC london  bus-stop solved 3 2 4 35 text\r";
  CHECK(progress_parse_line(spaces, strlen(spaces), &a, reason, sizeof reason));
  const char *later = "2026-11-26T10:15:03Z\tPC\tlondon\tbus-stop\tsolved\t3\t2\t4\t35\ttext\tnew";
  CHECK(progress_parse_line(later, strlen(later), &a, reason, sizeof reason));
  struct {
    const char *line, *why;
  } bad[] = {
      {"2026-13-26T10:15:03Z\tPC\tl\tb\tsolved\t3\t2\t4\t35\tblocks", "time"},
      {"2026-11-26T10:15:03Z\tPC\tl\tb\twon\t3\t2\t4\t35\tblocks", "outcome"},
      {"2026-11-26T10:15:03Z\tPC\tl\tb\tsolved\t5\t2\t4\t35\tblocks", "stars"},
      {"2026-11-26T10:15:03Z\tPC\tl\tb\tsolved\t3\t-2\t4\t35\tblocks", "whole number"},
      {"2026-11-26T10:15:03Z\tPC\tl\tb\tsolved\t3\t2\t4\t35\tblo", "view"},
      {"2026-11-26T10:15:03Z\tPC\tl\tb\tsolved", "too few"},
      {"2026-11-26T10:15:03Z\tPC\tl\tb\tsolved\t3\t2\t4\t99999999999\tblocks", "whole number"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    reason[0] = '\0';
    CHECK(!progress_parse_line(bad[i].line, strlen(bad[i].line), &a, reason, sizeof reason));
    CHECK_CONTAINS(bad[i].why, reason);
  }
}

static const char *header = "# Codebridge progress file, version 1\n# pupil: Zoë 🚀\n# class: 4B\n";

static void test_damaged_logs(void)
{
  char text[2048];
  snprintf(text, sizeof text,
           "%s2026-11-26T10:00:00Z\tPC\tlondon\ta\tsolved\t3\t2\t4\t35\tblocks\n"
           "garbage that a cat typed\n\n"
           "2026-11-26T10:05:00Z\tPC\tlondon\tb\tunsolved\t0\t2\t4\t35\tblocks\n"
           "2026-11-26T10:06:00Z\tPC\tlondon\tb\tsol",
           header);
  ProgressLog *log = progress_parse(text, strlen(text));
  CHECK(log != NULL);
  CHECK_STR("Zoë 🚀", log->pupil);
  CHECK_STR("4B", log->class_name);
  CHECK_INT(2, log->nattempts);
  CHECK_INT(2, log->nskipped);
  CHECK_INT(5, log->skips[0].line);
  CHECK_INT(8, log->skips[1].line);
  CHECK_CONTAINS("cut off", log->skips[1].reason);
  CHECK_INT(3, progress_best_stars(log, "london", "a"));
  CHECK_INT(0, progress_best_stars(log, "london", "b"));
  CHECK_INT(-1, progress_best_stars(log, "london", "c"));
  progress_log_free(log);

  /* A log whose first line a hand edit deleted is still a log. */
  char path[300], err[300];
  snprintf(path, sizeof path, "%s/edited.txt", tmp);
  const char *edited = "# pupil: Ann\n2026-11-26T10:00:00Z PC london a solved 3 2 4 35 text\n";
  write_file(path, edited, strlen(edited));
  log = progress_read_file(path, err, sizeof err);
  CHECK_INT(1, log ? log->nattempts : 0);
  progress_log_free(log);
  snprintf(path, sizeof path, "%s/shopping.txt", tmp);
  write_file(path, "eggs\nmilk\n", 10);
  CHECK(progress_read_file(path, err, sizeof err) == NULL);
  CHECK_CONTAINS("not a Codebridge progress file", err);

  log = progress_parse("", 0); /* an empty file */
  CHECK(log && log->nattempts == 0 && log->nskipped == 0);
  progress_log_free(log);

  /* Binary junk, NULs included, around one good line: the good line survives. */
  char junk[4096];
  srand(7);
  for (size_t i = 0; i < sizeof junk; i++)
    junk[i] = (char)(rand() & 0xff);
  const char *good = "\n2026-11-26T10:00:00Z\tPC\tlondon\ta\tsolved\t3\t2\t4\t35\tblocks\n";
  memcpy(junk + 2000, good, strlen(good));
  log = progress_parse(junk, sizeof junk);
  CHECK(log != NULL);
  CHECK_INT(1, progress_attempt_count(log, "london", "a"));
  progress_log_free(log);
}

static long peak_mb(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

static void test_big_files(void)
{
  char path[300], err[400] = "";
  /* 50 MB: refused with a reason, without reading it into memory. */
  snprintf(path, sizeof path, "%s/huge.txt", tmp);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  char chunk[1 << 16];
  memset(chunk, 'x', sizeof chunk);
  memcpy(chunk, "# Codebridge progress\n", 22);
  for (int i = 0; i < 800; i++)
    CHECK_INT(sizeof chunk, write(fd, chunk, sizeof chunk));
  close(fd);
  long before = peak_mb();
  ProgressLog *log = progress_read_file(path, err, sizeof err);
  CHECK(log == NULL);
  CHECK_CONTAINS("too big", err);
  /* 7 MB of lines, one of them 100 KB long: streamed, only the long one lost. */
  FILE *f = fopen(path, "wb");
  fputs(header, f);
  int lines = 0;
  for (; ftell(f) < 7 * 1024 * 1024; lines++)
    fprintf(f, "2026-11-26T10:%02d:%02dZ\tPC\tlondon\tl%d\tsolved\t3\t2\t4\t35\tblocks\n",
            lines / 60 % 60, lines % 60, lines % 40);
  for (int i = 0; i < 100000; i++)
    fputc('y', f);
  fputs("\n2026-11-26T10:00:00Z\tPC\tlondon\tlast\tsolved\t3\t2\t4\t35\tblocks\n", f);
  fclose(f);
  log = progress_read_file(path, err, sizeof err);
  CHECK(log != NULL);
  CHECK_INT(lines + 1, log ? log->nattempts : -1);
  CHECK_INT(1, log ? log->nskipped : -1);
  CHECK_INT(1, progress_attempt_count(log, "london", "last"));
  progress_log_free(log);
  printf("reading a 7 MB log: peak %ld MB (before %ld MB)\n", peak_mb(), before);
  CHECK(peak_mb() < 100);
  unlink(path);
}

static void test_safe_names(void)
{
  char a[128], b[128];
  progress_safe_name("../../etc/passwd", a, sizeof a);
  CHECK(!strchr(a, '/') && a[0] != '.');
  progress_safe_name("..", a, sizeof a);
  CHECK(strcmp(a, "..") != 0 && a[0] != '.');
  const char *reserved[] = {"CON",  "con",  "Prn",     "AUX",    "NUL",
                            "COM1", "lpt9", "con.txt", "classes"};
  for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++) {
    progress_safe_name(reserved[i], a, sizeof a);
    CHECK(a[0] == '_');
    CHECK(strchr(a, '~') != NULL);
  }
  progress_safe_name("Zoë 🚀", a, sizeof a); /* emoji kept as they are */
  CHECK_STR("Zoë 🚀", a);
  progress_safe_name("Amy Smith", a, sizeof a);
  CHECK_STR("Amy Smith", a);
  progress_safe_name("Amy.", a, sizeof a); /* Windows would drop the dot */
  CHECK(strcmp(a, "Amy") != 0 && strncmp(a, "Amy~", 4) == 0);
  /* Names that must change never collide with each other or with a name that did not. */
  const char *names[] = {"a/b",
                         "a\\b",
                         "a:b",
                         "a_b",
                         "a*b",
                         "a?b",
                         "a|b",
                         "a\"b",
                         "a<b",
                         "a~b",
                         "",
                         " ",
                         "a\x01"
                         "b",
                         "a\xff"
                         "b",
                         "CON",
                         "_CON"};
  int n = sizeof names / sizeof names[0];
  for (int i = 0; i < n; i++) {
    progress_safe_name(names[i], a, sizeof a);
    CHECK(!strpbrk(a, "/\\:*?|\"<>\x01"));
    CHECK(a[0] != '\0');
    for (int j = i + 1; j < n; j++) {
      progress_safe_name(names[j], b, sizeof b);
      CHECK(strcmp(a, b) != 0);
    }
  }
  char longname[400];
  memset(longname, 'x', 300);
  strcpy(longname + 300, "🚀");
  progress_safe_name(longname, a, sizeof a);
  CHECK(strlen(a) <= 60);
  /* A long name of emoji is cut between characters, never inside one. */
  longname[0] = '\0';
  for (int i = 0; i < 30; i++)
    strcat(longname, "🚀");
  progress_safe_name(longname, a, sizeof a);
  CHECK_INT(0, (int)(strchr(a, '~') - a) % 4);
}

static void test_record_and_programs(void)
{
  char dir[300], path[600], err[300] = "";
  snprintf(dir, sizeof dir, "%s/rec", tmp);
  ProgressAttempt a = attempt(1793000000, "bus-stop", "unsolved", 0, 40);
  const char *prog = "forward()\n";
  CHECK(progress_record(dir, "Zoë 🚀", "4B", &a, prog, strlen(prog), err, sizeof err));
  a = attempt(1793000060, "bus-stop", "solved", 2, 20);
  const char *prog2 = "for i = 1, 4 do\n  forward()\nend\n";
  CHECK(progress_record(dir, "Zoë 🚀", "4B", &a, prog2, strlen(prog2), err, sizeof err));
  a.machine[0] = '\0'; /* this laptop's own name fills in */
  CHECK(progress_record(dir, "Zoë 🚀", "4B", &a, NULL, 0, err, sizeof err));
  CHECK(progress_pupil_path(dir, "Zoë 🚀", "4B", path, sizeof path));
  char want[600];
  snprintf(want, sizeof want, "%s/4B/Zoë 🚀.txt", dir);
  CHECK_STR(want, path);
  ProgressLog *log = progress_read_file(path, err, sizeof err);
  CHECK(log != NULL);
  CHECK_STR("Zoë 🚀", log ? log->pupil : "");
  CHECK_INT(3, log ? log->nattempts : 0);
  CHECK_INT(2, progress_best_stars(log, "london", "bus-stop"));
  CHECK_INT(3, progress_attempt_count(log, "london", "bus-stop"));
  CHECK_INT(80, progress_seconds_spent(log, "london", "bus-stop"));
  CHECK(log && strcmp(log->attempts[2].machine, "LAPTOP-7") != 0 && log->attempts[2].machine[0]);
  progress_log_free(log);
  size_t len = 0;
  char *back = progress_load_program(dir, "Zoë 🚀", "4B", "london", "bus-stop", &len);
  CHECK_STR(prog2, back);
  free(back);
  CHECK(progress_load_program(dir, "Zoë 🚀", "4B", "london", "corner", &len) == NULL);
  CHECK(progress_save_program(dir, "Zoë 🚀", "4B", "london", "corner", "x", 1, err, sizeof err));
  back = progress_load_program(dir, "Zoë 🚀", "4B", "london", "corner", &len);
  CHECK_STR("x", back);
  free(back);
}

static void test_hostile_names(void)
{
  char dir[300], err[300] = "", path[600];
  snprintf(dir, sizeof dir, "%s/hostile", tmp);
  ProgressAttempt a = attempt(1793000000, "bus-stop", "solved", 3, 5);
  /* A NUL ends the name: what follows it can never reach the path. */
  const char nul_name[] = "Amy\0/../../escaped";
  CHECK(progress_record(dir, nul_name, "../..", &a, "x", 1, err, sizeof err));
  CHECK(progress_record(dir, "../../../escaped", "CON", &a, "x", 1, err, sizeof err));
  CHECK(progress_record(dir, "Evil\n2026-11-26T10:00:00Z\tPC\tl\tb\tsolved\t3\t2\t4\t35\tblocks",
                        "4B", &a, NULL, 0, err, sizeof err));
  snprintf(path, sizeof path, "%s/escaped.txt", tmp);
  CHECK(!exists(path));
  snprintf(path, sizeof path, "%s/../escaped.txt", tmp);
  CHECK(!exists(path));
  CHECK(progress_pupil_path(dir, "../../../escaped", "CON", path, sizeof path));
  CHECK(strncmp(path, dir, strlen(dir)) == 0 && !strstr(path + strlen(dir), "/../"));
  CHECK(!strstr(path, "/CON/"));
  /* The forged line inside a name never becomes an attempt. */
  CHECK(progress_pupil_path(dir,
                            "Evil\n2026-11-26T10:00:00Z\tPC\tl\tb\tsolved\t3\t2\t4\t35\tblocks",
                            "4B", path, sizeof path));
  ProgressLog *log = progress_read_file(path, err, sizeof err);
  CHECK_INT(1, log ? log->nattempts : 0);
  CHECK_CONTAINS("Evil 2026", log ? log->pupil : "");
  progress_log_free(log);
  /* A name too long for the header is cut between characters, never inside one. */
  char long_name[201] = "";
  for (int i = 0; i < 100; i++)
    strcat(long_name, "\xc3\xa9"); /* é */
  CHECK(progress_record(dir, long_name, "4B", &a, NULL, 0, err, sizeof err));
  CHECK(progress_pupil_path(dir, long_name, "4B", path, sizeof path));
  log = progress_read_file(path, err, sizeof err);
  size_t kept = log ? strlen(log->pupil) : 0;
  CHECK_INT(126, (int)kept);
  CHECK(kept > 0 && strncmp(log->pupil, long_name, kept) == 0);
  progress_log_free(log);
  /* A case-blind disk (FAT stick) holding Élodie's file when élodie arrives: the header tells
     them apart and élodie gets her own file. */
  char mine[600];
  snprintf(mine, sizeof mine, "%s/4B", dir);
  mkdir(mine, 0755);
  snprintf(mine, sizeof mine, "%s/4B/élodie.txt", dir);
  const char *elodie = "# Codebridge progress file, version 1\n# pupil: Élodie\n# class: 4B\n";
  write_file(mine, elodie, strlen(elodie));
  CHECK(progress_pupil_path(dir, "élodie", "4B", path, sizeof path));
  CHECK(strcmp(path, mine) != 0);
  CHECK(progress_pupil_path(dir, "ÉLODIE", "4B", path, sizeof path));
  /* ASCII case is the same pupil: Amy and AMY share one file. */
  char p1[600], p2[600];
  progress_pupil_path(dir, "Amy", "4B", p1, sizeof p1);
  progress_record(dir, "Amy", "4B", &a, NULL, 0, err, sizeof err);
  progress_pupil_path(dir, "amy", "4b", p2, sizeof p2);
  CHECK(strcasecmp(p1, p2) == 0);
}

/* A child appends attempts numbered from `from` (the number is in the steps field) and saves
   the program each time, until killed. */
static void save_loop(const char *dir, int from, int ready)
{
  char err[200], prog[64];
  for (int i = from;; i++) {
    if (i == from + 1 && write(ready, "r", 1) != 1) /* one saved: the parent may strike now */
      _exit(4);
    ProgressAttempt a = attempt(1793000000 + i, "loop", "unsolved", 0, 1);
    a.steps = i;
    snprintf(prog, sizeof prog, "-- attempt %d\nforward()\n", i);
    if (!progress_record(dir, "Kim", "4B", &a, prog, strlen(prog), err, sizeof err))
      _exit(3);
  }
}

static void test_kill_nine(void)
{
  char dir[300], path[600], err[300];
  snprintf(dir, sizeof dir, "%s/kill", tmp);
  srand(42);
  int expected = 0, torn = 0;
  for (int round = 0; round < 200; round++) {
    int ready[2];
    CHECK(pipe(ready) == 0);
    pid_t pid = fork();
    if (pid == 0)
      save_loop(dir, expected, ready[1]);
    char byte;
    CHECK(read(ready[0], &byte, 1) == 1);
    close(ready[0]), close(ready[1]);
    struct timespec nap = {0, (long)(rand() % 4000) * 1000};
    nanosleep(&nap, NULL);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    progress_pupil_path(dir, "Kim", "4B", path, sizeof path);
    ProgressLog *log = progress_read_file(path, err, sizeof err);
    if (!log) /* killed before the header was in place: nothing was lost */
      continue;
    /* Every attempt is there, in order, none twice; only the line in flight may be torn. */
    bool in_order = true;
    for (int i = 0; i < log->nattempts; i++)
      in_order = in_order && log->attempts[i].steps == i;
    CHECK(in_order);
    CHECK(log->nattempts >= expected);
    torn = log->nskipped;
    expected = log->nattempts;
    progress_log_free(log);
    size_t len;
    char *prog = progress_load_program(dir, "Kim", "4B", "london", "loop", &len);
    CHECK(!prog || (strncmp(prog, "-- attempt ", 11) == 0 && strstr(prog, "forward()\n")));
    free(prog);
  }
  printf("kill -9 x200: %d attempts kept, %d torn lines\n", expected, torn);
  CHECK(expected > 200);
  CHECK(torn <= 200);
}

static void test_two_writers(void)
{
  char dir[300], path[600], err[300];
  snprintf(dir, sizeof dir, "%s/two", tmp);
  pid_t kids[2];
  for (int k = 0; k < 2; k++) {
    kids[k] = fork();
    if (kids[k] == 0) {
      for (int i = 0; i < 400; i++) {
        ProgressAttempt a = attempt(1793000000 + i, "shared", "solved", 1, 1);
        snprintf(a.machine, sizeof a.machine, "WRITER-%d-%s", k,
                 "with-a-long-name-so-lines-are-longer");
        a.steps = i;
        if (!progress_record(dir, "Lee", "5C", &a, NULL, 0, err, sizeof err))
          _exit(1);
      }
      _exit(0);
    }
  }
  for (int k = 0; k < 2; k++) {
    int status;
    waitpid(kids[k], &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  progress_pupil_path(dir, "Lee", "5C", path, sizeof path);
  ProgressLog *log = progress_read_file(path, err, sizeof err);
  CHECK_INT(800, log ? log->nattempts : 0);
  CHECK_INT(0, log ? log->nskipped : -1);
  int next[2] = {0, 0};
  bool ordered = true;
  for (int i = 0; log && i < log->nattempts; i++) {
    int k = log->attempts[i].machine[7] - '0';
    ordered = ordered && k >= 0 && k <= 1 && log->attempts[i].steps == next[k]++;
  }
  CHECK(ordered);
  CHECK_STR("Lee", log ? log->pupil : "");
  progress_log_free(log);
}

static void test_resolve_dir(void)
{
  char out[1024], want[1100], cfg[600];
  CHECK(progress_resolve_dir(tmp, out, sizeof out));
  CHECK_STR(tmp, out);
  snprintf(want, sizeof want, "%s/deep/er/progress", tmp);
  CHECK(progress_resolve_dir(want, out, sizeof out));
  CHECK(exists(want));
  /* The per-user folder. */
  snprintf(cfg, sizeof cfg, "%s/data", tmp);
  setenv("XDG_DATA_HOME", cfg, 1);
  snprintf(cfg, sizeof cfg, "%s/config", tmp);
  setenv("XDG_CONFIG_HOME", cfg, 1);
  CHECK(progress_resolve_dir(NULL, out, sizeof out));
  snprintf(want, sizeof want, "%s/data/codebridge/progress", tmp);
  CHECK_STR(want, out);
  CHECK(exists(want));
  /* The settings file wins over the per-user folder. */
  snprintf(cfg, sizeof cfg, "%s/config/codebridge", tmp);
  char mk[700];
  snprintf(mk, sizeof mk, "%s/config", tmp);
  mkdir(mk, 0755);
  mkdir(cfg, 0755);
  snprintf(cfg, sizeof cfg, "%s/config/codebridge/settings.txt", tmp);
  char settings[800];
  snprintf(settings, sizeof settings, "# where pupils' work goes\nprogress = %s/shared drive \n",
           tmp);
  write_file(cfg, settings, strlen(settings));
  CHECK(progress_resolve_dir(NULL, out, sizeof out));
  snprintf(want, sizeof want, "%s/shared drive", tmp);
  CHECK_STR(want, out);
  /* A setting hidden after byte 4096 of a comment line does not take effect. */
  char hidden[6000] = "# ";
  memset(hidden + 2, 'x', 4093); /* fgets(4096) would start a new line right here */
  snprintf(hidden + 4095, sizeof hidden - 4095, "unlock_all = yes\nteacher = yes\n");
  write_file(cfg, hidden, strlen(hidden));
  char v[16];
  CHECK(!progress_setting("unlock_all", v, sizeof v));
  CHECK(progress_setting("teacher", v, sizeof v));
  write_file(cfg, settings, strlen(settings));
  /* Portable mode: progress/ beside the program wins over the settings. */
  char self[1024];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n > 0) {
    self[n] = '\0';
    *strrchr(self, '/') = '\0';
    snprintf(want, sizeof want, "%s/progress", self);
    if (!exists(want) && mkdir(want, 0755) == 0) {
      CHECK(progress_resolve_dir(NULL, out, sizeof out));
      CHECK_STR(want, out);
      rmdir(want);
    }
  }
  /* A folder that cannot be made says why. */
  CHECK(!progress_resolve_dir("/proc/no/such/place", out, sizeof out));
  CHECK_CONTAINS("cannot make", out);
}

static void test_rosters(void)
{
  char dir[300], path[600];
  snprintf(dir, sizeof dir, "%s/roster", tmp);
  mkdir(dir, 0755);
  snprintf(path, sizeof path, "%s/classes", dir);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/classes/5C.txt", dir);
  write_file(path, "Lee\n", 4);
  snprintf(path, sizeof path, "%s/classes/4B.txt", dir);
  const char *text = "\xEF\xBB\xBF# Class 4B\r\nZoë 🚀\r\n\r\n  Amy Smith  \r\n# left in May\r\nBen";
  write_file(path, text, strlen(text));
  ProgressNames *classes = progress_classes(dir);
  CHECK_INT(2, classes ? classes->n : 0);
  if (classes && classes->n == 2) {
    CHECK_STR("4B", classes->names[0]);
    CHECK_STR("5C", classes->names[1]);
  }
  progress_names_free(classes);
  ProgressNames *pupils = progress_roster(dir, "4B");
  CHECK_INT(3, pupils ? pupils->n : 0);
  if (pupils && pupils->n == 3) { /* sorted, whatever order the teacher typed */
    CHECK_STR("Amy Smith", pupils->names[0]);
    CHECK_STR("Ben", pupils->names[1]);
    CHECK_STR("Zoë 🚀", pupils->names[2]);
  }
  progress_names_free(pupils);

  /* A name too long to keep is cut on a character boundary, never left off the list. */
  char longname[400] = "";
  for (int i = 0; i < 150; i++)
    strcat(longname, "é");
  strcat(longname, "\nBen\n");
  snprintf(path, sizeof path, "%s/classes/5C.txt", dir);
  write_file(path, longname, strlen(longname));
  pupils = progress_roster(dir, "5C");
  CHECK_INT(2, pupils ? pupils->n : 0);
  if (pupils && pupils->n == 2) {
    CHECK_INT(PROGRESS_NAME_MAX - 2, (long long)strlen(pupils->names[1])); /* 63 whole é */
    CHECK(strncmp(pupils->names[1], "éé", 4) == 0);
  }
  progress_names_free(pupils);
  CHECK(progress_roster(dir, "6A") == NULL);
  CHECK(progress_roster(dir, "../roster/classes/4B") == NULL);
  classes = progress_classes("/no/such/folder");
  CHECK_INT(0, classes ? classes->n : -1);
  progress_names_free(classes);
}

/* Class lists saved by old Notepad: UTF-16 (with a byte-order mark) and Windows-1252 both read
   as the same names; a file that is not text is flagged, never shown as garbage names. */
static void test_roster_encodings(void)
{
  char dir[300], path[600];
  snprintf(dir, sizeof dir, "%s/encodings", tmp);
  mkdir(dir, 0755);
  snprintf(path, sizeof path, "%s/classes", dir);
  mkdir(path, 0755);
  /* "Zoë\r\nAmy\r\n" in UTF-16LE with its mark, as Notepad's "Unicode" saves it. */
  const char utf16[] = "\xFF\xFEZ\0o\0\xEB\0\r\0\n\0A\0m\0y\0\r\0\n\0";
  snprintf(path, sizeof path, "%s/classes/3A.txt", dir);
  write_file(path, utf16, sizeof utf16 - 1);
  ProgressNames *pupils = progress_roster(dir, "3A");
  CHECK(pupils && !pupils->unreadable);
  CHECK_INT(2, pupils ? pupils->n : 0);
  if (pupils && pupils->n == 2) {
    CHECK_STR("Amy", pupils->names[0]);
    CHECK_STR("Zo\xC3\xAB", pupils->names[1]);
  }
  progress_names_free(pupils);
  /* Windows-1252: ë is the one byte 0xEB, and Chloé's é is 0xE9. */
  snprintf(path, sizeof path, "%s/classes/3B.txt", dir);
  write_file(path, "Zo\xEB\r\nChlo\xE9\r\n", 10);
  pupils = progress_roster(dir, "3B");
  CHECK_INT(2, pupils ? pupils->n : 0);
  if (pupils && pupils->n == 2) {
    CHECK_STR("Chlo\xC3\xA9", pupils->names[0]);
    CHECK_STR("Zo\xC3\xAB", pupils->names[1]);
  }
  progress_names_free(pupils);
  /* A picture saved as a class list by mistake. */
  snprintf(path, sizeof path, "%s/classes/3C.txt", dir);
  write_file(path, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  pupils = progress_roster(dir, "3C");
  CHECK(pupils && pupils->unreadable);
  CHECK_INT(0, pupils ? pupils->n : -1);
  progress_names_free(pupils);
}

static ProgressAttempt attempt_at(time_t t, const char *level, const char *outcome, int stars)
{
  ProgressAttempt a = {.time = t, .stars = stars, .blocks = 3, .steps = 5, .seconds = 40};
  snprintf(a.machine, sizeof a.machine, "laptop-3");
  snprintf(a.pack, sizeof a.pack, "01-london");
  snprintf(a.level, sizeof a.level, "%s", level);
  snprintf(a.outcome, sizeof a.outcome, "%s", outcome);
  snprintf(a.view, sizeof a.view, "blocks");
  return a;
}

/* A child played as Guest; the teacher names her later. Her attempts and programs become hers,
   her own later work is not overwritten, adopting twice adds nothing, the guest starts afresh. */
static void test_adopt_guest(void)
{
  char dir[300], err[256], path[4200];
  snprintf(dir, sizeof dir, "%s/adopt", tmp);
  mkdir(dir, 0755);
  ProgressAttempt g1 = attempt_at(1000, "bus-stop", "unsolved", 0);
  ProgressAttempt g2 = attempt_at(1100, "bus-stop", "solved", 3);
  ProgressAttempt g3 = attempt_at(1200, "corner", "solved", 2);
  CHECK(progress_record(dir, "Guest", "", &g1, NULL, 0, err, sizeof err));
  CHECK(progress_record(dir, "Guest", "", &g2, "forward()\n", 10, err, sizeof err));
  CHECK(progress_record(dir, "Guest", "", &g3, "turn_left()\n", 12, err, sizeof err));
  /* Zoë herself worked on corner later, on another day. */
  ProgressAttempt z1 = attempt_at(5000, "corner", "solved", 3);
  CHECK(progress_record(dir, "Zoë", "4B", &z1, "-- mine\n", 8, err, sizeof err));

  CHECK(progress_adopt(dir, "Guest", "", "Zoë", "4B", err, sizeof err));
  CHECK(progress_pupil_path(dir, "Zoë", "4B", path, sizeof path));
  ProgressLog *log = progress_read_file(path, err, sizeof err);
  CHECK_INT(4, log ? log->nattempts : -1);
  CHECK_STR("Zoë", log ? log->pupil : "");
  CHECK_INT(3, log ? progress_best_stars(log, "01-london", "bus-stop") : -9);
  CHECK_INT(2, log ? progress_attempt_count(log, "01-london", "bus-stop") : -9);
  progress_log_free(log);
  size_t len = 0;
  char *prog = progress_load_program(dir, "Zoë", "4B", "01-london", "bus-stop", &len);
  CHECK_STR("forward()\n", prog ? prog : "");
  free(prog);
  prog = progress_load_program(dir, "Zoë", "4B", "01-london", "corner", &len);
  CHECK_STR("-- mine\n", prog ? prog : ""); /* her own later program stays */
  free(prog);
  /* The guest's log and programs are gone: the next guest starts afresh. */
  CHECK(progress_pupil_path(dir, "Guest", "", path, sizeof path));
  CHECK(access(path, F_OK) != 0);
  CHECK(progress_load_program(dir, "Guest", "", "01-london", "bus-stop", &len) == NULL);

  /* Again (a guest log that came back from a backup): nothing is added twice. */
  CHECK(progress_record(dir, "Guest", "", &g1, NULL, 0, err, sizeof err));
  CHECK(progress_adopt(dir, "Guest", "", "Zoë", "4B", err, sizeof err));
  CHECK(progress_pupil_path(dir, "Zoë", "4B", path, sizeof path));
  log = progress_read_file(path, err, sizeof err);
  CHECK_INT(4, log ? log->nattempts : -1);
  progress_log_free(log);

  /* No guest work: a clear reason, nothing written. */
  CHECK(!progress_adopt(dir, "Guest", "", "Ben", "4B", err, sizeof err));
  CHECK(err[0] != '\0');
  CHECK(progress_pupil_path(dir, "Ben", "4B", path, sizeof path));
  CHECK(access(path, F_OK) != 0);
  /* A pupil cannot adopt themselves (the same file). */
  CHECK(!progress_adopt(dir, "Zoë", "4B", "Zoë", "4B", err, sizeof err));
}

int main(void)
{
  snprintf(tmp, sizeof tmp, "/tmp/test_progress_XXXXXX");
  if (!mkdtemp(tmp))
    return 1;
  test_round_trip();
  test_parse_line_rules();
  test_damaged_logs();
  test_big_files();
  test_safe_names();
  test_record_and_programs();
  test_hostile_names();
  test_kill_nine();
  test_two_writers();
  test_resolve_dir();
  test_rosters();
  test_roster_encodings();
  test_adopt_guest();
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
  if (check_failed == 0 && system(cmd) != 0)
    fprintf(stderr, "could not remove %s\n", tmp);
  return check_summary();
}
