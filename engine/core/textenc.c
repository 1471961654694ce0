/* textenc.c: reads a teacher's text file in the encodings Windows editors save (UTF-8,
   UTF-16 with or without a byte-order mark, Windows-1252) into UTF-8.
   Pure C. Used for class lists, which teachers type in whatever editor the school has. */
#include "textenc.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Windows-1252's 0x80-0x9F; 0 marks the five bytes it leaves undefined. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/* A control code no text file holds: NUL, and C0 codes other than tab, newlines, form feed. */
static bool is_binary_code(uint32_t c)
{
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

static size_t put_utf8(char *out, uint32_t c)
{
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | c >> 6);
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | c >> 12);
    out[1] = (char)(0x80 | (c >> 6 & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | c >> 18);
  out[1] = (char)(0x80 | (c >> 12 & 0x3F));
  out[2] = (char)(0x80 | (c >> 6 & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* Length of the well-formed UTF-8 sequence at s (shortest form, no surrogates, at most
   U+10FFFF), or 0 when it is not one. */
static size_t utf8_sequence(const unsigned char *s, size_t left)
{
  if (s[0] < 0x80)
    return 1;
  size_t n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
  if (n == 0 || n > left || s[0] > 0xF4)
    return 0;
  for (size_t i = 1; i < n; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) ||
      (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))
    return 0;
  return n;
}

static bool valid_utf8(const unsigned char *s, size_t len)
{
  for (size_t i = 0, n; i < len; i += n)
    if ((n = utf8_sequence(s + i, len - i)) == 0)
      return false;
  return true;
}

static bool has_binary_byte(const unsigned char *s, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (is_binary_code(s[i]))
      return true;
  return false;
}

/* Without a byte-order mark, UTF-16 shows as a zero in every other byte of ASCII text: a
   file of an even length whose zeros all sit on one side, and are a good share of it. */
static TextEncoding guess_utf16(const unsigned char *s, size_t len)
{
  if (len < 2 || len % 2)
    return TEXTENC_BINARY;
  size_t even_zeros = 0, odd_zeros = 0;
  for (size_t i = 0; i < len; i++)
    if (s[i] == 0 && i % 2)
      odd_zeros++;
    else if (s[i] == 0)
      even_zeros++;
  if (even_zeros == 0 && odd_zeros * 4 >= len / 2)
    return TEXTENC_UTF16LE;
  if (odd_zeros == 0 && even_zeros * 4 >= len / 2)
    return TEXTENC_UTF16BE;
  return TEXTENC_BINARY;
}

static char *from_utf16(const unsigned char *s, size_t len, bool big_endian, size_t *out_len)
{
  char *out = malloc(len / 2 * 3 + 1); /* a UTF-16 unit is at most 3 UTF-8 bytes */
  if (!out)
    return NULL;
  size_t o = 0;
  for (size_t i = 0; i + 1 < len; i += 2) {
    uint32_t c = big_endian ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
    if (c >= 0xD800 && c < 0xDC00 && i + 3 < len) { /* a surrogate pair: one character */
      uint32_t lo =
          big_endian ? (uint32_t)(s[i + 2] << 8 | s[i + 3]) : (uint32_t)(s[i + 3] << 8 | s[i + 2]);
      if (lo >= 0xDC00 && lo < 0xE000) {
        c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
      }
    }
    if (c >= 0xD800 && c < 0xE000)
      c = 0xFFFD; /* half a pair: shown as a replacement mark, never as broken bytes */
    if (is_binary_code(c)) {
      free(out);
      return NULL;
    }
    o += put_utf8(out + o, c);
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

static char *from_cp1252(const unsigned char *s, size_t len, size_t *out_len)
{
  char *out = malloc(len * 3 + 1);
  if (!out)
    return NULL;
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    uint32_t c = s[i];
    if (c >= 0x80 && c < 0xA0)
      c = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD;
    o += put_utf8(out + o, c);
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

static char *copy_bytes(const unsigned char *s, size_t len, size_t *out_len)
{
  char *out = malloc(len + 1);
  if (!out)
    return NULL;
  memcpy(out, s, len);
  out[len] = '\0';
  *out_len = len;
  return out;
}

static TextEncoding detect(const unsigned char *s, size_t len, size_t *bom)
{
  *bom = 0;
  if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
    *bom = 3;
    return TEXTENC_UTF8;
  }
  if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
    *bom = 2;
    return TEXTENC_UTF16LE;
  }
  if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
    *bom = 2;
    return TEXTENC_UTF16BE;
  }
  if (memchr(s, 0, len))
    return guess_utf16(s, len);
  if (has_binary_byte(s, len))
    return TEXTENC_BINARY;
  return valid_utf8(s, len) ? TEXTENC_UTF8 : TEXTENC_CP1252;
}

char *textenc_to_utf8(const char *bytes, size_t len, size_t *out_len, TextEncoding *found)
{
  const unsigned char *s = (const unsigned char *)bytes;
  size_t bom, ignored;
  if (!out_len)
    out_len = &ignored;
  TextEncoding enc = detect(s, len, &bom);
  s += bom;
  len -= bom;
  if (enc == TEXTENC_UTF8 && has_binary_byte(s, len))
    enc = TEXTENC_BINARY;
  else if (enc == TEXTENC_UTF8 && !valid_utf8(s, len))
    enc = TEXTENC_CP1252; /* a UTF-8 mark on a file an old editor then saved in its own way */
  char *out = NULL;
  if (enc == TEXTENC_UTF16LE || enc == TEXTENC_UTF16BE)
    out = from_utf16(s, len, enc == TEXTENC_UTF16BE, out_len);
  else if (enc == TEXTENC_CP1252)
    out = from_cp1252(s, len, out_len);
  else if (enc == TEXTENC_UTF8)
    out = copy_bytes(s, len, out_len);
  if (found)
    *found = out ? enc : TEXTENC_BINARY;
  return out;
}
