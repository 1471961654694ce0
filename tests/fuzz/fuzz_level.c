/* fuzz_level.c: libFuzzer target for the level loader: any bytes as a level file load into a
   Level or give a FILE:LINE message, never crash (the file runs in the level sandbox, whose
   budgets keep a hostile file short). A level that loads writes back as text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ensure.h"
#include "level.h"
#include "level_write.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  LevelError err;
  Level *lv = level_load_text("fuzz.lua", (const char *)data, size, &err);
  if (!lv) {
    ENSURE(err.message[0] != '\0');
    return 0;
  }
  char why[300];
  size_t len = 0;
  char *text = level_write_text(lv, &len, why, sizeof why);
  free(text);
  level_free(lv);
  return 0;
}
