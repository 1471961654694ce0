/* session_files.c: the work a session keeps per level: the pupil's latest program (saved in
   the progress folder, or kept in memory when nothing can be written) and the
   view they chose (PACK/LEVEL.view beside PACK/LEVEL.lua: docs/progress-format.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "session_internal.h"
#include "sys.h"
#include "util.h"

static SessionPack *pack_of(const Session *s, int pack_i, int level_i)
{
  return session_level(s, pack_i, level_i) ? s->packs[pack_i] : NULL;
}

static char *copy_of(const char *text, size_t len)
{
  char *c = malloc(len + 1);
  if (c) {
    memcpy(c, text, len);
    c[len] = '\0';
  }
  return c;
}

char *session_load_program(const Session *s, int pack_i, int level_i, size_t *len)
{
  SessionPack *sp = pack_of(s, pack_i, level_i);
  size_t n = 0;
  if (!len)
    len = &n;
  if (!sp)
    return NULL;
  const Level *lv = sp->levels[level_i];
  char *saved = s->progress_ok ? progress_load_program(s->progress_dir, s->pupil, s->class_name,
                                                       sp->pack->id, lv->id, len)
                               : NULL;
  if (saved)
    return saved;
  const char *from = sp->kept[level_i]   ? sp->kept[level_i]
                     : lv->start_program ? lv->start_program
                                         : "";
  *len = strlen(from);
  return copy_of(from, *len);
}

bool session_save_program(Session *s, int pack_i, int level_i, const char *program, size_t len,
                          char *err, size_t errlen)
{
  SessionPack *sp = pack_of(s, pack_i, level_i);
  if (!sp) {
    snprintf(err, errlen, "no such level");
    return false;
  }
  if (s->read_only)
    return true;
  if (!session_writes(s)) { /* nothing can be written: the work lasts the session, in memory */
    char *c = copy_of(program, len);
    if (!c) {
      snprintf(err, errlen, "out of memory");
      return false;
    }
    free(sp->kept[level_i]);
    sp->kept[level_i] = c;
    return true;
  }
  return progress_save_program(s->progress_dir, s->pupil, s->class_name, sp->pack->id,
                               sp->levels[level_i]->id, program, len, err, errlen);
}

/* --- the chosen view -------------------------------------------------------------------- */

static bool view_path(const Session *s, int pack_i, int level_i, char *out, size_t cap)
{
  SessionPack *sp = pack_of(s, pack_i, level_i);
  if (!sp || !s->progress_ok ||
      !progress_program_path(s->progress_dir, s->pupil, s->class_name, sp->pack->id,
                             sp->levels[level_i]->id, out, cap))
    return false;
  size_t n = strlen(out);
  if (n < 4 || n + 2 > cap || strcmp(out + n - 4, ".lua") != 0)
    return false;
  memcpy(out + n - 4, ".view", 6);
  return true;
}

int session_view_load(const Session *s, int pack_i, int level_i)
{
  char path[1200], err[256];
  size_t len = 0;
  if (!view_path(s, pack_i, level_i, path, sizeof path))
    return -1;
  char *v = fileio_read(path, 64, &len, err, sizeof err);
  int blocks = !v ? -1 : strncmp(v, "blocks", 6) == 0 ? 1 : strncmp(v, "text", 4) == 0 ? 0 : -1;
  free(v);
  return blocks;
}

bool session_view_wanted(const Session *s, int pack_i, int level_i)
{
  const Level *lv = session_level(s, pack_i, level_i);
  if (!lv || strcmp(lv->mode, "blocks") == 0)
    return true;
  if (strcmp(lv->mode, "text") == 0)
    return false;
  int v = session_view_load(s, pack_i, level_i);
  for (int i = level_i - 1; v < 0 && i >= 0; i--) /* the level before it that loads */
    if (session_level(s, pack_i, i)) {
      v = session_view_load(s, pack_i, i);
      break;
    }
  return v != 0; /* most pupils of 5-9 cannot type: blocks unless they chose text */
}

/* mkdir -p of the folder holding path. */
static bool make_parent(const char *path)
{
  char buf[1200];
  snprintf(buf, sizeof buf, "%s", path);
  char *slash = sys_last_sep(buf);
  if (!slash)
    return true;
  *slash = '\0';
  return sys_mkdirs(buf);
}

bool session_view_save(Session *s, int pack_i, int level_i, bool blocks, char *err, size_t errlen)
{
  const Level *lv = session_level(s, pack_i, level_i);
  char path[1200];
  if (!lv || !session_writes(s) || strcmp(lv->mode, "both") != 0 ||
      !view_path(s, pack_i, level_i, path, sizeof path) ||
      session_view_load(s, pack_i, level_i) == (int)blocks)
    return true; /* nothing to remember, or remembered already */
  const char *v = blocks ? "blocks\n" : "text\n";
  if (!make_parent(path)) {
    snprintf(err, errlen, "%s: the folder cannot be made", path);
    return false;
  }
  return fileio_write_atomic(path, v, strlen(v), err, errlen);
}
