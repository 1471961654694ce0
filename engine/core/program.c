/* program.c: the parser of all of Lua 5.4 that turns pupil text into the block tree. Expressions
   are checked but kept only as source spans; nesting is capped at PROGRAM_MAX_DEPTH so no input can
   exhaust the C stack. The tree itself is block_tree.c, the printer program_print.c, the count
   program_count.c; this file never runs code and never calls Lua. */
#include "program.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

typedef struct {
  const char *src;
  LexResult lx;
  int pos;     /* the current token */
  int depth;   /* nesting, against PROGRAM_MAX_DEPTH */
  int bracket; /* the innermost open bracket's token, -1 when none */
  int loops;   /* loops around us in the current function, for "break" */
  bool vararg; /* the current function takes "..." */
  int count;   /* statements parsed so far */
  Block *root; /* the tree so far: every block is linked in as soon as it exists, so an
                  error can free everything from here */
  ProgramError err;
  jmp_buf jump;
} Parser;

/* Where the next block of a list goes; tail NULL while parsing inside a CODE block. */
typedef struct {
  Block **tail;
} List;

/* ---- Tokens -------------------------------------------------------------------------- */

static const LexToken *tok_at(const Parser *p, int i)
{
  return &p->lx.tokens[i < p->lx.ntokens ? i : p->lx.ntokens - 1];
}

static int kind_at(const Parser *p, int i)
{
  return tok_at(p, i)->kind;
}

static int cur(const Parser *p)
{
  return kind_at(p, p->pos);
}

static void advance(Parser *p)
{
  if (p->pos < p->lx.ntokens - 1)
    p->pos++;
}

static bool accept(Parser *p, int kind)
{
  if (cur(p) != kind)
    return false;
  advance(p);
  return true;
}

/* No comment lies inside the tokens first..last (they would be lost in a block form). */
static bool no_comments(const Parser *p, int first, int last)
{
  return p->lx.first_comment[last + 1] == p->lx.first_comment[first + 1];
}

/* ---- Errors -------------------------------------------------------------------------- */

/* Reports code at the current token and abandons the parse. A lexical error waiting at the
   current token wins: Lua would have met it first. */
static _Noreturn void fail_at(Parser *p, ProgramErrorCode code, int open_tok)
{
  const LexToken *t = tok_at(p, p->pos);
  if (t->kind == LEX_ERROR) {
    p->err = p->lx.error;
  } else {
    p->err.code = code;
    p->err.line = t->end_line; /* as Lua: where the lexer stands after the token */
    lexer_near(p->src, t, p->err.near, sizeof p->err.near);
    if (open_tok >= 0) {
      const LexToken *o = tok_at(p, open_tok);
      size_t n = o->end - o->start;
      n = n < sizeof p->err.opener ? n : sizeof p->err.opener - 1;
      memcpy(p->err.opener, p->src + o->start, n);
      p->err.opener[n] = '\0';
      p->err.open_line = o->line;
    }
  }
  longjmp(p->jump, 1);
}

/* The text ending inside a bracket ("forward(" on the last line) names the bracket. */
static _Noreturn void fail(Parser *p, ProgramErrorCode code)
{
  if (code == PROGRAM_UNEXPECTED && cur(p) == LEX_EOF && p->bracket >= 0)
    fail_at(p, PROGRAM_UNCLOSED_BRACKET, p->bracket);
  fail_at(p, code, -1);
}

static void expect(Parser *p, int kind, ProgramErrorCode code, int open_tok)
{
  if (!accept(p, kind))
    fail_at(p, code, open_tok);
}

static void expect_token(Parser *p, int kind, const char *text)
{
  if (!accept(p, kind)) {
    snprintf(p->err.expected, sizeof p->err.expected, "%s", text);
    fail(p, PROGRAM_EXPECTED);
  }
}

static void expect_name(Parser *p)
{
  expect(p, LEX_NAME, PROGRAM_EXPECTED_NAME, -1);
}

/* The closer of what open_tok opened: "end", "until" or a bracket. */
static void expect_close(Parser *p, int kind, int open_tok)
{
  ProgramErrorCode code = kind == LEX_END     ? PROGRAM_MISSING_END
                          : kind == LEX_UNTIL ? PROGRAM_MISSING_UNTIL
                                              : PROGRAM_UNCLOSED_BRACKET;
  expect(p, kind, code, open_tok);
}

