/* progress_store.c: progress on disk: finding the progress folder, turning names into safe file
   names, appending attempt lines crash-safely, the latest program per level, class rosters.
   The line format itself is progress.c's; this file never parses attempt lines. */
#include "progress.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "ensure.h"
#include "fileio.h"
#include "sys.h"
#include "textenc.h"
#include "util.h"

#define SAFE_MAX 40 /* bytes of a name kept in a file name: deep paths stay under Windows' 260 */

static void say(char *err, size_t errlen, const char *fmt, const char *a, const char *b)
{
  if (err && errlen)
    snprintf(err, errlen, fmt, a, b);
}

/* --- where it lives ---------------------------------------------------------------------- */

static bool join(char *out, size_t cap, const char *a, const char *b)
{
  return (size_t)snprintf(out, cap, "%s/%s", a, b) < cap;
}

bool progress_settings_path(char *out, size_t cap)
{
  return config_teacher_file(out, cap);
}

/* The machine's file, then the teacher's (config.c); lines of any length in each. */
bool progress_setting(const char *key, char *out, size_t cap)
{
  return config_get(key, out, cap);
}

/* A folder this user may write in, found by writing: permission bits, ACLs and read-only
   shares all answer the same way. */
static bool can_write_in(const char *dir)
{
  char probe[4200];
  snprintf(probe, sizeof probe, "%s/.codebridge-write-test-%ld", dir, sys_pid());
  int fd = sys_open(probe, SYS_WRITE | SYS_CREATE | SYS_EXCL);
  if (fd < 0)
    return false;
  sys_close(fd);
  sys_remove(probe);
  return true;
}

static bool use_dir(const char *dir, char *out, size_t cap)
{
  if ((size_t)snprintf(out, cap, "%s", dir) >= cap)
    return false;
  if (util_mkdir_p(out))
    return true;
  char why[4200];
  snprintf(why, sizeof why, "cannot make the progress folder %s: %s", dir, strerror(errno));
  snprintf(out, cap, "%s", why);
  return false;
}

bool progress_resolve_dir(const char *explicit_dir, char *out, size_t cap)
{
  ENSURE(out && cap > 0);
  char dir[4096], path[4096];
  if (explicit_dir && *explicit_dir)
    return use_dir(explicit_dir, out, cap);
  if (sys_exe_dir(dir, sizeof dir) && join(path, sizeof path, dir, "progress") &&
      fileio_is_dir(path) && can_write_in(path))
    return use_dir(path, out, cap); /* portable mode: a USB stick carries its own progress */
  if (progress_setting("progress", path, sizeof path) && path[0])
    return use_dir(path, out, cap);
  if (config_user_dir(true, dir, sizeof dir) && join(path, sizeof path, dir, "progress"))
    return use_dir(path, out, cap);
  snprintf(out, cap, "no progress folder: HOME is not set; give one with --progress DIR");
  return false;
}

void progress_machine_name(char *out, size_t cap)
{
  ENSURE(out && cap > 1);
  char name[256] = "";
  if (!sys_host_name(name, sizeof name))
    name[0] = '\0';
  name[sizeof name - 1] = '\0';
  size_t max = cap - 1 < PROGRESS_ID_MAX - 1 ? cap - 1 : PROGRESS_ID_MAX - 1;
  size_t n = util_utf8_cut(name, strlen(name), max); /* never cut a character in two */
  for (size_t i = 0; i < n; i++)
    out[i] = ((unsigned char)name[i] <= ' ' || name[i] == 0x7f) ? '-' : name[i];
  if (n == 0)
    out[n++] = '-';
  out[n] = '\0';
}

/* --- names to files ---------------------------------------------------------------------- */

