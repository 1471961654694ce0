/* session_class.c: the teacher's class view: the classes of this laptop's progress folder and
   one class's pupils x the session's levels, with best stars and latest programs. The merging
   is report.c's (the same union of lines as `codebridge report`); this file only chooses and
   orders. Reads the progress folder; writes nothing. */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "session_internal.h"

static bool same_name(const char *a, const char *b)
{
  char ka[PROGRESS_NAME_MAX], kb[PROGRESS_NAME_MAX];
  progress_name_key(a, ka, sizeof ka);
  progress_name_key(b, kb, sizeof kb);
  return strcmp(ka, kb) == 0;
}

static void add_class(SessionClassView *cv, const char *name, int cap)
{
  for (int i = 0; i < cv->nclasses; i++)
    if (same_name(cv->classes[i], name))
      return;
  if (cv->nclasses < cap)
    snprintf(cv->classes[cv->nclasses++], PROGRESS_NAME_MAX, "%s", name);
}

static int by_text(const void *a, const void *b)
{
  return strcmp((const char *)a, (const char *)b);
}

/* The classes: every roster, and every class a log names. */
static bool find_classes(SessionClassView *cv, const Session *s)
{
  ProgressNames *rosters = session_classes(s);
  int cap = report_pupil_count(cv->report) + (rosters ? rosters->n : 0) + 1;
  cv->classes = calloc((size_t)cap, sizeof *cv->classes);
  for (int i = 0; cv->classes && rosters && i < rosters->n; i++)
    add_class(cv, rosters->names[i], cap);
  progress_names_free(rosters);
  const char *cls;
  for (int i = 0; cv->classes && report_pupil_name(cv->report, i, &cls); i++)
    add_class(cv, cls, cap);
  if (cv->classes)
    qsort(cv->classes, (size_t)cv->nclasses, sizeof cv->classes[0], by_text);
  return cv->classes != NULL;
}

static bool find_levels(SessionClassView *cv, const Session *s)
{
  int n = 0;
  for (int p = 0; p < s->npacks; p++)
    n += s->packs[p]->pack->nlevels;
  cv->cols = calloc((size_t)n + 1, sizeof *cv->cols);
  for (int p = 0; cv->cols && p < s->npacks; p++)
    for (int i = 0; i < s->packs[p]->pack->nlevels; i++)
      if (s->packs[p]->levels[i])
        cv->cols[cv->ncols++] = (SessionClassCol){p, i};
  return cv->cols != NULL;
}

SessionClassView *session_class_view(const Session *s, const char *prefer)
{
  SessionClassView *cv = calloc(1, sizeof *cv);
  if (!cv || !(cv->report = report_new())) {
    free(cv);
    return NULL;
  }
  cv->class_i = -1;
  if (s->progress_ok)
    report_add_tree(cv->report, s->progress_dir); /* rosters, and every log however deep */
  if (!find_classes(cv, s) || !find_levels(cv, s)) {
    session_class_view_free(cv);
    return NULL;
  }
  int c = cv->nclasses > 0 ? 0 : -1;
  for (int i = 0; prefer && i < cv->nclasses; i++)
    if (same_name(cv->classes[i], prefer))
      c = i;
  session_class_view_choose(cv, s, c);
  return cv;
}

void session_class_view_free(SessionClassView *cv)
{
  if (!cv)
    return;
  report_free(cv->report);
  free(cv->classes);
  free(cv->rows);
  free(cv->cols);
  free(cv->stars);
  free(cv);
}

static int by_row_name(const void *a, const void *b)
{
  return strcmp(((const SessionClassRow *)a)->name, ((const SessionClassRow *)b)->name);
}

/* The chosen class's pupils, by name. */
static void find_rows(SessionClassView *cv)
{
  int n = report_pupil_count(cv->report);
  cv->rows = calloc((size_t)n + 1, sizeof *cv->rows);
  const char *name, *cls;
  for (int i = 0; cv->rows && (name = report_pupil_name(cv->report, i, &cls)); i++)
    if (same_name(cls, cv->classes[cv->class_i])) {
      SessionClassRow *r = &cv->rows[cv->nrows++];
      snprintf(r->name, sizeof r->name, "%s", name);
      snprintf(r->class_name, sizeof r->class_name, "%s", cls);
    }
  if (cv->rows)
    qsort(cv->rows, (size_t)cv->nrows, sizeof *cv->rows, by_row_name);
}

/* Every cell's best stars, looked up once: the grid is drawn far more often than chosen. */
static void fill_stars(SessionClassView *cv, const Session *s)
{
  cv->stars = malloc(((size_t)cv->nrows * (size_t)cv->ncols + 1) * sizeof *cv->stars);
  for (int r = 0; cv->stars && r < cv->nrows; r++)
    for (int c = 0; c < cv->ncols; c++) {
      const Level *lv = session_level(s, cv->cols[c].pack_i, cv->cols[c].level_i);
      int best = lv ? report_best_stars(cv->report, cv->rows[r].name, cv->rows[r].class_name,
                                        session_pack(s, cv->cols[c].pack_i)->id, lv->id)
                    : -1;
      cv->stars[r * cv->ncols + c] = best < 0 ? -1 : best;
    }
}

void session_class_view_choose(SessionClassView *cv, const Session *s, int class_i)
{
  free(cv->rows);
  free(cv->stars);
  cv->rows = NULL;
  cv->stars = NULL;
  cv->nrows = 0;
  cv->class_i = class_i >= 0 && class_i < cv->nclasses ? class_i : -1;
  if (cv->class_i < 0)
    return;
  find_rows(cv);
  fill_stars(cv, s);
}

static const Level *col_level(const SessionClassView *cv, const Session *s, int row, int col,
                              const char **pack)
{
  if (row < 0 || row >= cv->nrows || col < 0 || col >= cv->ncols)
    return NULL;
  const Level *lv = session_level(s, cv->cols[col].pack_i, cv->cols[col].level_i);
  *pack = lv ? session_pack(s, cv->cols[col].pack_i)->id : "";
  return lv;
}

int session_class_view_stars(const SessionClassView *cv, const Session *s, int row, int col)
{
  (void)s; /* kept in the signature: the view reads the session's levels */
  if (!cv->stars || row < 0 || row >= cv->nrows || col < 0 || col >= cv->ncols)
    return -1;
  return cv->stars[row * cv->ncols + col];
}

char *session_class_view_program(const SessionClassView *cv, const Session *s, int row, int col,
                                 size_t *len)
{
  const char *pack;
  const Level *lv = col_level(cv, s, row, col, &pack);
  const SessionClassRow *r = lv ? &cv->rows[row] : NULL;
  return r ? report_program(cv->report, r->name, r->class_name, pack, lv->id, len) : NULL;
}
