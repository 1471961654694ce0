/* util.h: the small text and file helpers every module needs, written once: cutting UTF-8 on
   a character, trimming, the one yes/no rule, edit distance, a growable byte buffer, mkdir -p
   and reading a settings file whose lines may be of any length.
   Pure C: no SDL, no Lua. Knows nothing of levels, pupils or screens. */
#ifndef UTIL_H
#define UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* ---- UTF-8 ---- */

/* The longest prefix of s[0..len) of at most max bytes that does not end inside a UTF-8
   character: len when it fits, else max stepped back over continuation bytes. s must hold
   len bytes (NULs allowed). */
size_t util_utf8_cut(const char *s, size_t len, size_t max);

/* Length (1-4) of the well-formed UTF-8 character at s[0..len), or 0 when the bytes there are
   not one (a stray continuation byte, a truncated or overlong sequence, a surrogate). */
int util_utf8_char_len(const char *s, size_t len);

/* Copies s into out[cap] (cap > 0), cut on a character when it does not fit; always
   NUL-terminates. True when all of s was copied. */
bool util_copy(char *out, size_t cap, const char *s);

/* Makes text safe for a terminal, in place and keeping its length: control bytes (all but
   newline and tab), DEL, C1 controls (U+0080-U+009F) and bytes that are not UTF-8 become '?',
   so no escape sequence from a level or a program can steer the terminal. */
void util_printable(char *s, size_t len);

/* ---- trimming ---- */

/* Blanks are space, tab, CR and LF. */
bool util_is_blank(char c);

/* Trims blanks at both ends in place; returns the first kept character of s. */
char *util_trim(char *s);

/* The blank-free middle of s[0..*len): returns its start and sets *len to its length. */
const char *util_trim_span(const char *s, size_t *len);

/* ---- yes/no ---- */

/* The one yes/no rule for settings files and options, case-blind, blanks around ignored:
   "yes", "on", "true", "1" are yes; "no", "off", "false", "0" are no. Sets *out and returns
   true for those; returns false (and leaves *out) for anything else. */
bool util_parse_yes_no(const char *s, bool *out);

/* True only for a word util_parse_yes_no reads as yes. */
bool util_is_yes(const char *s);

/* ---- edit distance ---- */

#define UTIL_EDIT_MAX_LEN 64 /* longer words are never near: util_edit_distance gives INT_MAX */

/* Levenshtein distance between a and b (insert, delete, change one byte), ASCII case-blind
   when fold_case. Words longer than UTIL_EDIT_MAX_LEN are never close: INT_MAX. */
int util_edit_distance(const char *a, const char *b, bool fold_case);

/* ---- growable buffer ---- */

/* A byte buffer that grows as text is added; data is NUL-terminated whenever len > 0. A
   failed allocation sets oom and drops every later addition, so a caller checks once at the
   end. Zero-initialise (UtilBuf b = {0}) to start; util_buf_free releases it. */
typedef struct {
  char *data;
  size_t len, cap;
  bool oom;
} UtilBuf;

void util_buf_add(UtilBuf *b, const void *data, size_t n);
void util_buf_puts(UtilBuf *b, const char *s);
void util_buf_putc(UtilBuf *b, char c);
void util_buf_printf(UtilBuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Hands over the text (never NULL unless oom: "" for an empty buffer) and empties b. The
   caller frees it. */
char *util_buf_take(UtilBuf *b);
void util_buf_free(UtilBuf *b);

/* ---- files ---- */

/* mkdir -p: makes path and every missing folder above it. True when path is a folder
   afterwards. */
bool util_mkdir_p(const char *path);

/* Reads one line of any length from f into line (emptied first), without its '\n' or a
   '\r' before it. False at the end of the file with nothing read, or when memory runs out. */
bool util_read_line(FILE *f, UtilBuf *line);

/* Called for each "key = value" line of a settings file, both trimmed. Return false to
   stop reading. */
typedef bool (*UtilSettingFn)(void *ctx, char *key, char *value);

/* Reads a settings file: lines of any length, "# comment" lines and lines without '=' are
   skipped (a long comment never spills into a setting). False when the file cannot be
   opened. */
bool util_settings_each(const char *path, UtilSettingFn fn, void *ctx);

/* The value of key in the settings file at path, copied into out[cap] (the first line that
   sets it wins). False when the file, the key or the room is missing. */
bool util_settings_get(const char *path, const char *key, char *out, size_t cap);

#endif
