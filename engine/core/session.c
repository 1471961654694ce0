/* session.c: the packs and levels of one session, the pupil, what is open and what is next,
   running and recording an attempt, the programs and views kept per level. The one copy of
   these rules: the game's screens and the CLI ask here. No SDL; files only through progress.h
   and fileio.h, inside the progress folder and the level folders. */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fileio.h"
#include "paths.h"
#include "session_internal.h"
#include "sys.h"
#include "util.h"

/* --- small helpers ---------------------------------------------------------------------- */

double session_now(void)
{
  return sys_seconds();
}

/* The file's change stamp (mtime and size), so a broken level is read again only when the
   teacher changed it. */
void session_stamp(const char *path, long long *mtime_ns, long long *size)
{
  SysStat st;
  bool ok = sys_stat(path, &st);
  *mtime_ns = ok ? st.mtime_ns : -1;
  *size = ok ? st.size : -1;
}

static bool in_range(const Session *s, int pack_i, int level_i)
{
  return pack_i >= 0 && pack_i < s->npacks && level_i >= 0 &&
         level_i < s->packs[pack_i]->pack->nlevels;
}

static const char *or_empty(const char *s)
{
  return s ? s : "";
}

/* --- lifetime --------------------------------------------------------------------------- */

static bool setting_yes(const char *key)
{
  char v[32];
  return progress_setting(key, v, sizeof v) && util_is_yes(v);
}

static void open_progress(Session *s, const SessionOptions *o)
{
  if (o->no_progress || (o->read_only && !o->progress_dir)) {
    snprintf(s->progress_err, sizeof s->progress_err, "no progress folder");
    return;
  }
  char dir[1024];
  s->progress_ok = progress_resolve_dir(o->progress_dir, dir, sizeof dir);
  snprintf(s->progress_ok ? s->progress_dir : s->progress_err, sizeof s->progress_dir, "%s", dir);
}

/* The bundled packs are ours and quick; the teacher's, found and loaded within one budget
   from the moment the first is looked at, so twenty slow levels cannot freeze start-up. */
static void find_all_packs(Session *s, const SessionOptions *o)
{
  char path[1200];
  const char *bundled = o->bundled_dir ? o->bundled_dir : paths_data(path, sizeof path, "levels");
  if (bundled[0])
    session_add_packs(s, bundled, true, 0);
  session_load_levels(s, true, 0);
  double t0 = session_now(), deadline = t0 + s->budget;
  int given = 0;
  for (int i = 0; i < SESSION_MAX_LEVEL_DIRS && o->level_dirs[i]; i++, given++)
    session_add_packs(s, o->level_dirs[i], false, deadline);
  if (given == 0 && o->my_levels && s->progress_ok) {
    snprintf(path, sizeof path, "%s/my-levels", s->progress_dir);
    if (fileio_is_dir(path))
      session_add_packs(s, path, false, deadline);
  }
  session_load_levels(s, false, deadline);
  s->startup_spent = session_now() - t0;
}

Session *session_open(const SessionOptions *opt)
{
  Session *s = calloc(1, sizeof *s);
  if (!s)
    return NULL;
  SessionOptions none = {0};
  none.unlock_all = -1;
  const SessionOptions *o = opt ? opt : &none;
  s->read_only = o->read_only;
  s->clock_pack = s->clock_level = -1;
  s->budget = o->startup_seconds > 0 ? o->startup_seconds : SESSION_STARTUP_SECONDS;
  open_progress(s, o);
  find_all_packs(s, o);
  s->unlock_all = o->unlock_all < 0 ? setting_yes("unlock_all") : o->unlock_all > 0;
  session_set_pupil(s, NULL, NULL);
  return s;
}

void session_free(Session *s)
{
  if (!s)
    return;
  for (int i = 0; i < s->npacks; i++)
    session_pack_free(s->packs[i]);
  free(s->broken_packs);
  free(s);
}

const char *session_progress_dir(const Session *s)
{
  return s->progress_ok ? s->progress_dir : NULL;
}

const char *session_progress_error(const Session *s)
{
  return s->progress_ok ? NULL : s->progress_err;
}

bool session_read_only(const Session *s)
{
  return s->read_only;
}

/* --- the levels ------------------------------------------------------------------------- */

int session_pack_count(const Session *s)
{
  return s->npacks;
}

const Pack *session_pack(const Session *s, int pack_i)
{
  return pack_i >= 0 && pack_i < s->npacks ? s->packs[pack_i]->pack : NULL;
}

int session_level_count(const Session *s, int pack_i)
{
  return pack_i >= 0 && pack_i < s->npacks ? s->packs[pack_i]->pack->nlevels : 0;
}

const Level *session_level(const Session *s, int pack_i, int level_i)
{
  return in_range(s, pack_i, level_i) ? s->packs[pack_i]->levels[level_i] : NULL;
}

