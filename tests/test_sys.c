/* test_sys.c: the platform layer as a user meets it: a pupil named Zoë gets Zoë.txt and finds
   it again in a folder listing, a save replaces the old file whole, appends land at the end,
   folders are made many levels deep, both separators on Windows, and a link is refused where
   the caller asks. Uses only sys.h, so the same test runs on Linux and (under wine) Windows. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
#include <unistd.h> /* symlink, to make a link for the test */
#endif

#include "check.h"
#include "sys.h"

static char tmp[1024];

static void make_tmp(void)
{
  char base[900];
  if (!sys_getenv("TMPDIR", base, sizeof base) && !sys_getenv("TEMP", base, sizeof base))
    snprintf(base, sizeof base, "/tmp");
  snprintf(tmp, sizeof tmp, "%s/codebridge-sys-%ld", base, sys_pid());
  CHECK(sys_mkdirs(tmp));
}

static void put(const char *path, const char *text, int flags)
{
  int fd = sys_open(path, SYS_WRITE | SYS_CREATE | flags);
  CHECK(fd >= 0);
  CHECK(fd >= 0 && sys_write_all(fd, text, strlen(text)) && sys_sync(fd));
  CHECK(fd >= 0 && sys_close(fd));
}

static const char *get(const char *path, char *buf, size_t cap)
{
  FILE *f = sys_fopen(path, "rb");
  size_t n = f ? fread(buf, 1, cap - 1, f) : 0;
  if (f)
    fclose(f);
  buf[n] = '\0';
  return f ? buf : NULL;
}

static bool listed(const char *dir, const char *name)
{
  SysDir *d = sys_dir_open(dir);
  const char *e;
  bool found = false, dots = false;
  while (d && (e = sys_dir_next(d))) {
    found = found || strcmp(e, name) == 0;
    dots = dots || strcmp(e, ".") == 0 || strcmp(e, "..") == 0;
  }
  sys_dir_close(d);
  return d && found && !dots;
}

static void test_utf8_names(void)
{
  char path[1200], buf[64];
  snprintf(path, sizeof path, "%s/Zo\xC3\xAB.txt", tmp);
  put(path, "hello", SYS_TRUNC);
  CHECK_STR("hello", get(path, buf, sizeof buf));
  CHECK(listed(tmp, "Zo\xC3\xAB.txt"));
  CHECK_INT(SYS_FILE, sys_kind(path));
  SysStat st;
  CHECK(sys_stat(path, &st));
  CHECK_INT(5, st.size);
}

static void test_replace_and_append(void)
{
  char path[1200], next[1200], buf[64];
  snprintf(path, sizeof path, "%s/program.lua", tmp);
  snprintf(next, sizeof next, "%s/program.lua.new", tmp);
  put(path, "old", SYS_TRUNC);
  put(next, "new", SYS_TRUNC);
  CHECK(sys_replace(next, path)); /* over an existing file: Windows' rename alone refuses */
  CHECK_STR("new", get(path, buf, sizeof buf));
  CHECK_INT(SYS_NONE, sys_kind(next));

  int fd = sys_open(path, SYS_READ | SYS_APPEND);
  CHECK(fd >= 0);
  char last = 0;
  CHECK_INT(1, sys_pread(fd, &last, 1, 2));
  CHECK_INT('w', last);
  char head[4] = "";
  CHECK_INT(3, sys_read(fd, head, 3)); /* pread left the position where it was: the start */
  CHECK_STR("new", head);
  CHECK(sys_write_all(fd, "er", 2) && sys_close(fd));
  CHECK_STR("newer", get(path, buf, sizeof buf));

  CHECK_INT(-1, sys_open(path, SYS_WRITE | SYS_CREATE | SYS_EXCL));
  CHECK_INT(EEXIST, errno);
  CHECK(sys_remove(path));
  CHECK_INT(SYS_NONE, sys_kind(path));
}

static void test_folders(void)
{
  char deep[1200], file[1300];
  snprintf(deep, sizeof deep, "%s/a/b/Cla\xC3\x9F 5", tmp);
  CHECK(sys_mkdirs(deep));
  CHECK_INT(SYS_DIR, sys_kind(deep));
  CHECK(sys_mkdirs(deep)); /* already there is fine */
  snprintf(file, sizeof file, "%s/f", deep);
  put(file, "x", SYS_TRUNC);
  CHECK(!sys_mkdir(file)); /* a file in the way */
  CHECK(sys_dir_open(file) == NULL);
  CHECK(sys_remove(file));
  char real[1200];
  CHECK(sys_real_path(deep, real, sizeof real));
  CHECK_STR("Cla\xC3\x9F 5", sys_last_sep(real) + 1);
}

static void test_separators(void)
{
  CHECK_STR("/b", sys_last_sep("a/b"));
  CHECK(sys_is_sep('/'));
#ifdef _WIN32
  CHECK_STR("\\01-london", sys_last_sep("levels/x\\01-london"));
  CHECK(sys_is_sep('\\'));
#else
  CHECK(!sys_is_sep('\\')); /* a backslash is a letter of a Linux file name */
#endif
}

static void test_places(void)
{
  char dir[1200], exe[1200];
  CHECK(sys_exe_path(exe, sizeof exe));
  CHECK(sys_exe_dir(dir, sizeof dir));
  CHECK(strncmp(exe, dir, strlen(dir)) == 0 && sys_is_sep(exe[strlen(dir)]));
  CHECK_CONTAINS("test_sys", exe);
  CHECK(sys_app_dir(SYS_MACHINE_CONFIG, dir, sizeof dir));
#ifdef _WIN32
  CHECK_CONTAINS("/Codebridge", dir);
#else
  CHECK_STR("/etc/codebridge", dir);
#endif
  CHECK(sys_host_name(dir, sizeof dir));
  double t = sys_seconds();
  CHECK(t > 0 && sys_seconds() >= t);
}

static void test_no_follow(void)
{
#ifndef _WIN32
  char target[1200], link_path[1200];
  snprintf(target, sizeof target, "%s/target.txt", tmp);
  snprintf(link_path, sizeof link_path, "%s/link.txt", tmp);
  put(target, "t", SYS_TRUNC);
  CHECK(symlink("target.txt", link_path) == 0);
  CHECK_INT(-1, sys_open(link_path, SYS_READ | SYS_NOFOLLOW));
  int fd = sys_open(link_path, SYS_READ);
  CHECK(fd >= 0 && sys_close(fd));
  SysStat st;
  CHECK(sys_lstat(link_path, &st) && st.kind == SYS_LINK);
  CHECK(sys_stat(link_path, &st) && st.kind == SYS_FILE);
#endif
}

static void clean(const char *dir)
{
  SysDir *d = sys_dir_open(dir);
  const char *e;
  char path[1400];
  while (d && (e = sys_dir_next(d))) {
    snprintf(path, sizeof path, "%s/%s", dir, e);
    SysStat st;
    if (sys_lstat(path, &st) && st.kind == SYS_DIR)
      clean(path);
    else
      sys_remove(path);
  }
  sys_dir_close(d);
  remove(dir); /* an empty folder; ASCII names only by now */
}

int main(void)
{
  make_tmp();
  test_utf8_names();
  test_replace_and_append();
  test_folders();
  test_separators();
  test_places();
  test_no_follow();
  char path[1200];
  snprintf(path, sizeof path, "%s/Zo\xC3\xAB.txt", tmp);
  sys_remove(path);
  clean(tmp);
  return check_summary();
}
