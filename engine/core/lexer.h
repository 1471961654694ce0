/* lexer.h: splits Lua 5.4 source bytes into tokens and comments, each with its byte span and
   lines, the way Lua's own lexer reads them. Private to the program model (program.c): it knows
   nothing of statements or blocks. Pure C: no Lua C API. */
#ifndef LEXER_H
#define LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "program.h"

/* Token kinds: a single-character token is its byte ('(', '+', ...); the rest follow. */
enum {
  LEX_EOF = 256,
  LEX_ERROR, /* the lexer stopped here: LexResult.error says why */
  LEX_NAME,
  LEX_NUMBER,
  LEX_STRING, /* short or long */
  /* keywords, in lexer_keywords order */
  LEX_AND,
  LEX_BREAK,
  LEX_DO,
  LEX_ELSE,
  LEX_ELSEIF,
  LEX_END,
  LEX_FALSE,
  LEX_FOR,
  LEX_FUNCTION,
  LEX_GOTO,
  LEX_IF,
  LEX_IN,
  LEX_LOCAL,
  LEX_NIL,
  LEX_NOT,
  LEX_OR,
  LEX_REPEAT,
  LEX_RETURN,
  LEX_THEN,
  LEX_TRUE,
  LEX_UNTIL,
  LEX_WHILE,
  /* operators of more than one byte */
  LEX_IDIV,   /* // */
  LEX_CONCAT, /* .. */
  LEX_DOTS,   /* ... */
  LEX_EQ,     /* == */
  LEX_GE,     /* >= */
  LEX_LE,     /* <= */
  LEX_NE,     /* ~= */
  LEX_SHL,    /* << */
  LEX_SHR,    /* >> */
  LEX_DBCOLON /* :: */
};

typedef struct {
  int kind;
  size_t start, end; /* bytes [start, end) of the source */
  int line, end_line;
} LexToken;

typedef struct {
  size_t start, end; /* from "--" to the last byte of the comment (no line break) */
  int line, end_line;
  int next_token; /* index of the token that follows the comment */
} LexComment;

typedef struct {
  LexToken *tokens; /* the last one is LEX_EOF or LEX_ERROR */
  int ntokens;
  LexComment *comments;
  int ncomments;
  /* first_comment[t]: index of the first comment lying before a token >= t (ntokens + 1
     entries). Comments between tokens a and b: first_comment[b + 1] - first_comment[a + 1]. */
  int *first_comment;
  ProgramError error; /* when the last token is LEX_ERROR */
} LexResult;

/* Lexes src[0, len) after a UTF-8 BOM and a first line starting with '#'. A lexical error is
   not a failure: it ends the tokens with LEX_ERROR and fills out->error, so the parser reports
   it only when it gets there (as Lua does). False only when out of memory. */
bool lexer_run(const char *src, size_t len, LexResult *out);
void lexer_free(LexResult *r);

/* The token as an error message quotes it: its source text cut at a line break and to cap,
   "<eof>" at the end, "<\N>" for a lone control byte. */
void lexer_near(const char *src, const LexToken *t, char *out, size_t cap);

/* The token's source text is exactly text. */
bool lexer_token_is(const char *src, const LexToken *t, const char *text);

/* A number a block can hold: decimal digits with no leading zero, at most
   PROGRAM_MAX_NUMBER_DIGITS of them (so it always fits); negated when negative. */
bool lexer_decimal(const char *src, const LexToken *t, bool negative, long long *out);

bool lexer_is_unary(int kind);  /* not - # ~ */
bool lexer_is_binary(int kind); /* + - * / // % ^ .. == ~= < <= > >= and or & | ~ << >> */

#endif
