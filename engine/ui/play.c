/* play.c: who plays and what there is to play (see play.h): packs, stars, unlocking, the
   program saved or kept per level, the attempt recorded, the pupil's chosen view. Decides
   these rules once for every screen; draws nothing and includes no SDL. */
#include "play.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fileio.h"
#include "paths.h"
#include "settings.h"
#include "sys.h"

static void find_packs(Play *p, const char *root)
{
  Pack *found[PLAY_MAX_PACKS];
  int n = pack_find_all(root, found, PLAY_MAX_PACKS - p->npacks, NULL, NULL);
  for (int i = 0; i < n; i++) {
    memset(&p->packs[p->npacks], 0, sizeof p->packs[0]);
    p->packs[p->npacks++].pack = found[i];
  }
}

bool play_init(Play *p, const char *progress_dir, const char *levels_dir, bool read_only)
{
  memset(p, 0, sizeof *p);
  p->read_only = read_only;
  p->pack_i = p->level_i = -1;
  /* read-only (screenshots) still reads rosters and stars from an explicit folder */
  p->progress_ok = (!read_only || progress_dir) &&
                   progress_resolve_dir(progress_dir, p->progress_dir, sizeof p->progress_dir);
  char levels[1200];
  find_packs(p, paths_data(levels, sizeof levels, "levels"));
  if (levels_dir)
    find_packs(p, levels_dir);
  else if (p->progress_ok) { /* the levels made in the level editor */
    snprintf(levels, sizeof levels, "%s/my-levels", p->progress_dir);
    find_packs(p, levels);
  }
  p->unlock_all = settings_unlock_all();
  snprintf(p->pupil, sizeof p->pupil, "Guest");
  return p->progress_ok;
}

static void free_pack(PlayPack *pp)
{
  for (int j = 0; j < PACK_MAX_LEVELS; j++) {
    level_free(pp->levels[j]);
    free(pp->kept[j]);
  }
  pack_free(pp->pack);
  memset(pp, 0, sizeof *pp);
}

void play_deinit(Play *p)
{
  for (int i = 0; i < p->npacks; i++)
    free_pack(&p->packs[i]);
  p->npacks = 0;
}

void play_as(Play *p, const char *pupil, const char *class_name)
{
  p->guest = pupil == NULL;
  snprintf(p->pupil, sizeof p->pupil, "%s", pupil ? pupil : "Guest");
  snprintf(p->class_name, sizeof p->class_name, "%s", class_name ? class_name : "");
  for (int i = 0; i < p->npacks; i++) {
    p->packs[i].loaded = false;                 /* stars are per pupil */
    for (int j = 0; j < PACK_MAX_LEVELS; j++) { /* and so is the work kept in memory */
      free(p->packs[i].kept[j]);
      p->packs[i].kept[j] = NULL;
    }
  }
}

static void load_pack_levels(PlayPack *pp)
{
  for (int j = 0; j < pp->pack->nlevels && j < PACK_MAX_LEVELS; j++) {
    if (pp->levels[j])
      continue;
    LevelError e;
    pp->levels[j] = level_load(pp->pack->level_paths[j], &e);
    /* tried again each time the map shows (the teacher may have mended it), told once */
    if (!pp->levels[j] && !pp->told[j])
      fprintf(stderr, "codebridge: %s:%d: %s\n", e.file, e.line, e.message);
    pp->told[j] = !pp->levels[j];
  }
}

static bool writes(const Play *p)
{
  return !p->guest && p->progress_ok && !p->read_only;
}

void play_load_stars(Play *p)
{
  ProgressLog *log = NULL;
  char path[1200], err[256];
  if (!p->guest && p->progress_ok &&
      progress_pupil_path(p->progress_dir, p->pupil, p->class_name, path, sizeof path))
    log = progress_read_file(path, err, sizeof err); /* NULL: a new pupil */
  for (int i = 0; i < p->npacks; i++) {
    PlayPack *pp = &p->packs[i];
    load_pack_levels(pp);
    if (pp->loaded)
      continue;
    for (int j = 0; j < PACK_MAX_LEVELS; j++) {
      const Level *lv = pp->levels[j];
      pp->best[j] = (log && lv) ? progress_best_stars(log, pp->pack->id, lv->id) : -1;
    }
    pp->loaded = true;
  }
  progress_log_free(log);
}

Level *play_level(const Play *p, int pack_i, int level_i)
{
  if (pack_i < 0 || pack_i >= p->npacks || level_i < 0 || level_i >= PACK_MAX_LEVELS)
    return NULL;
  if (level_i >= p->packs[pack_i].pack->nlevels)
    return NULL;
  return p->packs[pack_i].levels[level_i];
}

