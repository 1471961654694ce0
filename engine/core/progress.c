/* progress.c: the progress line format: writing an attempt as one line, parsing lines back,
   reading whole logs (streamed, damaged lines skipped and reported) and per-level summaries.
   Files and folders (where logs live, appending, programs, rosters) are progress_store.c's. */
#include "progress.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ensure.h"
#include "sys.h"
#include "util.h"

#define FIELDS 10

static const char *const outcomes[] = {"solved", "unsolved", "error", "too-long"};
static const char *const views[] = {"blocks", "text"};

static bool in_list(const char *s, const char *const *list, int n)
{
  for (int i = 0; i < n; i++)
    if (strcmp(s, list[i]) == 0)
      return true;
  return false;
}

/* --- time: ISO 8601 with the local offset, so a teacher reads the clock they saw -------- */

/* Days since 1970-01-01 of a civil date (proleptic Gregorian), valid for any year. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void format_time(time_t t, char *out, size_t cap)
{
  struct tm lt;
  if (!localtime_r(&t, &lt)) {
    snprintf(out, cap, "1970-01-01T00:00:00Z");
    return;
  }
  /* The offset is what the local fields say minus the real instant: portable, no tm_gmtoff. */
  int64_t local = days_from_civil(lt.tm_year + 1900LL, lt.tm_mon + 1, lt.tm_mday) * 86400 +
                  lt.tm_hour * 3600 + lt.tm_min * 60 + lt.tm_sec;
  long off = (long)((local - (int64_t)t) / 60);
  char zone[24] = "Z";
  if (off != 0 && labs(off) < 15 * 60)
    snprintf(zone, sizeof zone, "%c%02d:%02d", off < 0 ? '-' : '+', (int)(labs(off) / 60),
             (int)(labs(off) % 60));
  snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d%s", lt.tm_year + 1900, lt.tm_mon + 1,
           lt.tm_mday, lt.tm_hour, lt.tm_min, lt.tm_sec, zone);
}

/* Reads exactly n digits. */
static bool digits(const char **p, int n, int *v)
{
  *v = 0;
  for (int i = 0; i < n; i++, (*p)++) {
    if (**p < '0' || **p > '9')
      return false;
    *v = *v * 10 + (**p - '0');
  }
  return true;
}

static bool parse_zone(const char *p, long *off)
{
  *off = 0;
  if (strcmp(p, "Z") == 0 || *p == '\0')
    return true;
  if (*p != '+' && *p != '-')
    return false;
  int sign = *p++ == '-' ? -1 : 1, h, m;
  if (!digits(&p, 2, &h))
    return false;
  if (*p == ':')
    p++;
  if (!digits(&p, 2, &m) || *p || h > 14 || m > 59)
    return false;
  *off = sign * (h * 60L + m) * 60L;
  return true;
}

static bool parse_time(const char *s, time_t *out)
{
  const char *p = s;
  int y, mo, d, h, mi, se;
  if (!digits(&p, 4, &y) || *p++ != '-' || !digits(&p, 2, &mo) || *p++ != '-' ||
      !digits(&p, 2, &d) || (*p != 'T' && *p != 't') || !*p++ || !digits(&p, 2, &h) ||
      *p++ != ':' || !digits(&p, 2, &mi) || *p++ != ':' || !digits(&p, 2, &se))
    return false;
  long off;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60 || !parse_zone(p, &off))
    return false;
  int64_t t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - off;
  *out = (time_t)t;
  return true;
}

/* --- one line ---------------------------------------------------------------------------- */

/* A text field as written: whitespace and control bytes become '_', "" becomes "-". */
static void field_text(const char *s, char *out, size_t cap)
{
  size_t n = s ? util_utf8_cut(s, strlen(s), cap - 1) : 0; /* never half a character */
  for (size_t i = 0; i < n; i++)
    out[i] = ((unsigned char)s[i] <= ' ' || s[i] == 0x7f) ? '_' : s[i];
  if (n == 0)
    out[n++] = '-';
  out[n] = '\0';
}

static bool number_ok(int v, int max)
{
  return v >= 0 && v <= max;
}

