/* fuzz_program.c: libFuzzer target for the program parser: any bytes as a pupil's program must
   parse or give an error with a line, never crash; what parses prints to canonical text that
   parses again to the same text with the same block count (blocks -> text -> blocks is stable,
   SPEC section 1), and its outline can be drawn. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ensure.h"
#include "program.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  ProgramError err;
  Program *p = program_parse((const char *)data, size, &err);
  if (!p) {
    ENSURE(err.line >= 0);
    return 0;
  }
  size_t len = 0;
  char *text = program_text_ex(p, &len);
  char *outline = program_outline(p);
  if (text) {
    Program *again = program_parse(text, len, &err);
    ENSURE(again != NULL); /* the canonical text of a program is a program */
    ENSURE(program_count_blocks(again) == program_count_blocks(p));
    size_t len2 = 0;
    char *text2 = program_text_ex(again, &len2);
    ENSURE(!text2 || (len2 == len && memcmp(text, text2, len) == 0));
    free(text2);
    program_free(again);
  }
  free(outline);
  free(text);
  program_free(p);
  return 0;
}
