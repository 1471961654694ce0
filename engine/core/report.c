/* report.c: merging progress logs into one class picture (a union of attempts keyed by pupil
   name + class), report.csv and the terminal summary. The HTML page is report_html.c's.
   Never writes into a progress folder; reads only the files it is pointed at. */
#include "report_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ensure.h"
#include "sys.h"
#include "tarball.h"
#include "util.h"

const char *const report_concepts[REPORT_CONCEPTS] = {"sequence",  "repetition", "selection",
                                                      "functions", "variables",  "debugging"};

static char *dup_str(const char *s)
{
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  ENSURE(d);
  memcpy(d, s, n);
  return d;
}

/* Grows an array of elem-sized items to hold one more; aborts on out of memory (a report of a
   school's data is a few MB: running out is not an expected failure). */
static void grow(void **arr, int n, int *cap, size_t elem)
{
  if (n < *cap)
    return;
  *cap = *cap ? *cap * 2 : 16;
  *arr = realloc(*arr, (size_t)*cap * elem);
  ENSURE(*arr);
}

static uint64_t hash64(const char *s, uint64_t h)
{
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

Report *report_new(void)
{
  Report *r = calloc(1, sizeof *r);
  ENSURE(r);
  return r;
}

void report_free(Report *r)
{
  if (!r)
    return;
  for (int i = 0; i < r->nlevels; i++) {
    free(r->levels[i].pack), free(r->levels[i].level), free(r->levels[i].title);
    free(r->levels[i].curriculum), free(r->levels[i].notes);
  }
  for (int i = 0; i < r->npupils; i++) {
    ReportPupil *p = &r->pupils[i];
    free(p->name), free(p->class_name), free(p->key), free(p->cells), free(p->files);
  }
  for (int i = 0; i < r->nfiles; i++)
    free(r->files[i]);
  for (int i = 0; i < r->nskips; i++)
    free(r->skips[i]);
  free(r->levels), free(r->pupils), free(r->files), free(r->skips);
  free(r->level_index), free(r->pupil_index), free(r->seen);
  free(r->level_order), free(r->pupil_order);
  for (int i = 0; i < r->nunpacked; i++) {
    tarball_remove_tree(r->unpacked[i]);
    free(r->unpacked[i]);
  }
  free(r->unpacked);
  free(r);
}

/* --- string -> index tables (open addressing, grown at half full) ----------------------- */

typedef const char *(*KeyOf)(const Report *r, int i, char *buf, size_t cap);

static const char *level_key(const Report *r, int i, char *buf, size_t cap)
{
  snprintf(buf, cap, "%s\x1f%s", r->levels[i].pack, r->levels[i].level);
  return buf;
}

static const char *pupil_key(const Report *r, int i, char *buf, size_t cap)
{
  (void)buf, (void)cap;
  return r->pupils[i].key;
}

static void index_rebuild(const Report *r, int **table, int *cap, int n, KeyOf key)
{
  free(*table);
  *cap = *cap ? *cap * 2 : 64;
  *table = calloc((size_t)*cap, sizeof **table);
  ENSURE(*table);
  char buf[256];
  for (int i = 0; i < n; i++) {
    uint64_t h = hash64(key(r, i, buf, sizeof buf), 14695981039346656037ull);
    size_t at = (size_t)(h % (uint64_t)*cap);
    while ((*table)[at])
      at = (at + 1) % (size_t)*cap;
    (*table)[at] = i + 1;
  }
}

/* The index for key, or -1; *slot gets where it would go. */
static int index_find(const Report *r, const int *table, int cap, const char *k, KeyOf key,
                      size_t *slot)
{
  char buf[256];
  size_t at = (size_t)(hash64(k, 14695981039346656037ull) % (uint64_t)cap);
  for (; table[at]; at = (at + 1) % (size_t)cap)
    if (strcmp(key(r, table[at] - 1, buf, sizeof buf), k) == 0)
      return table[at] - 1;
  *slot = at;
  return -1;
}

static int find_level(Report *r, const char *pack, const char *level, bool add)
{
  char k[256];
  snprintf(k, sizeof k, "%s\x1f%s", pack, level);
  if (r->nlevels * 2 >= r->level_index_cap)
    index_rebuild(r, &r->level_index, &r->level_index_cap, r->nlevels, level_key);
  size_t slot = 0;
  int i = index_find(r, r->level_index, r->level_index_cap, k, level_key, &slot);
  if (i >= 0 || !add)
    return i;
  grow((void **)&r->levels, r->nlevels, &r->levels_cap, sizeof *r->levels);
  ReportLevel *lv = &r->levels[r->nlevels];
  memset(lv, 0, sizeof *lv);
  lv->pack = dup_str(pack);
  lv->level = dup_str(level);
  lv->order = -1;
  lv->first_time = INT64_MAX;
  r->level_index[slot] = r->nlevels + 1;
  return r->nlevels++;
}

void report_add_level(Report *r, const char *pack, const char *level, const char *title,
                      const char *concept)
{
  int i = find_level(r, pack, level, true); /* may move r->levels: index after the call */
  ReportLevel *lv = &r->levels[i];
  if (lv->order < 0)
    lv->order = r->next_order++;
  if (title && *title && !lv->title)
    lv->title = dup_str(title);
  if (concept)
    snprintf(lv->concept, sizeof lv->concept, "%s", concept);
}

void report_level_teaching(Report *r, const char *pack, const char *level, const char *curriculum,
                           const char *notes)
{
  int i = find_level(r, pack, level, true);
  ReportLevel *lv = &r->levels[i];
  if (curriculum && *curriculum && !lv->curriculum)
    lv->curriculum = dup_str(curriculum);
  if (notes && *notes && !lv->notes)
    lv->notes = dup_str(notes);
}

bool report_has_pack(const Report *r, const char *pack)
{
  for (int i = 0; i < r->nlevels; i++)
    if (strcmp(r->levels[i].pack, pack) == 0)
      return true;
  return false;
}

static int find_pupil(Report *r, const char *name, const char *class_name)
{
  char k[PROGRESS_NAME_MAX * 2 + 2], a[PROGRESS_NAME_MAX], b[PROGRESS_NAME_MAX];
  progress_name_key(name, a, sizeof a);
  progress_name_key(class_name, b, sizeof b);
  snprintf(k, sizeof k, "%s\x1f%s", a, b);
  if (r->npupils * 2 >= r->pupil_index_cap)
    index_rebuild(r, &r->pupil_index, &r->pupil_index_cap, r->npupils, pupil_key);
  size_t slot = 0;
  int i = index_find(r, r->pupil_index, r->pupil_index_cap, k, pupil_key, &slot);
  if (i >= 0)
    return i;
  grow((void **)&r->pupils, r->npupils, &r->pupils_cap, sizeof *r->pupils);
  ReportPupil *p = &r->pupils[r->npupils];
  memset(p, 0, sizeof *p);
  p->name = dup_str(name);
  p->class_name = dup_str(class_name);
  p->key = dup_str(k);
  r->pupil_index[slot] = r->npupils + 1;
  return r->npupils++;
}

/* --- merging ----------------------------------------------------------------------------- */

/* True the first time this pupil's attempt is seen: the union that makes re-collecting safe. */
static uint64_t hash_int(long long v, uint64_t h)
{
  for (int i = 0; i < 8; i++, v >>= 8)
    h = (h ^ (unsigned char)(v & 0xff)) * 1099511628211ull;
  return h;
}

static bool first_sighting(Report *r, int pupil, const ProgressAttempt *a)
{
  /* Every field, each text one ended by a separator byte so "ab","c" differs from "a","bc". */
  uint64_t h = hash_int(pupil, 14695981039346656037ull);
  h = hash_int((long long)a->time, h);
  const char *texts[] = {a->machine, a->pack, a->level, a->outcome, a->view};
  for (int i = 0; i < 5; i++)
    h = (hash64(texts[i], h) ^ 0x1f) * 1099511628211ull;
  h = hash_int(a->stars, hash_int(a->blocks, hash_int(a->steps, hash_int(a->seconds, h))));
  h = h ? h : 1;
  if (r->seen_n * 2 >= r->seen_cap) {
    long old_cap = r->seen_cap;
    uint64_t *old = r->seen;
    r->seen_cap = old_cap ? old_cap * 2 : 1024;
    r->seen = calloc((size_t)r->seen_cap, sizeof *r->seen);
    ENSURE(r->seen);
    for (long i = 0; i < old_cap; i++)
      if (old[i]) {
        long at = (long)(old[i] % (uint64_t)r->seen_cap);
        while (r->seen[at])
          at = (at + 1) % r->seen_cap;
        r->seen[at] = old[i];
      }
    free(old);
  }
  long at = (long)(h % (uint64_t)r->seen_cap);
  for (; r->seen[at]; at = (at + 1) % r->seen_cap)
    if (r->seen[at] == h)
      return false;
  r->seen[at] = h;
  r->seen_n++;
  return true;
}

static ReportCell *cell_for(Report *r, ReportPupil *p, int level)
{
  if (level >= p->ncells) {
    int n = r->levels_cap; /* grown with the level list, so a growing list costs linear time */
    p->cells = realloc(p->cells, (size_t)n * sizeof *p->cells);
    ENSURE(p->cells);
    for (int i = p->ncells; i < n; i++)
      p->cells[i] = (ReportCell){.best = -1, .last_time = INT64_MIN, .program_file = -1};
    p->ncells = n;
  }
  return &p->cells[level];
}

static void add_skip(Report *r, const char *path, int line, const char *reason);

/* Says once per report that a cap was reached, naming the file where it happened. */
static void note_cap(Report *r, bool *said, int file, const char *reason)
{
  if (!*said)
    add_skip(r, r->files[file], 0, reason);
  *said = true;
}

static void merge_attempt(Report *r, int pupil, int file, const ProgressAttempt *a)
{
  if (r->attempts >= REPORT_ATTEMPTS_MAX) {
    note_cap(r, &r->attempts_capped, file,
             "the report holds at most " REPORT_STR(
                 REPORT_ATTEMPTS_MAX) " attempts: the rest "
                                      "are left out (make one report per class)");
    return;
  }
  if (!first_sighting(r, pupil, a)) {
    r->duplicates++;
    return;
  }
  int level = find_level(r, a->pack, a->level, r->nlevels < REPORT_LEVELS_MAX);
  if (level < 0) {
    note_cap(
        r, &r->levels_capped, file,
        "the report shows at most " REPORT_STR(REPORT_LEVELS_MAX) " levels: attempts on "
                                                                  "further levels are left out");
    return;
  }
  r->attempts++;
  if ((int64_t)a->time < r->levels[level].first_time)
    r->levels[level].first_time = a->time;
  ReportCell *c = cell_for(r, &r->pupils[pupil], level);
  bool solved = strcmp(a->outcome, "solved") == 0;
  int stars = solved ? (a->stars > 0 ? a->stars : 1) : 0;
  c->attempts++;
  long long spent = (long long)c->seconds + a->seconds; /* two big ints overflow an int */
  c->seconds = spent > 2000000000 ? 2000000000 : (int)spent;
  if (stars > c->best)
    c->best = stars;
  if ((int64_t)a->time >= c->last_time) {
    c->last_time = a->time;
    snprintf(c->last_outcome, sizeof c->last_outcome, "%s", a->outcome);
    c->program_file = file;
  }
}

static void add_skip(Report *r, const char *path, int line, const char *reason)
{
  char buf[4600];
  if (line > 0)
    snprintf(buf, sizeof buf, "%s:%d: %s", path, line, reason);
  else
    snprintf(buf, sizeof buf, "%s: %s", path, reason);
  grow((void **)&r->skips, r->nskips, &r->skips_cap, sizeof *r->skips);
  r->skips[r->nskips++] = dup_str(buf);
}

static int add_file_name(Report *r, const char *path)
{
  grow((void **)&r->files, r->nfiles, &r->files_cap, sizeof *r->files);
  r->files[r->nfiles] = dup_str(path);
  return r->nfiles++;
}

/* A header lost to a hand edit costs the name, not the lines: the file name and its folder
   stand in for the pupil and the class. */
static void names_from_path(const char *path, char *pupil, char *class_name, size_t cap)
{
  char buf[4096];
  snprintf(buf, sizeof buf, "%s", path);
  char *slash = sys_last_sep(buf), *stem = slash ? slash + 1 : buf;
  char *dot = strrchr(stem, '.');
  if (dot)
    *dot = '\0';
  util_copy(pupil, cap, stem);
  class_name[0] = '\0';
  if (slash) {
    *slash = '\0';
    char *up = sys_last_sep(buf);
    util_copy(class_name, cap, up ? up + 1 : buf);
  }
}

bool report_add_log(Report *r, const ProgressLog *log, const char *path)
{
  char pupil[PROGRESS_NAME_MAX], class_name[PROGRESS_NAME_MAX];
  snprintf(pupil, sizeof pupil, "%s", log->pupil);
  snprintf(class_name, sizeof class_name, "%s", log->class_name);
  if (!pupil[0]) {
    names_from_path(path, pupil, class_name, sizeof pupil);
    add_skip(r, path, 0, "no pupil name in its header: the file name was used instead");
  }
  int file = add_file_name(r, path), pi = find_pupil(r, pupil, class_name);
  ReportPupil *p = &r->pupils[pi];
  p->files = realloc(p->files, (size_t)(p->nfiles + 1) * sizeof *p->files);
  ENSURE(p->files);
  p->files[p->nfiles++] = file;
  for (int i = 0; i < log->nattempts; i++)
    merge_attempt(r, pi, file, &log->attempts[i]);
  for (int i = 0; i < log->nskips; i++)
    add_skip(r, path, log->skips[i].line, log->skips[i].reason);
  if (log->nskipped > log->nskips) {
    char more[80];
    snprintf(more, sizeof more, "and %d more damaged lines", log->nskipped - log->nskips);
    add_skip(r, path, 0, more);
  }
  return true;
}

bool report_add_file(Report *r, const char *path)
{
  char err[4600];
  ProgressLog *log = progress_read_file(path, err, sizeof err);
  if (!log) {
    grow((void **)&r->skips, r->nskips, &r->skips_cap, sizeof *r->skips);
    r->skips[r->nskips++] = dup_str(err);
    return false;
  }
  bool ok = report_add_log(r, log, path);
  progress_log_free(log);
  return ok;
}

/* --- finding files ----------------------------------------------------------------------- */

static int compare_strings(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool ends_with(const char *s, const char *tail)
{
  size_t n = strlen(s), t = strlen(tail);
  return n >= t && strcmp(s + n - t, tail) == 0;
}

/* Rosters (classes/NAME.txt) and settings.txt are ours but not logs: not worth a warning. */
static bool quiet_text_file(const char *path)
{
  return strstr(path, "/classes/") || ends_with(path, "/settings.txt") ||
         ends_with(path, "/README.txt");
}

static bool starts_like_log(const char *path)
{
  char head[1024];
  FILE *f = sys_fopen(path, "rb");
  size_t n = f ? fread(head, 1, sizeof head, f) : 0;
  if (f)
    fclose(f);
  return progress_looks_like_log(head, n);
}

/* A folder beside a log of the same name holds that pupil's programs: no logs inside. */
static bool programs_folder(const char *path)
{
  char log[4200];
  snprintf(log, sizeof log, "%s.txt", path);
  return starts_like_log(log);
}

/* Every pupil on the class lists of a progress folder, so those who never played show too. */
static void add_rosters(Report *r, const char *dir)
{
  ProgressNames *classes = progress_classes(dir);
  for (int c = 0; classes && c < classes->n; c++) {
    ProgressNames *pupils = progress_roster(dir, classes->names[c]);
    if (pupils && pupils->unreadable) {
      char path[4200];
      snprintf(path, sizeof path, "%s/classes/%s.txt", dir, classes->names[c]);
      add_skip(r, path, 0, "this class list is not text: open it in Notepad and save it again");
    }
    for (int i = 0; pupils && i < pupils->n; i++)
      find_pupil(r, pupils->names[i], classes->names[c]);
    progress_names_free(pupils);
  }
  progress_names_free(classes);
}

static int walk(Report *r, const char *dir, int depth)
{
  SysDir *d = sys_dir_open(dir);
  if (!d) {
    add_skip(r, dir, 0, strerror(errno));
    return 0;
  }
  char **names = NULL;
  int n = 0, cap = 0, read_ok = 0;
  const char *e;
  while ((e = sys_dir_next(d))) {
    if (e[0] == '.')
      continue; /* hidden files */
    grow((void **)&names, n, &cap, sizeof *names);
    names[n++] = dup_str(e);
  }
  sys_dir_close(d);
  if (n > 1) /* the same order on every disk */
    qsort(names, (size_t)n, sizeof *names, compare_strings);
  for (int i = 0; i < n; i++) {
    char path[4096];
    SysStat st;
    bool fits = (size_t)snprintf(path, sizeof path, "%s/%s", dir, names[i]) < sizeof path;
    /* lstat: a symbolic link loop must not send us round for ever. */
    if (fits && sys_lstat(path, &st)) {
      if (st.kind == SYS_DIR && strcmp(names[i], "classes") == 0)
        add_rosters(r, dir);
      if (st.kind == SYS_DIR && depth < 16 && !programs_folder(path))
        read_ok += walk(r, path, depth + 1);
      else if (st.kind == SYS_FILE && ends_with(path, ".txt") &&
               (!quiet_text_file(path) || starts_like_log(path)))
        read_ok += report_add_file(r, path);
    }
    free(names[i]);
  }
  free(names);
  return read_ok;
}

/* A private folder for one unpacked tar, or false. */
static bool make_unpack_dir(char *out, size_t cap)
{
  char tmp[1024];
  if (!sys_getenv("TMPDIR", tmp, sizeof tmp) && !sys_getenv("TEMP", tmp, sizeof tmp))
    snprintf(tmp, sizeof tmp, "/tmp");
  static unsigned serial;
  for (int i = 0; i < 100; i++) {
    if ((size_t)snprintf(out, cap, "%s/codebridge-report-%ld-%u", tmp, sys_pid(), serial++) >= cap)
      return false;
    if (sys_kind(out) == SYS_NONE && sys_mkdir(out))
      return true;
  }
  return false;
}

/* The one file the browser's "Save progress file" gives (a tar of its progress folder): read
   as that folder would be, from a copy unpacked beside the report's other temporary files. */
static int add_tar(Report *r, const char *path)
{
  char dir[4096], err[512];
  if (!make_unpack_dir(dir, sizeof dir)) {
    add_skip(r, path, 0, "no folder to unpack the tar into");
    return 0;
  }
  grow((void **)&r->unpacked, r->nunpacked, &r->unpacked_cap, sizeof *r->unpacked);
  r->unpacked[r->nunpacked++] = dup_str(dir);
  if (!tarball_unpack(path, dir, err, sizeof err))
    add_skip(r, path, 0, err);
  return walk(r, dir, 0);
}

int report_add_tree(Report *r, const char *dir)
{
  SysKind kind = sys_kind(dir);
  if (kind == SYS_NONE) {
    add_skip(r, dir, 0, "no such folder");
    return 0;
  }
  if (kind == SYS_FILE && tarball_is_tar(dir))
    return add_tar(r, dir);
  if (kind == SYS_FILE)
    return report_add_file(r, dir);
  return walk(r, dir, 0);
}

/* --- numbers ----------------------------------------------------------------------------- */

int report_pupil_count(const Report *r)
{
  return r->npupils;
}
int report_file_count(const Report *r)
{
  return r->nfiles;
}
long report_attempt_count(const Report *r)
{
  return r->attempts;
}
long report_duplicate_count(const Report *r)
{
  return r->duplicates;
}
int report_skip_count(const Report *r)
{
  return r->nskips;
}

const ReportCell *report_cell(const Report *r, int pupil, int level)
{
  const ReportPupil *p = &r->pupils[pupil];
  if (level >= p->ncells || p->cells[level].attempts == 0)
    return NULL;
  return &p->cells[level];
}

int report_pupil_index(const Report *r, const char *pupil, const char *class_name)
{
  char a[PROGRESS_NAME_MAX], b[PROGRESS_NAME_MAX], k[PROGRESS_NAME_MAX * 2 + 2];
  progress_name_key(pupil, a, sizeof a);
  progress_name_key(class_name, b, sizeof b);
  snprintf(k, sizeof k, "%s\x1f%s", a, b);
  for (int i = 0; i < r->npupils; i++)
    if (strcmp(r->pupils[i].key, k) == 0)
      return i;
  return -1;
}

int report_level_index(Report *r, const char *pack, const char *level)
{
  return r->nlevels ? find_level(r, pack, level, false) : -1;
}

int report_best_stars(Report *r, const char *pupil, const char *class_name, const char *pack,
                      const char *level)
{
  int pi = report_pupil_index(r, pupil, class_name);
  if (pi < 0)
    return -2;
  int li = report_level_index(r, pack, level);
  const ReportCell *c = li >= 0 ? report_cell(r, pi, li) : NULL;
  return c ? c->best : -1;
}

const char *report_pupil_name(const Report *r, int i, const char **class_name)
{
  if (i < 0 || i >= r->npupils)
    return NULL;
  if (class_name)
    *class_name = r->pupils[i].class_name;
  return r->pupils[i].name;
}

const char *report_level_name(const ReportLevel *lv, char *buf, size_t cap)
{
  if (lv->title)
    return lv->title;
  snprintf(buf, cap, "%s/%s", lv->pack, lv->level);
  return buf;
}

/* --- order ------------------------------------------------------------------------------- */

static const Report *sorting; /* qsort has no context pointer in C11 */

static int compare_levels(const void *x, const void *y)
{
  const ReportLevel *a = &sorting->levels[*(const int *)x], *b = &sorting->levels[*(const int *)y];
  if ((a->order < 0) != (b->order < 0))
    return a->order < 0 ? 1 : -1;
  if (a->order != b->order)
    return a->order < b->order ? -1 : 1;
  if (a->first_time != b->first_time)
    return a->first_time < b->first_time ? -1 : 1;
  int c = strcmp(a->pack, b->pack);
  return c ? c : strcmp(a->level, b->level);
}

static int compare_pupils(const void *x, const void *y)
{
  const ReportPupil *a = &sorting->pupils[*(const int *)x], *b = &sorting->pupils[*(const int *)y];
  char ka[PROGRESS_NAME_MAX], kb[PROGRESS_NAME_MAX];
  progress_name_key(a->class_name, ka, sizeof ka);
  progress_name_key(b->class_name, kb, sizeof kb);
  int c = strcmp(ka, kb);
  return c ? c : strcmp(a->key, b->key);
}

void report_sort(Report *r)
{
  free(r->level_order), free(r->pupil_order);
  r->level_order = malloc(((size_t)r->nlevels + 1) * sizeof *r->level_order);
  r->pupil_order = malloc(((size_t)r->npupils + 1) * sizeof *r->pupil_order);
  ENSURE(r->level_order && r->pupil_order);
  for (int i = 0; i < r->nlevels; i++)
    r->level_order[i] = i;
  for (int i = 0; i < r->npupils; i++)
    r->pupil_order[i] = i;
  sorting = r;
  qsort(r->level_order, (size_t)r->nlevels, sizeof *r->level_order, compare_levels);
  qsort(r->pupil_order, (size_t)r->npupils, sizeof *r->pupil_order, compare_pupils);
  sorting = NULL;
}

static int compare_stuck(const void *x, const void *y)
{
  const ReportStuck *a = x, *b = y;
  const ReportCell *ca = report_cell(sorting, a->pupil, a->level);
  const ReportCell *cb = report_cell(sorting, b->pupil, b->level);
  if (ca->attempts != cb->attempts)
    return ca->attempts > cb->attempts ? -1 : 1;
  if (ca->seconds != cb->seconds)
    return ca->seconds > cb->seconds ? -1 : 1;
  return a->pupil != b->pupil ? a->pupil - b->pupil : a->level - b->level;
}

int report_stuck(const Report *r, ReportStuck *out, int max)
{
  int n = 0, cap = 0;
  ReportStuck *all = NULL;
  for (int p = 0; p < r->npupils; p++)
    for (int l = 0; l < r->pupils[p].ncells; l++) {
      const ReportCell *c = report_cell(r, p, l);
      if (!c || c->best > 0 || c->attempts < 2)
        continue;
      grow((void **)&all, n, &cap, sizeof *all);
      all[n++] = (ReportStuck){p, l};
    }
  sorting = r;
  if (n > 1)
    qsort(all, (size_t)n, sizeof *all, compare_stuck);
  sorting = NULL;
  int kept = n < max ? n : max;
  if (kept > 0)
    memcpy(out, all, (size_t)kept * sizeof *out);
  free(all);
  return kept;
}

/* --- where each pupil stands ------------------------------------------------------------- */

static int levels_solved(const Report *r, int p)
{
  int n = 0;
  for (int l = 0; l < r->pupils[p].ncells; l++) {
    const ReportCell *c = report_cell(r, p, l);
    n += c && c->best > 0;
  }
  return n;
}

static int compare_ints(const void *a, const void *b)
{
  return *(const int *)a - *(const int *)b;
}

/* Levels solved by the middle pupil of p's class (pupils who started, so a class list full of
   absentees does not make everybody look ahead). */
static int class_median_solved(const Report *r, int p)
{
  int *counts = malloc((size_t)r->npupils * sizeof *counts), n = 0;
  ENSURE(counts);
  for (int q = 0; q < r->npupils; q++)
    if (r->pupils[q].nfiles > 0 && report_same_class(r, p, q))
      counts[n++] = levels_solved(r, q);
  qsort(counts, (size_t)n, sizeof *counts, compare_ints);
  int median = n ? counts[n / 2] : 0;
  free(counts);
  return median;
}

bool report_pupil_summary(Report *r, int i, ReportPupilSummary *out)
{
  if (i < 0 || i >= r->npupils)
    return false;
  memset(out, 0, sizeof *out);
  int last = -1;
  for (int l = 0; l < r->pupils[i].ncells; l++) {
    const ReportCell *c = report_cell(r, i, l);
    if (!c)
      continue;
    out->solved += c->best > 0;
    out->stars += c->best > 0 ? c->best : 0;
    out->attempts += c->attempts;
    out->seconds += c->seconds;
    if (last < 0 || c->last_time > report_cell(r, i, last)->last_time)
      last = l;
  }
  if (last >= 0) {
    const ReportCell *c = report_cell(r, i, last);
    out->pack = r->levels[last].pack;
    out->level = r->levels[last].level;
    out->title = r->levels[last].title;
    out->level_tries = c->attempts;
    out->level_seconds = c->seconds;
  }
  if (out->attempts == 0)
    out->standing = REPORT_NOT_STARTED;
  else if (out->level_tries >= REPORT_STUCK_TRIES && report_cell(r, i, last)->best <= 0)
    out->standing = REPORT_STUCK;
  else if (out->solved >= class_median_solved(r, i) + REPORT_AHEAD_BY)
    out->standing = REPORT_AHEAD;
  else
    out->standing = REPORT_ON_TRACK;
  return true;
}

/* --- report.csv -------------------------------------------------------------------------- */

/* One text cell: a leading = + - @ (or tab, CR) gets a quote so a spreadsheet never runs it as
   a formula; commas, quotes and line breaks are quoted as RFC 4180 says. */
static void csv_text(FILE *f, const char *s)
{
  bool formula = s[0] && strchr("=+-@\t\r", s[0]);
  bool quote = strpbrk(s, ",\"\r\n") != NULL;
  if (quote)
    fputc('"', f);
  if (formula)
    fputc('\'', f);
  for (; *s; s++) {
    if (*s == '"')
      fputc('"', f);
    fputc(*s, f);
  }
  if (quote)
    fputc('"', f);
}

static void csv_header(Report *r, FILE *f)
{
  fputs("\xEF\xBB\xBFPupil,Class", f);
  for (int i = 0; i < r->nlevels; i++) {
    const ReportLevel *lv = &r->levels[r->level_order[i]];
    char head[400];
    if (lv->title)
      snprintf(head, sizeof head, "%s (%s)", lv->title, lv->level);
    else
      report_level_name(lv, head, sizeof head);
    fputc(',', f);
    csv_text(f, head);
  }
  fputs(",Levels solved,Stars,Attempts,Minutes\r\n", f);
}

static void csv_row(Report *r, FILE *f, int pi)
{
  const ReportPupil *p = &r->pupils[pi];
  int solved = 0, stars = 0;
  long attempts = 0, seconds = 0;
  csv_text(f, p->name);
  fputc(',', f);
  csv_text(f, p->class_name);
  for (int i = 0; i < r->nlevels; i++) {
    const ReportCell *c = report_cell(r, pi, r->level_order[i]);
    fputc(',', f);
    if (!c)
      continue;
    fprintf(f, "%d", c->best);
    solved += c->best > 0;
    stars += c->best;
    attempts += c->attempts;
    seconds += c->seconds;
  }
  fprintf(f, ",%d,%d,%ld,%ld\r\n", solved, stars, attempts, (seconds + 30) / 60);
}

/* The last row: how many pupils solved each level, then the class's sums. */
static void csv_totals(Report *r, FILE *f)
{
  int solved = 0, stars = 0;
  long attempts = 0, seconds = 0;
  fputs("All pupils: solved by,", f);
  for (int i = 0; i < r->nlevels; i++) {
    int by = 0;
    for (int p = 0; p < r->npupils; p++) {
      const ReportCell *c = report_cell(r, p, r->level_order[i]);
      by += c && c->best > 0;
      stars += c ? c->best : 0;
      attempts += c ? c->attempts : 0;
      seconds += c ? c->seconds : 0;
    }
    fprintf(f, ",%d", by);
    solved += by;
  }
  fprintf(f, ",%d,%d,%ld,%ld\r\n", solved, stars, attempts, (seconds + 30) / 60);
}

bool report_write_csv(Report *r, const char *path, char *err, size_t errlen)
{
  report_sort(r);
  FILE *f = sys_fopen(path, "wb");
  if (!f) {
    snprintf(err, errlen, "%s: %s", path, strerror(errno));
    return false;
  }
  csv_header(r, f);
  for (int i = 0; i < r->npupils; i++)
    csv_row(r, f, r->pupil_order[i]);
  if (r->npupils)
    csv_totals(r, f);
  bool ok = !ferror(f);
  ok = fclose(f) == 0 && ok;
  if (!ok)
    snprintf(err, errlen, "%s: could not write it all (is the disk full?)", path);
  return ok;
}

/* --- the terminal ------------------------------------------------------------------------ */

bool report_same_class(const Report *r, int a, int b)
{
  char ka[PROGRESS_NAME_MAX], kb[PROGRESS_NAME_MAX];
  progress_name_key(r->pupils[a].class_name, ka, sizeof ka);
  progress_name_key(r->pupils[b].class_name, kb, sizeof kb);
  return strcmp(ka, kb) == 0;
}

static void summary_classes(Report *r, FILE *out)
{
  for (int i = 0; i < r->npupils;) {
    int start = i, solved = 0;
    for (; i < r->npupils && report_same_class(r, r->pupil_order[start], r->pupil_order[i]); i++)
      for (int l = 0; l < r->nlevels; l++) {
        const ReportCell *c = report_cell(r, r->pupil_order[i], l);
        solved += c && c->best > 0;
      }
    const char *cls = r->pupils[r->pupil_order[start]].class_name;
    int n = i - start;
    fprintf(out, "  class %s: %d pupil%s, on average %.1f of %d levels solved\n",
            cls[0] ? cls : "(none)", n, n == 1 ? "" : "s", (double)solved / n, r->nlevels);
  }
}

void report_print_summary(Report *r, FILE *out)
{
  report_sort(r);
  fprintf(out, "%d pupil%s, %d level%s, %ld attempts from %d progress file%s", r->npupils,
          r->npupils == 1 ? "" : "s", r->nlevels, r->nlevels == 1 ? "" : "s", r->attempts,
          r->nfiles, r->nfiles == 1 ? "" : "s");
  if (r->duplicates)
    fprintf(out, " (%ld repeated lines merged)", r->duplicates);
  fputs("\n", out);
  summary_classes(r, out);
  ReportStuck stuck[5];
  int ns = report_stuck(r, stuck, 5);
  if (ns)
    fputs("Most stuck (many tries, not solved yet):\n", out);
  for (int i = 0; i < ns; i++) {
    char buf[300];
    const ReportCell *c = report_cell(r, stuck[i].pupil, stuck[i].level);
    fprintf(out, "  %s (%s): %s, %d tries\n", r->pupils[stuck[i].pupil].name,
            r->pupils[stuck[i].pupil].class_name,
            report_level_name(&r->levels[stuck[i].level], buf, sizeof buf), c->attempts);
  }
  if (r->nskips)
    fprintf(out, "Skipped (%d):\n", r->nskips);
  for (int i = 0; i < r->nskips; i++)
    fprintf(out, "  %s\n", r->skips[i]);
}
