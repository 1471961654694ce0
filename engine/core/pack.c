/* pack.c: level packs: a folder's pack.lua (read in a level sandbox, like a level) or, without
   one, its *.lua files in name order. Lists level paths only: never loads a level (level.c
   does) and never reads outside the pack's folder. */
#include "pack.h"

#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "level_read.h"
#include "sandbox.h"
#include "sys.h"

#define MANIFEST "pack.lua"

static bool is_file(const char *path)
{
  return sys_kind(path) == SYS_FILE;
}

static bool ends_with(const char *s, const char *tail)
{
  size_t n = strlen(s), t = strlen(tail);
  return n >= t && strcmp(s + n - t, tail) == 0;
}

static int compare_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool add_level(Pack *p, const char *name, LevelError *err)
{
  if (p->nlevels >= PACK_MAX_LEVELS) {
    level_error_set(err, p->dir, 0, "the pack has too many levels (at most %d)", PACK_MAX_LEVELS);
    return false;
  }
  size_t n = strlen(p->dir) + strlen(name) + 2;
  char *path = malloc(n);
  if (!path) {
    level_error_set(err, p->dir, 0, "out of memory");
    return false;
  }
  snprintf(path, n, "%s/%s", p->dir, name);
  p->level_paths[p->nlevels++] = path;
  return true;
}

/* A level file name as a folder listing shows it: *.lua, not hidden, not the manifest. */
static bool is_level_name(const char *name)
{
  return name[0] != '.' && ends_with(name, ".lua") && strcmp(name, MANIFEST) != 0;
}

/* The *.lua names of dir, sorted, into names (max + 1 slots, malloc'd strings): how many,
   max + 1 meaning "too many", or -1 when the folder cannot be read. */
static int list_levels(const char *dir, char **names, int max)
{
  SysDir *d = sys_dir_open(dir);
  if (!d)
    return -1;
  int n = 0;
  const char *e;
  while (n <= max && (e = sys_dir_next(d))) {
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, e);
    if (is_level_name(e) && is_file(path) && (names[n] = strdup(e)))
      n++;
  }
  sys_dir_close(d);
  qsort(names, (size_t)n, sizeof names[0], compare_names);
  return n;
}

static bool add_listed(Pack *p, LevelError *err)
{
  char *names[PACK_MAX_LEVELS + 1];
  int n = list_levels(p->dir, names, PACK_MAX_LEVELS);
  if (n < 0) {
    level_error_set(err, p->dir, 0, "cannot read the folder");
    return false;
  }
  bool ok = n <= PACK_MAX_LEVELS;
  if (!ok)
    level_error_set(err, p->dir, 0, "the pack has too many levels (at most %d)", PACK_MAX_LEVELS);
  for (int i = 0; i < n; i++) {
    ok = ok && add_level(p, names[i], err);
    free(names[i]);
  }
  return ok;
}

/* One entry of pack.lua's levels list: a file name beside pack.lua, nothing else. */
static bool add_named(Pack *p, const char *name, size_t len, int line, const char *path,
                      LevelError *err)
{
  if (len == 0 || len > 200 || strlen(name) != len || strchr(name, '/') || strchr(name, '\\') ||
      !is_level_name(name)) {
    level_error_set(err, path, line,
                    "each entry of 'levels' must be the name of a .lua file "
                    "in this folder, like \"01-first-steps.lua\"");
    return false;
  }
  for (int i = 0; i < p->nlevels; i++)
    if (ends_with(p->level_paths[i], name) &&
        p->level_paths[i][strlen(p->level_paths[i]) - len - 1] == '/') {
      level_error_set(err, path, line, "'levels' lists \"%s\" twice", name);
      return false;
    }
  if (!add_level(p, name, err))
    return false;
  if (!is_file(p->level_paths[p->nlevels - 1])) {
    level_error_set(err, path, line,
                    "'levels' lists \"%s\", but there is no such file in the "
                    "folder",
                    name);
    return false;
  }
  return true;
}

