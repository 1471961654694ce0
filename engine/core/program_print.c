/* program_print.c: the block tree's life (building, freeing, comparing, counting) and its two
   printed forms: canonical Lua text and the outline of `codebridge blocks`. Reads no source
   text (program.c parses); prints only what the tree holds. */
#include "program.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

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

/* ---- Comparing and counting ---------------------------------------------------------- */

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

const char *program_error_name(ProgramErrorCode code)
{
  static const char *const names[] = {
      "ok",
      "missing_end",
      "missing_do",
      "missing_then",
      "missing_until",
      "unclosed_string",
      "unclosed_long_string",
      "unclosed_comment",
      "unclosed_bracket",
      "needs_parens",
      "unexpected",
      "extra_end",
      "expected",
      "expected_name",
      "expected_equals",
      "bad_number",
      "bad_character",
      "bad_escape",
      "bad_attribute",
      "break_outside_loop",
      "vararg_outside",
      "too_deep",
      "too_big",
      "no_memory",
  };
  return (unsigned)code < sizeof names / sizeof *names ? names[code] : "unexpected";
}

/* ---- Output buffer ------------------------------------------------------------------- */

static void indent(UtilBuf *o, int level)
{
  for (int i = 0; i < level; i++)
    util_buf_add(o, "  ", 2);
}

static char *finish(UtilBuf *o, size_t *len)
{
  util_buf_add(o, "", 0); /* an empty result is still a string */
  if (o->oom) {
    free(o->data);
    return NULL;
  }
  if (len)
    *len = o->len;
  return o->data;
}

static const char *s(const char *str)
{
  return str ? str : "";
}

/* ---- Canonical text ------------------------------------------------------------------ */

static void text_list(UtilBuf *o, const Block *b, int level);

static void text_body(UtilBuf *o, const Block *body, int level)
{
  text_list(o, body, level + 1);
  indent(o, level);
  util_buf_add(o, "end\n", 4);
}

static void text_if(UtilBuf *o, const Block *b, int level)
{
  for (const BlockArm *a = b->arms; a; a = a->next) {
    if (a != b->arms)
      indent(o, level);
    util_buf_printf(o, "%s %s%s() then\n", a == b->arms ? "if" : "elseif", a->negate ? "not " : "",
                    s(a->sensor));
    text_list(o, a->body, level + 1);
  }
  if (b->has_else) {
    indent(o, level);
    util_buf_add(o, "else\n", 5);
    text_list(o, b->else_body, level + 1);
  }
  indent(o, level);
  util_buf_add(o, "end\n", 4);
}

static unsigned long long magnitude(long long v)
{
  return v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
}

static void text_block(UtilBuf *o, const Block *b, int level)
{
  indent(o, level);
  switch (b->kind) {
  case BLOCK_CALL:
    util_buf_printf(o, "%s()\n", s(b->name));
    break;
  case BLOCK_REPEAT:
    if (b->count_var)
      util_buf_printf(o, "for %s = 1, %s do\n", s(b->name), b->count_var);
    else
      util_buf_printf(o, "for %s = 1, %lld do\n", s(b->name), b->number);
    text_body(o, b->body, level);
    break;
  case BLOCK_REPEAT_UNTIL:
    util_buf_printf(o, "while not %s() do\n", s(b->name));
    text_body(o, b->body, level);
    break;
  case BLOCK_IF:
    text_if(o, b, level);
    break;
  case BLOCK_DEFINE:
    util_buf_printf(o, "function %s()\n", s(b->name));
    text_body(o, b->body, level);
    break;
  case BLOCK_SET:
    util_buf_printf(o, "%s%s = %lld\n", b->is_local ? "local " : "", s(b->name), b->number);
    break;
  case BLOCK_CHANGE:
    util_buf_printf(o, "%s = %s %c %llu\n", s(b->name), s(b->name), b->number < 0 ? '-' : '+',
                    magnitude(b->number));
    break;
  case BLOCK_CODE:
  case BLOCK_COMMENT:
    /* A statement starting with "(" would continue a call above it: Lua reads "a = f" then
       "(g)()" on the next line as a = f(g)(). The ";" keeps it a statement of its own. */
    if (b->kind == BLOCK_CODE && b->text_len > 0 && b->text[0] == '(')
      util_buf_add(o, ";", 1);
    if (b->text)
      util_buf_add(o, b->text, b->text_len);
    util_buf_add(o, "\n", 1);
    break;
  }
}

