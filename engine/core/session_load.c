/* session_load.c: the session's packs and levels: finding the packs, loading each level once
   (the teacher's packs within one start-up budget: slow levels are named and skipped, never
   waited for twice), reading a mended or changed file again, and packs added later (the level
   editor's saves, a file opened by path). Broken packs and levels become problems; the game
   goes on without them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "level_read.h"
#include "session_internal.h"
#include "sys.h"

/* Each problem is told once on stderr (the teacher's terminal or the log), and kept. */
static void tell(const LevelError *e)
{
  fprintf(stderr, "codebridge: %s:%d: %s\n", e->file, e->line > 0 ? e->line : 1, e->message);
}

static void set_problem(SessionPack *sp, int pack_i, int level_i, SessionProblemKind kind,
                        const LevelError *e)
{
  SessionProblem *pr = sp->problems[level_i];
  if (!pr && !(pr = sp->problems[level_i] = malloc(sizeof *pr)))
    return; /* out of memory: the level is still left out, only unexplained */
  pr->kind = kind;
  pr->pack_i = pack_i;
  pr->level_i = level_i;
  pr->error = *e;
  tell(e);
}

static void clear_problem(SessionPack *sp, int level_i)
{
  free(sp->problems[level_i]);
  sp->problems[level_i] = NULL;
}

void session_pack_free(SessionPack *sp)
{
  if (!sp)
    return;
  for (int i = 0; i < PACK_MAX_LEVELS; i++) {
    level_free(sp->levels[i]);
    free(sp->problems[i]);
    free(sp->kept[i]);
  }
  pack_free(sp->pack);
  free(sp);
}

static int index_of(const Session *s, const SessionPack *sp)
{
  for (int i = 0; i < s->npacks; i++)
    if (s->packs[i] == sp)
      return i;
  return -1;
}

/* Two levels of a pack with one id would share one line of progress: the later is broken. */
static bool id_taken(const SessionPack *sp, int level_i, const Level *lv, LevelError *e)
{
  for (int i = 0; i < sp->pack->nlevels; i++)
    if (i != level_i && sp->levels[i] && strcmp(sp->levels[i]->id, lv->id) == 0) {
      level_error_set(e, lv->path, 0, "the id \"%s\" is already used by %s in this pack", lv->id,
                      sp->levels[i]->path);
      return true;
    }
  return false;
}

/* Reads one level file. A level that spent its load budget is a slow one. */
static void load_level(Session *s, SessionPack *sp, int level_i)
{
  const char *path = sp->pack->level_paths[level_i];
  session_stamp(path, &sp->mtime_ns[level_i], &sp->size[level_i]);
  LevelError e;
  Level *lv = level_load(path, &e);
  if (lv && id_taken(sp, level_i, lv, &e)) {
    level_free(lv);
    lv = NULL;
  }
  int pack_i = index_of(s, sp);
  if (!lv) {
    set_problem(sp, pack_i, level_i, e.budget_spent ? SESSION_SLOW_LEVEL : SESSION_BROKEN_LEVEL,
                &e);
    return;
  }
  clear_problem(sp, level_i);
  sp->levels[level_i] = lv;
}

static void not_reached(Session *s, SessionPack *sp, int level_i)
{
  const char *path = sp->pack->level_paths[level_i];
  session_stamp(path, &sp->mtime_ns[level_i], &sp->size[level_i]);
  LevelError e;
  level_error_set(&e, path, 0,
                  "not loaded: the teacher's levels took more than %.0f seconds to load in all, "
                  "so this one was skipped (make the slow levels named above faster, or take "
                  "them out, then start again)",
                  s->budget);
  set_problem(sp, index_of(s, sp), level_i, SESSION_NOT_REACHED, &e);
}

/* Loads the pack's levels not yet tried; past deadline (0: none) they are skipped. */
static void load_pack(Session *s, SessionPack *sp, double deadline)
{
  for (int i = 0; i < sp->pack->nlevels; i++) {
    if (sp->levels[i] || sp->problems[i])
      continue;
    if (deadline > 0 && session_now() >= deadline)
      not_reached(s, sp, i);
    else
      load_level(s, sp, i);
  }
}

