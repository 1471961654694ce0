/* util.c: small text and file helpers written once (see util.h): UTF-8 cuts, trimming, the
   yes/no rule, edit distance, a growable buffer, mkdir -p, settings files of any line length.
   Pure C: no SDL, no Lua, no knowledge of levels or pupils. */
#include "util.h"

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sys.h"

/* ---- UTF-8 ---- */

static bool is_cont(unsigned char c)
{
  return (c & 0xC0) == 0x80;
}

size_t util_utf8_cut(const char *s, size_t len, size_t max)
{
  if (len <= max)
    return len;
  /* s[max] is the first byte left out: while it continues a character, that character
     started inside the kept part and must go too. */
  while (max > 0 && is_cont((unsigned char)s[max]))
    max--;
  return max;
}

int util_utf8_char_len(const char *s, size_t len)
{
  const unsigned char *u = (const unsigned char *)s;
  if (len == 0)
    return 0;
  int n = u[0] < 0x80 ? 1 : u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC2 ? 2 : 0;
  if (n == 0 || u[0] > 0xF4 || (size_t)n > len)
    return 0;
  uint32_t c = u[0] & (0x7F >> n);
  for (int i = 1; i < n; i++) {
    if (!is_cont(u[i]))
      return 0;
    c = (c << 6) | (u[i] & 0x3F);
  }
  bool overlong = (n == 3 && c < 0x800) || (n == 4 && c < 0x10000);
  bool bad = (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF;
  return overlong || bad ? 0 : n;
}

bool util_copy(char *out, size_t cap, const char *s)
{
  size_t len = strlen(s), n = util_utf8_cut(s, len, cap - 1);
  memmove(out, s, n);
  out[n] = '\0';
  return n == len;
}

void util_printable(char *s, size_t len)
{
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    int n = util_utf8_char_len(s + i, len - i);
    bool c1 = n == 2 && c == 0xC2 && (unsigned char)s[i + 1] < 0xA0;
    if (n == 0 || c1 || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      n = n ? n : 1;
      memset(s + i, '?', (size_t)n);
    }
    i += (size_t)n;
  }
}

/* ---- trimming ---- */

bool util_is_blank(char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

char *util_trim(char *s)
{
  while (util_is_blank(*s))
    s++;
  size_t n = strlen(s);
  while (n > 0 && util_is_blank(s[n - 1]))
    s[--n] = '\0';
  return s;
}

const char *util_trim_span(const char *s, size_t *len)
{
  size_t n = *len;
  while (n > 0 && util_is_blank(*s))
    s++, n--;
  while (n > 0 && util_is_blank(s[n - 1]))
    n--;
  *len = n;
  return s;
}

/* ---- yes/no ---- */

static bool same_word(const char *s, size_t n, const char *word)
{
  if (strlen(word) != n)
    return false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
    if (c != word[i])
      return false;
  }
  return true;
}

bool util_parse_yes_no(const char *s, bool *out)
{
  static const char *const yes[] = {"yes", "on", "true", "1"};
  static const char *const no[] = {"no", "off", "false", "0"};
  if (!s)
    return false;
  size_t n = strlen(s);
  s = util_trim_span(s, &n);
  for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
    if (same_word(s, n, yes[i]) || same_word(s, n, no[i])) {
      *out = same_word(s, n, yes[i]);
      return true;
    }
  }
  return false;
}

bool util_is_yes(const char *s)
{
  bool v = false;
  return util_parse_yes_no(s, &v) && v;
}

/* ---- edit distance ---- */

static char fold(char c, bool fold_case)
{
  return fold_case && c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

int util_edit_distance(const char *a, const char *b, bool fold_case)
{
  size_t la = strlen(a), lb = strlen(b);
  if (la > UTIL_EDIT_MAX_LEN || lb > UTIL_EDIT_MAX_LEN)
    return INT_MAX;
  int row[UTIL_EDIT_MAX_LEN + 1]; /* one row of the table is enough */
  for (size_t j = 0; j <= lb; j++)
    row[j] = (int)j;
  for (size_t i = 1; i <= la; i++) {
    int diag = row[0];
    row[0] = (int)i;
    for (size_t j = 1; j <= lb; j++) {
      int up = row[j];
      int best = diag + (fold(a[i - 1], fold_case) != fold(b[j - 1], fold_case));
      if (up + 1 < best)
        best = up + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  return row[lb];
}

/* ---- growable buffer ---- */

void util_buf_add(UtilBuf *b, const void *data, size_t n)
{
  if (b->oom)
    return;
  if (n >= SIZE_MAX / 2 - b->len) {
    b->oom = true;
    return;
  }
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
      cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
      b->oom = true;
      return;
    }
    b->data = p;
    b->cap = cap;
  }
  if (n)
    memcpy(b->data + b->len, data, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void util_buf_puts(UtilBuf *b, const char *s)
{
  util_buf_add(b, s, strlen(s));
}

void util_buf_putc(UtilBuf *b, char c)
{
  util_buf_add(b, &c, 1);
}

void util_buf_printf(UtilBuf *b, const char *fmt, ...)
{
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0)
    return;
  if ((size_t)n < sizeof small) {
    util_buf_add(b, small, (size_t)n);
    return;
  }
  char *big = malloc((size_t)n + 1); /* rare: a long name; print it whole */
  if (!big) {
    b->oom = true;
    return;
  }
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  util_buf_add(b, big, (size_t)n);
  free(big);
}

char *util_buf_take(UtilBuf *b)
{
  if (b->oom) {
    util_buf_free(b);
    return NULL;
  }
  char *s = b->data ? b->data : calloc(1, 1);
  *b = (UtilBuf){0};
  return s;
}

void util_buf_free(UtilBuf *b)
{
  free(b->data);
  *b = (UtilBuf){0};
}

/* ---- files ---- */

bool util_mkdir_p(const char *path)
{
  return sys_mkdirs(path); /* both separators and UTF-8 names on Windows */
}

bool util_read_line(FILE *f, UtilBuf *line)
{
  line->len = 0;
  if (line->data)
    line->data[0] = '\0';
  int c = EOF;
  bool any = false;
  while ((c = getc(f)) != EOF && c != '\n') {
    util_buf_putc(line, (char)c);
    any = true;
  }
  if (line->len > 0 && line->data[line->len - 1] == '\r')
    line->data[--line->len] = '\0';
  return !line->oom && (any || c == '\n');
}

bool util_settings_each(const char *path, UtilSettingFn fn, void *ctx)
{
  FILE *f = sys_fopen(path, "r");
  if (!f)
    return false;
  UtilBuf line = {0};
  while (util_read_line(f, &line)) {
    char *text = line.data;
    char *eq = text ? strchr(text, '=') : NULL;
    if (!eq || text[0] == '#')
      continue;
    *eq = '\0';
    if (!fn(ctx, util_trim(text), util_trim(eq + 1)))
      break;
  }
  util_buf_free(&line);
  fclose(f);
  return true;
}

typedef struct {
  const char *key;
  char *out;
  size_t cap;
  bool found;
} SettingQuery;

static bool match_setting(void *ctx, char *key, char *value)
{
  SettingQuery *q = ctx;
  if (strcmp(key, q->key) != 0 || strlen(value) >= q->cap)
    return true;
  memcpy(q->out, value, strlen(value) + 1);
  q->found = true;
  return false;
}

bool util_settings_get(const char *path, const char *key, char *out, size_t cap)
{
  SettingQuery q = {key, out, cap, false};
  return util_settings_each(path, match_setting, &q) && q.found;
}
