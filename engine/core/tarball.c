/* tarball.c: a progress folder packed into one POSIX tar (ustar) and unpacked again (see
   tarball.h). Plain C over files: no SDL, no Lua. Unpacking trusts nothing in the tar: names
   that would leave the folder, links and devices are skipped; sizes are capped. */
#include "tarball.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fileio.h"
#include "sys.h"

#define BLOCK 512

typedef struct {
  char *buf;
  size_t len, cap;
  bool failed;
} TarOut;

static void out_bytes(TarOut *o, const void *data, size_t n)
{
  if (o->failed)
    return;
  if (o->len + n > o->cap) {
    size_t cap = o->cap ? o->cap : 1 << 16;
    while (cap < o->len + n)
      cap *= 2;
    char *b = realloc(o->buf, cap);
    if (!b) {
      o->failed = true;
      return;
    }
    o->buf = b;
    o->cap = cap;
  }
  memcpy(o->buf + o->len, data, n);
  o->len += n;
}

static void octal(char *field, size_t width, unsigned long long v)
{
  snprintf(field, width, "%0*llo", (int)width - 1, v);
}

/* A ustar header for a regular file; long names are split at a '/' into prefix and name. */
static bool header(unsigned char h[BLOCK], const char *name, size_t size, long long mtime)
{
  memset(h, 0, BLOCK);
  size_t n = strlen(name);
  const char *base = name;
  if (n > 100) { /* the last '/' that leaves at most 100 bytes after it and 155 before */
    const char *cut = NULL;
    for (const char *p = name; *p; p++)
      if (*p == '/' && (size_t)(p - name) <= 155 && strlen(p + 1) <= 100)
        cut = p;
    if (!cut)
      return false;
    memcpy(h + 345, name, (size_t)(cut - name));
    base = cut + 1;
  }
  memcpy(h, base, strlen(base));
  octal((char *)h + 100, 8, 0644);
  octal((char *)h + 108, 8, 0);
  octal((char *)h + 116, 8, 0);
  octal((char *)h + 124, 12, size);
  octal((char *)h + 136, 12, mtime > 0 ? (unsigned long long)mtime : 0);
  h[156] = '0';
  memcpy(h + 257, "ustar", 6);
  memcpy(h + 263, "00", 2);
  memset(h + 148, ' ', 8); /* the checksum counts its own field as spaces */
  unsigned sum = 0;
  for (int i = 0; i < BLOCK; i++)
    sum += h[i];
  snprintf((char *)h + 148, 8, "%06o", sum);
  h[155] = ' ';
  return true;
}

static void add_file(TarOut *o, const char *path, const char *name, long long mtime, char *err,
                     size_t errlen)
{
  size_t len = 0;
  char why[256];
  char *data = fileio_read(path, TARBALL_MAX_FILE, &len, why, sizeof why);
  unsigned char h[BLOCK];
  if (!data || !header(h, name, len, mtime)) { /* one bad file does not lose the others */
    if (err && !err[0])
      snprintf(err, errlen, "%s: %s", path, data ? "name too long" : why);
    free(data);
    return;
  }
  static const char zeros[BLOCK];
  out_bytes(o, h, BLOCK);
  out_bytes(o, data, len);
  out_bytes(o, zeros, (BLOCK - len % BLOCK) % BLOCK);
  free(data);
}

static int compare_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries of a folder, sorted (the same tar from the same folder), hidden ones left out. */
static int list_dir(const char *dir, char ***names)
{
  SysDir *d = sys_dir_open(dir);
  *names = NULL;
  if (!d)
    return -1;
  int n = 0, cap = 0;
  const char *e;
  while ((e = sys_dir_next(d))) {
    if (e[0] == '.')
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      char **grown = realloc(*names, (size_t)cap * sizeof **names);
      if (!grown)
        break;
      *names = grown;
    }
    if (((*names)[n] = strdup(e)))
      n++;
  }
  sys_dir_close(d);
  if (n > 1)
    qsort(*names, (size_t)n, sizeof **names, compare_names);
  return n;
}

static void pack_tree(TarOut *o, const char *dir, const char *name, int depth, char *err,
                      size_t errlen)
{
  char **names;
  int n = list_dir(dir, &names);
  for (int i = 0; i < n; i++) {
    char path[4096], sub[4096];
    bool fits = (size_t)snprintf(path, sizeof path, "%s/%s", dir, names[i]) < sizeof path &&
                (size_t)snprintf(sub, sizeof sub, "%s/%s", name, names[i]) < sizeof sub;
    SysKind kind = fits ? sys_kind(path) : SYS_NONE;
    if (kind == SYS_DIR && depth < 16)
      pack_tree(o, path, sub, depth + 1, err, errlen);
    else if (kind == SYS_FILE)
      add_file(o, path, sub, (long long)time(NULL), err, errlen);
    free(names[i]);
  }
  free(names);
}

bool tarball_pack_dir(const char *dir, const char *top, char **out, size_t *len, char *err,
                      size_t errlen)
{
  *out = NULL;
  *len = 0;
  if (err && errlen)
    err[0] = '\0';
  if (!fileio_is_dir(dir)) {
    snprintf(err, errlen, "%s: no such folder", dir);
    return false;
  }
  TarOut o = {0};
  pack_tree(&o, dir, top, 0, err, errlen);
  static const char end[2 * BLOCK];
  out_bytes(&o, end, sizeof end); /* two empty blocks close a tar */
  if (o.failed) {
    free(o.buf);
    snprintf(err, errlen, "out of memory");
    return false;
  }
  *out = o.buf;
  *len = o.len;
  return true;
}