void session_load_levels(Session *s, bool bundled, double deadline)
{
  for (int p = 0; p < s->npacks; p++)
    if (s->packs[p]->bundled == bundled)
      load_pack(s, s->packs[p], deadline);
}

/* --- finding packs ---------------------------------------------------------------------- */

static void broken_pack(const LevelError *e, void *ud)
{
  Session *s = ud;
  SessionProblem *more = realloc(s->broken_packs, (size_t)(s->nbroken_packs + 1) * sizeof *more);
  tell(e);
  if (!more)
    return;
  s->broken_packs = more;
  more[s->nbroken_packs++] = (SessionProblem){SESSION_BROKEN_PACK, -1, -1, *e};
}

static bool same_folder(const char *a, const char *b)
{
  char ra[4096], rb[4096];
  if (sys_real_path(a, ra, sizeof ra) && sys_real_path(b, rb, sizeof rb))
    return strcmp(ra, rb) == 0;
  return strcmp(a, b) == 0;
}

/* The pack already in the session from that folder, or -1. */
static int pack_in(const Session *s, const char *dir)
{
  for (int i = 0; i < s->npacks; i++)
    if (same_folder(s->packs[i]->pack->dir, dir))
      return i;
  return -1;
}

/* Takes p into the session (or frees it when it is there already or there is no room). */
static int add_pack(Session *s, Pack *p, bool bundled)
{
  SessionPack *sp =
      s->npacks < SESSION_MAX_PACKS && pack_in(s, p->dir) < 0 ? calloc(1, sizeof *sp) : NULL;
  if (!sp) {
    pack_free(p);
    return -1;
  }
  sp->pack = p;
  sp->bundled = bundled;
  for (int i = 0; i < PACK_MAX_LEVELS; i++)
    sp->best[i] = -1;
  s->packs[s->npacks] = sp;
  return s->npacks++;
}

void session_add_packs(Session *s, const char *root, bool bundled, double deadline)
{
  Pack *found[SESSION_MAX_PACKS];
  int n = pack_find_all_until(root, found, SESSION_MAX_PACKS - s->npacks, broken_pack, s, deadline);
  for (int i = 0; i < n; i++)
    add_pack(s, found[i], bundled);
}

/* --- reading again ---------------------------------------------------------------------- */

int session_refresh(Session *s)
{
  int mended = 0;
  for (int p = 0; p < s->npacks; p++) {
    SessionPack *sp = s->packs[p];
    for (int i = 0; i < sp->pack->nlevels; i++) {
      long long m, z;
      if (!sp->problems[i])
        continue;
      session_stamp(sp->pack->level_paths[i], &m, &z);
      if (m == sp->mtime_ns[i] && z == sp->size[i])
        continue; /* unchanged: it would fail the same way, and may be slow to */
      load_level(s, sp, i);
      if (sp->levels[i]) {
        mended++;
        session_read_best(s, p, i);
      }
    }
  }
  return mended;
}

bool session_reload_level(Session *s, int pack_i, int level_i, LevelError *err)
{
  if (pack_i < 0 || pack_i >= s->npacks || level_i < 0 ||
      level_i >= s->packs[pack_i]->pack->nlevels) {
    level_error_set(err, "", 0, "no such level");
    return false;
  }
  SessionPack *sp = s->packs[pack_i];
  const char *path = sp->pack->level_paths[level_i];
  long long m, z;
  session_stamp(path, &m, &z);
  Level *fresh = level_load(path, err);
  if (fresh && id_taken(sp, level_i, fresh, err)) {
    level_free(fresh);
    fresh = NULL;
  }
  sp->mtime_ns[level_i] = m;
  sp->size[level_i] = z;
  if (!fresh) {
    if (!sp->levels[level_i]) /* it was not on offer: its problem is this one now */
      set_problem(sp, pack_i, level_i, SESSION_BROKEN_LEVEL, err);
    return false;
  }
  level_free(sp->levels[level_i]);
  sp->levels[level_i] = fresh;
  clear_problem(sp, level_i);
  session_read_best(s, pack_i, level_i);
  return true;
}

