/* fileio.c: whole-file reads with a size cap and crash-safe writes (temp, fsync, rename).
   Reads only regular files, so /dev/zero or a FIFO can never hang the program. */
#include "fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void say(char *err, size_t errlen, const char *what, const char *path)
{
  if (err && errlen)
    snprintf(err, errlen, "%s: %s", path, what);
}

char *fileio_read(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
  int fd = open(path, O_RDONLY | O_NONBLOCK);
  if (fd < 0) {
    say(err, errlen, errno == ENOENT ? "no such file" : strerror(errno), path);
    return NULL;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    say(err, errlen, S_ISDIR(st.st_mode) ? "is a folder, not a file" : "is not a regular file",
        path);
    close(fd);
    return NULL;
  }
  if ((size_t)st.st_size > max) {
    say(err, errlen, "is too big", path);
    close(fd);
    return NULL;
  }
  char *buf = malloc((size_t)st.st_size + 1);
  size_t got = 0;
  while (buf && got <= (size_t)st.st_size) {
    /* Read one byte past the size seen, in case the file grew meanwhile. */
    ssize_t n = read(fd, buf + got, (size_t)st.st_size + 1 - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    got += (size_t)n;
  }
  close(fd);
  if (!buf || got > (size_t)st.st_size) {
    say(err, errlen, buf ? "changed while it was being read" : "out of memory", path);
    free(buf);
    return NULL;
  }
  buf[got] = '\0';
  if (len)
    *len = got;
  return buf;
}

static bool write_all(int fd, const char *data, size_t len)
{
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    data += n;
    len -= (size_t)n;
  }
  return true;
}

bool fileio_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
  char tmp[4096];
  if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid()) >= sizeof tmp) {
    say(err, errlen, "path too long", path);
    return false;
  }
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    say(err, errlen, strerror(errno), path);
    return false;
  }
  bool ok = write_all(fd, data, len) && fsync(fd) == 0;
  ok = (close(fd) == 0) && ok;
  if (ok && rename(tmp, path) == 0)
    return true;
  say(err, errlen, strerror(errno), path);
  unlink(tmp);
  return false;
}

bool fileio_is_dir(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}