/* One level deeper; bracket is the open bracket we are now inside (-1: none). Returns the
   one to restore on leaving. */
static int enter(Parser *p, int bracket)
{
  int outer = p->bracket;
  if (++p->depth > PROGRAM_MAX_DEPTH)
    fail(p, PROGRAM_TOO_DEEP);
  p->bracket = bracket;
  return outer;
}

static void leave(Parser *p, int outer)
{
  p->depth--;
  p->bracket = outer;
}

/* ---- Blocks while parsing ------------------------------------------------------------ */

static Block *list_add(Parser *p, List *l, BlockKind kind, int first_tok)
{
  if (!l->tail)
    return NULL;
  Block *b = block_new(kind);
  if (!b)
    fail(p, PROGRAM_NO_MEMORY);
  b->first_line = tok_at(p, first_tok)->line;
  *l->tail = b;
  l->tail = &b->next;
  return b;
}

/* A malloc'd, NUL-terminated copy of source bytes [start, end). */
static char *copy_span(Parser *p, size_t start, size_t end)
{
  char *s = malloc(end - start + 1);
  if (!s)
    fail(p, PROGRAM_NO_MEMORY);
  memcpy(s, p->src + start, end - start);
  s[end - start] = '\0';
  return s;
}

/* Token i's text into *field. */
static void take_text(Parser *p, char **field, int i)
{
  char *s = copy_span(p, tok_at(p, i)->start, tok_at(p, i)->end);
  free(*field);
  *field = s;
}

/* A block form that turned out not to be one (an elseif with no block form) becomes CODE. */
static void make_code(Block *b)
{
  block_arm_free_list(b->arms);
  block_free_list(b->body);
  block_free_list(b->else_body);
  free(b->name);
  b->arms = NULL;
  b->body = b->else_body = NULL;
  b->name = NULL;
  b->has_else = false;
  b->kind = BLOCK_CODE;
}

/* Comments right before the current token become comment blocks of this list. */
static void add_comments(Parser *p, List *l)
{
  const LexResult *lx = &p->lx;
  if (!l->tail)
    return;
  for (int c = lx->first_comment[p->pos]; c < lx->first_comment[p->pos + 1]; c++) {
    const LexComment *lc = &lx->comments[c];
    Block *b = list_add(p, l, BLOCK_COMMENT, p->pos);
    b->first_line = lc->line;
    b->last_line = lc->end_line;
    b->text = copy_span(p, lc->start, lc->end);
    b->text_len = lc->end - lc->start;
  }
}

/* ---- Expressions --------------------------------------------------------------------- */

enum { EXP_OTHER, EXP_VAR, EXP_CALL };

static void expr(Parser *p);
static void statement_list(Parser *p, List *l);

static void explist(Parser *p)
{
  do
    expr(p);
  while (accept(p, ','));
}

/* ( [params] ) body end, after "function" and its name. */
static void function_body(Parser *p, int open_tok, List *body)
{
  int loops = p->loops, outer = enter(p, -1);
  bool vararg = p->vararg;
  expect_token(p, '(', "(");
  p->vararg = false;
  if (cur(p) != ')') {
    do {
      if (accept(p, LEX_DOTS)) {
        p->vararg = true;
        break;
      }
      expect_name(p);
    } while (accept(p, ','));
  }
  expect_token(p, ')', ")");
  p->loops = 0;
  statement_list(p, body);
  expect_close(p, LEX_END, open_tok);
  p->loops = loops;
  p->vararg = vararg;
  leave(p, outer);
}

/* ( expr ), [ expr ] or ( [explist] ): one level deeper. */
static void bracketed(Parser *p, int closer, bool list)
{
  int open = p->pos, outer = enter(p, open);
  advance(p);
  if (!list)
    expr(p);
  else if (cur(p) != closer)
    explist(p);
  expect_close(p, closer, open);
  leave(p, outer);
}

static void table(Parser *p)
{
  int open = p->pos, outer = enter(p, open);
  advance(p);
  while (cur(p) != '}') {
    if (cur(p) == LEX_NAME && kind_at(p, p->pos + 1) == '=') {
      p->pos += 2;
    } else if (cur(p) == '[') {
      bracketed(p, ']', false);
      expect(p, '=', PROGRAM_EXPECTED_EQUALS, -1);
    }
    expr(p);
    if (!accept(p, ',') && !accept(p, ';'))
      break;
  }
  expect_close(p, '}', open);
  leave(p, outer);
}

