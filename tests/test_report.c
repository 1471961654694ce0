/* test_report.c: the class report: a fixture class (three laptops' folders, one collected
   twice) gives the CSV written by hand in fixtures/progress/class-expected.csv; merging is a
   union and idempotent; damaged files are listed; the HTML is self-contained and escaped. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "fileio.h"
#include "report.h"

#define CLASS "fixtures/progress/class"

static char tmp[256];

static char *slurp(const char *path)
{
  char err[300];
  size_t len;
  char *s = fileio_read(path, 64u << 20, &len, err, sizeof err);
  if (!s)
    fprintf(stderr, "%s\n", err);
  return s;
}

static char *csv_of(Report *r)
{
  char path[300], err[300];
  snprintf(path, sizeof path, "%s/report.csv", tmp);
  CHECK(report_write_csv(r, path, err, sizeof err));
  return slurp(path);
}

static char *summary_of(Report *r)
{
  char path[300];
  snprintf(path, sizeof path, "%s/summary.txt", tmp);
  FILE *f = fopen(path, "w");
  report_print_summary(r, f);
  fclose(f);
  return slurp(path);
}

static ReportStanding standing_of(Report *r, const char *name, ReportPupilSummary *sum);

static void test_fixture_class(void)
{
  Report *r = report_new();
  CHECK_INT(5, report_add_tree(r, CLASS));
  CHECK_INT(4, report_pupil_count(r)); /* Dev Patel is on the class list and never played */
  CHECK_INT(11, report_attempt_count(r));
  CHECK_INT(3, report_duplicate_count(r)); /* the day-two copy of Amy's laptop-1 file */
  char *csv = csv_of(r), *want = slurp("fixtures/progress/class-expected.csv");
  CHECK_STR(want ? want : "", csv);
  free(csv), free(want);
  /* One pupil across laptops, however her name was typed. */
  CHECK_INT(3, report_best_stars(r, "AMY SMITH", "4b", "london", "bus-stop"));
  CHECK_INT(0, report_best_stars(r, "Amy Smith", "4B", "london", "loop-the-loop"));
  CHECK_INT(-1, report_best_stars(r, "Ben Jones", "4B", "london", "loop-the-loop"));
  CHECK_INT(-2, report_best_stars(r, "Nobody", "4B", "london", "bus-stop"));
  ReportPupilSummary dev;
  CHECK_INT(REPORT_NOT_STARTED, standing_of(r, "Dev Patel", &dev)); /* on the list, never played */
  /* Every skipped file and line is listed with its reason; rosters are not complained about. */
  char *sum = summary_of(r);
  CHECK_INT(3, report_skip_count(r));
  CHECK_CONTAINS("notes.txt: is not a Codebridge progress file", sum);
  CHECK_CONTAINS("Ben Jones.txt:6: the line has too few fields", sum);
  CHECK_CONTAINS("Ben Jones.txt:8: the last line was cut off", sum);
  CHECK(!strstr(sum ? sum : "", "classes/4B.txt"));
  CHECK_CONTAINS("4 pupils, 3 levels, 11 attempts from 5 progress files", sum);
  CHECK_CONTAINS("class 4B: 3 pupils", sum);
  CHECK_CONTAINS("-Cat \"Kit\" Lee, Jr (5C): london/bus-stop, 3 tries", sum);
  free(sum);
  report_free(r);
}

static void test_union_idempotent(void)
{
  Report *once = report_new(), *twice = report_new(), *part = report_new();
  report_add_tree(once, CLASS);
  report_add_tree(twice, CLASS);
  report_add_tree(twice, CLASS); /* the teacher collects the same stick twice */
  report_add_tree(part, CLASS "/laptop1");
  CHECK_INT(report_attempt_count(once), report_attempt_count(twice));
  CHECK_INT(report_attempt_count(once) + report_duplicate_count(once),
            report_duplicate_count(twice) - report_duplicate_count(once));
  char *a = csv_of(once), *b = csv_of(twice);
  CHECK_STR(a ? a : "", b);
  free(a), free(b);
  /* Day two's copy adds exactly its one new line to day one's. */
  long before = report_attempt_count(part);
  report_add_tree(part, CLASS "/laptop1-again");
  CHECK_INT(before + 1, report_attempt_count(part));
  report_free(once), report_free(twice), report_free(part);
}