bool progress_format_line(const ProgressAttempt *a, char *out, size_t cap)
{
  ENSURE(a && out && cap > 0);
  if (!in_list(a->outcome, outcomes, 4) || !in_list(a->view, views, 2) || !number_ok(a->stars, 3) ||
      !number_ok(a->blocks, 999999999) || !number_ok(a->steps, 999999999) ||
      !number_ok(a->seconds, 999999999)) {
    snprintf(out, cap, "invalid attempt (outcome, view or a number out of range)");
    return false;
  }
  char when[96], machine[PROGRESS_ID_MAX], pack[PROGRESS_ID_MAX], level[PROGRESS_ID_MAX];
  format_time(a->time, when, sizeof when);
  field_text(a->machine, machine, sizeof machine);
  field_text(a->pack, pack, sizeof pack);
  field_text(a->level, level, sizeof level);
  int n = snprintf(out, cap, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n", when, machine, pack, level,
                   a->outcome, a->stars, a->blocks, a->steps, a->seconds, a->view);
  ENSURE(n > 0);
  return (size_t)n < cap;
}

static bool parse_int(const char *s, int max, int *out)
{
  long v = 0;
  if (!*s || strlen(s) > 9)
    return false;
  for (; *s; s++) {
    if (*s < '0' || *s > '9')
      return false;
    v = v * 10 + (*s - '0');
  }
  *out = (int)v;
  return v <= max;
}

static bool copy_id(const char *s, char *out, size_t cap)
{
  if (strlen(s) >= cap)
    return false;
  strcpy(out, s);
  return true;
}

static bool fail(char *reason, size_t len, const char *why)
{
  if (reason && len)
    snprintf(reason, len, "%s", why);
  return false;
}

/* Splits on runs of tabs or spaces (a hand edit may turn tabs into spaces). */
static int split_fields(char *buf, char **field, int max)
{
  int n = 0;
  char *p = buf;
  while (*p) {
    while (*p == '\t' || *p == ' ')
      *p++ = '\0';
    if (!*p)
      break;
    if (n == max)
      return max + 1;
    field[n++] = p;
    while (*p && *p != '\t' && *p != ' ')
      p++;
  }
  return n;
}

static bool fill_attempt(char **f, ProgressAttempt *a, char *reason, size_t rl)
{
  if (!parse_time(f[0], &a->time))
    return fail(reason, rl, "the time is not like 2026-11-26T10:15:03Z");
  if (!copy_id(f[1], a->machine, sizeof a->machine) || !copy_id(f[2], a->pack, sizeof a->pack) ||
      !copy_id(f[3], a->level, sizeof a->level))
    return fail(reason, rl, "a name is too long");
  if (!in_list(f[4], outcomes, 4) || !copy_id(f[4], a->outcome, sizeof a->outcome))
    return fail(reason, rl, "the outcome is not solved, unsolved, error or too-long");
  if (!parse_int(f[5], 3, &a->stars))
    return fail(reason, rl, "stars are not 0, 1, 2 or 3");
  if (!parse_int(f[6], 999999999, &a->blocks) || !parse_int(f[7], 999999999, &a->steps) ||
      !parse_int(f[8], 999999999, &a->seconds))
    return fail(reason, rl, "blocks, steps or seconds is not a whole number");
  if (!in_list(f[9], views, 2) || !copy_id(f[9], a->view, sizeof a->view))
    return fail(reason, rl, "the view is not blocks or text");
  return true;
}

bool progress_parse_line(const char *line, size_t len, ProgressAttempt *out, char *reason,
                         size_t reasonlen)
{
  ENSURE(line && out);
  char buf[PROGRESS_LINE_MAX];
  if (len >= sizeof buf)
    return fail(reason, reasonlen, "the line is too long");
  if (memchr(line, '\0', len))
    return fail(reason, reasonlen, "the line holds binary junk");
  memcpy(buf, line, len);
  buf[len] = '\0';
  if (len > 0 && buf[len - 1] == '\r') /* saved by Notepad */
    buf[len - 1] = '\0';
  char *f[FIELDS + 8];
  int n = split_fields(buf, f, FIELDS + 7);
  /* Later versions may add fields at the end: they are ignored, not an error. */
  if (n < FIELDS)
    return fail(reason, reasonlen, "the line has too few fields");
  if (n > FIELDS + 7)
    return fail(reason, reasonlen, "the line has too many fields");
  memset(out, 0, sizeof *out);
  return fill_attempt(f, out, reason, reasonlen);
}

