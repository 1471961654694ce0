/* fileio.h: whole-file reads with a size cap (regular files only) and crash-safe writes.
   The only place core opens files by path for reading source text. */
#ifndef FILEIO_H
#define FILEIO_H

#include <stdbool.h>
#include <stddef.h>

#define FILEIO_MAX_SOURCE                                                                          \
  (256u << 10) /* a level or a program: 256 KiB is far beyond any real one */

/* Reads a regular file of at most max bytes. Returns a NUL-terminated malloc'd buffer (the
   content may hold NULs: *len is the real length), or NULL with a message in err. */
char *fileio_read(const char *path, size_t max, size_t *len, char *err, size_t errlen);

/* fileio_read for files in a pupil's folder: a symbolic link (the last part of path) is
   refused with "is a link", never followed. */
char *fileio_read_no_link(const char *path, size_t max, size_t *len, char *err, size_t errlen);

/* Writes data to path through a temporary file, fsync and rename: a crash leaves the old file
   or the new one, never a mix. */
bool fileio_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen);

/* True when path names an existing directory. */
bool fileio_is_dir(const char *path);

#endif
