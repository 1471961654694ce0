/* block_tree.c: the block tree's life: building blocks and arms, freeing them, a Program
   around a list, and deep equality. The one home of the tree that program.c (the parser),
   program_print.c (the printers) and block_edit.c all use, so they need not call each other.
   Knows no source text and no printing. Declared in program.h. */
#include <stdlib.h>
#include <string.h>

#include "program.h"

/* ---- Building and freeing ------------------------------------------------------------ */

Block *block_new(BlockKind k)
{
  Block *b = calloc(1, sizeof *b);
  if (b) {
    b->kind = k;
    b->code_count = -1;
  }
  return b;
}

bool block_set_string(char **field, const char *s)
{
  char *copy = s ? malloc(strlen(s) + 1) : NULL;
  if (!copy)
    return false;
  strcpy(copy, s);
  free(*field);
  *field = copy;
  return true;
}

Block *block_new_named(BlockKind k, const char *name)
{
  Block *b = block_new(k);
  if (b && !block_set_string(&b->name, name)) {
    block_free(b);
    return NULL;
  }
  return b;
}

Block *block_new_text(BlockKind k, const char *text, size_t len)
{
  Block *b = text ? block_new(k) : NULL;
  if (b && !(b->text = malloc(len + 1))) {
    block_free(b);
    return NULL;
  }
  if (b) {
    memcpy(b->text, text, len);
    b->text[len] = '\0';
    b->text_len = len;
  }
  return b;
}

BlockArm *block_arm_new(bool negate, const char *sensor)
{
  BlockArm *a = calloc(1, sizeof *a);
  if (a && !block_set_string(&a->sensor, sensor)) {
    free(a);
    return NULL;
  }
  if (a)
    a->negate = negate;
  return a;
}

void block_arm_free_list(BlockArm *a)
{
  while (a) {
    BlockArm *next = a->next;
    block_free_list(a->body);
    free(a->sensor);
    free(a);
    a = next;
  }
}

void block_free(Block *b)
{
  if (!b)
    return;
  block_free_list(b->body);
  block_free_list(b->else_body);
  block_arm_free_list(b->arms);
  free(b->name);
  free(b->count_var);
  free(b->text);
  free(b);
}

/* Iterative along a list: a program may hold many thousands of statements in a row. */
void block_free_list(Block *b)
{
  while (b) {
    Block *next = b->next;
    block_free(b);
    b = next;
  }
}

Program *program_from_blocks(Block *first)
{
  Program *p = calloc(1, sizeof *p);
  if (!p) {
    block_free_list(first);
    return NULL;
  }
  p->first = first;
  return p;
}

void program_free(Program *p)
{
  if (p) {
    block_free_list(p->first);
    free(p);
  }
}

/* ---- Comparing ------------------------------------------------------------------------ */

static bool str_equal(const char *a, const char *b)
{
  return a == b || (a && b && strcmp(a, b) == 0);
}

static bool arms_equal(const BlockArm *a, const BlockArm *b)
{
  for (; a && b; a = a->next, b = b->next)
    if (a->negate != b->negate || !str_equal(a->sensor, b->sensor) ||
        !program_blocks_equal(a->body, b->body))
      return false;
  return !a && !b;
}

static bool block_equal(const Block *a, const Block *b)
{
  bool named = a->kind != BLOCK_IF && a->kind != BLOCK_CODE && a->kind != BLOCK_COMMENT;
  if (a->kind != b->kind || (named && !str_equal(a->name, b->name)))
    return false;
  switch (a->kind) {
  case BLOCK_REPEAT:
    if (!str_equal(a->count_var, b->count_var) || (!a->count_var && a->number != b->number))
      return false;
    return program_blocks_equal(a->body, b->body);
  case BLOCK_REPEAT_UNTIL:
  case BLOCK_DEFINE:
    return program_blocks_equal(a->body, b->body);
  case BLOCK_IF:
    return a->has_else == b->has_else && arms_equal(a->arms, b->arms) &&
           program_blocks_equal(a->else_body, b->else_body);
  case BLOCK_SET:
    return a->is_local == b->is_local && a->number == b->number;
  case BLOCK_CHANGE:
    return a->number == b->number;
  case BLOCK_CODE:
  case BLOCK_COMMENT:
    return a->text_len == b->text_len &&
           (a->text_len == 0 || memcmp(a->text, b->text, a->text_len) == 0);
  case BLOCK_CALL:
    break;
  }
  return true;
}

bool program_blocks_equal(const Block *a, const Block *b)
{
  for (; a && b; a = a->next, b = b->next)
    if (!block_equal(a, b))
      return false;
  return !a && !b;
}