/* --- whole logs -------------------------------------------------------------------------- */

static void skip(ProgressLog *log, int line, const char *reason)
{
  if (log->nskips < PROGRESS_MAX_SKIPS) {
    log->skips[log->nskips].line = line;
    snprintf(log->skips[log->nskips].reason, sizeof log->skips[0].reason, "%s", reason);
    log->nskips++;
  }
  log->nskipped++;
}

static bool push(ProgressLog *log, const ProgressAttempt *a)
{
  if (log->nattempts == log->cap) {
    int cap = log->cap ? log->cap * 2 : 64;
    ProgressAttempt *grown = realloc(log->attempts, (size_t)cap * sizeof *grown);
    if (!grown)
      return false;
    log->attempts = grown;
    log->cap = cap;
  }
  log->attempts[log->nattempts++] = *a;
  return true;
}

/* Header lines: "# pupil: NAME" and "# class: NAME"; the first of each wins. */
static void header_line(ProgressLog *log, const char *line, size_t len)
{
  static const char *const keys[] = {"# pupil:", "# class:"};
  char *dest[] = {log->pupil, log->class_name};
  for (int k = 0; k < 2; k++) {
    size_t kl = strlen(keys[k]);
    if (len < kl || strncmp(line, keys[k], kl) != 0 || dest[k][0])
      continue;
    size_t vl = len - kl;
    const char *v = util_trim_span(line + kl, &vl);
    if (vl >= PROGRESS_NAME_MAX || memchr(v, '\0', vl))
      continue;
    memcpy(dest[k], v, vl);
    dest[k][vl] = '\0';
  }
}

