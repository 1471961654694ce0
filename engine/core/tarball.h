/* tarball.h: one progress folder as one file, a plain POSIX tar (ustar). The browser build's
   "Save progress file" writes one; `codebridge report` reads one as it would the folder.
   Any tar program (Windows 10 and later, macOS, Linux, 7-Zip) unpacks it too. */
#ifndef TARBALL_H
#define TARBALL_H

#include <stdbool.h>
#include <stddef.h>

#define TARBALL_MAX_FILE (8u << 20)    /* bigger files are not progress: skipped */
#define TARBALL_MAX_TOTAL (256u << 20) /* a tar that unpacks to more is refused */

/* Every regular file under dir (hidden ones left out), named "top/RELATIVE/PATH", into a
   malloc'd tar in *out (caller frees). False with err filled when the folder cannot be read. */
bool tarball_pack_dir(const char *dir, const char *top, char **out, size_t *len, char *err,
                      size_t errlen);

/* True when the file starts like a tar (the "ustar" mark of its first header). */
bool tarball_is_tar(const char *path);

/* Unpacks the tar at path into the existing folder dest: regular files and folders only,
   never outside dest (absolute names, ".." and links are skipped). False with err filled
   when the tar is damaged or too big; what was unpacked before stays. */
bool tarball_unpack(const char *path, const char *dest, char *err, size_t errlen);

/* Deletes a folder that tarball_unpack filled (hidden files inside it too are kept: it only
   ever holds what was unpacked). */
void tarball_remove_tree(const char *dir);

#endif
