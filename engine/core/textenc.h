/* textenc.h: the bytes of a text file a teacher saved, whatever the editor (UTF-8 with or
   without a BOM, UTF-16 from old Notepad, Windows-1252), turned into UTF-8.
   Pure C: no Lua, no SDL, no files. */
#ifndef TEXTENC_H
#define TEXTENC_H

#include <stddef.h>

typedef enum {
  TEXTENC_UTF8,
  TEXTENC_UTF16LE,
  TEXTENC_UTF16BE,
  TEXTENC_CP1252, /* bytes that are not UTF-8 are read as Windows' Western code page */
  TEXTENC_BINARY, /* not text at all (NUL bytes, control codes): nothing is returned */
} TextEncoding;

/* Returns a malloc'd NUL-terminated UTF-8 copy of bytes (without any byte-order mark) and
   its length in *out_len, or NULL when the bytes are not text or memory ran out. *found (may
   be NULL) tells which encoding was read. */
char *textenc_to_utf8(const char *bytes, size_t len, size_t *out_len, TextEncoding *found);

#endif
