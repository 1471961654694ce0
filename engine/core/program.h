/* program.h: the program model. Pupil text is the one source of truth; the block view is a
   tree parsed from it (text -> parser -> block tree -> printer -> text). Parses all of Lua 5.4
   (no Lua C API, no SDL), counts blocks for stars, prints canonical text and an outline.
   Runs nothing: the runner runs the text. */
#ifndef PROGRAM_H
#define PROGRAM_H

#include <stdbool.h>
#include <stddef.h>

#define PROGRAM_MAX_DEPTH 100         /* nested blocks, brackets, function bodies */
#define PROGRAM_MAX_SOURCE (2u << 20) /* bytes: far beyond any pupil's program */
#define PROGRAM_MAX_NUMBER_DIGITS 18  /* a block's number always fits in a long long */

/* ---- Syntax errors ------------------------------------------------------------------- */

typedef enum {
  PROGRAM_OK = 0,
  PROGRAM_MISSING_END,          /* opener, open_line: the for/while/if/function/do left open */
  PROGRAM_MISSING_DO,           /* opener "for"/"while", open_line */
  PROGRAM_MISSING_THEN,         /* opener "if"/"elseif", open_line */
  PROGRAM_MISSING_UNTIL,        /* opener "repeat", open_line */
  PROGRAM_UNCLOSED_STRING,      /* a "..." or '...' that meets a line break or the end */
  PROGRAM_UNCLOSED_LONG_STRING, /* [[ ... with no ]]: opener "[[", open_line */
  PROGRAM_UNCLOSED_COMMENT,     /* --[[ ... with no ]]: opener "--[[", open_line */
  PROGRAM_UNCLOSED_BRACKET,     /* opener "(", "{" or "[", open_line */
  PROGRAM_NEEDS_PARENS,         /* name: a bare name as a statement ("forward" without "()") */
  PROGRAM_UNEXPECTED,           /* near: a token that cannot come here */
  PROGRAM_EXTRA_END,            /* an "end" with nothing open */
  PROGRAM_EXPECTED,             /* expected: the token that must come ("," ")" "::" ...) */
  PROGRAM_EXPECTED_NAME,        /* a name must come here (after "for", "local", "goto", ".") */
  PROGRAM_EXPECTED_EQUALS,      /* "for i 1, 3" or "a, b 5": an "=" must come */
  PROGRAM_BAD_NUMBER,           /* near: a malformed number like 3x or 1e */
  PROGRAM_BAD_CHARACTER,        /* near: a byte that is no part of Lua outside strings (@ ! NUL) */
  PROGRAM_BAD_ESCAPE,           /* an invalid escape in a string like "\q" or "\300" */
  PROGRAM_BAD_ATTRIBUTE,        /* name: local x <name> with name not const/close, or 2 close */
  PROGRAM_BREAK_OUTSIDE_LOOP,   /* "break" with no loop around it */
  PROGRAM_VARARG_OUTSIDE,       /* "..." in a function that takes no "..." */
  PROGRAM_TOO_DEEP,             /* nesting deeper than PROGRAM_MAX_DEPTH */
  PROGRAM_TOO_BIG,              /* more than PROGRAM_MAX_SOURCE bytes */
  PROGRAM_NO_MEMORY,
} ProgramErrorCode;

typedef struct {
  ProgramErrorCode code;
  int line;         /* where it was detected */
  char near[32];    /* the token there as source text, "<eof>" at the end */
  char opener[12];  /* what was left open: for while if elseif function repeat do ( { [ [[ --[[ */
  int open_line;    /* where that opened; 0 when none */
  char name[64];    /* NEEDS_PARENS: the bare name; BAD_ATTRIBUTE: the attribute */
  char expected[8]; /* EXPECTED: the token that should have come */
} ProgramError;

/* A stable lower_snake name for a code ("missing_end"), for message keys. */
const char *program_error_name(ProgramErrorCode code);

/* ---- The block tree ------------------------------------------------------------------ */

typedef enum {
  BLOCK_CALL,         /* name() */
  BLOCK_REPEAT,       /* for name = 1, N do body end: N is number or count_var */
  BLOCK_REPEAT_UNTIL, /* while not name() do body end */
  BLOCK_IF,           /* if [not] s() then .. {elseif [not] s() then ..} [else ..] end */
  BLOCK_DEFINE,       /* function name() body end */
  BLOCK_SET,          /* [local] name = number */
  BLOCK_CHANGE,       /* name = name + number (number >= 0) or name = name - (-number) */
  BLOCK_CODE,         /* any other statement: text is its exact source, first to last token */
  BLOCK_COMMENT,      /* a -- or --[[ ]] comment at statement level: text is exact */
} BlockKind;