static uint32_t fnv1a(const char *s)
{
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

/* Length of a valid UTF-8 sequence at s for a character we keep (U+00A0 and up), else 0. */
static int utf8_keep(const unsigned char *s)
{
  int n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
  if (n == 0 || s[0] > 0xF4)
    return 0;
  uint32_t c = s[0] & (0x3F >> (n - 1));
  for (int i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  bool overlong = (n == 3 && c < 0x800) || (n == 4 && c < 0x10000);
  bool bad = c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF || c == 0xFEFF;
  return overlong || bad ? 0 : n;
}

static bool plain_ascii(unsigned char c)
{
  return c >= ' ' && c < 0x7f && !strchr("<>:\"/\\|?*~", c);
}

/* Device names Windows reserves whatever the extension, and our roster folder. */
static bool reserved(const char *s)
{
  static const char *const names[] = {"con", "prn", "aux", "nul", "conin$", "conout$", "classes"};
  size_t stem = strcspn(s, ".");
  char low[16];
  if (stem >= sizeof low)
    return false;
  for (size_t i = 0; i < stem; i++)
    low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  low[stem] = '\0';
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(low, names[i]) == 0)
      return true;
  return stem == 4 && (!strncmp(low, "com", 3) || !strncmp(low, "lpt", 3)) && low[3] >= '0' &&
         low[3] <= '9';
}

/* Copies the characters a file name can hold; returns true when every one was kept. */
static bool copy_safe(const char *name, char *out, size_t limit)
{
  const unsigned char *s = (const unsigned char *)name;
  size_t n = 0;
  bool same = true;
  while (*s) {
    int len = *s < 0x80 ? (plain_ascii(*s) ? 1 : 0) : utf8_keep(s);
    size_t need = len ? (size_t)len : 1;
    if (n + need > limit) {
      same = false;
      break;
    }
    if (len)
      memcpy(out + n, s, (size_t)len);
    else
      out[n] = '_', same = false;
    n += need;
    s += len ? len : 1;
  }
  out[n] = '\0';
  return same;
}

/* Leading dots or spaces (hidden files, "..") and trailing ones (Windows drops them). */
static bool trim_edges(char *s)
{
  size_t lead = strspn(s, ". "), n = strlen(s);
  bool same = lead == 0;
  memmove(s, s + lead, n - lead + 1);
  n -= lead;
  while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
    s[--n] = '\0', same = false;
  return same;
}

void progress_safe_name(const char *name, char *out, size_t cap)
{
  ENSURE(name && out && cap >= SAFE_MAX + 16);
  char base[SAFE_MAX + 8];
  bool same = copy_safe(name, base, SAFE_MAX);
  same = trim_edges(base) && same;
  if (base[0] == '\0')
    snprintf(base, sizeof base, "unnamed"), same = false;
  if (reserved(base)) {
    memmove(base + 1, base, strlen(base) + 1);
    base[0] = '_', same = false;
  }
  if (same)
    snprintf(out, cap, "%s", base);
  else
    snprintf(out, cap, "%s~%08x", base, (unsigned)fnv1a(name));
}

void progress_name_key(const char *name, char *out, size_t cap)
{
  ENSURE(name && out && cap > 0);
  size_t n = 0;
  bool space = false;
  for (const char *p = name; *p && n + 2 < cap; p++) {
    if (*p == ' ' || *p == '\t') {
      space = n > 0;
      continue;
    }
    if (space)
      out[n++] = ' ', space = false;
    out[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
  }
  out[n] = '\0';
}

/* Does the log at path belong to this pupil (its header names them)? True when it is absent. */
static bool header_matches(const char *path, const char *pupil, const char *class_name)
{
  char head[1024];
  int fd = sys_open(path, SYS_READ);
  if (fd < 0)
    return true;
  long n = sys_read(fd, head, sizeof head - 1);
  sys_close(fd);
  if (n <= 0)
    return true;
  head[n] = '\0';
  ProgressLog *log = progress_parse(head, (size_t)n);
  char a[PROGRESS_NAME_MAX * 2], b[PROGRESS_NAME_MAX * 2];
  bool ok = log != NULL;
  for (int i = 0; ok && i < 2; i++) {
    progress_name_key(i ? log->class_name : log->pupil, a, sizeof a);
    progress_name_key(i ? class_name : pupil, b, sizeof b);
    ok = strcmp(a, b) == 0;
  }
  progress_log_free(log);
  return ok;
}

/* DIR/<class>/<pupil> without extension. On a case-blind disk (a FAT USB stick) "Élodie" and
   "élodie" share a file: the header says whose it is, and the other one gets a hashed name. */
static bool pupil_base(const char *dir, const char *pupil, const char *class_name, char *out,
                       size_t cap)
{
  char c[SAFE_MAX + 16], p[SAFE_MAX + 16], probe[4200];
  progress_safe_name(class_name ? class_name : "", c, sizeof c);
  progress_safe_name(pupil, p, sizeof p);
  if ((size_t)snprintf(out, cap, "%s/%s/%s", dir, c, p) >= cap)
    return false;
  snprintf(probe, sizeof probe, "%s.txt", out);
  if (strchr(p, '~') || header_matches(probe, pupil, class_name ? class_name : ""))
    return true;
  return (size_t)snprintf(out, cap, "%s/%s/%s~%08x", dir, c, p, (unsigned)fnv1a(pupil)) < cap;
}

bool progress_pupil_path(const char *dir, const char *pupil, const char *class_name, char *out,
                         size_t cap)
{
  char base[4096];
  return pupil_base(dir, pupil, class_name, base, sizeof base) &&
         (size_t)snprintf(out, cap, "%s.txt", base) < cap;
}

static bool level_file(const char *base, const char *pack, const char *level, char *out, size_t cap)
{
  char pk[SAFE_MAX + 16], lv[SAFE_MAX + 16];
  progress_safe_name(pack, pk, sizeof pk);
  progress_safe_name(level, lv, sizeof lv);
  return (size_t)snprintf(out, cap, "%s/%s/%s.lua", base, pk, lv) < cap;
}

bool progress_program_path(const char *dir, const char *pupil, const char *class_name,
                           const char *pack, const char *level, char *out, size_t cap)
{
  char base[4096];
  return pupil_base(dir, pupil, class_name, base, sizeof base) &&
         level_file(base, pack, level, out, cap);
}

bool progress_program_beside(const char *log_path, const char *pack, const char *level, char *out,
                             size_t cap)
{
  char base[4096];
  size_t n = strlen(log_path);
  if (n < 5 || n >= sizeof base || strcmp(log_path + n - 4, ".txt") != 0)
    return false;
  memcpy(base, log_path, n - 4);
  base[n - 4] = '\0';
  return level_file(base, pack, level, out, cap);
}

/* --- writing ----------------------------------------------------------------------------- */

/* A name as it goes into a header line: control bytes (a newline would forge a line) become
   spaces, capped without cutting a character. */
static void header_name(const char *name, char *out, size_t cap)
{
  const char *s = name ? name : "";
  size_t n = util_utf8_cut(s, strlen(s), cap - 1);
  for (size_t i = 0; i < n; i++)
    out[i] = ((unsigned char)s[i] < ' ' || s[i] == 0x7f) ? ' ' : s[i];
  out[n] = '\0';
}

/* Creates the log with its header, atomically: a second process racing us either finds no
   file or a whole header, never half of one (write a temp file, then link it into place). */
static bool create_log(const char *path, const char *pupil, const char *class_name)
{
  char head[PROGRESS_NAME_MAX * 2 + 400], p[PROGRESS_NAME_MAX], c[PROGRESS_NAME_MAX];
  header_name(pupil, p, sizeof p);
  header_name(class_name, c, sizeof c);
  int len = snprintf(head, sizeof head,
                     PROGRESS_MAGIC
                     " file, version 1. One line per attempt: see "
                     "docs/progress-format.md\n# pupil: %s\n# class: %s\n"
                     "# time\tmachine\tpack\tlevel\toutcome\tstars\tblocks\tsteps\tseconds\tview\n",
                     p, c);
  char tmp[4400];
  snprintf(tmp, sizeof tmp, "%s.new%ld", path, sys_pid());
  int fd = sys_open(tmp, SYS_WRITE | SYS_CREATE | SYS_TRUNC);
  bool ok = fd >= 0 && sys_write_all(fd, head, (size_t)len) && sys_sync(fd);
  if (fd >= 0)
    sys_close(fd);
  if (ok && !sys_link(tmp, path) && errno != EEXIST) {
    /* No hard links (FAT): O_EXCL and one write is the next best thing. */
    int fx = sys_open(path, SYS_WRITE | SYS_CREATE | SYS_EXCL);
    ok = fx >= 0 ? sys_write_all(fx, head, (size_t)len) && sys_sync(fx) : errno == EEXIST;
    if (fx >= 0)
      sys_close(fx);
  }
  sys_remove(tmp);
  sys_sync_parent(path); /* the new file's name survives a power cut too */
  return ok;
}

static bool append_line(const char *path, char *line, char *err, size_t errlen)
{
  int fd = sys_open(path, SYS_READ | SYS_APPEND);
  if (fd < 0) {
    say(err, errlen, "%s: %s", path, strerror(errno));
    return false;
  }
  /* After a torn line (power cut), start on a fresh line so only the torn one is lost. The
     caller left one spare byte before the line for this newline. */
  SysStat st;
  char last = '\n';
  if (sys_fstat(fd, &st) && st.size > 0 && sys_pread(fd, &last, 1, st.size - 1) != 1)
    last = '\n';
  if (last != '\n')
    *--line = '\n';
  bool ok = sys_write_all(fd, line, strlen(line)) && sys_sync(fd);
  if (!ok)
    say(err, errlen, "%s: %s", path, errno ? strerror(errno) : "short write");
  sys_close(fd);
  return ok;
}

bool progress_record(const char *dir, const char *pupil, const char *class_name,
                     const ProgressAttempt *a, const char *program, size_t program_len, char *err,
                     size_t errlen)
{
  ENSURE(dir && pupil && a);
  ProgressAttempt at = *a;
  if (!at.machine[0])
    progress_machine_name(at.machine, sizeof at.machine);
  char buf[PROGRESS_LINE_MAX + 2], base[4096], path[4200];
  if (!progress_format_line(&at, buf + 1, sizeof buf - 1)) {
    say(err, errlen, "%s%s", "not recorded: ", buf + 1);
    return false;
  }
  if (!pupil_base(dir, pupil, class_name, base, sizeof base)) {
    say(err, errlen, "%s: %s", dir, "path too long");
    return false;
  }
  snprintf(path, sizeof path, "%s.txt", base);
  char *slash = strrchr(base, '/');
  *slash = '\0';
  if (!util_mkdir_p(base)) {
    say(err, errlen, "%s: %s", base, strerror(errno));
    return false;
  }
  errno = 0;
  if (sys_kind(path) == SYS_NONE && !create_log(path, pupil, class_name ? class_name : "")) {
    say(err, errlen, "%s: %s", path, errno ? strerror(errno) : "cannot create");
    return false;
  }
  if (!append_line(path, buf + 1, err, errlen))
    return false;
  return !program || progress_save_program(dir, pupil, class_name, at.pack, at.level, program,
                                           program_len, err, errlen);
}

bool progress_save_program(const char *dir, const char *pupil, const char *class_name,
                           const char *pack, const char *level, const char *program, size_t len,
                           char *err, size_t errlen)
{
  char path[4200];
  if (!progress_program_path(dir, pupil, class_name, pack, level, path, sizeof path)) {
    say(err, errlen, "%s: %s", dir, "path too long");
    return false;
  }
  char folder[4200];
  snprintf(folder, sizeof folder, "%s", path);
  *strrchr(folder, '/') = '\0';
  if (!util_mkdir_p(folder)) {
    say(err, errlen, "%s: %s", folder, strerror(errno));
    return false;
  }
  return fileio_write_atomic(path, program ? program : "", program ? len : 0, err, errlen);
}

char *progress_load_program(const char *dir, const char *pupil, const char *class_name,
                            const char *pack, const char *level, size_t *len)
{
  char path[4200], err[256];
  if (!progress_program_path(dir, pupil, class_name, pack, level, path, sizeof path))
    return NULL;
  return fileio_read_no_link(path, FILEIO_MAX_SOURCE, len, err, sizeof err);
}

/* --- class rosters ----------------------------------------------------------------------- */

static int compare_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool names_add(ProgressNames *list, const char *s, size_t len)
{
  char **grown = realloc(list->names, (size_t)(list->n + 1) * sizeof *grown);
  if (!grown)
    return false;
  list->names = grown;
  char *copy = malloc(len + 1);
  if (!copy)
    return false;
  memcpy(copy, s, len);
  copy[len] = '\0';
  list->names[list->n++] = copy;
  return true;
}

ProgressNames *progress_classes(const char *dir)
{
  char path[4200];
  snprintf(path, sizeof path, "%s/classes", dir);
  ProgressNames *list = calloc(1, sizeof *list);
  SysDir *d = list ? sys_dir_open(path) : NULL;
  const char *e;
  while (d && (e = sys_dir_next(d))) {
    size_t n = strlen(e);
    if (n > 4 && e[0] != '.' && strcmp(e + n - 4, ".txt") == 0 && n - 4 < PROGRESS_NAME_MAX)
      names_add(list, e, n - 4);
  }
  sys_dir_close(d);
  if (list && list->n > 1)
    qsort(list->names, (size_t)list->n, sizeof *list->names, compare_names);
  return list;
}

/* Teachers sort a class list by surname, by first name or not at all; pupils find themselves
   faster in one order: alphabetical, capitals and small letters alike. */
static int compare_names_blind(const void *a, const void *b)
{
  const unsigned char *x = *(const unsigned char *const *)a, *y = *(const unsigned char *const *)b;
  for (; *x && tolower(*x) == tolower(*y); x++, y++)
    ;
  int d = tolower(*x) - tolower(*y);
  return d ? d : strcmp(*(char *const *)a, *(char *const *)b);
}

/* One line of a class list: trimmed, a name too long to keep cut on a character (never a child
   dropped), comments and blank lines skipped. */
static void roster_add_line(ProgressNames *list, char *line)
{
  char *name = util_trim(line);
  size_t n = util_utf8_cut(name, strlen(name), PROGRESS_NAME_MAX - 1);
  if (*name && *name != '#')
    names_add(list, name, n);
}

/* The roster is found by listing classes/, never by turning the class name into a path. Old
   Notepad saves UTF-16 or Windows-1252: textenc reads either as UTF-8. */
ProgressNames *progress_roster(const char *dir, const char *class_name)
{
  ProgressNames *classes = progress_classes(dir);
  int found = -1;
  for (int i = 0; classes && i < classes->n && found < 0; i++)
    if (strcmp(classes->names[i], class_name) == 0)
      found = i;
  char path[4200];
  if (found >= 0)
    snprintf(path, sizeof path, "%s/classes/%s.txt", dir, classes->names[found]);
  progress_names_free(classes);
  size_t raw_len, len;
  char err[256];
  char *raw = found >= 0 ? fileio_read(path, 1u << 20, &raw_len, err, sizeof err) : NULL;
  ProgressNames *list = found >= 0 ? calloc(1, sizeof *list) : NULL;
  if (!list) {
    free(raw);
    return NULL;
  }
  char *text = raw ? textenc_to_utf8(raw, raw_len, &len, NULL) : NULL;
  free(raw);
  list->unreadable = !text;
  char *save = NULL;
  for (char *line = text ? strtok_r(text, "\n", &save) : NULL; line;
       line = strtok_r(NULL, "\n", &save))
    roster_add_line(list, line);
  free(text);
  if (list->n > 1)
    qsort(list->names, (size_t)list->n, sizeof *list->names, compare_names_blind);
  return list;
}

void progress_names_free(ProgressNames *names)
{
  if (!names)
    return;
  for (int i = 0; i < names->n; i++)
    free(names->names[i]);
  free(names->names);
  free(names);
}
