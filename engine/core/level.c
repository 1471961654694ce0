/* level.c: loads a level file in its own level sandbox, checks every field and the map, and
   copies it into a Level. The file is hostile: only raw Lua access, strict types, every string
   copied with its length. Runs no level function: that is level_api.c's LevelState. */
#include "level.h"

#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "level_read.h"
#include "level_teach.h"
#include "program.h"
#include "sandbox.h"

#define MAX_TITLE 200
#define MAX_STORY 4000
#define MAX_HINT 1000
#define MAX_PROGRAM (64u << 10)

static const char *const level_fields[] = {
    "id",    "title",      "story", "concept",       "map",          "commands",     "goal",
    "par",   "solution",   "hints", "start_program", "max_steps",    "mode",         "author",
    "notes", "curriculum", "tiles", "actions",       "sensors",      "on_step",      "blocks",
    "hide",  "require",    "fog",   "predict",       "goal_picture", "item_picture", NULL};

static const char *const standard_actions[] = {"forward", "turn_left", "turn_right", "pick_up",
                                               NULL};
static const char *const standard_sensors[] = {"path_ahead", "path_left", "path_right",
                                               "at_goal",    "item_here", NULL};

/* Everything one load needs: the Lua state holding the level table at index 1. */
typedef struct {
  lua_State *L;
  LevelSource src;
  LevelError *err;
  Level *lv;
} Reader;

/* ---- reading one level ---- */

#define LEVEL_TABLE 1 /* the level table's stack index while reading */

static int line_of(Reader *r, const char *name)
{
  return level_find_line(&r->src, name, 1);
}

static bool bad(Reader *r, int line, const char *fmt, ...)
{
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  level_error_set(r->err, r->src.path, line, "%s", msg);
  return false;
}

/* A plain string field (no translations) copied into out; absent leaves out unchanged. */
static bool read_word(Reader *r, const char *name, char *out, size_t cap, bool required)
{
  int type = level_read_field(r->L, LEVEL_TABLE, name);
  bool ok = true;
  if (type == LUA_TNIL && required)
    ok = bad(r, 1, "'%s' is missing: every level needs one", name);
  else if (type != LUA_TNIL && type != LUA_TSTRING)
    ok = bad(r, line_of(r, name), "'%s' must be a text (in quotes), not %s", name,
             level_read_type_words(r->L, -1));
  else if (type == LUA_TSTRING) {
    char *c = level_read_copy_text(r->L, -1, cap - 1, name, r->src.path, line_of(r, name), r->err);
    ok = c != NULL;
    if (c && out)
      memcpy(out, c, strlen(c) + 1);
    free(c);
  }
  lua_pop(r->L, 1);
  return ok;
}

static bool read_id(Reader *r)
{
  int type = level_read_field(r->L, LEVEL_TABLE, "id");
  size_t n = 0;
  const char *id = type == LUA_TSTRING ? lua_tolstring(r->L, -1, &n) : "";
  bool ok = n > 0 && n < sizeof r->lv->id;
  for (size_t i = 0; ok && i < n; i++) /* the real length: "ok\0../x" is refused */
    ok = (id[i] >= 'a' && id[i] <= 'z') || (id[i] >= '0' && id[i] <= '9') || id[i] == '-';
  if (ok)
    memcpy(r->lv->id, id, n + 1);
  lua_pop(r->L, 1);
  if (type == LUA_TNIL)
    return bad(r, 1, "'id' is missing: every level needs one, like id = \"bus-stop\"");
  return ok || bad(r, line_of(r, "id"),
                   "'id' must be 1 to 63 small letters, digits or '-', like \"bus-stop\"");
}

static bool read_choice(Reader *r, const char *name, const char *const *allowed, char *out,
                        size_t cap)
{
  char word[64] = "";
  if (!read_word(r, name, word, sizeof word, false))
    return false;
  if (!word[0] || level_read_in_list(word, allowed)) {
    if (word[0])
      snprintf(out, cap, "%s", word);
    return true;
  }
  char list[160] = "";
  for (int i = 0; allowed[i]; i++)
    snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", allowed[i]);
  return bad(r, line_of(r, name), "'%s' must be one of: %s", name, list);
}

