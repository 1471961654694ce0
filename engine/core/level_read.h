/* level_read.h: reading helpers for Lua files run in a level sandbox (a level, a pack.lua):
   errors with the file's line, key checks, translated texts, checked string copies. Shared by
   level.c, level_api.c and pack.c; not for other modules, which use level.h and pack.h. */
#ifndef LEVEL_READ_H
#define LEVEL_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "level.h"

struct lua_State;
struct Sandbox;

typedef struct {
  const char *path; /* for messages */
  const char *text; /* the file's text, searched for the lines of fields */
  size_t len;
} LevelSource;

void level_error_set(LevelError *err, const char *path, int line, const char *fmt, ...);

/* Runs the source in a fresh level sandbox under the load budget; on success the table it
   returned is on top of the state's stack and the sandbox is the caller's to free. */
struct Sandbox *level_run_chunk(const LevelSource *src, LevelError *err);

/* The line of `name =` (or `["name"] =`) in the source at or after line from; from when not
   found. */
int level_find_line(const LevelSource *src, const char *name, int from);
/* The line holding byte off, and the first byte of a line, counting line breaks as Lua does. */
int level_read_line_at(const LevelSource *src, size_t off);
size_t level_read_line_offset(const LevelSource *src, int line);

/* Checks that the table at idx has only the keys in known (NULL-ended); else fills err with
   "unknown field 'x' in WHAT (did you mean 'y'?)" at x's line. */
bool level_check_keys(struct lua_State *L, int idx, const char *const *known, const char *what,
                      const LevelSource *src, int from, LevelError *err);
/* The closest of known (NULL-ended) to word: at most 2 edits, fewer for short words; or NULL. */
const char *level_read_did_you_mean(const char *word, const char *const *known);
bool level_read_in_list(const char *s, const char *const *list); /* list is NULL-ended */
bool level_read_is_word_char(char c);                            /* [A-Za-z0-9_] */
/* The string at idx copied into buf as C text: NULL when it is not a string, is empty, holds
   a NUL or does not fit in cap. */
const char *level_read_key_name(struct lua_State *L, int idx, char *buf, size_t cap);

/* Pushes t[name] (raw: no metamethod runs) and gives its type. */
int level_read_field(struct lua_State *L, int t, const char *name);
/* The type of the value at idx in a teacher's words ("a number"), for messages. */
const char *level_read_type_words(struct lua_State *L, int idx);
/* A malloc'd copy of the string at idx (no NUL, at most max bytes), or NULL with err filled
   ("WHAT is too long ..."). */
char *level_read_copy_text(struct lua_State *L, int idx, size_t max, const char *what,
                           const char *path, int line, LevelError *err);
/* "#rrggbb" (either case) as 0xRRGGBB; false when s is not that. */
bool level_read_colour(const char *s, unsigned *out);

/* Reads field name of the table at idx as a LevelText of at most max bytes a text. False only
   on a bad value; a missing field gives true with *absent set and out empty. */
bool level_read_text(struct lua_State *L, int idx, const char *name, size_t max,
                     const LevelSource *src, int from, LevelText *out, bool *absent,
                     LevelError *err);
/* The value at idx (a string is English, or a table by language) as out; messages name it
   name and point at line. */
bool level_read_text_at(struct lua_State *L, int idx, const char *name, size_t max,
                        const LevelSource *src, int line, LevelText *out, LevelError *err);
/* Adds text (malloc'd; out takes it, and frees it when full: then false) under lang. */
bool level_read_text_add(LevelText *out, const char *lang, char *text);
void level_text_free(LevelText *t);

#endif
