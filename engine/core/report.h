/* report.h: the class report: merges progress logs from many folders (a union of attempt lines,
   so collecting twice changes nothing) and writes report.csv, report.html and a terminal summary.
   Reads logs through progress.h; never writes into a progress folder; knows levels only through
   the titles and concepts a caller hands it (report_add_level). */
#ifndef REPORT_H
#define REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "progress.h"

/* Caps that keep a crafted progress file from making a report too big to open: a school year
   of a whole class is a few thousand attempts on under a hundred levels. Attempts past a cap
   are left out and the skips say so once. Levels named by report_add_level are not capped. */
#define REPORT_LEVELS_MAX 1000
#define REPORT_ATTEMPTS_MAX 1000000
#define REPORT_STR_(x) #x
#define REPORT_STR(x) REPORT_STR_(x)

typedef struct Report Report;

Report *report_new(void);
void report_free(Report *r); /* accepts NULL */

/* A level the report should show, in play order (call in order): its title and concept
   (sequence | repetition | selection | variables | functions | debugging, or "" unknown). Levels
   found only in progress files are shown after these, by when they were first tried. It may be
   called before or after the progress files are read. */
void report_add_level(Report *r, const char *pack, const char *level, const char *title,
                      const char *concept);

/* What a level teaches, for the teacher: its curriculum statements ("KS1.1, KS1.3") and notes
   (either may be NULL). report.html lists them in "The levels". */
void report_level_teaching(Report *r, const char *pack, const char *level, const char *curriculum,
                           const char *notes);

/* True when the report knows a level of this pack (from report_add_level or a progress file). */
bool report_has_pack(const Report *r, const char *pack);

/* Reads one progress file. False when the whole file was skipped (the reason is kept). */
bool report_add_file(Report *r, const char *path);

/* Adds a log already parsed, as if read from path (path locates the saved programs). */
bool report_add_log(Report *r, const ProgressLog *log, const char *path);

/* Finds progress files (.txt files that progress_looks_like_log) under dir, recursively, and
   reads each. Returns how many were read; other .txt files are listed as skipped. */
int report_add_tree(Report *r, const char *dir);

/* Numbers for the caller and the tests. */
int report_pupil_count(const Report *r);
int report_file_count(const Report *r);
long report_attempt_count(const Report *r);   /* distinct attempts after merging */
long report_duplicate_count(const Report *r); /* lines seen more than once (merged away) */
int report_skip_count(const Report *r);       /* files and lines skipped */

/* The best stars of a pupil (by name and class, as a teacher types them) on a level: -1 not
   tried, 0 tried and not solved, 1-3. -2 when there is no such pupil. */
int report_best_stars(Report *r, const char *pupil, const char *class_name, const char *pack,
                      const char *level);

/* Pupil i (0 <= i < report_pupil_count, in the order first met): their name, and their class
   in *class_name. NULL out of range. The teacher's class view lists pupils through this. */
const char *report_pupil_name(const Report *r, int i, const char **class_name);

/* The pupil's latest saved program for a level (malloc'd, *len bytes), as report.html shows it;
   NULL when there is none. */
char *report_program(Report *r, const char *pupil, const char *class_name, const char *pack,
                     const char *level, size_t *len);

/* Where a pupil stands in their class, for the teacher's "who is stuck" list. */
typedef enum {
  REPORT_NOT_STARTED, /* no attempt at all */
  REPORT_STUCK,       /* their latest level: REPORT_STUCK_TRIES tries or more, not solved */
  REPORT_ON_TRACK,
  REPORT_AHEAD, /* solved REPORT_AHEAD_BY more levels than the class's middle pupil, or more */
} ReportStanding;

#define REPORT_STUCK_TRIES 3
#define REPORT_AHEAD_BY 3

typedef struct {
  ReportStanding standing;
  int solved, stars, attempts;
  long seconds;
  const char *pack, *level; /* the level they tried last (stuck on, when stuck); NULL if none */
  const char *title;        /* its title, NULL when no level file named it */
  int level_tries;          /* tries on that level */
  long level_seconds;       /* time on that level */
} ReportPupilSummary;

/* Pupil i (as report_pupil_name counts them) against their class. False out of range. */
bool report_pupil_summary(Report *r, int i, ReportPupilSummary *out);

/* report.csv: a row per pupil, a column per level (stars; blank not tried, 0 not solved), then
   levels solved, stars, attempts and minutes. UTF-8 with a BOM, RFC 4180, formula-safe. */
bool report_write_csv(Report *r, const char *path, char *err, size_t errlen);

/* report.html: one self-contained page (no links out, no scripts needed), printable. */
bool report_write_html(Report *r, const char *path, char *err, size_t errlen);

/* A one-screen summary, then every file and line skipped with the reason. */
void report_print_summary(Report *r, FILE *out);

#endif