/* One line of a log; the last one of a file may be torn (no newline). */
static bool feed_line(ProgressLog *log, const char *line, size_t len, int lineno, bool complete)
{
  if (lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
    line += 3, len -= 3; /* a byte-order mark from a Windows editor */
  size_t blank = 0;
  while (blank < len && (line[blank] == ' ' || line[blank] == '\t' || line[blank] == '\r'))
    blank++;
  if (blank == len)
    return true;
  if (line[0] == '#') {
    header_line(log, line, len);
    return true;
  }
  ProgressAttempt a;
  char reason[80];
  /* A last line with no newline is kept when whole (Notepad saves that way); a torn one can
     never parse, since the view field (blocks|text) comes last and must be complete. */
  if (!progress_parse_line(line, len, &a, reason, sizeof reason)) {
    skip(log, lineno, complete ? reason : "the last line was cut off (stopped while writing)");
    return true;
  }
  return push(log, &a);
}

ProgressLog *progress_parse(const char *text, size_t len)
{
  ProgressLog *log = calloc(1, sizeof *log);
  if (!log)
    return NULL;
  size_t start = 0;
  int lineno = 0;
  while (start < len) {
    const char *nl = memchr(text + start, '\n', len - start);
    size_t end = nl ? (size_t)(nl - text) : len;
    if (!feed_line(log, text + start, end - start, ++lineno, nl != NULL)) {
      progress_log_free(log);
      return NULL;
    }
    start = end + 1;
  }
  return log;
}

/* Streams the file through a fixed buffer: memory stays one line plus the attempts kept. */
static bool stream_lines(ProgressLog *log, int fd)
{
  char buf[PROGRESS_LINE_MAX * 8];
  size_t have = 0;
  int lineno = 0;
  bool overlong = false;
  for (;;) {
    long n = sys_read(fd, buf + have, sizeof buf - have);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return false;
    have += (size_t)n;
    size_t start = 0;
    char *nl;
    while ((nl = memchr(buf + start, '\n', have - start))) {
      size_t end = (size_t)(nl - buf);
      lineno++;
      if (overlong)
        skip(log, lineno, "the line is too long");
      else if (!feed_line(log, buf + start, end - start, lineno, true))
        return false;
      overlong = false;
      start = end + 1;
    }
    memmove(buf, buf + start, have - start);
    have -= start;
    if (n == 0)
      break;
    if (have == sizeof buf) { /* a line longer than the buffer: drop it, keep going */
      overlong = true;
      have = 0;
    }
  }
  if (overlong || have > 0)
    return overlong ? (skip(log, lineno + 1, "the line is too long"), true)
                    : feed_line(log, buf, have, lineno + 1, false);
  return true;
}

static ProgressLog *read_fail(int fd, ProgressLog *log, char *err, size_t errlen, const char *path,
                              const char *why)
{
  if (err && errlen)
    snprintf(err, errlen, "%s: %s", path, why);
  if (fd >= 0)
    sys_close(fd);
  progress_log_free(log);
  return NULL;
}

static bool head_has(const char *head, size_t n, const char *what)
{
  size_t wl = strlen(what);
  for (size_t i = 0; i + wl <= n; i++)
    if (memcmp(head + i, what, wl) == 0)
      return true;
  return false;
}

bool progress_looks_like_log(const char *head, size_t n)
{
  size_t at = n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  size_t ml = strlen(PROGRESS_MAGIC);
  if (n >= at + ml && memcmp(head + at, PROGRESS_MAGIC, ml) == 0)
    return true;
  /* A hand edit may have lost the first line: the pupil's header line still says it is one. */
  return (n >= at + 8 && memcmp(head + at, "# pupil:", 8) == 0) || head_has(head, n, "\n# pupil:");
}

static bool has_magic(int fd)
{
  char head[1024];
  long n = sys_pread(fd, head, sizeof head, 0);
  return n > 0 && progress_looks_like_log(head, (size_t)n);
}

ProgressLog *progress_read_file(const char *path, char *err, size_t errlen)
{
  int fd = sys_open(path, SYS_READ | SYS_NONBLOCK);
  if (fd < 0)
    return read_fail(-1, NULL, err, errlen, path, strerror(errno));
  SysStat st;
  if (!sys_fstat(fd, &st) || st.kind != SYS_FILE)
    return read_fail(fd, NULL, err, errlen, path, "is not a regular file");
  if ((unsigned long long)st.size > PROGRESS_FILE_MAX) {
    char why[120];
    snprintf(why, sizeof why, "is too big for a progress file (%lld MB; the limit is %u MB)",
             st.size >> 20, PROGRESS_FILE_MAX >> 20);
    return read_fail(fd, NULL, err, errlen, path, why);
  }
  if (!has_magic(fd))
    return read_fail(fd, NULL, err, errlen, path, "is not a Codebridge progress file");
  ProgressLog *log = calloc(1, sizeof *log);
  if (!log)
    return read_fail(fd, NULL, err, errlen, path, "out of memory");
  if (!stream_lines(log, fd))
    return read_fail(fd, log, err, errlen, path, "could not be read to the end");
  sys_close(fd);
  return log;
}

void progress_log_free(ProgressLog *log)
{
  if (!log)
    return;
  free(log->attempts);
  free(log);
}

/* --- summaries: derived, never stored ---------------------------------------------------- */

static bool same_level(const ProgressAttempt *a, const char *pack, const char *level)
{
  return strcmp(a->pack, pack) == 0 && strcmp(a->level, level) == 0;
}

int progress_best_stars(const ProgressLog *log, const char *pack, const char *level)
{
  int best = -1;
  for (int i = 0; log && i < log->nattempts; i++) {
    const ProgressAttempt *a = &log->attempts[i];
    if (!same_level(a, pack, level))
      continue;
    /* A solved run counts at least one star, even when a hand edit left 0. */
    int s = strcmp(a->outcome, "solved") == 0 ? (a->stars > 0 ? a->stars : 1) : 0;
    if (s > best)
      best = s;
  }
  return best;
}

int progress_attempt_count(const ProgressLog *log, const char *pack, const char *level)
{
  int n = 0;
  for (int i = 0; log && i < log->nattempts; i++)
    n += same_level(&log->attempts[i], pack, level);
  return n;
}

int progress_seconds_spent(const ProgressLog *log, const char *pack, const char *level)
{
  long total = 0;
  for (int i = 0; log && i < log->nattempts; i++)
    if (same_level(&log->attempts[i], pack, level))
      total += log->attempts[i].seconds;
  return total > 2000000000L ? 2000000000 : (int)total;
}