bool tarball_is_tar(const char *path)
{
  unsigned char h[BLOCK];
  FILE *f = sys_fopen(path, "rb");
  size_t n = f ? fread(h, 1, BLOCK, f) : 0;
  if (f)
    fclose(f);
  return n == BLOCK && memcmp(h + 257, "ustar", 5) == 0;
}

/* --- unpacking ---------------------------------------------------------------------------- */

static unsigned long long read_octal(const unsigned char *p, size_t width)
{
  unsigned long long v = 0;
  size_t i = 0;
  while (i < width && p[i] == ' ')
    i++;
  for (; i < width && p[i] >= '0' && p[i] <= '7'; i++)
    v = v * 8 + (unsigned)(p[i] - '0');
  return v;
}

static bool checksum_ok(const unsigned char h[BLOCK])
{
  unsigned sum = 0;
  for (int i = 0; i < BLOCK; i++)
    sum += (i >= 148 && i < 156) ? ' ' : h[i];
  return sum == read_octal(h + 148, 8);
}

/* The entry's name (prefix/name), or false when it would leave the folder. */
static bool safe_name(const unsigned char h[BLOCK], char *out, size_t cap)
{
  char name[101], prefix[156];
  memcpy(name, h, 100);
  name[100] = '\0';
  memcpy(prefix, h + 345, 155);
  prefix[155] = '\0';
  if ((size_t)snprintf(out, cap, "%s%s%s", prefix, prefix[0] ? "/" : "", name) >= cap)
    return false;
  if (out[0] == '/' || out[0] == '\0' || strchr(out, '\\'))
    return false;
  for (const char *p = out; *p;) { /* no ".." part anywhere */
    const char *slash = strchr(p, '/');
    size_t n = slash ? (size_t)(slash - p) : strlen(p);
    if (n == 2 && p[0] == '.' && p[1] == '.')
      return false;
    p += n + (slash != NULL);
  }
  return true;
}

static bool write_entry(FILE *f, const char *dest, const char *name, size_t size, char *err,
                        size_t errlen)
{
  char path[4096];
  if ((size_t)snprintf(path, sizeof path, "%s/%s", dest, name) >= sizeof path)
    return true;
  char *slash = strrchr(path, '/');
  *slash = '\0';
  bool dir_ok = sys_mkdirs(path);
  *slash = '/';
  char *data = malloc(size ? size : 1);
  if (!data || fread(data, 1, size, f) != size) {
    free(data);
    snprintf(err, errlen, "the tar ends in the middle of %s", name);
    return false;
  }
  FILE *o = dir_ok ? sys_fopen(path, "wb") : NULL;
  bool ok = o && fwrite(data, 1, size, o) == size;
  if (o && fclose(o) != 0)
    ok = false;
  free(data);
  if (!ok)
    snprintf(err, errlen, "%s: %s", path, strerror(errno));
  return ok;
}

static bool unpack_from(FILE *f, const char *dest, char *err, size_t errlen)
{
  unsigned char h[BLOCK];
  unsigned long long total = 0;
  for (;;) {
    if (fread(h, 1, BLOCK, f) != BLOCK)
      return true; /* no end marker: what was read stays */
    bool empty = true;
    for (int i = 0; i < BLOCK && empty; i++)
      empty = h[i] == 0;
    if (empty)
      return true;
    if (!checksum_ok(h)) {
      snprintf(err, errlen, "not a tar, or a damaged one (a header's checksum is wrong)");
      return false;
    }
    unsigned long long size = read_octal(h + 124, 12), padded = (size + BLOCK - 1) / BLOCK * BLOCK;
    total += size;
    if (total > TARBALL_MAX_TOTAL) {
      snprintf(err, errlen, "the tar unpacks to more than %u MB", TARBALL_MAX_TOTAL >> 20);
      return false;
    }
    char name[300];
    bool regular = h[156] == '0' || h[156] == '\0';
    if (regular && size <= TARBALL_MAX_FILE && safe_name(h, name, sizeof name)) {
      if (!write_entry(f, dest, name, (size_t)size, err, errlen))
        return false;
      padded -= size;
    }
    if (padded && fseek(f, (long)padded, SEEK_CUR) != 0) {
      snprintf(err, errlen, "the tar ends too soon");
      return false;
    }
  }
}

bool tarball_unpack(const char *path, const char *dest, char *err, size_t errlen)
{
  FILE *f = sys_fopen(path, "rb");
  if (!f) {
    snprintf(err, errlen, "%s: %s", path, strerror(errno));
    return false;
  }
  bool ok = unpack_from(f, dest, err, errlen);
  fclose(f);
  return ok;
}

static void remove_tree(const char *path, int depth)
{
  char **names;
  int n = depth < 32 ? list_dir(path, &names) : -1;
  for (int i = 0; i < n; i++) {
    char sub[4096];
    SysStat st;
    if ((size_t)snprintf(sub, sizeof sub, "%s/%s", path, names[i]) < sizeof sub &&
        sys_lstat(sub, &st)) {
      if (st.kind == SYS_DIR)
        remove_tree(sub, depth + 1);
      else
        sys_remove(sub);
    }
    free(names[i]);
  }
  if (n >= 0)
    free(names);
  remove(path); /* the folder, now empty (C's remove takes an empty folder on POSIX) */
}

void tarball_remove_tree(const char *dir)
{
  if (dir && *dir)
    remove_tree(dir, 0);
}