static void call_args(Parser *p)
{
  if (cur(p) == LEX_STRING)
    advance(p);
  else if (cur(p) == '{')
    table(p);
  else
    bracketed(p, ')', true);
}

/* name or ( expr ), then any of .name [expr] :name(args) (args): what it ends as. */
static int suffixed_exp(Parser *p)
{
  int kind = EXP_VAR;
  if (cur(p) == '(') {
    bracketed(p, ')', false);
    kind = EXP_OTHER;
  } else if (!accept(p, LEX_NAME)) {
    fail(p, PROGRAM_UNEXPECTED);
  }
  for (;;) {
    switch (cur(p)) {
    case '.':
      advance(p);
      expect_name(p);
      kind = EXP_VAR;
      break;
    case '[':
      bracketed(p, ']', false);
      kind = EXP_VAR;
      break;
    case ':':
      advance(p);
      expect_name(p);
      if (cur(p) != '(' && cur(p) != '{' && cur(p) != LEX_STRING)
        expect_token(p, '(', "(");
      call_args(p);
      kind = EXP_CALL;
      break;
    case '(':
    case '{':
    case LEX_STRING:
      call_args(p);
      kind = EXP_CALL;
      break;
    default:
      return kind;
    }
  }
}

static void simple_exp(Parser *p)
{
  switch (cur(p)) {
  case LEX_NUMBER:
  case LEX_STRING:
  case LEX_NIL:
  case LEX_TRUE:
  case LEX_FALSE:
    advance(p);
    break;
  case LEX_DOTS:
    if (!p->vararg)
      fail(p, PROGRAM_VARARG_OUTSIDE);
    advance(p);
    break;
  case '{':
    table(p);
    break;
  case LEX_FUNCTION: {
    int open = p->pos;
    advance(p);
    function_body(p, open, &(List){NULL});
    break;
  }
  default:
    suffixed_exp(p);
  }
}

/* Operators and operands alternate; precedence changes no span, so this needs no recursion
   (long chains of ".." or "not" cannot deepen the C stack). */
static void expr(Parser *p)
{
  for (;;) {
    while (lexer_is_unary(cur(p)))
      advance(p);
    simple_exp(p);
    if (!lexer_is_binary(cur(p)))
      return;
    advance(p);
  }
}

/* ---- Statements ---------------------------------------------------------------------- */

static void loop_body(Parser *p, List *body)
{
  p->loops++;
  statement_list(p, body);
  p->loops--;
}

/* for NAME = 1, N do: tokens first..do_tok are exactly the header of a repeat block. */
static bool repeat_header(Parser *p, Block *b, int first, int do_tok)
{
  long long n = 0;
  if (do_tok - first != 6 || !no_comments(p, first, do_tok) || kind_at(p, first + 1) != LEX_NAME ||
      kind_at(p, first + 2) != '=' || !lexer_token_is(p->src, tok_at(p, first + 3), "1") ||
      kind_at(p, first + 4) != ',')
    return false;
  if (kind_at(p, first + 5) == LEX_NAME)
    take_text(p, &b->count_var, first + 5);
  else if (!lexer_decimal(p->src, tok_at(p, first + 5), false, &n))
    return false;
  b->number = n;
  take_text(p, &b->name, first + 1);
  return true;
}

static void for_stat(Parser *p, Block *b)
{
  int first = p->pos;
  advance(p);
  expect_name(p);
  if (accept(p, '=')) {
    expr(p);
    expect_token(p, ',', ",");
    expr(p);
    if (accept(p, ','))
      expr(p);
  } else if (cur(p) == ',' || cur(p) == LEX_IN) {
    while (accept(p, ','))
      expect_name(p);
    expect_token(p, LEX_IN, "in");
    explist(p);
  } else {
    fail(p, PROGRAM_EXPECTED_EQUALS);
  }
  expect(p, LEX_DO, PROGRAM_MISSING_DO, first);
  List body = {NULL};
  if (b && repeat_header(p, b, first, p->pos - 1)) {
    b->kind = BLOCK_REPEAT;
    body.tail = &b->body;
  }
  loop_body(p, &body);
  expect_close(p, LEX_END, first);
}

