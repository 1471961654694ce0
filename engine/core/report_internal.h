/* report_internal.h: the report's merged data, shared by report.c (merging, CSV, summary) and
   report_html.c (the page). Not for other modules: they use report.h. */
#ifndef REPORT_INTERNAL_H
#define REPORT_INTERNAL_H

#include <stdint.h>

#include "report.h"

typedef struct {
  char *pack, *level, *title; /* title NULL when no level file named it */
  char *curriculum, *notes;   /* for the teacher ("KS1.1, KS1.3"); NULL when the level has none */
  char concept[16];           /* "" when unknown */
  int order;                  /* play order from report_add_level; -1 when only seen in logs */
  int64_t first_time;         /* first attempt anyone made, for ordering unknown levels */
} ReportLevel;

typedef struct {
  int attempts, seconds;
  int best;          /* -1 not tried, 0 not solved, 1-3 */
  int64_t last_time; /* the latest attempt */
  char last_outcome[12];
  int program_file; /* the file whose latest attempt is newest: its program is the latest */
} ReportCell;

typedef struct {
  char *name, *class_name, *key;
  ReportCell *cells; /* indexed like Report.levels; ncells may lag behind nlevels */
  int ncells;
  int *files, nfiles; /* the progress files holding this pupil's lines */
} ReportPupil;

typedef struct {
  int pupil, level; /* indexes */
} ReportStuck;

struct Report {
  ReportLevel *levels;
  int nlevels, levels_cap, next_order;
  ReportPupil *pupils;
  int npupils, pupils_cap;
  char **files;
  int nfiles, files_cap;
  char **skips; /* "path: reason" or "path:LINE: reason" */
  int nskips, skips_cap;
  long attempts, duplicates;
  int *level_index, level_index_cap; /* open addressing: "pack level" -> level + 1 */
  int *pupil_index, pupil_index_cap; /* name key -> pupil + 1 */
  uint64_t *seen;                    /* hashes of merged attempts (0: empty) */
  long seen_cap, seen_n;
  int *level_order, *pupil_order;      /* display order, made by report_sort */
  bool attempts_capped, levels_capped; /* a cap was reached (said once in the skips) */
  char **unpacked;                     /* folders tars were unpacked into, removed by report_free */
  int nunpacked, unpacked_cap;
};

/* Fixes the display order: levels by play order then first attempt; pupils by class, name. */
void report_sort(Report *r);

/* Levels and pupils stuck: most attempts with no solve (at least 2), most first. */
int report_stuck(const Report *r, ReportStuck *out, int max);

/* The pupil (names compared as keys) or level, by index; -1 when the report has none. */
int report_pupil_index(const Report *r, const char *pupil, const char *class_name);
int report_level_index(Report *r, const char *pack, const char *level);

/* A pupil's cell for a level, or NULL when never tried. */
const ReportCell *report_cell(const Report *r, int pupil, int level);

/* True when pupils a and b are in the same class (names compared as keys). */
bool report_same_class(const Report *r, int a, int b);

/* Title if known, else pack/level. */
const char *report_level_name(const ReportLevel *lv, char *buf, size_t cap);

/* Concepts shown per National Curriculum statement, in display order. */
#define REPORT_CONCEPTS 6
extern const char *const report_concepts[REPORT_CONCEPTS];

#endif