const SessionProblem *session_level_problem(const Session *s, int pack_i, int level_i)
{
  return in_range(s, pack_i, level_i) ? s->packs[pack_i]->problems[level_i] : NULL;
}

bool session_pack_bundled(const Session *s, int pack_i)
{
  return pack_i >= 0 && pack_i < s->npacks && s->packs[pack_i]->bundled;
}

int session_problem_count(const Session *s)
{
  int n = s->nbroken_packs;
  for (int p = 0; p < s->npacks; p++)
    for (int i = 0; i < s->packs[p]->pack->nlevels; i++)
      n += s->packs[p]->problems[i] != NULL;
  return n;
}

const SessionProblem *session_problem(const Session *s, int i)
{
  if (i < 0)
    return NULL;
  if (i < s->nbroken_packs)
    return &s->broken_packs[i];
  i -= s->nbroken_packs;
  for (int p = 0; p < s->npacks; p++)
    for (int k = 0; k < s->packs[p]->pack->nlevels; k++)
      if (s->packs[p]->problems[k] && i-- == 0)
        return s->packs[p]->problems[k];
  return NULL;
}

double session_startup_seconds(const Session *s)
{
  return s->startup_spent;
}

/* --- who plays -------------------------------------------------------------------------- */

/* Best stars from the player's log (a guest's: the Guest log), for every level that loads
   (pack_i -1: every pack; level_i -1: every level of it). */
void session_read_best(Session *s, int pack_i, int level_i)
{
  ProgressLog *log = NULL;
  char path[1200], err[256];
  if (s->progress_ok &&
      progress_pupil_path(s->progress_dir, s->pupil, s->class_name, path, sizeof path))
    log = progress_read_file(path, err, sizeof err); /* NULL: a new pupil */
  for (int p = 0; p < s->npacks; p++) {
    SessionPack *sp = s->packs[p];
    for (int i = 0; i < sp->pack->nlevels; i++) {
      const Level *lv = sp->levels[i];
      if ((pack_i < 0 || p == pack_i) && (level_i < 0 || i == level_i))
        sp->best[i] = log && lv ? progress_best_stars(log, sp->pack->id, lv->id) : -1;
    }
  }
  progress_log_free(log);
}

void session_set_pupil(Session *s, const char *pupil, const char *class_name)
{
  s->guest = pupil == NULL;
  s->clock_pack = s->clock_level = -1; /* no level is open for the new player */
  /* a guest's work goes to the laptop's "Guest" log, which a teacher may hand to a pupil
     later (progress_adopt) */
  snprintf(s->pupil, sizeof s->pupil, "%s", s->guest ? SESSION_GUEST : pupil);
  snprintf(s->class_name, sizeof s->class_name, "%s", s->guest ? "" : or_empty(class_name));
  for (int p = 0; p < s->npacks; p++)
    for (int i = 0; i < PACK_MAX_LEVELS; i++) { /* the last player's work is theirs */
      free(s->packs[p]->kept[i]);
      s->packs[p]->kept[i] = NULL;
    }
  session_read_best(s, -1, -1);
}

const char *session_pupil(const Session *s)
{
  return s->guest ? "" : s->pupil;
}

const char *session_class(const Session *s)
{
  return s->class_name;
}

bool session_is_guest(const Session *s)
{
  return s->guest;
}

bool session_writes(const Session *s)
{
  return s->progress_ok && !s->read_only;
}

ProgressNames *session_classes(const Session *s)
{
  return s->progress_ok ? progress_classes(s->progress_dir) : NULL;
}

ProgressNames *session_roster(const Session *s, const char *class_name)
{
  return s->progress_ok ? progress_roster(s->progress_dir, class_name) : NULL;
}

int session_best_stars(const Session *s, int pack_i, int level_i)
{
  return in_range(s, pack_i, level_i) ? s->packs[pack_i]->best[level_i] : -1;
}

/* --- what is open ----------------------------------------------------------------------- */

/* The level before this one in its pack that loads, -1 when this is the first such. A broken
   level is passed over: it must not lock the rest of its pack. */
static int previous_loaded(const SessionPack *sp, int level_i)
{
  for (int i = level_i - 1; i >= 0; i--)
    if (sp->levels[i])
      return i;
  return -1;
}

bool session_is_unlocked(const Session *s, int pack_i, int level_i)
{
  if (!session_level(s, pack_i, level_i))
    return false;
  const SessionPack *sp = s->packs[pack_i];
  int before = previous_loaded(sp, level_i);
  return s->unlock_all || before < 0 || sp->best[before] > 0 || sp->best[level_i] > 0;
}