bool play_unlocked(const Play *p, int pack_i, int level_i)
{
  const PlayPack *pp = &p->packs[pack_i];
  return p->unlock_all || level_i == 0 || pp->best[level_i - 1] > 0 || pp->best[level_i] > 0;
}

bool play_next_to_try(const Play *p, int *pack_i, int *level_i)
{
  *pack_i = *level_i = -1;
  for (int k = 0; k < p->npacks; k++)
    for (int i = 0; i < p->packs[k].pack->nlevels; i++)
      if (p->packs[k].levels[i] && play_unlocked(p, k, i) && p->packs[k].best[i] <= 0) {
        *pack_i = k;
        *level_i = i;
        return true;
      }
  return false;
}

bool play_next_level(const Play *p, int pack_i, int level_i, int *next_p, int *next_i)
{
  *next_p = pack_i;
  *next_i = level_i + 1;
  if (*next_p >= 0 && *next_p < p->npacks && *next_i >= p->packs[*next_p].pack->nlevels) {
    (*next_p)++;
    *next_i = 0;
  }
  return *next_p >= 0 && *next_p < p->npacks && p->packs[*next_p].pack->nlevels > 0;
}

char *play_open(Play *p, int pack_i, int level_i)
{
  if (pack_i < 0 || pack_i >= p->npacks)
    return NULL;
  PlayPack *pp = &p->packs[pack_i];
  load_pack_levels(pp);
  const Level *lv = play_level(p, pack_i, level_i);
  if (!lv)
    return NULL;
  p->pack_i = pack_i;
  p->level_i = level_i;
  size_t len = 0;
  char *saved = p->progress_ok && !p->guest
                    ? progress_load_program(p->progress_dir, p->pupil, p->class_name, pp->pack->id,
                                            lv->id, &len)
                    : NULL;
  if (!saved && pp->kept[level_i])
    saved = strdup(pp->kept[level_i]); /* a guest came back */
  if (!saved)
    saved = strdup(lv->start_program ? lv->start_program : "");
  return saved;
}

bool play_save_program(Play *p, const char *text)
{
  const Level *lv = play_level(p, p->pack_i, p->level_i);
  if (!lv)
    return true;
  if (!writes(p)) { /* a guest is anonymous: their work lasts the session only */
    if (p->read_only)
      return true;
    char *copy = strdup(text);
    if (!copy)
      return false;
    free(p->packs[p->pack_i].kept[p->level_i]);
    p->packs[p->pack_i].kept[p->level_i] = copy;
    return true;
  }
  char err[256];
  if (progress_save_program(p->progress_dir, p->pupil, p->class_name, p->packs[p->pack_i].pack->id,
                            lv->id, text, strlen(text), err, sizeof err))
    return true;
  fprintf(stderr, "codebridge: %s\n", err);
  return false;
}

void play_record(Play *p, const RunTrace *t, int seconds, bool blocks_view, const char *text)
{
  const Level *lv = play_level(p, p->pack_i, p->level_i);
  if (!lv)
    return;
  PlayPack *pp = &p->packs[p->pack_i];
  if (t->stars > pp->best[p->level_i])
    pp->best[p->level_i] = t->stars;
  if (pp->best[p->level_i] < 0)
    pp->best[p->level_i] = 0;
  if (!writes(p))
    return;
  ProgressAttempt a = {0};
  a.time = time(NULL);
  snprintf(a.pack, sizeof a.pack, "%s", pp->pack->id);
  snprintf(a.level, sizeof a.level, "%s", lv->id);
  snprintf(a.outcome, sizeof a.outcome, "%s", runner_outcome_name(t->outcome));
  a.stars = t->stars;
  a.blocks = t->blocks;
  a.steps = t->steps;
  a.seconds = seconds;
  snprintf(a.view, sizeof a.view, "%s", blocks_view ? "blocks" : "text");
  char err[256];
  if (!progress_record(p->progress_dir, p->pupil, p->class_name, &a, text, strlen(text), err,
                       sizeof err))
    fprintf(stderr, "codebridge: %s\n", err);
}

/* --- the pupil's chosen view: PACK/LEVEL.view beside their saved PACK/LEVEL.lua ----------- */

static bool view_path(const Play *p, int pack_i, int level_i, char *out, size_t cap)
{
  const Level *lv = play_level(p, pack_i, level_i);
  if (p->guest || !p->progress_ok || !lv ||
      !progress_program_path(p->progress_dir, p->pupil, p->class_name, p->packs[pack_i].pack->id,
                             lv->id, out, cap))
    return false;
  size_t n = strlen(out);
  if (n < 4 || n + 2 > cap || strcmp(out + n - 4, ".lua") != 0)
    return false;
  memcpy(out + n - 4, ".view", 6);
  return true;
}