static bool read_level_list(Pack *p, lua_State *L, const LevelSource *src, LevelError *err)
{
  lua_pushstring(L, "levels");
  int type = lua_rawget(L, -2);
  int line = level_find_line(src, "levels", 1);
  bool ok = true;
  if (type == LUA_TNIL)
    ok = add_listed(p, err);
  else if (type != LUA_TTABLE) {
    level_error_set(err, src->path, line, "'levels' must be a list of file names in { }");
    ok = false;
  }
  lua_Unsigned n = ok && type == LUA_TTABLE ? lua_rawlen(L, -1) : 0;
  for (lua_Unsigned i = 1; ok && i <= n; i++) {
    size_t len = 0;
    const char *name = "";
    if (lua_rawgeti(L, -1, (lua_Integer)i) == LUA_TSTRING)
      name = lua_tolstring(L, -1, &len);
    ok = add_named(p, name, len, line, src->path, err);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return ok;
}

static bool read_ages(lua_State *L, Pack *p, const LevelSource *src, LevelError *err)
{
  lua_pushstring(L, "ages");
  int type = lua_rawget(L, -2);
  size_t n = 0;
  const char *s = type == LUA_TSTRING ? lua_tolstring(L, -1, &n) : NULL;
  bool ok = type == LUA_TNIL || (s && n < sizeof p->ages && strlen(s) == n);
  if (ok && s)
    memcpy(p->ages, s, n + 1);
  lua_pop(L, 1);
  if (!ok)
    level_error_set(err, src->path, level_find_line(src, "ages", 1),
                    "'ages' must be a short text like \"5-7\"");
  return ok;
}

static bool read_manifest(Pack *p, const char *path, LevelError *err)
{
  static const char *const fields[] = {"title", "description", "ages", "levels", NULL};
  char why[1200];
  size_t len;
  char *text = fileio_read(path, FILEIO_MAX_SOURCE, &len, why, sizeof why);
  if (!text) {
    level_error_set(err, path, 0, "cannot read it (%s)", why);
    return false;
  }
  LevelSource src = {path, text, len};
  Sandbox *sb = level_run_chunk(&src, err);
  bool ok = sb != NULL, absent;
  if (ok) {
    lua_State *L = sandbox_lua(sb);
    ok = level_check_keys(L, -1, fields, "pack.lua", &src, 1, err) &&
         level_read_text(L, -1, "title", 200, &src, 1, &p->title, &absent, err) &&
         level_read_text(L, -1, "description", 4000, &src, 1, &p->description, &absent, err) &&
         read_ages(L, p, &src, err) && read_level_list(p, L, &src, err);
  }
  sandbox_free(sb);
  free(text);
  return ok;
}

/* The folder's own name is the pack's id in progress files, kept to safe characters: a
   teacher's "Our walks" folder is the pack "Our-walks". Letters, digits, - and _ stay; any
   other run of bytes becomes one '-'. levels\01-london on Windows is 01-london as on Linux,
   so progress from both merges. */
static bool set_id(Pack *p, LevelError *err)
{
  char full[4096];
  const char *base = sys_real_path(p->dir, full, sizeof full) ? sys_last_sep(full) : NULL;
  base = base && base[1] ? base + 1 : p->dir;
  size_t o = 0;
  for (const char *c = base; *c && o + 1 < sizeof p->id; c++) {
    bool keep = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
                *c == '-' || *c == '_';
    if (keep)
      p->id[o++] = *c;
    else if (o > 0 && p->id[o - 1] != '-')
      p->id[o++] = '-';
  }
  while (o > 0 && p->id[o - 1] == '-')
    o--;
  p->id[o] = '\0';
  if (o == 0) {
    level_error_set(err, p->dir, 0,
                    "the folder name \"%s\" cannot name a pack: give it a name "
                    "with letters or digits",
                    base);
    return false;
  }
  return true;
}

Pack *pack_load(const char *dir, LevelError *err)
{
  memset(err, 0, sizeof *err);
  Pack *p = calloc(1, sizeof *p);
  if (!p) {
    level_error_set(err, dir, 0, "out of memory");
    return NULL;
  }
  size_t n = strlen(dir);
  while (n > 1 && sys_is_sep(dir[n - 1]))
    n--;
  snprintf(p->dir, sizeof p->dir, "%.*s", (int)n, dir);
  char manifest[1100];
  snprintf(manifest, sizeof manifest, "%s/%s", p->dir, MANIFEST);
  bool ok =
      set_id(p, err) && (is_file(manifest) ? read_manifest(p, manifest, err) : add_listed(p, err));
  if (ok && p->nlevels == 0) {
    level_error_set(err, p->dir, 0, "the pack has no levels");
    ok = false;
  }
  if (ok && p->title.n == 0 && (p->title.text[0] = strdup(p->id))) {
    p->title.n = 1; /* no title given: the folder's name */
    snprintf(p->title.lang[0], sizeof p->title.lang[0], "en");
  }
  if (!ok) {
    pack_free(p);
    return NULL;
  }
  return p;
}

void pack_free(Pack *p)
{
  if (!p)
    return;
  level_text_free(&p->title);
  level_text_free(&p->description);
  for (int i = 0; i < p->nlevels; i++)
    free(p->level_paths[i]);
  free(p);
}

/* A folder is a pack when it holds pack.lua or any level file. */
static bool is_pack(const char *dir)
{
  char *names[2];
  char manifest[1100];
  snprintf(manifest, sizeof manifest, "%s/%s", dir, MANIFEST);
  if (is_file(manifest))
    return true;
  int n = list_levels(dir, names, 1);
  for (int i = 0; i < n; i++)
    free(names[i]);
  return n > 0;
}

/* Sorted names of dir's visible sub-folders; how many (at most max). */
static int list_folders(const char *dir, char **names, int max)
{
  SysDir *d = sys_dir_open(dir);
  if (!d)
    return 0;
  int n = 0;
  const char *e;
  while (n < max && (e = sys_dir_next(d))) {
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, e);
    if (e[0] != '.' && fileio_is_dir(path) && (names[n] = strdup(e)))
      n++;
  }
  sys_dir_close(d);
  qsort(names, (size_t)n, sizeof names[0], compare_names);
  return n;
}