static void test_levels_and_html(void)
{
  Report *r = report_new();
  report_add_level(r, "london", "bus-stop", "To the bus stop", "sequence");
  report_add_level(r, "london", "corner", "Round the <corner> & back", "repetition");
  report_add_level(r, "london", "never-tried", "Not yet", "selection");
  report_add_tree(r, CLASS);
  char *csv = csv_of(r);
  CHECK_CONTAINS("Pupil,Class,To the bus stop (bus-stop),Round the <corner> & back (corner),"
                 "Not yet (never-tried),london/loop-the-loop,Levels solved",
                 csv);
  CHECK_CONTAINS("\r\nAmy Smith,4B,3,2,,0,2,5,6,10\r\n", csv);
  free(csv);
  char path[300], err[300];
  snprintf(path, sizeof path, "%s/report.html", tmp);
  CHECK(report_write_html(r, path, err, sizeof err));
  char *html = slurp(path);
  const char *h = html ? html : "";
  CHECK_CONTAINS("<!DOCTYPE html>", h);
  CHECK_CONTAINS("Round the &lt;corner&gt; &amp; back", h);
  CHECK_CONTAINS("-- &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", h); /* a program */
  CHECK_CONTAINS("for i = 1, 4 do", h);
  CHECK_CONTAINS("-Cat &quot;Kit&quot; Lee, Jr", h);
  CHECK_CONTAINS("KS2.2", h);
  CHECK_CONTAINS("Sequence: steps in order", h);
  CHECK_CONTAINS("Who may need help", h);
  CHECK_CONTAINS("@media print", h);
  CHECK_CONTAINS("<svg", h);
  CHECK_CONTAINS("<details id=\"prog-", h);
  CHECK_CONTAINS("notes.txt: is not a Codebridge progress file", h);
  /* Self-contained: nothing loaded from anywhere, no script. */
  CHECK(!strstr(h, "<script") && !strstr(h, "src=") && !strstr(h, "<link") && !strstr(h, "url(") &&
        !strstr(h, "@import"));
  const char *http = h;
  while ((http = strstr(http, "http")))
    CHECK(strncmp(http++, "http://www.w3.org/2000/svg", 26) == 0);
  free(html);
  report_free(r);
}

static void test_formula_cells(void)
{
  const char *names[] = {"=HYPERLINK(\"http://x\",\"y\")", "+44 1234", "@SUM(A1)", "Ann\nLee"};
  const char *want[] = {"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'+44 1234", "'@SUM(A1)",
                        "\"Ann\nLee\""};
  for (int i = 0; i < 4; i++) {
    Report *r = report_new();
    ProgressLog log = {0};
    snprintf(log.pupil, sizeof log.pupil, "%s", names[i]);
    snprintf(log.class_name, sizeof log.class_name, "4B");
    report_add_log(r, &log, "/nowhere/x.txt");
    char *csv = csv_of(r);
    char row[200];
    snprintf(row, sizeof row, "\r\n%s,4B,0,0,0,0\r\n", want[i]);
    CHECK_CONTAINS(row, csv);
    free(csv);
    report_free(r);
  }
}

/* Time spent is capped, never wrapped: three attempts of the largest seconds a line may hold
   (a hand edit, a clock gone wrong) give the cap, not a negative number of minutes. */
static void test_huge_seconds(void)
{
  Report *r = report_new();
  ProgressAttempt at[3];
  for (int i = 0; i < 3; i++) {
    at[i] = (ProgressAttempt){
        .time = 1793000000 + i, .stars = 3, .blocks = 2, .steps = 4, .seconds = 999999999};
    snprintf(at[i].machine, sizeof at[i].machine, "PC");
    snprintf(at[i].pack, sizeof at[i].pack, "london");
    snprintf(at[i].level, sizeof at[i].level, "bus-stop");
    snprintf(at[i].outcome, sizeof at[i].outcome, "solved");
    snprintf(at[i].view, sizeof at[i].view, "text");
  }
  ProgressLog log = {.attempts = at, .nattempts = 3, .cap = 3};
  snprintf(log.pupil, sizeof log.pupil, "Ann");
  snprintf(log.class_name, sizeof log.class_name, "4B");
  report_add_log(r, &log, "/nowhere/ann.txt");
  char *csv = csv_of(r);
  CHECK_CONTAINS(",3,33333333\r\n", csv); /* 3 attempts, 2000000000 s in minutes */
  free(csv);
  report_free(r);
}