bool session_next_level(const Session *s, int *pack_i, int *level_i)
{
  for (int p = 0; p < s->npacks; p++)
    for (int i = 0; i < s->packs[p]->pack->nlevels; i++)
      if (session_is_unlocked(s, p, i) && s->packs[p]->best[i] <= 0) {
        *pack_i = p;
        *level_i = i;
        return true;
      }
  *pack_i = *level_i = -1;
  return false;
}

bool session_level_after(const Session *s, int pack_i, int level_i, int *next_pack, int *next_level)
{
  for (int p = pack_i < 0 ? 0 : pack_i; p < s->npacks; p++)
    for (int i = p == pack_i ? level_i + 1 : 0; i < s->packs[p]->pack->nlevels; i++)
      if (s->packs[p]->levels[i]) {
        *next_pack = p;
        *next_level = i;
        return true;
      }
  *next_pack = *next_level = -1;
  return false;
}

bool session_unlock_all(const Session *s)
{
  return s->unlock_all;
}

void session_set_unlock_all(Session *s, bool on)
{
  s->unlock_all = on;
}

/* --- running and recording -------------------------------------------------------------- */

RunTrace *session_run(const Session *s, int pack_i, int level_i, const char *program, size_t len,
                      const char *lang)
{
  const Level *lv = session_level(s, pack_i, level_i);
  if (!lv)
    return NULL;
  RunOptions ro = {.lang = lang};
  return runner_run(lv, program ? program : "", program ? len : 0, &ro);
}

/* The one place an attempt line is made, for the game and the command line alike. */
static void build_attempt(ProgressAttempt *a, const char *pack_id, const Level *lv,
                          const RunTrace *t, const SessionAttempt *at)
{
  memset(a, 0, sizeof *a);
  a->time = time(NULL);
  snprintf(a->pack, sizeof a->pack, "%s", pack_id);
  snprintf(a->level, sizeof a->level, "%s", lv->id);
  snprintf(a->outcome, sizeof a->outcome, "%s", runner_outcome_name(t->outcome));
  a->stars = t->stars;
  a->blocks = t->blocks;
  a->steps = t->steps;
  a->seconds = at && at->seconds > 0 ? at->seconds : 0;
  snprintf(a->view, sizeof a->view, "%s", at && at->blocks_view ? "blocks" : "text");
}

bool session_record_level(Session *s, const char *pack_id, const Level *lv, const RunTrace *t,
                          const SessionAttempt *at, const char *program, size_t len, char *err,
                          size_t errlen)
{
  if (!session_writes(s))
    return true;
  ProgressAttempt a;
  build_attempt(&a, pack_id, lv, t, at);
  return progress_record(s->progress_dir, s->pupil, s->class_name, &a, program, program ? len : 0,
                         err, errlen);
}

void session_level_opened(Session *s, int pack_i, int level_i)
{
  s->clock_pack = pack_i;
  s->clock_level = level_i;
  s->clock_start = session_now();
}

/* Seconds since the level was opened or last attempted; the clock starts again. */
static int seconds_on(Session *s, int pack_i, int level_i)
{
  if (s->clock_pack != pack_i || s->clock_level != level_i)
    return 0;
  double t = session_now(), spent = t - s->clock_start;
  s->clock_start = t;
  return spent > 0 && spent < 1e9 ? (int)spent : 0;
}

bool session_record(Session *s, int pack_i, int level_i, const RunTrace *t,
                    const SessionAttempt *at, const char *program, size_t len, char *err,
                    size_t errlen)
{
  const Level *lv = session_level(s, pack_i, level_i);
  if (!lv || !t) {
    snprintf(err, errlen, "no such level");
    return false;
  }
  SessionPack *sp = s->packs[pack_i];
  if (t->stars > sp->best[level_i])
    sp->best[level_i] = t->stars;
  if (sp->best[level_i] < 0)
    sp->best[level_i] = 0; /* tried */
  SessionAttempt timed = {0, false};
  if (at)
    timed = *at;
  if (timed.seconds < 0)
    timed.seconds = seconds_on(s, pack_i, level_i);
  return session_record_level(s, sp->pack->id, lv, t, &timed, program, len, err, errlen);
}

void session_pack_id_of(const char *level_path, char *out, size_t cap)
{
  char dir[1024];
  const char *slash = sys_last_sep(level_path);
  if (!slash)
    snprintf(dir, sizeof dir, ".");
  else
    snprintf(dir, sizeof dir, "%.*s", slash == level_path ? 1 : (int)(slash - level_path),
             level_path);
  LevelError err;
  Pack *p = pack_load(dir, &err);
  if (p) {
    snprintf(out, cap, "%s", p->id);
    pack_free(p);
    return;
  }
  /* A broken pack the game would not show: the folder's last name, as it is. */
  const char *base = sys_last_sep(dir);
  snprintf(out, cap, "%s", base && base[1] ? base + 1 : dir);
}
