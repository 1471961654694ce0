/* bench_progress.c: prints how long the class report takes over generated progress (default
   1,000 pupils x 40 levels x 5 attempts, with a saved program per level) and its peak memory,
   and how long recording one attempt takes, fsync included.
   Usage: bench_progress [PUPILS LEVELS ATTEMPTS] [--keep DIR] (DIR keeps the report). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "progress.h"
#include "report.h"

static const char *const first[] = {"Amara", "Ben",   "Chloe", "Dev",  "Ella", "Farah", "George",
                                    "Hana",  "Isaac", "Jade",  "Kofi", "Lily", "Mo",    "Nia",
                                    "Oscar", "Priya", "Quinn", "Rosa", "Sam",  "Tomasz"};
static const char *const titles[] = {
    "To the bus stop",      "Round the corner",    "Up the Mall",     "Loop the loop",
    "Left at the lions",    "Mind the gap",        "Big Ben's steps", "Pick up the litter",
    "If the road is clear", "Down the Thames path"};
static const char *const concepts[] = {"sequence",  "sequence",  "repetition", "repetition",
                                       "selection", "functions", "variables",  "debugging"};

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void mkdirs(const char *path)
{
  char buf[1024];
  snprintf(buf, sizeof buf, "%s", path);
  for (char *p = buf + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      mkdir(buf, 0755);
      *p = '/';
    }
  mkdir(buf, 0755);
}

static void level_id(int l, char *out, size_t cap)
{
  snprintf(out, cap, "level-%02d", l + 1);
}

/* One pupil: stronger pupils get further; each tries every level up to a few past their best. */
static void make_pupil(const char *root, int p, int nlevels, int nattempts)
{
  char name[64], cls[32], path[1024], lv[32];
  snprintf(name, sizeof name, "%s %c%d", first[p % 20], 'A' + p / 20 % 26, p / 520);
  snprintf(cls, sizeof cls, "Class %d", p / 30 + 1);
  snprintf(path, sizeof path, "%s/laptop%d/%s", root, p % 4, cls);
  mkdirs(path);
  snprintf(path + strlen(path), sizeof path - strlen(path), "/%s.txt", name);
  FILE *f = fopen(path, "w");
  fprintf(f, "# Codebridge progress file, version 1\n# pupil: %s\n# class: %s\n", name, cls);
  int reach = nlevels * (20 + (p * 37) % 80) / 100;
  long t = 1793000000 + p * 7L;
  for (int l = 0; l < nlevels; l++) {
    level_id(l, lv, sizeof lv);
    for (int a = 0; a < nattempts; a++, t += 61) {
      bool solved = l < reach && a == nattempts - 1;
      fprintf(f,
              "2026-11-%02ldT%02ld:%02ld:%02ldZ\tLAPTOP-%d\tlondon\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n",
              1 + t / 86400 % 28, t / 3600 % 24, t / 60 % 60, t % 60, p % 4, lv,
              solved ? "solved" : (a % 3 ? "unsolved" : "error"), solved ? 1 + (p + l) % 3 : 0,
              3 + l % 5, 10 + a, 30 + (p + a) % 90, l % 3 ? "blocks" : "text");
    }
    char prog[1100];
    snprintf(prog, sizeof prog, "%.*s/london/%s.lua", (int)(strlen(path) - 4), path, lv);
    char dir[1100];
    snprintf(dir, sizeof dir, "%s", prog);
    *strrchr(dir, '/') = '\0';
    mkdirs(dir);
    FILE *pf = fopen(prog, "w");
    fprintf(pf, "-- %s\nfor i = 1, %d do\n  forward()\nend\nturn_left()\n", lv, 2 + l % 4);
    fclose(pf);
  }
  fclose(f);
}

