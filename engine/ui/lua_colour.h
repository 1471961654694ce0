/* lua_colour.h: a small Lua tokenizer for syntax colours and for auto-indent decisions.
   Works one line at a time and carries long strings/comments ([[ ]], --[==[ ]==]) across lines
   in a state. Pure C: no SDL; it never judges whether the program is valid. */
#ifndef LUA_COLOUR_H
#define LUA_COLOUR_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
  LUA_COLOUR_PLAIN,   /* spaces, operators, brackets */
  LUA_COLOUR_KEYWORD, /* if, then, end, for, ... */
  LUA_COLOUR_NAME,    /* variables and functions */
  LUA_COLOUR_COMMAND, /* robot commands: forward, turn_left, ... */
  LUA_COLOUR_NUMBER,
  LUA_COLOUR_STRING,
  LUA_COLOUR_COMMENT,
  LUA_COLOUR_KINDS
} LuaColourKind;

typedef struct {
  size_t start, len; /* bytes within the line */
  LuaColourKind kind;
} LuaColourSpan;

/* What a line starts inside of. Zero-initialised means plain code. */
typedef struct {
  int long_level; /* > 0: inside a long bracket of level long_level - 1 */
  bool long_comment;
} LuaColourState;

/* Splits one line (no '\n') into spans, in order and covering it; state comes in as the state
   at the line start and leaves as the state at its end. Spans past max are merged into the
   last one. Returns the number of spans written. */
int lua_colour_line(const char *line, size_t len, LuaColourState *state, LuaColourSpan *spans,
                    int max);

bool lua_colour_is_keyword(const char *s, size_t len);
/* The grid world's commands and sensors (forward, path_ahead, ...). */
bool lua_colour_is_command(const char *s, size_t len);

/* Indent helpers for the editor. Both look only at code (not strings or comments) and take
   the state at the line start. */
bool lua_colour_opens_block(const char *line, size_t len, LuaColourState state);
/* True when the line's first word is end, else, elseif or until (a line to dedent). */
bool lua_colour_closes_block(const char *line, size_t len);

#endif