/* [not] NAME ( ) from token i to last: a sensor condition. */
static bool sensor_cond(Parser *p, int i, int last, bool *negate)
{
  *negate = kind_at(p, i) == LEX_NOT;
  i += *negate;
  return last - i == 3 && kind_at(p, i) == LEX_NAME && kind_at(p, i + 1) == '(' &&
         kind_at(p, i + 2) == ')';
}

static void while_stat(Parser *p, Block *b)
{
  int first = p->pos;
  bool negate = false;
  advance(p);
  expr(p);
  expect(p, LEX_DO, PROGRAM_MISSING_DO, first);
  List body = {NULL};
  int do_tok = p->pos - 1;
  if (b && sensor_cond(p, first + 1, do_tok, &negate) && negate && no_comments(p, first, do_tok)) {
    b->kind = BLOCK_REPEAT_UNTIL;
    take_text(p, &b->name, first + 2);
    body.tail = &b->body;
  }
  loop_body(p, &body);
  expect_close(p, LEX_END, first);
}

/* One if/elseif arm up to its body's end; joins b's arms while b is still an IF. */
static void if_arm(Parser *p, Block *b, BlockArm ***arm_tail)
{
  int first = p->pos;
  bool negate = false;
  advance(p);
  expr(p);
  expect(p, LEX_THEN, PROGRAM_MISSING_THEN, first);
  List body = {NULL};
  int then_tok = p->pos - 1;
  if (b && b->kind == BLOCK_IF) {
    if (sensor_cond(p, first + 1, then_tok, &negate) && no_comments(p, first, then_tok)) {
      BlockArm *a = calloc(1, sizeof *a);
      if (!a)
        fail(p, PROGRAM_NO_MEMORY);
      **arm_tail = a;
      *arm_tail = &a->next;
      a->negate = negate;
      a->line = tok_at(p, first)->line;
      take_text(p, &a->sensor, first + 1 + negate);
      body.tail = &a->body;
    } else {
      make_code(b);
    }
  }
  statement_list(p, &body);
}

static void if_stat(Parser *p, Block *b)
{
  int first = p->pos;
  BlockArm **arm_tail = NULL;
  if (b) {
    b->kind = BLOCK_IF;
    arm_tail = &b->arms;
  }
  do
    if_arm(p, b, &arm_tail);
  while (cur(p) == LEX_ELSEIF);
  if (accept(p, LEX_ELSE)) {
    List body = {NULL};
    if (b && b->kind == BLOCK_IF) {
      b->has_else = true;
      body.tail = &b->else_body;
    }
    statement_list(p, &body);
  }
  expect_close(p, LEX_END, first);
}

static void function_stat(Parser *p, Block *b)
{
  int first = p->pos;
  List body = {NULL};
  advance(p);
  expect_name(p);
  if (b && cur(p) == '(' && kind_at(p, p->pos + 1) == ')' && no_comments(p, first, p->pos + 1)) {
    b->kind = BLOCK_DEFINE;
    take_text(p, &b->name, first + 1);
    body.tail = &b->body;
  }
  while (accept(p, '.'))
    expect_name(p);
  if (accept(p, ':'))
    expect_name(p);
  function_body(p, first, &body);
}

/* <const> or <close> after a local's name; one <close> per list, as Lua demands. */
static void attribute(Parser *p, int *closes)
{
  int attr = p->pos;
  expect_name(p);
  expect_token(p, '>', ">");
  bool is_close = lexer_token_is(p->src, tok_at(p, attr), "close");
  if ((!is_close && !lexer_token_is(p->src, tok_at(p, attr), "const")) ||
      (is_close && ++*closes > 1)) {
    p->pos = attr;
    lexer_near(p->src, tok_at(p, attr), p->err.name, sizeof p->err.name);
    fail(p, PROGRAM_BAD_ATTRIBUTE);
  }
}

static void local_stat(Parser *p)
{
  int first = p->pos, closes = 0;
  advance(p);
  if (accept(p, LEX_FUNCTION)) {
    expect_name(p);
    function_body(p, first + 1, &(List){NULL});
    return;
  }
  do {
    expect_name(p);
    if (accept(p, '<'))
      attribute(p, &closes);
  } while (accept(p, ','));
  if (accept(p, '='))
    explist(p);
}