static double record_one_ms(const char *root)
{
  char dir[1024], err[256];
  snprintf(dir, sizeof dir, "%s-record", root);
  ProgressAttempt a = {.time = time(NULL), .stars = 3, .blocks = 2, .steps = 4, .seconds = 35};
  strcpy(a.pack, "london"), strcpy(a.level, "bus-stop"), strcpy(a.outcome, "solved");
  strcpy(a.view, "blocks");
  const char *prog = "for i = 1, 4 do\n  forward()\nend\n";
  progress_record(dir, "Warm Up", "4B", &a, prog, strlen(prog), err, sizeof err);
  double worst = 0, total = 0;
  for (int i = 0; i < 20; i++) {
    double t0 = now();
    if (!progress_record(dir, "Amy Smith", "4B", &a, prog, strlen(prog), err, sizeof err))
      fprintf(stderr, "record: %s\n", err);
    double ms = (now() - t0) * 1000;
    total += ms;
    worst = ms > worst ? ms : worst;
  }
  printf("record one attempt (line + program, each fsynced): mean %.2f ms, worst %.2f ms "
         "(budget 5 ms)\n",
         total / 20, worst);
  return total / 20;
}

/* One full report (read, merge, report.csv, report.html) with its times and peak memory. */
static bool run_report(const char *root, const char *out, int levels, const char *label)
{
  char err[1200], csv[1200], html[1200];
  double t0 = now();
  clock_t cpu0 = clock();
  Report *r = report_new();
  for (int l = 0; l < levels; l++) {
    char lv[32];
    level_id(l, lv, sizeof lv);
    report_add_level(r, "london", lv, titles[l % 10], concepts[l % 8]);
  }
  report_add_tree(r, root);
  double t_read = now() - t0;
  snprintf(csv, sizeof csv, "%s/report.csv", out);
  snprintf(html, sizeof html, "%s/report.html", out);
  bool ok =
      report_write_csv(r, csv, err, sizeof err) && report_write_html(r, html, err, sizeof err);
  double secs = now() - t0, cpu = (double)(clock() - cpu0) / CLOCKS_PER_SEC;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("report (%s) over %d pupils, %ld attempts: %.2f s (reading %.2f s; cpu %.2f s), "
         "peak %.1f MB (budget 1 s, 100 MB)%s\n",
         label, report_pupil_count(r), report_attempt_count(r), secs, t_read, cpu,
         ru.ru_maxrss / 1024.0, ok ? "" : " FAILED");
  if (!ok)
    fprintf(stderr, "%s\n", err);
  report_free(r);
  return ok;
}

int main(int argc, char **argv)
{
  int pupils = 1000, levels = 40, attempts = 5;
  const char *keep = NULL;
  if (argc >= 4)
    pupils = atoi(argv[1]), levels = atoi(argv[2]), attempts = atoi(argv[3]);
  for (int i = 1; i + 1 < argc; i++)
    if (strcmp(argv[i], "--keep") == 0)
      keep = argv[i + 1];
  char root[] = "/tmp/bench_progress_XXXXXX";
  if (!mkdtemp(root))
    return 1;
  /* First, before the generated files' write-back competes with the fsyncs. */
  record_one_ms(root);
  double t0 = now();
  for (int p = 0; p < pupils; p++)
    make_pupil(root, p, levels, attempts);
  printf("generated %d pupils x %d levels x %d attempts in %.1f s\n", pupils, levels, attempts,
         now() - t0);

  char out[1100];
  snprintf(out, sizeof out, "%s", keep ? keep : root);
  mkdirs(out);
  /* Twice: just after generating, the files compete with their own write-back; the second run
     is a teacher's second look (the files in the disk cache). */
  bool ok = run_report(root, out, levels, "first run") && run_report(root, out, levels, "again");
  char cmd[200];
  snprintf(cmd, sizeof cmd, "rm -rf '%s' '%s-record'", root, root);
  if (getenv("BENCH_KEEP_DATA"))
    return printf("data kept in %s\n", root) < 0;
  return system(cmd) == 0 && ok ? 0 : 1;
}
