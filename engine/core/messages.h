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
   NULL-terminated list of name, value pairs. Returns out. */
char *messages_format(char *out, size_t cap, const char *key, ...);

/* Why a pupil's program failed, as a key and the words that fill it. */
typedef struct {
  char key[48];
  int line;          /* 0 when unknown */
  char name[64];     /* {name}: the command, variable or keyword involved */
  char suggestion[64]; /* {suggestion}: a near spelling, "" when none */
  char opener[16];   /* {opener}: the block that needs closing (for, while, if, function) */
  int open_line;     /* {open_line}: where that block starts */
} MessageReason;

/* Reads one of Lua's error messages (without its "chunk:line:" prefix) into a reason. known
   lists the names the pupil may call, for did-you-mean suggestions (may be NULL). */
void messages_explain_lua(const char *lua_message, int line, const char *const *known, int nknown,
                          MessageReason *out);

/* Reads a syntax error found by Codebridge's own parser (program.h) into a reason. For a
   block left open the line is where it opened: "this repeat needs an end" points at it. */
void messages_explain_parse(const ProgramError *e, MessageReason *out);

/* The friendly sentence for a reason, naming its line: "Line 4: ...". */
char *messages_sentence(const MessageReason *r, char *out, size_t cap);

/* The closest name to word among known (edit distance at most 2), or NULL. */
const char *messages_did_you_mean(const char *word, const char *const *known, int nknown);

#endif
