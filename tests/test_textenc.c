/* test_textenc.c: class lists as Windows editors save them come out as the same UTF-8. */
#include <stdlib.h>

#include "check.h"
#include "textenc.h"

/* Decodes len bytes and checks the encoding found and the UTF-8 that came out. */
static void expect(const char *bytes, size_t len, TextEncoding enc, const char *utf8)
{
  size_t n = 0;
  TextEncoding found;
  char *out = textenc_to_utf8(bytes, len, &n, &found);
  CHECK_INT(enc, found);
  if (utf8) {
    CHECK_STR(utf8, out);
    CHECK_INT(strlen(utf8), n);
  } else {
    CHECK(out == NULL);
  }
  free(out);
}

int main(void)
{
  expect("Amy\nBen\n", 8, TEXTENC_UTF8, "Amy\nBen\n");
  expect("", 0, TEXTENC_UTF8, "");
  expect("\xEF\xBB\xBFZo\xC3\xAB", 7, TEXTENC_UTF8, "Zo\xC3\xAB"); /* the mark is dropped */
  /* UTF-16 with marks, both byte orders, and without a mark (zeros on one side). */
  expect("\xFF\xFEZ\0o\0\xEB\0", 8, TEXTENC_UTF16LE, "Zo\xC3\xAB");
  expect("\xFE\xFF\0Z\0o\0\xEB", 8, TEXTENC_UTF16BE, "Zo\xC3\xAB");
  expect("A\0m\0y\0\n\0", 8, TEXTENC_UTF16LE, "Amy\n");
  /* A name outside the first plane (a surrogate pair) and a half pair. */
  expect("\xFF\xFE\x3D\xD8\x80\xDE", 6, TEXTENC_UTF16LE, "\xF0\x9F\x9A\x80");
  expect("\xFF\xFE\x3D\xD8"
         "A\0",
         6, TEXTENC_UTF16LE,
         "\xEF\xBF\xBD"
         "A");
  /* Windows-1252: Western letters, the euro and curly quotes of 0x80-0x9F. */
  expect("Chlo\xE9", 5, TEXTENC_CP1252, "Chlo\xC3\xA9");
  expect("\x80 \x93Jo\x94", 6, TEXTENC_CP1252, "\xE2\x82\xAC \xE2\x80\x9CJo\xE2\x80\x9D");
  /* Overlong and surrogate UTF-8 are not UTF-8: read as the code page, never passed on. */
  expect("\xC0\xAF", 2, TEXTENC_CP1252, "\xC3\x80\xC2\xAF");
  expect("\xED\xA0\x80", 3, TEXTENC_CP1252, "\xC3\xAD\xC2\xA0\xE2\x82\xAC");
  /* Not text: a picture's header, control codes, UTF-16 holding control codes. */
  expect("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, TEXTENC_BINARY, NULL);
  expect("Amy\x01\x02", 5, TEXTENC_BINARY, NULL);
  expect("\xFF\xFE\x01\0\x02\0", 6, TEXTENC_BINARY, NULL);
  return check_summary();
}