static bool read_texts(Reader *r)
{
  bool absent;
  if (!level_read_text(r->L, LEVEL_TABLE, "title", MAX_TITLE, &r->src, 1, &r->lv->title, &absent,
                       r->err))
    return false;
  if (absent)
    return bad(r, 1, "'title' is missing: every level needs one");
  return level_read_text(r->L, LEVEL_TABLE, "story", MAX_STORY, &r->src, 1, &r->lv->story, &absent,
                         r->err);
}

/* Pushes the list field name, checking it is a list of at most max entries; *n its length.
   Leaves nothing pushed when it is absent (*n = -1) or on error. */
static bool get_list(Reader *r, const char *name, int max, int *n)
{
  int type = level_read_field(r->L, LEVEL_TABLE, name);
  *n = -1;
  if (type == LUA_TNIL) {
    lua_pop(r->L, 1);
    return true;
  }
  lua_Unsigned len = type == LUA_TTABLE ? lua_rawlen(r->L, -1) : 0;
  if (type != LUA_TTABLE || len > (lua_Unsigned)max) {
    lua_pop(r->L, 1);
    return type != LUA_TTABLE
               ? bad(r, line_of(r, name), "'%s' must be a list in { }, like { \"a\", \"b\" }", name)
               : bad(r, line_of(r, name), "'%s' has too many entries (at most %d)", name, max);
  }
  *n = (int)len;
  return true;
}

