/* test_pack.c: level packs: pack.lua's order and fields, a folder of *.lua in name order, a
   listed file that is missing, hostile entries, and finding every pack under a root.
   Fixtures are in tests/levels/packs/; the hostile cases are written to a temporary folder. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "pack.h"

static const char *base(const char *path)
{
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

static void test_ordered_pack(void)
{
  LevelError err;
  Pack *p = pack_load("levels/packs/a-ordered/", &err);
  CHECK(p != NULL);
  if (!p) {
    fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
    return;
  }
  CHECK_STR("a-ordered", p->id);
  CHECK_STR("Po Londynie", level_text(&p->title, "pl"));
  CHECK_STR("Three short trips.", level_text(&p->description, "en"));
  CHECK_STR("5-7", p->ages);
  CHECK_INT(2, p->nlevels); /* only what pack.lua lists, in its order */
  CHECK_STR("03-third.lua", base(p->level_paths[0]));
  CHECK_STR("levels/packs/a-ordered/01-first.lua", p->level_paths[1]);
  pack_free(p);
}

static void test_plain_folder(void)
{
  LevelError err;
  Pack *p = pack_load("levels/packs/b-plain", &err);
  CHECK(p != NULL);
  if (!p)
    return;
  CHECK_INT(3, p->nlevels); /* readme.txt is not a level */
  CHECK_STR("a.lua", base(p->level_paths[0]));
  CHECK_STR("b.lua", base(p->level_paths[1]));
  CHECK_STR("c.lua", base(p->level_paths[2]));
  CHECK_STR("b-plain", level_text(&p->title, "en")); /* no pack.lua: the folder's name */
  CHECK_STR("", p->ages);
  pack_free(p);
}

static void test_missing_file(void)
{
  LevelError err;
  CHECK(pack_load("levels/packs/c-broken", &err) == NULL);
  CHECK_STR("levels/packs/c-broken/pack.lua", err.file);
  CHECK_INT(3, err.line);
  CHECK_CONTAINS("\"02-missing.lua\", but there is no such file", err.message);
  CHECK(pack_load("levels/packs/d-empty", &err) == NULL);
  CHECK_CONTAINS("no levels", err.message);
  CHECK(pack_load("levels/packs/no-such-folder", &err) == NULL);
}

/* Writes text to dir/pack.lua and loads the pack. */
static Pack *with_manifest(const char *dir, const char *text, LevelError *err)
{
  char path[512];
  snprintf(path, sizeof path, "%s/pack.lua", dir);
  FILE *f = fopen(path, "w");
  if (!f)
    return NULL;
  fputs(text, f);
  fclose(f);
  return pack_load(dir, err);
}

static void test_hostile_manifests(void)
{
  char dir[] = "/tmp/codebridge-pack-XXXXXX";
  if (!mkdtemp(dir)) {
    CHECK(!"mkdtemp");
    return;
  }
  char level[512];
  snprintf(level, sizeof level, "%s/one.lua", dir);
  FILE *f = fopen(level, "w");
  if (f) {
    fputs("return {}", f);
    fclose(f);
  }
  LevelError err;
  CHECK(with_manifest(dir, "return { levels = { '../../etc/passwd' } }", &err) == NULL);
  CHECK_CONTAINS("a .lua file in this folder", err.message);
  CHECK(with_manifest(dir, "return { levels = { 'one.lua', 'one.lua' } }", &err) == NULL);
  CHECK_CONTAINS("twice", err.message);
  CHECK(with_manifest(dir, "return {\n  titel = 'x',\n}", &err) == NULL);
  CHECK_INT(2, err.line);
  CHECK_CONTAINS("unknown field 'titel' in pack.lua (did you mean 'title'?)", err.message);
  CHECK(with_manifest(dir, "while true do end", &err) == NULL);
  CHECK_CONTAINS("too long", err.message);
  CHECK(with_manifest(dir, "return { ages = 7 }", &err) == NULL);
  CHECK_CONTAINS("'ages'", err.message);
  Pack *p = with_manifest(dir, "return { title = 'No list' }", &err); /* no list: every file */
  CHECK(p && p->nlevels == 1 && strcmp(base(p->level_paths[0]), "one.lua") == 0);
  pack_free(p);
  snprintf(level, sizeof level, "%s/pack.lua", dir);
  unlink(level);
  snprintf(level, sizeof level, "%s/one.lua", dir);
  unlink(level);
  rmdir(dir);
}

typedef struct {
  int count;
  char last[1600];
} Errors;

static void on_error(const LevelError *err, void *ud)
{
  Errors *e = ud;
  e->count++;
  snprintf(e->last, sizeof e->last, "%s: %s", err->file, err->message);
}

static void test_find_all(void)
{
  Pack *packs[8];
  Errors errors = {0, ""};
  int n = pack_find_all("levels/packs", packs, 8, on_error, &errors);
  CHECK_INT(2, n); /* a-ordered, b-plain; c-broken reported; d-empty and .hidden are no packs */
  if (n == 2) {
    CHECK_STR("a-ordered", packs[0]->id);
    CHECK_STR("b-plain", packs[1]->id);
  }
  CHECK_INT(1, errors.count);
  CHECK_CONTAINS("c-broken", errors.last);
  for (int i = 0; i < n; i++)
    pack_free(packs[i]);
  n = pack_find_all("levels/packs", packs, 1, NULL, NULL); /* at most max */
  CHECK_INT(1, n);
  for (int i = 0; i < n; i++)
    pack_free(packs[i]);
  n = pack_find_all("levels/packs/b-plain", packs, 8, NULL, NULL); /* the root is a pack */
  CHECK_INT(1, n);
  CHECK(n == 1 && packs[0]->nlevels == 3);
  for (int i = 0; i < n; i++)
    pack_free(packs[i]);
}

int main(void)
{
  test_ordered_pack();
  test_plain_folder();
  test_missing_file();
  test_hostile_manifests();
  test_find_all();
  return check_summary();
}
