/* fileio.c: whole-file reads with a size cap and crash-safe writes (temp, fsync, rename).
   Reads only regular files, so /dev/zero or a FIFO can never hang the program. */
#include "fileio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sys.h"

static void say(char *err, size_t errlen, const char *what, const char *path)
{
  if (err && errlen)
    snprintf(err, errlen, "%s: %s", path, what);
}

static char *read_file(const char *path, int flags, size_t max, size_t *len, char *err,
                       size_t errlen)
{
  int fd = sys_open(path, SYS_READ | SYS_NONBLOCK | flags);
  if (fd < 0) {
    say(err, errlen,
        errno == ENOENT                            ? "no such file"
        : errno == EISDIR                          ? "is a folder, not a file"
        : errno == ELOOP && (flags & SYS_NOFOLLOW) ? "is a link: links are not followed"
                                                   : strerror(errno),
        path);
    return NULL;
  }
  SysStat st = {.kind = SYS_NONE};
  if (!sys_fstat(fd, &st) || st.kind != SYS_FILE) {
    say(err, errlen, st.kind == SYS_DIR ? "is a folder, not a file" : "is not a regular file",
        path);
    sys_close(fd);
    return NULL;
  }
  if ((unsigned long long)st.size > max) {
    say(err, errlen, "is too big", path);
    sys_close(fd);
    return NULL;
  }
  size_t size = (size_t)st.size;
  char *buf = malloc(size + 1);
  size_t got = 0;
  while (buf && got <= size) {
    /* Read one byte past the size seen, in case the file grew meanwhile. */
    long n = sys_read(fd, buf + got, size + 1 - got);
    if (n <= 0)
      break;
    got += (size_t)n;
  }
  sys_close(fd);
  if (!buf || got > size) {
    say(err, errlen, buf ? "changed while it was being read" : "out of memory", path);
    free(buf);
    return NULL;
  }
  buf[got] = '\0';
  if (len)
    *len = got;
  return buf;
}

bool fileio_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
  char tmp[4096];
  if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, sys_pid()) >= sizeof tmp) {
    say(err, errlen, "path too long", path);
    return false;
  }
  int fd = sys_open(tmp, SYS_WRITE | SYS_CREATE | SYS_TRUNC);
  if (fd < 0) {
    say(err, errlen, strerror(errno), path);
    return false;
  }
  bool ok = sys_write_all(fd, data, len) && sys_sync(fd);
  ok = sys_close(fd) && ok;
  if (ok && sys_replace(tmp, path))
    return true;
  say(err, errlen, strerror(errno), path);
  sys_remove(tmp);
  return false;
}

bool fileio_is_dir(const char *path)
{
  return sys_kind(path) == SYS_DIR;
}

char *fileio_read(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
  return read_file(path, 0, max, len, err, errlen);
}

/* SYS_NOFOLLOW: a pupil's folder is theirs to fill, so a link planted there (to /etc/passwd, to
   a teacher's file) is refused rather than read into the report or the editor. */
char *fileio_read_no_link(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
  return read_file(path, SYS_NOFOLLOW, max, len, err, errlen);
}