int play_view_load(const Play *p, int pack_i, int level_i)
{
  char path[1200], err[256];
  size_t len = 0;
  if (!view_path(p, pack_i, level_i, path, sizeof path))
    return -1;
  char *s = fileio_read(path, 64, &len, err, sizeof err);
  int v = !s ? -1 : strncmp(s, "blocks", 6) == 0 ? 1 : strncmp(s, "text", 4) == 0 ? 0 : -1;
  free(s);
  return v;
}

/* mkdir -p of path's folder. */
static void make_parent(const char *path)
{
  char buf[1200];
  snprintf(buf, sizeof buf, "%s", path);
  char *slash = sys_last_sep(buf);
  if (!slash)
    return;
  *slash = '\0';
  sys_mkdirs(buf);
}

void play_view_save(const Play *p, int pack_i, int level_i, bool blocks)
{
  char path[1200], err[256];
  if (p->read_only || !view_path(p, pack_i, level_i, path, sizeof path) ||
      play_view_load(p, pack_i, level_i) == (int)blocks)
    return;
  make_parent(path);
  const char *s = blocks ? "blocks\n" : "text\n";
  if (!fileio_write_atomic(path, s, strlen(s), err, sizeof err))
    fprintf(stderr, "codebridge: %s\n", err);
}

/* --- levels and packs changing on disk --------------------------------------------------- */

void play_replace_level(Play *p, int pack_i, int level_i, Level *fresh)
{
  if (pack_i < 0 || pack_i >= p->npacks || level_i < 0 || level_i >= PACK_MAX_LEVELS) {
    level_free(fresh);
    return;
  }
  level_free(p->packs[pack_i].levels[level_i]);
  p->packs[pack_i].levels[level_i] = fresh;
}

void play_refresh_pack(Play *p, const char *dir)
{
  LevelError err;
  Pack *pack = pack_load(dir, &err);
  if (!pack)
    return;
  int at = p->npacks;
  for (int i = 0; i < p->npacks; i++)
    if (strcmp(p->packs[i].pack->dir, pack->dir) == 0)
      at = i;
  if (at == PLAY_MAX_PACKS) {
    pack_free(pack);
    return;
  }
  if (at < p->npacks) {
    free_pack(&p->packs[at]);
    if (p->pack_i == at)
      p->pack_i = p->level_i = -1; /* its levels are new ones */
  } else {
    p->npacks++;
  }
  memset(&p->packs[at], 0, sizeof p->packs[at]);
  p->packs[at].pack = pack;
}

static int find_level(const Play *p, const char *real, int *level_i)
{
  for (int k = 0; k < p->npacks; k++)
    for (int i = 0; i < p->packs[k].pack->nlevels; i++) {
      char other[4096];
      if (sys_real_path(p->packs[k].pack->level_paths[i], other, sizeof other) &&
          strcmp(other, real) == 0) {
        *level_i = i;
        return k;
      }
    }
  return -1;
}

/* A teacher's level (not in a bundled pack) puts its pack first on the map, so the map's
   picture shows it; the bundled packs follow. */
static int pack_first(Play *p, int pack_i)
{
  char bundled[1024], real_b[4096], real_p[4096];
  paths_data(bundled, sizeof bundled, "levels");
  if (pack_i <= 0 || !sys_real_path(bundled, real_b, sizeof real_b) ||
      !sys_real_path(p->packs[pack_i].pack->dir, real_p, sizeof real_p))
    return pack_i;
  size_t n = strlen(real_b);
  if (strncmp(real_p, real_b, n) == 0 && (sys_is_sep(real_p[n]) || real_p[n] == '\0'))
    return pack_i;
  PlayPack moved = p->packs[pack_i];
  memmove(&p->packs[1], &p->packs[0], (size_t)pack_i * sizeof p->packs[0]);
  p->packs[0] = moved;
  return 0;
}

bool play_find_file(Play *p, const char *path, int *pack_i, int *level_i, char *err, size_t cap)
{
  char real[4096], dir[4096];
  if (!sys_real_path(path, real, sizeof real)) {
    snprintf(err, cap, "%s: no such level file", path);
    return false;
  }
  int li, pi = find_level(p, real, &li);
  if (pi < 0 && p->npacks < PLAY_MAX_PACKS) { /* not a bundled level: load its folder */
    snprintf(dir, sizeof dir, "%s", real);
    *sys_last_sep(dir) = '\0';
    LevelError e;
    Pack *pack = pack_load(dir, &e);
    if (pack) {
      memset(&p->packs[p->npacks], 0, sizeof p->packs[0]);
      p->packs[p->npacks++].pack = pack;
      pi = find_level(p, real, &li);
    }
  }
  if (pi < 0) {
    snprintf(err, cap, "%s: not found in a level pack", path);
    return false;
  }
  *pack_i = pack_first(p, pi);
  *level_i = li;
  return true;
}