typedef struct Block Block;

/* One condition and body of an IF: the "if" arm first, then each "elseif". */
typedef struct BlockArm {
  bool negate;  /* "not" before the sensor */
  char *sensor; /* the sensor called, without "()" */
  Block *body;
  int line; /* source line of its if/elseif; 0 when built */
  struct BlockArm *next;
} BlockArm;

/* A block owns its strings, bodies and arms; next links the blocks of one list. */
struct Block {
  BlockKind kind;
  int first_line, last_line; /* source lines it spans; 0 when built */
  Block *next;
  char *name;       /* CALL callee, REPEAT loop variable ("i"), REPEAT_UNTIL sensor, DEFINE and
                       SET/CHANGE variable */
  char *count_var;  /* REPEAT: the variable holding N; NULL when N is the number */
  long long number; /* REPEAT: N; SET: the value; CHANGE: the signed amount */
  bool is_local;    /* SET: "local n = 0" */
  Block *body;      /* REPEAT, REPEAT_UNTIL, DEFINE */
  BlockArm *arms;   /* IF: at least one */
  bool has_else;    /* IF: an else arm, even an empty one */
  Block *else_body;
  char *text; /* CODE, COMMENT: exact source text (may hold NUL bytes) */
  size_t text_len;
  int code_count; /* CODE: statements in text, itself included; -1 until counted */
};

typedef struct Program {
  Block *first;
} Program;

/* Parses src[0, len) (NUL bytes are bytes). NULL on a syntax error, with *err filled (err may
   be NULL). An empty program, or only comments, is a valid program. */
Program *program_parse(const char *src, size_t len, ProgramError *err);
void program_free(Program *p); /* accepts NULL */

/* SPEC's count over the whole program: every statement anywhere counts one (call, assignment,
   local, for, while, repeat, if with its arms, function, return, break, goto, do, label); ";"
   and comments count nothing. A CODE block counts what its text holds. */
int program_count_blocks(const Program *p);
int program_count_list(const Block *first);

/* Canonical text, malloc'd: two-space indent, one statement a line, each line ending in "\n"
   ("" for an empty program). CODE text keeps its later lines verbatim (they may be inside long
   strings); a CODE statement starting with "(" gets a ";" before it so it never continues the
   one above. Parsing it gives the same blocks and printing again the same text. NULL when out
   of memory. program_text_ex also gives the length (CODE text may hold NUL bytes). */
char *program_text(const Program *p);
char *program_text_ex(const Program *p, size_t *len);

/* The outline `codebridge blocks` prints, malloc'd, one block a line, two spaces a level:
     forward                      CALL
     repeat 4 times               REPEAT ("repeat n times"; "repeat 4 times with k" when the
                                  loop variable is not i)
     repeat until at_goal         REPEAT_UNTIL
     if path_ahead                IF arm ("if not path_ahead"), body one level in
     else if not path_left        each elseif arm
     else                         the else arm
     define zigzag                DEFINE
     set n to 0                   SET ("set local n to 0")
     change n by 1                CHANGE ("change n by -2")
     code: print("hi")            CODE: its first line, then " ..." when it has more
     comment: -- hello            COMMENT: likewise
   Control bytes in code and comments show as '?'. "" for an empty program. */
char *program_outline(const Program *p);

/* Deep equality of two block lists (each from its first block through next), ignoring lines
   and CODE counts. */
bool program_blocks_equal(const Block *a, const Block *b);

/* ---- Building trees (tests, the block editor) --------------------------------------- */

/* A zeroed block of kind k (code_count -1); NULL when out of memory. */
Block *block_new(BlockKind k);
/* Shorthands: NULL when out of memory or a string is NULL. */
Block *block_new_named(BlockKind k, const char *name);
Block *block_new_text(BlockKind k, const char *text, size_t len); /* CODE or COMMENT */
BlockArm *block_arm_new(bool negate, const char *sensor);
bool block_set_string(char **field, const char *s); /* replaces a string field with a copy */
void block_free(Block *b);          /* one block and all it owns, not b->next; accepts NULL */
void block_free_list(Block *first); /* accepts NULL */
void block_arm_free_list(BlockArm *a);
/* Takes ownership of the list. NULL (and the list freed) when out of memory. */
Program *program_from_blocks(Block *first);

#endif