static void simple_stat(Parser *p, int kind)
{
  int first = p->pos;
  advance(p);
  if (kind == LEX_DBCOLON) {
    expect_name(p);
    expect_token(p, LEX_DBCOLON, "::");
  } else if (kind == LEX_GOTO) {
    expect_name(p);
  } else if (kind == LEX_BREAK && p->loops == 0) {
    p->pos = first;
    fail(p, PROGRAM_BREAK_OUTSIDE_LOOP);
  }
}

static void block_stat(Parser *p, int closer)
{
  int first = p->pos;
  advance(p);
  if (closer == LEX_UNTIL) {
    loop_body(p, &(List){NULL});
    expect_close(p, LEX_UNTIL, first);
    expr(p);
  } else {
    statement_list(p, &(List){NULL});
    expect_close(p, LEX_END, first);
  }
}

/* A bare name as a statement is a command missing its "()": say so, on the name's line. */
static _Noreturn void fail_not_call(Parser *p, int first)
{
  if (p->pos - first == 1 && kind_at(p, first) == LEX_NAME && kind_at(p, p->pos) != LEX_ERROR) {
    lexer_near(p->src, tok_at(p, first), p->err.name, sizeof p->err.name);
    p->pos = first;
    fail(p, PROGRAM_NEEDS_PARENS);
  }
  fail(p, PROGRAM_UNEXPECTED);
}

/* A call, or an assignment to one or more variables. */
static void expr_stat(Parser *p)
{
  int first = p->pos;
  int kind = suffixed_exp(p);
  if (cur(p) == '=' || cur(p) == ',') {
    if (kind != EXP_VAR)
      fail(p, PROGRAM_UNEXPECTED);
    while (accept(p, ','))
      if (suffixed_exp(p) != EXP_VAR)
        fail(p, PROGRAM_UNEXPECTED);
    expect(p, '=', PROGRAM_EXPECTED_EQUALS, -1);
    explist(p);
  } else if (kind != EXP_CALL) {
    fail_not_call(p, first);
  }
}

/* return [explist] [;]: the last statement of its block. Returns its last token (the ";"
   belongs to it in Lua's grammar but adds nothing to its text). */
static int return_stat(Parser *p)
{
  advance(p);
  int k = cur(p);
  if (k != ';' && k != LEX_EOF && k != LEX_END && k != LEX_ELSE && k != LEX_ELSEIF &&
      k != LEX_UNTIL)
    explist(p);
  int last = p->pos - 1;
  accept(p, ';');
  return last;
}

/* ---- Simple blocks ------------------------------------------------------------------- */

/* name(), [local] n = [-]5, n = n + 5, n = n - 5 over tokens first..last. */
static void classify_simple(Parser *p, Block *b, int first, int last)
{
  int n = last - first + 1, i = first;
  if (!no_comments(p, first, last))
    return;
  if (n == 3 && kind_at(p, i) == LEX_NAME && kind_at(p, i + 1) == '(' && kind_at(p, i + 2) == ')') {
    b->kind = BLOCK_CALL;
  } else {
    bool local = kind_at(p, i) == LEX_LOCAL;
    i += local;
    n -= local;
    if (kind_at(p, i) != LEX_NAME || kind_at(p, i + 1) != '=')
      return;
    bool minus = kind_at(p, i + 2) == '-';
    if ((n == 3 || (n == 4 && minus)) &&
        lexer_decimal(p->src, tok_at(p, i + 2 + minus), minus, &b->number)) {
      b->kind = BLOCK_SET;
      b->is_local = local;
    } else if (!local && n == 5 && kind_at(p, i + 2) == LEX_NAME &&
               (kind_at(p, i + 3) == '+' || kind_at(p, i + 3) == '-') &&
               lexer_decimal(p->src, tok_at(p, i + 4), kind_at(p, i + 3) == '-', &b->number)) {
      const LexToken *a = tok_at(p, i), *c = tok_at(p, i + 2);
      if (a->end - a->start != c->end - c->start ||
          memcmp(p->src + a->start, p->src + c->start, a->end - a->start) != 0)
        return;
      b->kind = BLOCK_CHANGE;
    } else {
      return;
    }
  }
  take_text(p, &b->name, i);
}

