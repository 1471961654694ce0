/* program_print.c: the block tree's two printed forms: canonical Lua text and the outline of
   `codebridge blocks`. Reads no source text (program.c parses) and calls nothing in program.c:
   it prints only what the tree holds (the tree itself is block_tree.c). */
#include "program.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

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
    if (!b->name || strcmp(b->name, "i") != 0)
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