static void text_list(UtilBuf *o, const Block *b, int level)
{
  for (; b; b = b->next)
    text_block(o, b, level);
}

char *program_text_ex(const Program *p, size_t *len)
{
  UtilBuf o = {0};
  if (p)
    text_list(&o, p->first, 0);
  return finish(&o, len);
}

char *program_text(const Program *p)
{
  return program_text_ex(p, NULL);
}

/* ---- Outline ------------------------------------------------------------------------- */

static void outline_list(UtilBuf *o, const Block *b, int level);

/* "code: " or "comment: " and the first line of the text, " ..." when there is more. */
static void outline_text(UtilBuf *o, const char *label, const Block *b)
{
  size_t n = 0;
  util_buf_add(o, label, strlen(label));
  while (n < b->text_len && b->text[n] != '\n' && b->text[n] != '\r')
    n++;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)b->text[i];
    util_buf_add(o, (c < 32 && c != '\t') || c == 127 ? "?" : b->text + i, 1);
  }
  if (n < b->text_len)
    util_buf_add(o, " ...", 4);
}

static void outline_if(UtilBuf *o, const Block *b, int level)
{
  for (const BlockArm *a = b->arms; a; a = a->next) {
    if (a != b->arms)
      indent(o, level);
    util_buf_printf(o, "%s %s%s\n", a == b->arms ? "if" : "else if", a->negate ? "not " : "",
                    s(a->sensor));
    outline_list(o, a->body, level + 1);
  }
  if (b->has_else) {
    indent(o, level);
    util_buf_add(o, "else\n", 5);
    outline_list(o, b->else_body, level + 1);
  }
}

static void outline_block(UtilBuf *o, const Block *b, int level)
{
  indent(o, level);
  switch (b->kind) {
  case BLOCK_CALL:
    util_buf_printf(o, "%s\n", s(b->name));
    return;
  case BLOCK_REPEAT:
    if (b->count_var)
      util_buf_printf(o, "repeat %s times", b->count_var);
    else
      util_buf_printf(o, "repeat %lld times", b->number);
    if (!str_equal(b->name, "i"))
      util_buf_printf(o, " with %s", s(b->name));
    util_buf_add(o, "\n", 1);
    break;
  case BLOCK_REPEAT_UNTIL:
    util_buf_printf(o, "repeat until %s\n", s(b->name));
    break;
  case BLOCK_IF:
    outline_if(o, b, level);
    return;
  case BLOCK_DEFINE:
    util_buf_printf(o, "define %s\n", s(b->name));
    break;
  case BLOCK_SET:
    util_buf_printf(o, "set %s%s to %lld\n", b->is_local ? "local " : "", s(b->name), b->number);
    return;
  case BLOCK_CHANGE:
    util_buf_printf(o, "change %s by %lld\n", s(b->name), b->number);
    return;
  case BLOCK_CODE:
  case BLOCK_COMMENT:
    outline_text(o, b->kind == BLOCK_CODE ? "code: " : "comment: ", b);
    util_buf_add(o, "\n", 1);
    return;
  }
  outline_list(o, b->body, level + 1);
}

static void outline_list(UtilBuf *o, const Block *b, int level)
{
  for (; b; b = b->next)
    outline_block(o, b, level);
}

char *program_outline(const Program *p)
{
  UtilBuf o = {0};
  if (p)
    outline_list(&o, p->first, 0);
  return finish(&o, NULL);
}