static bool read_hints(Reader *r)
{
  int n;
  if (!get_list(r, "hints", LEVEL_MAX_HINTS, &n))
    return false;
  if (n < 0)
    return true;
  int line = line_of(r, "hints");
  bool ok = true;
  for (int i = 1; ok && i <= n; i++) {
    lua_rawgeti(r->L, -1, i);
    ok = level_read_text_at(r->L, -1, "a hint", MAX_HINT, &r->src, line, &r->lv->hints[i - 1],
                            r->err);
    r->lv->nhints += ok;
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
  return ok;
}

static bool read_program(Reader *r, const char *name, char **out, bool required)
{
  int type = level_read_field(r->L, LEVEL_TABLE, name);
  bool ok = true;
  if (type == LUA_TNIL && required)
    ok = bad(r, 1, "'%s' is missing: write a program that solves the level", name);
  else if (type != LUA_TNIL && type != LUA_TSTRING)
    ok = bad(r, line_of(r, name), "'%s' must be a program in [[ ]], not %s", name,
             level_read_type_words(r->L, -1));
  else if (type == LUA_TSTRING)
    ok = (*out = level_read_copy_text(r->L, -1, MAX_PROGRAM, name, r->src.path, line_of(r, name),
                                      r->err)) != NULL;
  lua_pop(r->L, 1);
  return ok;
}

/* An integer field in [lo, hi]; absent leaves *out as it is. */
static bool read_int(Reader *r, const char *name, lua_Integer lo, lua_Integer hi, int *out)
{
  int type = level_read_field(r->L, LEVEL_TABLE, name);
  int isint = 0;
  lua_Integer v = type == LUA_TNUMBER ? lua_tointegerx(r->L, -1, &isint) : 0;
  lua_pop(r->L, 1);
  if (type == LUA_TNIL)
    return true;
  if (!isint || v < lo || v > hi)
    return bad(r, line_of(r, name), "'%s' must be a whole number from %lld to %lld%s", name,
               (long long)lo, (long long)hi, type == LUA_TSTRING ? ", without quotes" : "");
  *out = (int)v;
  return true;
}

/* A level without par gets its own solution's block count, so the teacher's answer earns three
   stars and a pupil who finds a shorter way is still rewarded. */
static bool default_par(Level *lv)
{
  if (lv->par > 0)
    return true;
  Program *p = program_parse(lv->solution, strlen(lv->solution), NULL);
  lv->par = p ? program_count_blocks(p) : 0;
  program_free(p);
  if (lv->par < 1)
    lv->par = 1;
  return true;
}

/* ---- tiles ---- */

static const char *const tile_fields[] = {"name", "solid", "colour", "shape", "image", NULL};

/* A string subfield of the table on top, copied into out (cap bytes); absent keeps out. */
static bool sub_string(Reader *r, const char *name, char *out, size_t cap, int line)
{
  int type = level_read_field(r->L, -1, name);
  size_t n = 0;
  const char *v = type == LUA_TSTRING ? lua_tolstring(r->L, -1, &n) : NULL;
  bool ok = type == LUA_TNIL || (v && n < cap && !memchr(v, '\0', n));
  if (ok && v)
    memcpy(out, v, n + 1);
  lua_pop(r->L, 1);
  return ok || bad(r, level_find_line(&r->src, name, line), "'%s' must be a short text (in quotes)",
                   name);
}

static bool colour_field(Reader *r, unsigned *out, int line)
{
  char text[16] = "";
  if (!sub_string(r, "colour", text, sizeof text, line))
    return false;
  return !text[0] || level_read_colour(text, out) ||
         bad(r, level_find_line(&r->src, "colour", line),
             "'colour' must look like \"#3070d0\" (a # and six hex digits)");
}

/* The tile description on top of the stack, for map character ch. */
static bool read_tile(Reader *r, char ch, int line, WorldTileKind *k)
{
  memset(k, 0, sizeof *k);
  k->ch = ch;
  snprintf(k->name, sizeof k->name, "tile %c", ch);
  k->colour = 0xa0a0a0;
  snprintf(k->shape, sizeof k->shape, "floor");
  if (lua_type(r->L, -1) != LUA_TTABLE)
    return bad(r, line, "tile '%c' must be a table like { name = \"water\", solid = true }", ch);
  if (!level_check_keys(r->L, -1, tile_fields, "a tile", &r->src, line, r->err))
    return false;
  if (!sub_string(r, "name", k->name, sizeof k->name, line) ||
      !sub_string(r, "shape", k->shape, sizeof k->shape, line) ||
      !sub_string(r, "image", k->image, sizeof k->image, line) ||
      !colour_field(r, &k->colour, line))
    return false;
  if (strchr(k->image, '/') || strchr(k->image, '\\') || strstr(k->image, ".."))
    return bad(r, level_find_line(&r->src, "image", line),
               "'image' must be the name of a file beside the level, like \"water.png\"");
  int type = level_read_field(r->L, -1, "solid");
  k->solid = lua_toboolean(r->L, -1);
  lua_pop(r->L, 1);
  return type == LUA_TNIL || type == LUA_TBOOLEAN ||
         bad(r, level_find_line(&r->src, "solid", line), "'solid' must be true or false");
}

static bool tile_char_ok(const char *k, size_t n)
{
  return n == 1 && k[0] > ' ' && k[0] < 127 && !strchr("#.G*><^v", k[0]);
}

static bool read_tiles(Reader *r)
{
  int n;
  const WorldTileKind *std = world_standard_kinds(&n);
  memcpy(r->lv->kinds, std, (size_t)n * sizeof *std);
  r->lv->nkinds = n;
  if (level_read_field(r->L, LEVEL_TABLE, "tiles") == LUA_TNIL) {
    lua_pop(r->L, 1);
    return true;
  }
  int line = line_of(r, "tiles");
  if (lua_type(r->L, -1) != LUA_TTABLE)
    return bad(r, line, "'tiles' must be a table like { [\"~\"] = { name = \"water\" } }");
  lua_pushnil(r->L);
  while (lua_next(r->L, -2)) {
    size_t klen = 0;
    const char *k = lua_type(r->L, -2) == LUA_TSTRING ? lua_tolstring(r->L, -2, &klen) : "";
    if (!tile_char_ok(k, klen))
      return bad(r, line,
                 "each tile must be one character that is not # . G * > < ^ v or a "
                 "space, like [\"~\"]");
    if (r->lv->nkinds >= WORLD_MAX_TILE_KINDS)
      return bad(r, line, "too many tiles (at most %d)", WORLD_MAX_TILE_KINDS - n);
    char key[2] = {k[0], 0};
    if (!read_tile(r, k[0], level_find_line(&r->src, key, line), &r->lv->kinds[r->lv->nkinds]))
      return false;
    r->lv->nkinds++;
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
  return true;
}

/* ---- the map ---- */

typedef struct {
  const char *start[WORLD_MAX_SIDE];
  size_t len[WORLD_MAX_SIDE];
  int n;
  int first_line; /* the source line of rows[0] */
} MapRows;

static bool is_blank(const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
      return false;
  return true;
}

static bool add_row(Reader *r, MapRows *rows, const char *start, size_t n)
{
  if (rows->n >= WORLD_MAX_SIDE)
    return bad(r, line_of(r, "map"), "the map is too big: at most %d rows", WORLD_MAX_SIDE);
  while (n > 0 && (start[n - 1] == ' ' || start[n - 1] == '\r' || start[n - 1] == '\t'))
    n--;
  rows->start[rows->n] = start;
  rows->len[rows->n++] = n;
  return true;
}

/* Splits the map text into rows, dropping blank rows at both ends, and trims each row's
   trailing spaces. A blank row inside the map stays: a row of wall. */
static bool split_rows(Reader *r, const char *m, size_t len, MapRows *rows)
{
  int pending_blank = 0;
  rows->n = 0;
  for (size_t i = 0; i <= len;) {
    size_t e = i;
    while (e < len && m[e] != '\n')
      e++;
    if (is_blank(m + i, e - i)) {
      pending_blank += rows->n > 0;
    } else {
      for (; pending_blank > 0; pending_blank--)
        if (!add_row(r, rows, m + i, 0))
          return false;
      if (!add_row(r, rows, m + i, e - i))
        return false;
    }
    i = e + 1;
  }
  return rows->n > 0 || bad(r, line_of(r, "map"), "the map is empty");
}

/* Teachers indent the map with the code (spaces or the Tab key): the indentation all rows
   share is not part of it. */
static void strip_indent(MapRows *rows)
{
  size_t common = (size_t)-1;
  for (int y = 0; y < rows->n; y++) {
    size_t k = 0;
    while (k < rows->len[y] && (rows->start[y][k] == ' ' || rows->start[y][k] == '\t'))
      k++;
    if (rows->len[y] > 0 && k < common)
      common = k;
  }
  for (int y = 0; y < rows->n && common != (size_t)-1; y++) {
    size_t cut = rows->len[y] < common ? rows->len[y] : common;
    rows->start[y] += cut;
    rows->len[y] -= cut;
  }
}

/* Where the first row stands in the file: the first line at or after `map =` holding it. */
static int first_row_line(Reader *r, const MapRows *rows)
{
  int from = line_of(r, "map");
  size_t off = level_read_line_offset(&r->src, from), n = rows->len[0];
  for (size_t i = off; n && i + n <= r->src.len; i++)
    if (memcmp(r->src.text + i, rows->start[0], n) == 0)
      return level_read_line_at(&r->src, i);
  return from;
}

static bool place(Reader *r, World *w, char c, int x, int y, int line, bool *robot)
{
  static const char robots[] = "^>v<"; /* in WorldDir order */
  const char *rc = c ? strchr(robots, c) : NULL;
  w->cells[y * WORLD_MAX_SIDE + x] = '.';
  if (rc) {
    if (*robot)
      return bad(r, line, "the map has two robots: keep just one of > < ^ v");
    *robot = true;
    w->robot_x = x;
    w->robot_y = y;
    w->dir = (WorldDir)(rc - robots);
  } else if (c == '*') {
    w->items[y * WORLD_MAX_SIDE + x] = 1;
    w->items_left++;
  } else if (c == ' ' || c == '\t') {
    return bad(r, line, "the map has a %s in row %d, column %d: use . for floor",
               c == ' ' ? "space" : "tab", y + 1, x + 1);
  } else if (world_kind(w, c)) {
    w->cells[y * WORLD_MAX_SIDE + x] = c;
  } else if (c > ' ' && c < 127) {
    return bad(r, line,
               "unknown character '%c' in the map (row %d, column %d): use # . G * "
               "> < ^ v, or describe it in 'tiles'",
               c, y + 1, x + 1);
  } else {
    return bad(r, line,
               "the map has a character that is not allowed in row %d, column %d "
               "(only plain letters and signs)",
               y + 1, x + 1);
  }
  return true;
}

static bool fill_world(Reader *r, const MapRows *rows, int width)
{
  World *w = &r->lv->start;
  memset(w->cells, '#', sizeof w->cells);
  w->w = width;
  w->h = rows->n;
  w->kinds = r->lv->kinds;
  w->nkinds = r->lv->nkinds;
  bool robot = false;
  for (int y = 0; y < rows->n; y++) {
    int line = rows->first_line + y;
    for (int x = 0; x < width; x++) {
      char c = (size_t)x < rows->len[y] ? rows->start[y][x] : '#'; /* ragged: wall */
      if (!place(r, w, c, x, y, line, &robot))
        return false;
    }
  }
  return robot || bad(r, line_of(r, "map"), "the map has no robot: put one of > < ^ v on it");
}

static bool read_map(Reader *r)
{
  int type = level_read_field(r->L, LEVEL_TABLE, "map");
  if (type != LUA_TSTRING) {
    lua_pop(r->L, 1);
    return type == LUA_TNIL ? bad(r, 1, "'map' is missing: every level needs one")
                            : bad(r, line_of(r, "map"), "'map' must be a text in [[ ]]");
  }
  size_t len;
  const char *m = lua_tolstring(r->L, -1, &len);
  MapRows rows;
  int width = 0;
  bool ok = split_rows(r, m, len, &rows);
  if (ok) {
    strip_indent(&rows);
    rows.first_line = first_row_line(r, &rows);
    for (int y = 0; y < rows.n; y++)
      width = rows.len[y] > (size_t)width ? (int)rows.len[y] : width;
    if (width > WORLD_MAX_SIDE)
      ok = bad(r, line_of(r, "map"), "the map is too big: at most %d columns", WORLD_MAX_SIDE);
  }
  ok = ok && fill_world(r, &rows, width);
  lua_pop(r->L, 1); /* the map string stays alive until the rows are copied */
  return ok;
}

/* ---- goal, custom commands, the palette ---- */

static bool read_goal(Reader *r)
{
  static const char *const goals[] = {"reach", "collect", "collect_and_reach", NULL};
  int type = level_read_field(r->L, LEVEL_TABLE, "goal");
  char word[32] = "";
  if (type == LUA_TSTRING && lua_rawlen(r->L, -1) < sizeof word &&
      strlen(lua_tostring(r->L, -1)) == lua_rawlen(r->L, -1))
    memcpy(word, lua_tostring(r->L, -1), lua_rawlen(r->L, -1) + 1);
  lua_pop(r->L, 1);
  int line = line_of(r, "goal");
  const World *w = &r->lv->start;
  if (type == LUA_TFUNCTION)
    r->lv->goal = GOAL_FUNCTION;
  else if (type == LUA_TNIL)
    return bad(r, 1,
               "'goal' is missing: use \"reach\", \"collect\", \"collect_and_reach\" or "
               "a function");
  else if (!level_read_in_list(word, goals))
    return bad(r, line,
               "'goal' must be \"reach\", \"collect\", \"collect_and_reach\" or a "
               "function");
  else
    r->lv->goal = word[0] == 'r'                 ? GOAL_REACH
                  : strcmp(word, "collect") == 0 ? GOAL_COLLECT
                                                 : GOAL_COLLECT_AND_REACH;
  bool needs_g = r->lv->goal == GOAL_REACH || r->lv->goal == GOAL_COLLECT_AND_REACH;
  bool has_g = memchr(w->cells, 'G', sizeof w->cells) != NULL;
  if (needs_g && !has_g)
    return bad(r, line_of(r, "map"), "the goal is \"%s\" but the map has no G to reach", word);
  bool needs_item = r->lv->goal == GOAL_COLLECT || r->lv->goal == GOAL_COLLECT_AND_REACH;
  if (needs_item && w->items_left == 0)
    return bad(r, line_of(r, "map"), "the goal is \"%s\" but the map has no * to collect", word);
  return true;
}

static bool name_ok(const char *k, size_t n)
{
  static const char *const reserved[] = {
      "and",      "break",  "do",     "else",  "elseif", "end",    "false", "for",
      "function", "goto",   "if",     "in",    "local",  "nil",    "not",   "or",
      "repeat",   "return", "then",   "true",  "until",  "while",  "print", "tostring",
      "tonumber", "type",   "ipairs", "pairs", "math",   "string", "table", NULL};
  if (n == 0 || n > 31 || k[0] < 'a' || k[0] > 'z')
    return false;
  for (size_t i = 0; i < n; i++)
    if (!level_read_is_word_char(k[i]) || (k[i] >= 'A' && k[i] <= 'Z'))
      return false;
  return !level_read_in_list(k, reserved) && !level_read_in_list(k, standard_actions) &&
         !level_read_in_list(k, standard_sensors);
}

/* One custom command description (on top of the stack) into c. */
static bool read_custom(Reader *r, const char *group, int line, LevelCommand *c)
{
  static const char *const fields[] = {"label", "colour", "run", NULL};
  if (lua_type(r->L, -1) != LUA_TTABLE)
    return bad(r, line,
               "'%s' in %s must be a table like { label = \"...\", run = function"
               "(world) ... end }",
               c->name, group);
  if (!level_check_keys(r->L, -1, fields, c->name, &r->src, line, r->err))
    return false;
  bool absent;
  if (!level_read_text(r->L, -1, "label", MAX_TITLE, &r->src, line, &c->label, &absent, r->err))
    return false;
  if (absent)
    level_read_text_add(&c->label, "en", strdup(c->name));
  if (!colour_field(r, &c->colour, line))
    return false;
  int type = level_read_field(r->L, -1, "run");
  lua_pop(r->L, 1);
  return type == LUA_TFUNCTION || bad(r, level_find_line(&r->src, "run", line),
                                      "'%s' needs run = function(world) ... end", c->name);
}

/* actions or sensors into out[*n...]. */
static bool read_customs(Reader *r, const char *group, LevelCommandKind kind, LevelCommand *out,
                         int *n)
{
  if (level_read_field(r->L, LEVEL_TABLE, group) == LUA_TNIL) {
    lua_pop(r->L, 1);
    return true;
  }
  int line = line_of(r, group);
  if (lua_type(r->L, -1) != LUA_TTABLE)
    return bad(r, line, "'%s' must be a table like { honk = { label = \"honk\", run = ... } }",
               group);
  lua_pushnil(r->L);
  while (lua_next(r->L, -2)) {
    size_t klen = 0;
    const char *k = lua_type(r->L, -2) == LUA_TSTRING ? lua_tolstring(r->L, -2, &klen) : "";
    if (!name_ok(k, klen))
      return bad(r, line,
                 "each name in '%s' must be a new name of small letters, digits and _ "
                 "(not a standard command or a Lua word)",
                 group);
    if (*n >= LEVEL_MAX_COMMANDS)
      return bad(r, line, "too many commands (at most %d)", LEVEL_MAX_COMMANDS);
    for (int i = 0; i < *n; i++)
      if (strcmp(out[i].name, k) == 0)
        return bad(r, level_find_line(&r->src, k, line),
                   "'%s' is both an action and a sensor: give them different names", k);
    LevelCommand *c = &out[(*n)++];
    memset(c, 0, sizeof *c);
    memcpy(c->name, k, klen + 1);
    c->kind = kind;
    c->custom = true;
    c->colour = kind == COMMAND_ACTION ? 0x7a4fc0 : 0x2f8fb0;
    if (!read_custom(r, group, level_find_line(&r->src, c->name, line), c))
      return false;
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
  return true;
}

static bool offer(Reader *r, const char *name, LevelCommand *customs, int ncustom, int line)
{
  Level *lv = r->lv;
  if (level_command(lv, name))
    return bad(r, line, "'commands' lists \"%s\" twice", name);
  if (lv->ncommands >= LEVEL_MAX_COMMANDS)
    return bad(r, line, "too many commands (at most %d)", LEVEL_MAX_COMMANDS);
  LevelCommand *c = &lv->commands[lv->ncommands];
  for (int i = 0; i < ncustom; i++)
    if (strcmp(customs[i].name, name) == 0) {
      *c = customs[i];
      memset(&customs[i].label, 0, sizeof customs[i].label); /* moved */
      lv->ncommands++;
      return true;
    }
  if (!level_read_in_list(name, standard_actions) && !level_read_in_list(name, standard_sensors)) {
    const char *all[LEVEL_MAX_COMMANDS + 10];
    int n = 0;
    for (int i = 0; standard_actions[i]; i++)
      all[n++] = standard_actions[i];
    for (int i = 0; standard_sensors[i]; i++)
      all[n++] = standard_sensors[i];
    for (int i = 0; i < ncustom; i++)
      all[n++] = customs[i].name;
    all[n] = NULL;
    const char *near = level_read_did_you_mean(name, all);
    return near ? bad(r, line, "unknown command \"%s\" in 'commands' (did you mean \"%s\"?)", name,
                      near)
                : bad(r, line,
                      "unknown command \"%s\" in 'commands': define it in 'actions' or "
                      "'sensors' first",
                      name);
  }
  memset(c, 0, sizeof *c);
  snprintf(c->name, sizeof c->name, "%s", name);
  c->kind = level_read_in_list(name, standard_actions) ? COMMAND_ACTION : COMMAND_SENSOR;
  lv->ncommands++;
  return true;
}

static bool read_command_list(Reader *r, LevelCommand *customs, int ncustom)
{
  int n;
  if (!get_list(r, "commands", LEVEL_MAX_COMMANDS, &n))
    return false;
  int line = line_of(r, "commands");
  if (n < 0) {
    for (int i = 0; i < 3; i++)
      if (!offer(r, standard_actions[i], customs, ncustom, line))
        return false;
    return true;
  }
  for (int i = 1; i <= n; i++) {
    char name[32];
    lua_rawgeti(r->L, -1, i);
    bool ok = level_read_key_name(r->L, -1, name, sizeof name) != NULL;
    lua_pop(r->L, 1);
    if (!ok)
      return bad(r, line,
                 "'commands' must be a list of command names in quotes, like "
                 "{ \"forward\", \"turn_left\" }");
    if (!offer(r, name, customs, ncustom, line))
      return false;
  }
  lua_pop(r->L, 1);
  return true;
}

static bool read_commands(Reader *r)
{
  LevelCommand customs[LEVEL_MAX_COMMANDS];
  int n = 0;
  bool ok = read_customs(r, "actions", COMMAND_ACTION, customs, &n) &&
            read_customs(r, "sensors", COMMAND_SENSOR, customs, &n) &&
            read_command_list(r, customs, n);
  for (int i = 0; ok && i < n; i++)
    if (!level_command(r->lv, customs[i].name))
      ok = bad(r, level_find_line(&r->src, customs[i].name, 1),
               "'%s' is defined but not offered: add \"%s\" to 'commands' so pupils can use it",
               customs[i].name, customs[i].name);
  for (int i = 0; i < n; i++)
    level_text_free(&customs[i].label); /* what was not moved into the level */
  return ok;
}

static bool read_on_step(Reader *r)
{
  int type = level_read_field(r->L, LEVEL_TABLE, "on_step");
  lua_pop(r->L, 1);
  r->lv->has_on_step = type == LUA_TFUNCTION;
  return type == LUA_TNIL || type == LUA_TFUNCTION ||
         bad(r, line_of(r, "on_step"), "'on_step' must be a function(world) ... end");
}

/* ---- the whole level ---- */

static int kind_order(const void *a, const void *b)
{
  return ((const WorldTileKind *)a)->ch - ((const WorldTileKind *)b)->ch;
}

static bool read_level(Reader *r)
{
  static const char *const concepts[] = {"sequence",  "repetition", "selection", "variables",
                                         "functions", "debugging",  NULL};
  static const char *const modes[] = {"blocks", "text", "both", NULL};
  Level *lv = r->lv;
  int nstd;
  world_standard_kinds(&nstd);
  snprintf(lv->mode, sizeof lv->mode, "both");
  lv->max_steps = LEVEL_DEFAULT_MAX_STEPS;
  bool ok = level_check_keys(r->L, LEVEL_TABLE, level_fields, "the level", &r->src, 1, r->err) &&
            read_id(r) && read_texts(r) && read_hints(r) &&
            read_choice(r, "concept", concepts, lv->concept, sizeof lv->concept) &&
            read_choice(r, "mode", modes, lv->mode, sizeof lv->mode) && read_tiles(r);
  if (ok) /* tiles in character order, so a level loads the same whatever Lua's table order */
    qsort(lv->kinds + nstd, (size_t)(lv->nkinds - nstd), sizeof lv->kinds[0], kind_order);
  return ok && read_map(r) && read_goal(r) && read_commands(r) && read_on_step(r) &&
         read_int(r, "par", 1, 1000, &lv->par) &&
         read_int(r, "max_steps", 1, LEVEL_MAX_STEPS, &lv->max_steps) &&
         read_program(r, "solution", &lv->solution, true) && default_par(lv) &&
         read_program(r, "start_program", &lv->start_program, false) &&
         level_teach_read(r->L, LEVEL_TABLE, &r->src, lv, r->err);
}

Level *level_load_text(const char *path, const char *text, size_t len, LevelError *err)
{
  memset(err, 0, sizeof *err);
  Level *lv = calloc(1, sizeof *lv);
  char *copy = malloc(len + 1);
  if (!lv || !copy) {
    free(lv);
    free(copy);
    level_error_set(err, path, 0, "out of memory");
    return NULL;
  }
  memcpy(copy, text, len);
  copy[len] = '\0';
  snprintf(lv->path, sizeof lv->path, "%s", path);
  lv->source = copy;
  lv->source_len = len;
  lv->start.kinds = lv->kinds;
  Reader r = {NULL, {path, copy, len}, err, lv};
  Sandbox *sb = level_run_chunk(&r.src, err);
  bool ok = sb != NULL;
  if (ok) {
    r.L = sandbox_lua(sb);
    lua_rotate(r.L, 1, 1); /* the table to the bottom, at LEVEL_TABLE */
    lua_settop(r.L, LEVEL_TABLE);
    ok = read_level(&r);
  }
  sandbox_free(sb);
  if (!ok) {
    level_free(lv);
    return NULL;
  }
  lv->start.kinds = lv->kinds;
  lv->start.nkinds = lv->nkinds;
  return lv;
}

Level *level_load(const char *path, LevelError *err)
{
  char why[1200];
  size_t len;
  char *text = fileio_read(path, FILEIO_MAX_SOURCE, &len, why, sizeof why);
  if (!text) {
    memset(err, 0, sizeof *err);
    size_t n = strlen(path);
    const char *msg = strncmp(why, path, n) == 0 && why[n] == ':' ? why + n + 2 : why;
    level_error_set(err, path, 0, "cannot read the level: %s", msg);
    return NULL;
  }
  Level *lv = level_load_text(path, text, len, err);
  free(text);
  return lv;
}

void level_free(Level *lv)
{
  if (!lv)
    return;
  level_text_free(&lv->title);
  level_text_free(&lv->story);
  for (int i = 0; i < lv->nhints; i++)
    level_text_free(&lv->hints[i]);
  for (int i = 0; i < lv->ncommands; i++)
    level_text_free(&lv->commands[i].label);
  free(lv->solution);
  free(lv->start_program);
  free(lv->notes);
  free(lv->source);
  free(lv);
}

const LevelCommand *level_command(const Level *lv, const char *name)
{
  for (int i = 0; i < lv->ncommands; i++)
    if (strcmp(lv->commands[i].name, name) == 0)
      return &lv->commands[i];
  return NULL;
}

bool level_goal_standard(const Level *lv, const World *w)
{
  switch (lv->goal) {
  case GOAL_REACH:
    return world_at_goal(w);
  case GOAL_COLLECT:
    return w->items_left == 0;
  case GOAL_COLLECT_AND_REACH:
    return w->items_left == 0 && world_at_goal(w);
  default:
    return false;
  }
}
