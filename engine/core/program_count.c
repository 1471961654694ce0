/* program_count.c: SPEC section 1's block count over a block tree (stars depend on it). The
   only part of the tree code that parses: a CODE block built by hand counts the statements its
   text holds. Calls program.c; nothing there calls back. */
#include <stdlib.h>

#include "program.h"

/* A CODE block built by hand has no count yet: its text says how many statements it holds. */
static int code_count(const Block *b)
{
  if (b->code_count >= 0)
    return b->code_count;
  Program *p = program_parse(b->text ? b->text : "", b->text ? b->text_len : 0, NULL);
  int n = p ? program_count_blocks(p) : 1;
  program_free(p);
  return n;
}

int program_count_list(const Block *b)
{
  int n = 0;
  for (; b; b = b->next) {
    if (b->kind == BLOCK_CODE)
      n += code_count(b);
    else if (b->kind != BLOCK_COMMENT)
      n += 1 + program_count_list(b->body) + program_count_list(b->else_body);
    for (const BlockArm *a = b->arms; a; a = a->next)
      n += program_count_list(a->body);
  }
  return n;
}

int program_count_blocks(const Program *p)
{
  return p ? program_count_list(p->first) : 0;
}
