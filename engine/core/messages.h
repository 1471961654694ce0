/* messages.h: every word a user reads, from scripts/lang/<lang>.lua (English as fallback),
   and the translation of Lua's error messages into one friendly sentence for a child.
   C holds no user-facing English: it names keys. */
#ifndef MESSAGES_H
#define MESSAGES_H

#include <stdbool.h>
#include <stddef.h>

#include "program.h"

/* Loads scripts/lang/en.lua and, over it, scripts/lang/<lang>.lua. Safe to call again to
   switch language. False with err filled when English itself cannot be loaded. */
bool messages_load(const char *lang, char *err, size_t errlen);

/* The text for key in the loaded language; the key itself when it has none (never NULL).
   Loads English on first use if messages_load was never called. */
const char *messages_get(const char *key);

/* Fills the template of key: each {name} is replaced by the value given for name in the
   NULL-terminated list of name, value pairs. {name:one|other} is a plural: "one" when the
   value of name is 1, "other" otherwise ("{n} {n:block|blocks}"). Returns out. */
char *messages_format(char *out, size_t cap, const char *key, ...);

/* Why a pupil's program failed, as a key and the words that fill it. */
typedef struct {
  char key[48];
  int line;            /* 0 when unknown */
  char name[64];       /* {name}: the command, variable or keyword involved */
  char suggestion[64]; /* {suggestion}: a near spelling, "" when none */
  char opener[16];     /* {opener}: the block that needs closing (for, while, if, function) */
  int open_line;       /* {open_line}: where that block starts */
  int count, needed;   /* {count}, {needed}: moves made, a loop's count and the count needed */
  int other_line;      /* {other_line}: a second line the sentence names (a turn, a definition) */
  char thing[48];      /* {thing}: what Robo bumped into */
} MessageReason;

/* Reads one of Lua's error messages (without its "chunk:line:" prefix) into a reason. known
   lists the names the pupil may call, for did-you-mean suggestions (may be NULL). */
void messages_explain_lua(const char *lua_message, int line, const char *const *known, int nknown,
                          MessageReason *out);

/* Reads a syntax error found by Codebridge's own parser (program.h) into a reason. For a
   block left open the line is where it opened: "this repeat needs an end" points at it. */
void messages_explain_parse(const ProgramError *e, MessageReason *out);

/* Like messages_explain_parse, then looks for the usual shapes of a child's mistake in src
   (turn left(), n++, edn, else if ...) and names the fix when one is found. known: the
   commands the level offers (may be NULL). */
void messages_explain_program(const char *src, size_t len, const ProgramError *e,
                              const char *const *known, int nknown, MessageReason *out);

/* The friendly sentence for a reason (the caller puts "Line 4: " in front in the text view). */
char *messages_sentence(const MessageReason *r, char *out, size_t cap);

/* The sentence for the blocks view, where there are no line numbers: the key's "<key>_blocks"
   form when the language has one (it points at the glowing block instead), else the same. */
char *messages_sentence_blocks(const MessageReason *r, char *out, size_t cap);

/* Every loaded key, for tests over all the words: i from 0 while it gives non-NULL. */
const char *messages_key_at(int i);

/* Edits (insert, delete, change one letter; a swap of two neighbours counts as one) from a
   to b, case ignored; INT_MAX when either is very long. */
int messages_distance(const char *a, const char *b);

/* The closest name to word among known (edit distance at most 2), or NULL. */
const char *messages_did_you_mean(const char *word, const char *const *known, int nknown);

#endif