/* Fills in a statement's block: lines, and for CODE its exact text and statement count. */
static void finish_block(Parser *p, Block *b, int first, int last, int count0)
{
  const LexToken *f = tok_at(p, first), *l = tok_at(p, last);
  b->last_line = l->end_line;
  if (b->kind != BLOCK_CODE)
    return;
  b->text = copy_span(p, f->start, l->end);
  b->text_len = l->end - f->start;
  b->code_count = p->count - count0;
}

static void statement(Parser *p, List *l)
{
  int first = p->pos, count0 = p->count, kind = cur(p), last = -1;
  Block *b = list_add(p, l, BLOCK_CODE, first);
  p->count++;
  switch (kind) {
  case LEX_IF:
    if_stat(p, b);
    break;
  case LEX_WHILE:
    while_stat(p, b);
    break;
  case LEX_FOR:
    for_stat(p, b);
    break;
  case LEX_FUNCTION:
    function_stat(p, b);
    break;
  case LEX_DO:
    block_stat(p, LEX_END);
    break;
  case LEX_REPEAT:
    block_stat(p, LEX_UNTIL);
    break;
  case LEX_LOCAL:
    local_stat(p);
    break;
  case LEX_RETURN:
    last = return_stat(p);
    break;
  case LEX_BREAK:
  case LEX_GOTO:
  case LEX_DBCOLON:
    simple_stat(p, kind);
    break;
  default:
    expr_stat(p);
  }
  if (last < 0)
    last = p->pos - 1;
  if (b && (kind == LEX_LOCAL || kind == LEX_NAME))
    classify_simple(p, b, first, last);
  if (b)
    finish_block(p, b, first, last, count0);
}

static bool block_follow(int k)
{
  return k == LEX_EOF || k == LEX_END || k == LEX_ELSE || k == LEX_ELSEIF || k == LEX_UNTIL;
}

/* Statements up to a closing keyword or the end, with the comments between them. */
static void statement_list(Parser *p, List *l)
{
  int outer = enter(p, -1);
  for (;;) {
    add_comments(p, l);
    if (block_follow(cur(p)))
      break;
    if (accept(p, ';'))
      continue;
    if (cur(p) == LEX_RETURN) {
      statement(p, l);
      add_comments(p, l);
      break;
    }
    statement(p, l);
  }
  leave(p, outer);
}

/* ---- The API ------------------------------------------------------------------------- */

static void parse_chunk(Parser *p)
{
  p->vararg = true; /* the main chunk is a vararg function */
  statement_list(p, &(List){&p->root});
  if (cur(p) == LEX_END)
    fail(p, PROGRAM_EXTRA_END);
  if (cur(p) != LEX_EOF)
    fail(p, PROGRAM_UNEXPECTED);
}

/* Nothing in this frame changes between setjmp and a longjmp back to it. */
static Program *parse_tokens(Parser *p, ProgramError *err)
{
  if (setjmp(p->jump) != 0) {
    block_free_list(p->root);
    if (err)
      *err = p->err;
    return NULL;
  }
  parse_chunk(p);
  Program *prog = program_from_blocks(p->root); /* frees the blocks when it fails */
  if (!prog)
    p->err.code = PROGRAM_NO_MEMORY;
  if (err)
    *err = p->err;
  return prog;
}

Program *program_parse(const char *src, size_t len, ProgramError *err)
{
  ProgramError none = {0};
  if (err)
    *err = none;
  if (len > PROGRAM_MAX_SOURCE) {
    if (err)
      *err = (ProgramError){.code = PROGRAM_TOO_BIG, .line = 1};
    return NULL;
  }
  /* On the heap: longjmp leaves locals changed after setjmp indeterminate. */
  Parser *p = calloc(1, sizeof *p);
  if (!p || !lexer_run(src, len, &p->lx)) {
    free(p);
    if (err)
      err->code = PROGRAM_NO_MEMORY;
    return NULL;
  }
  p->src = src;
  p->bracket = -1;
  Program *prog = parse_tokens(p, err);
  lexer_free(&p->lx);
  free(p);
  return prog;
}

/* ---- Error names ------------------------------------------------------------------- */

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