static int find_one(const char *dir, Pack **out, int max,
                    void (*on_error)(const LevelError *err, void *ud), void *ud)
{
  LevelError err;
  Pack *p = max > 0 ? pack_load(dir, &err) : NULL;
  if (p)
    out[0] = p;
  else if (max > 0 && on_error)
    on_error(&err, ud);
  return p != NULL;
}

/* A pack folder not read because the deadline passed: reported like a broken pack. */
static void too_late(const char *dir, void (*on_error)(const LevelError *err, void *ud), void *ud)
{
  LevelError err;
  memset(&err, 0, sizeof err);
  level_error_set(&err, dir, 0,
                  "not read: the teacher's packs took too long to load, so this "
                  "one was skipped (make the slow ones faster, then start again)");
  err.budget_spent = true;
  if (on_error)
    on_error(&err, ud);
}

int pack_find_all_until(const char *root, Pack **out, int max,
                        void (*on_error)(const LevelError *err, void *ud), void *ud,
                        double deadline)
{
  if (is_pack(root))
    return find_one(root, out, max, on_error, ud);
  char *names[256];
  int n = list_folders(root, names, 256), found = 0;
  for (int i = 0; i < n; i++) {
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", root, names[i]);
    if (found < max && is_pack(path)) {
      if (deadline > 0 && sys_seconds() >= deadline)
        too_late(path, on_error, ud);
      else
        found += find_one(path, out + found, max - found, on_error, ud);
    }
    free(names[i]);
  }
  return found;
}

int pack_find_all(const char *root, Pack **out, int max,
                  void (*on_error)(const LevelError *err, void *ud), void *ud)
{
  return pack_find_all_until(root, out, max, on_error, ud, 0);
}
