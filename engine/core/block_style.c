/* block_style.c: reads scripts/blocks.lua once in a sandbox and keeps copies of its strings.
   Only tables of strings are read (raw access); nothing in the file runs after loading. */
#include "block_style.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "colour.h"
#include "fileio.h"
#include "paths.h"
#include "sandbox.h"

#define STYLE_MAX 160

typedef struct {
  char table; /* 'l' label, 'c' colour, 'h' high contrast colour, 'm' command category */
  char *key, *value;
} StylePair;

struct BlockStyle {
  StylePair pairs[STYLE_MAX];
  int n;
  bool high_contrast;
};

static StylePair *find(const BlockStyle *s, char table, const char *key)
{
  for (int i = 0; i < s->n; i++)
    if (s->pairs[i].table == table && strcmp(s->pairs[i].key, key) == 0)
      return (StylePair *)&s->pairs[i];
  return NULL;
}

static void put(BlockStyle *s, char table, const char *key, const char *value)
{
  StylePair *p = find(s, table, key);
  char *v = strdup(value);
  if (!v)
    return;
  if (p) {
    free(p->value);
    p->value = v;
  } else if (s->n < STYLE_MAX && (s->pairs[s->n].key = strdup(key))) {
    s->pairs[s->n].table = table;
    s->pairs[s->n++].value = v;
  } else {
    free(v);
  }
}

/* Copies the string pairs of field `name` of the table at idx (when it is a table). */
static void copy_table(BlockStyle *s, lua_State *L, int idx, const char *name, char table)
{
  lua_pushstring(L, name);
  lua_rawget(L, idx);
  if (lua_type(L, -1) == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING)
        put(s, table, lua_tostring(L, -2), lua_tostring(L, -1));
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
}

static void read_style(BlockStyle *s, lua_State *L, const char *lang)
{
  int top = lua_gettop(L);
  copy_table(s, L, top, "colours", 'c');
  copy_table(s, L, top, "colours_high_contrast", 'h');
  copy_table(s, L, top, "command_colours", 'm');
  lua_pushstring(L, "labels");
  lua_rawget(L, top);
  if (lua_type(L, -1) == LUA_TTABLE) {
    copy_table(s, L, top + 1, "en", 'l');
    if (lang && strcmp(lang, "en") != 0)
      copy_table(s, L, top + 1, lang, 'l');
  }
  lua_settop(L, top);
}

BlockStyle *block_style_load(const char *lang, char *err, size_t errlen)
{
  BlockStyle *s = calloc(1, sizeof *s);
  char path[1200];
  size_t len;
  if (err && errlen)
    err[0] = '\0';
  if (!s)
    return NULL;
  paths_data(path, sizeof path, "scripts/blocks.lua");
  char *text = fileio_read(path, FILEIO_MAX_SOURCE, &len, err, errlen);
  if (!text)
    return s;
  Sandbox *sb = sandbox_new(SANDBOX_LEVEL, NULL);
  bool ok = sb && sandbox_load(sb, text, len, "blocks.lua") == SANDBOX_OK &&
            sandbox_call(sb, 0, 1) == SANDBOX_OK && lua_type(sandbox_lua(sb), -1) == LUA_TTABLE;
  if (ok)
    read_style(s, sandbox_lua(sb), lang);
  else if (err && errlen)
    snprintf(err, errlen, "%s: %s", path, sb ? sandbox_error(sb) : "out of memory");
  sandbox_free(sb);
  free(text);
  return s;
}

void block_style_free(BlockStyle *s)
{
  if (!s)
    return;
  for (int i = 0; i < s->n; i++) {
    free(s->pairs[i].key);
    free(s->pairs[i].value);
  }
  free(s);
}

const char *block_style_label(const BlockStyle *s, const char *key)
{
  StylePair *p = find(s, 'l', key);
  return p ? p->value : NULL;
}

void block_style_set_high_contrast(BlockStyle *s, bool on)
{
  s->high_contrast = on;
}

unsigned block_style_colour(const BlockStyle *s, const char *category, unsigned fallback)
{
  StylePair *p = s->high_contrast ? find(s, 'h', category) : NULL;
  if (!p)
    p = find(s, 'c', category);
  unsigned v;
  if (!p || p->value[0] != '#' || strlen(p->value) != 7 || sscanf(p->value + 1, "%6x", &v) != 1)
    return fallback;
  return v;
}

unsigned block_style_ink(const BlockStyle *s, const char *category)
{
  return colour_ink(block_style_colour(s, category, 0x8A8F98), s->high_contrast);
}

int block_style_categories(const BlockStyle *s, const char **out, int max)
{
  int n = 0;
  for (int i = 0; i < s->n && n < max; i++)
    if (s->pairs[i].table == 'c')
      out[n++] = s->pairs[i].key;
  return n;
}

const char *block_style_command_category(const BlockStyle *s, const char *command)
{
  StylePair *p = find(s, 'm', command);
  return p ? p->value : "action";
}