static long file_size(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static void write_text(const char *path, const char *text)
{
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

/* A link planted in a pupil's folder is not followed: its target never reaches the page. */
static void test_program_link_refused(void)
{
  char dir[400], path[500], secret[400], log[600];
  snprintf(dir, sizeof dir, "%s/links/4B/Amy Smith/london", tmp);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
  CHECK(system(cmd) == 0);
  snprintf(secret, sizeof secret, "%s/secret.txt", tmp);
  write_text(secret, "TOP-SECRET-PASSWORD\n");
  snprintf(path, sizeof path, "%s/bus-stop.lua", dir);
  CHECK(symlink(secret, path) == 0);
  snprintf(log, sizeof log, "%s/links/4B/Amy Smith.txt", tmp);
  char *text = slurp(CLASS "/laptop1/4B/Amy Smith.txt");
  write_text(log, text ? text : "");
  free(text);
  char err[300];
  CHECK(fileio_read_no_link(path, 1000, NULL, err, sizeof err) == NULL);
  CHECK_CONTAINS("is a link", err);
  Report *r = report_new();
  snprintf(dir, sizeof dir, "%s/links", tmp);
  CHECK_INT(1, report_add_tree(r, dir));
  snprintf(path, sizeof path, "%s/links.html", tmp);
  CHECK(report_write_html(r, path, err, sizeof err));
  char *html = slurp(path);
  CHECK(html && !strstr(html, "TOP-SECRET"));
  CHECK(html && strstr(html, "Amy Smith"));
  free(html);
  report_free(r);
}

/* One crafted file naming 138,000 levels once made a 221 MB page: levels are capped, the
   skips say so, and the page stays small. */
static void test_level_cap(void)
{
  char dir[400], path[500];
  snprintf(dir, sizeof dir, "%s/crafted/4B", tmp);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
  CHECK(system(cmd) == 0);
  snprintf(path, sizeof path, "%s/Eve.txt", dir);
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  if (!f)
    return;
  fputs("# Codebridge progress file, version 1. One line per attempt: see "
        "docs/progress-format.md\n# pupil: Eve\n# class: 4B\n",
        f);
  for (int i = 0; i < 138000; i++)
    fprintf(f, "2026-11-02T09:00:00Z\tPC\tp\tl%d\tsolved\t3\t3\t5\t40\tblocks\n", i);
  fclose(f);
  Report *r = report_new();
  report_add_level(r, "london", "bus-stop", "To the bus stop", "sequence");
  CHECK_INT(1, report_add_file(r, path));
  CHECK_INT(REPORT_LEVELS_MAX - 1, report_attempt_count(r));
  char *summary = summary_of(r);
  CHECK_CONTAINS("at most 1000 levels", summary);
  free(summary);
  char html[500], err[300];
  snprintf(html, sizeof html, "%s/crafted.html", tmp);
  CHECK(report_write_html(r, html, err, sizeof err));
  long size = file_size(html);
  CHECK(size > 0 && size < 2000000);
  report_free(r);
}

/* Attempts are capped too: a report never holds more than REPORT_ATTEMPTS_MAX. */
static void test_attempt_cap(void)
{
  Report *r = report_new();
  enum { BATCH = 1000 };
  ProgressAttempt *at = calloc(BATCH, sizeof *at);
  ProgressLog log = {.attempts = at, .nattempts = BATCH, .cap = BATCH};
  snprintf(log.pupil, sizeof log.pupil, "Ann");
  snprintf(log.class_name, sizeof log.class_name, "4B");
  for (int b = 0; b <= REPORT_ATTEMPTS_MAX / BATCH; b++) {
    for (int i = 0; i < BATCH; i++) {
      at[i] = (ProgressAttempt){.time = 1793000000 + (long long)b * BATCH + i, .steps = 4};
      snprintf(at[i].machine, sizeof at[i].machine, "PC");
      snprintf(at[i].pack, sizeof at[i].pack, "london");
      snprintf(at[i].level, sizeof at[i].level, "bus-stop");
      snprintf(at[i].outcome, sizeof at[i].outcome, "unsolved");
      snprintf(at[i].view, sizeof at[i].view, "text");
    }
    report_add_log(r, &log, "/nowhere/ann.txt");
  }
  CHECK_INT(REPORT_ATTEMPTS_MAX, report_attempt_count(r));
  char *summary = summary_of(r);
  CHECK_CONTAINS("at most 1000000 attempts", summary);
  free(summary);
  free(at);
  report_free(r);
}

static void test_nothing_there(void)
{
  Report *r = report_new();
  char empty[300];
  snprintf(empty, sizeof empty, "%s/empty", tmp);
  mkdir(empty, 0755);
  CHECK_INT(0, report_add_tree(r, empty));
  CHECK_INT(0, report_add_tree(r, "/no/such/folder"));
  CHECK_INT(1, report_skip_count(r));
  char *csv = csv_of(r);
  CHECK_STR("\xEF\xBB\xBFPupil,Class,Levels solved,Stars,Attempts,Minutes\r\n", csv);
  free(csv);
  report_free(r);
}

/* Adds a pupil who tried levels 1..n of a pack: solved ones once, the last one `tries` times
   unsolved when stuck is true. */
static void add_pupil(Report *r, const char *name, int solved, int stuck_tries)
{
  ProgressAttempt at[40];
  int n = 0;
  for (int i = 0; i < solved + (stuck_tries > 0) && n < 40; i++)
    for (int k = 0; k < (i < solved ? 1 : stuck_tries) && n < 40; k++, n++) {
      at[n] = (ProgressAttempt){.time = 1793000000 + n * 60,
                                .stars = i < solved ? 3 : 0,
                                .blocks = 2,
                                .steps = 4,
                                .seconds = 60};
      snprintf(at[n].machine, sizeof at[n].machine, "PC");
      snprintf(at[n].pack, sizeof at[n].pack, "city");
      snprintf(at[n].level, sizeof at[n].level, "level-%02d", i + 1);
      snprintf(at[n].outcome, sizeof at[n].outcome, i < solved ? "solved" : "unsolved");
      snprintf(at[n].view, sizeof at[n].view, "blocks");
    }
  ProgressLog log = {.attempts = at, .nattempts = n, .cap = n};
  snprintf(log.pupil, sizeof log.pupil, "%s", name);
  snprintf(log.class_name, sizeof log.class_name, "5C");
  char path[300];
  snprintf(path, sizeof path, "/nowhere/%s.txt", name);
  if (n)
    report_add_log(r, &log, path);
}

static ReportStanding standing_of(Report *r, const char *name, ReportPupilSummary *sum)
{
  for (int i = 0; i < report_pupil_count(r); i++) {
    const char *cls;
    if (strcmp(report_pupil_name(r, i, &cls), name) == 0 && report_pupil_summary(r, i, sum))
      return sum->standing;
  }
  return (ReportStanding)-1;
}

/* The teacher's list: who has not started, who is stuck on one level, who is ahead. */
static void test_standings(void)
{
  Report *r = report_new();
  add_pupil(r, "Ada", 4, 0);
  add_pupil(r, "Bo", 5, 0);
  add_pupil(r, "Cy", 4, 0);
  add_pupil(r, "Di", 9, 0);  /* 5 past the middle pupil (4) */
  add_pupil(r, "Ed", 2, 4);  /* 4 tries on level 3, not solved */
  add_pupil(r, "Fay", 3, 2); /* 2 tries: still trying, not stuck */
  report_add_level(r, "city", "level-03", "The third street", "sequence");
  ReportPupilSummary sum;
  CHECK_INT(REPORT_ON_TRACK, standing_of(r, "Ada", &sum));
  CHECK_INT(4, sum.solved);
  CHECK_INT(240, sum.seconds);
  CHECK_INT(REPORT_AHEAD, standing_of(r, "Di", &sum));
  CHECK_INT(REPORT_STUCK, standing_of(r, "Ed", &sum));
  CHECK_STR("level-03", sum.level ? sum.level : "");
  CHECK_STR("The third street", sum.title ? sum.title : "");
  CHECK_INT(4, sum.level_tries);
  CHECK_INT(240, sum.level_seconds);
  CHECK_INT(REPORT_ON_TRACK, standing_of(r, "Fay", &sum));
  CHECK(!report_pupil_summary(r, 99, &sum));
  char *html = NULL;
  char path[400], err[256];
  snprintf(path, sizeof path, "%s/standings.html", tmp);
  CHECK(report_write_html(r, path, err, sizeof err));
  html = slurp(path);
  CHECK_CONTAINS("Stuck now (3 or more tries on their latest level, not solved):</b> Ed (The "
                 "third street, 4 tries)",
                 html);
  CHECK_CONTAINS("Ahead (3 or more levels past the middle of the class):</b> Di", html);
  free(html);
  report_free(r);
}

int main(void)
{
  snprintf(tmp, sizeof tmp, "/tmp/test_report_XXXXXX");
  if (!mkdtemp(tmp))
    return 1;
  test_fixture_class();
  test_union_idempotent();
  test_huge_seconds();
  test_levels_and_html();
  test_formula_cells();
  test_nothing_there();
  test_standings();
  test_program_link_refused();
  test_level_cap();
  test_attempt_cap();
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
  if (check_failed == 0 && system(cmd) != 0)
    fprintf(stderr, "could not remove %s\n", tmp);
  return check_summary();
}