/* What the old pack knew of a level file the new one also lists, when the file is the same. */
static void carry_over(SessionPack *to, int i, SessionPack *from)
{
  for (int k = 0; k < from->pack->nlevels; k++) {
    long long m, z;
    if (strcmp(from->pack->level_paths[k], to->pack->level_paths[i]) != 0)
      continue;
    session_stamp(to->pack->level_paths[i], &m, &z);
    to->kept[i] = from->kept[k];
    from->kept[k] = NULL;
    to->best[i] = from->best[k];
    if (m == from->mtime_ns[k] && z == from->size[k] && from->levels[k]) {
      to->levels[i] = from->levels[k];
      from->levels[k] = NULL;
      to->mtime_ns[i] = m;
      to->size[i] = z;
    }
    return;
  }
}

int session_refresh_pack(Session *s, const char *dir, LevelError *err)
{
  Pack *p = pack_load(dir, err);
  if (!p)
    return -1;
  int at = pack_in(s, p->dir);
  if (at < 0) {
    at = add_pack(s, p, false);
    if (at < 0)
      level_error_set(err, dir, 0, "there are too many packs (at most %d)", SESSION_MAX_PACKS);
  } else {
    SessionPack *old = s->packs[at], *sp = calloc(1, sizeof *sp);
    if (!sp) {
      pack_free(p);
      level_error_set(err, dir, 0, "out of memory");
      return -1;
    }
    sp->pack = p;
    sp->bundled = old->bundled;
    for (int i = 0; i < PACK_MAX_LEVELS; i++)
      sp->best[i] = -1;
    for (int i = 0; i < p->nlevels; i++)
      carry_over(sp, i, old);
    s->packs[at] = sp;
    session_pack_free(old);
  }
  if (at >= 0) {
    load_pack(s, s->packs[at], session_now() + s->budget);
    session_read_best(s, at, -1);
  }
  return at;
}

static int level_in(const SessionPack *sp, const char *real)
{
  for (int i = 0; i < sp->pack->nlevels; i++) {
    char other[4096];
    if (sys_real_path(sp->pack->level_paths[i], other, sizeof other) && strcmp(other, real) == 0)
      return i;
  }
  return -1;
}

bool session_find_file(Session *s, const char *path, int *pack_i, int *level_i, LevelError *err)
{
  char real[4096];
  *pack_i = *level_i = -1;
  if (!sys_real_path(path, real, sizeof real)) {
    level_error_set(err, path, 0, "no such level file");
    return false;
  }
  for (int p = 0; p < s->npacks && *level_i < 0; p++)
    if ((*level_i = level_in(s->packs[p], real)) >= 0)
      *pack_i = p;
  if (*pack_i < 0) { /* not in a pack yet: its folder becomes one */
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", real);
    *sys_last_sep(dir) = '\0';
    int p = session_refresh_pack(s, dir, err);
    if (p < 0)
      return false;
    if ((*level_i = level_in(s->packs[p], real)) < 0) {
      level_error_set(err, path, 0, "not found in a level pack");
      return false;
    }
    *pack_i = p;
  }
  const SessionProblem *pr = session_level_problem(s, *pack_i, *level_i);
  if (pr)
    *err = pr->error;
  return pr == NULL;
}

void session_pack_to_front(Session *s, int pack_i)
{
  if (pack_i <= 0 || pack_i >= s->npacks)
    return;
  SessionPack *moved = s->packs[pack_i];
  memmove(&s->packs[1], &s->packs[0], (size_t)pack_i * sizeof s->packs[0]);
  s->packs[0] = moved;
  for (int p = 0; p < s->npacks; p++) /* problems name their pack by index */
    for (int i = 0; i < s->packs[p]->pack->nlevels; i++)
      if (s->packs[p]->problems[i])
        s->packs[p]->problems[i]->pack_i = p;
}
