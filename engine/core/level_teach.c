/* level_teach.c: the teaching fields of a level (blocks, hide, require, fog, predict, pictures,
   curriculum, notes), which control blocks a program uses, and the checks that keep a bundled
   level honest about what it teaches. Reads the level table raw (level_read.h); runs nothing. */
#include "level_teach.h"

#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

static const char *const block_names[TEACH_NBLOCKS + 1] = {"repeat",   "repeat_until", "if",
                                                           "variable", "function",     NULL};

const char *const level_teach_goal_pictures[] = {"flag", "bus_stop", "shop",      "library",
                                                 "pier", "bin",      "school",    "post_office",
                                                 "home", "station",  "park_gate", NULL};
const char *const level_teach_item_pictures[] = {"parcel", "litter", "letter", "fruit",
                                                 "book",   "crumb",  NULL};

const char *level_teach_block_name(unsigned block)
{
  for (int i = 0; i < TEACH_NBLOCKS; i++)
    if (block == 1u << i)
      return block_names[i];
  return "";
}

/* ---- what a program uses ---- */

typedef struct {
  unsigned used;
  const char *defined[16]; /* functions defined with a define block */
  int ndefined;
  bool called_defined; /* some call names a defined function */
  bool code_function;  /* text with no block form holds `function` */
} Uses;

/* Keywords of a statement with no block form: `while n < 3 do` is still a loop. */
static void scan_code(const char *text, size_t len, Uses *u)
{
  LexResult lr;
  if (!lexer_run(text, len, &lr))
    return;
  for (int i = 0; i < lr.ntokens; i++) {
    int k = lr.tokens[i].kind;
    if (k == LEX_FOR || k == LEX_REPEAT)
      u->used |= TEACH_REPEAT;
    else if (k == LEX_WHILE)
      u->used |= TEACH_REPEAT_UNTIL;
    else if (k == LEX_IF)
      u->used |= TEACH_IF;
    else if (k == LEX_FUNCTION)
      u->code_function = true;
    else if (k == LEX_LOCAL || k == '=')
      u->used |= TEACH_VARIABLE;
  }
  lexer_free(&lr);
}

static void scan_blocks(const Block *b, Uses *u);

static void scan_one(const Block *b, Uses *u)
{
  static const unsigned by_kind[] = {[BLOCK_REPEAT] = TEACH_REPEAT,
                                     [BLOCK_REPEAT_UNTIL] = TEACH_REPEAT_UNTIL,
                                     [BLOCK_IF] = TEACH_IF,
                                     [BLOCK_SET] = TEACH_VARIABLE,
                                     [BLOCK_CHANGE] = TEACH_VARIABLE,
                                     [BLOCK_CODE] = 0,
                                     [BLOCK_COMMENT] = 0};
  u->used |= by_kind[b->kind];
  if (b->kind == BLOCK_REPEAT && b->count_var)
    u->used |= TEACH_VARIABLE;
  if (b->kind == BLOCK_DEFINE && u->ndefined < 16)
    u->defined[u->ndefined++] = b->name;
  if (b->kind == BLOCK_CODE)
    scan_code(b->text, b->text_len, u);
  scan_blocks(b->body, u);
  scan_blocks(b->else_body, u);
  for (const BlockArm *a = b->arms; a; a = a->next)
    scan_blocks(a->body, u);
}

static void scan_blocks(const Block *b, Uses *u)
{
  for (; b; b = b->next)
    scan_one(b, u);
}

static bool calls_any(const Block *b, const Uses *u)
{
  for (; b; b = b->next) {
    for (int i = 0; b->kind == BLOCK_CALL && b->name && i < u->ndefined; i++)
      if (strcmp(b->name, u->defined[i]) == 0)
        return true;
    if (calls_any(b->body, u) || calls_any(b->else_body, u))
      return true;
    for (const BlockArm *a = b->arms; a; a = a->next)
      if (calls_any(a->body, u))
        return true;
  }
  return false;
}

unsigned level_teach_used(const Program *p)
{
  Uses u = {0};
  if (!p)
    return 0;
  scan_blocks(p->first, &u);
  /* A function defined but never called taught Robo nothing. */
  if ((u.ndefined > 0 && calls_any(p->first, &u)) || u.code_function)
    u.used |= TEACH_FUNCTION;
  return u.used;
}

unsigned level_teach_used_text(const char *src, size_t len)
{
  Program *p = program_parse(src, len, NULL);
  unsigned used = level_teach_used(p);
  program_free(p);
  return used;
}

unsigned level_teach_missing(const Level *lv, const char *src, size_t len)
{
  if (!lv->require)
    return 0;
  return lv->require & ~level_teach_used_text(src, len);
}

/* ---- reading the fields ---- */

/* msg is complete: it may quote the teacher's text, so it is never a format. */
static bool bad(LevelError *err, const LevelSource *src, const char *field, const char *msg)
{
  level_error_set(err, src->path, level_find_line(src, field, 1), "%s", msg);
  return false;
}

/* A list of block names into *out (TeachBlock bits); absent leaves *out and sets *given false. */
static bool read_blocks(lua_State *L, int idx, const LevelSource *src, const char *field,
                        unsigned *out, bool *given, LevelError *err)
{
  int type = level_read_field(L, idx, field);
  *given = type != LUA_TNIL;
  bool ok = type == LUA_TNIL || type == LUA_TTABLE;
  unsigned bits = 0;
  for (lua_Integer i = 1; ok && type == LUA_TTABLE && i <= (lua_Integer)lua_rawlen(L, -1); i++) {
    char name[32];
    lua_rawgeti(L, -1, i);
    ok = level_read_key_name(L, -1, name, sizeof name) != NULL;
    lua_pop(L, 1);
    int k = 0;
    while (ok && block_names[k] && strcmp(block_names[k], name) != 0)
      k++;
    if (ok && !block_names[k]) {
      const char *near = level_read_did_you_mean(name, block_names);
      lua_pop(L, 1);
      char msg[200];
      snprintf(msg, sizeof msg, "unknown block \"%s\" in '%s'%s%s%s", name, field,
               near ? " (did you mean \"" : ": use repeat, repeat_until, if, variable or function",
               near ? near : "", near ? "\"?)" : "");
      return bad(err, src, field, msg);
    }
    bits |= ok ? 1u << k : 0;
  }
  lua_pop(L, 1);
  char msg[160];
  snprintf(msg, sizeof msg,
           "'%s' must be a list of block names, like { \"repeat\", "
           "\"function\" }",
           field);
  if (!ok)
    return bad(err, src, field, msg);
  if (*given)
    *out = bits;
  return true;
}

static bool read_flag(lua_State *L, int idx, const LevelSource *src, const char *field, bool *out,
                      LevelError *err)
{
  int type = level_read_field(L, idx, field);
  *out = type == LUA_TBOOLEAN && lua_toboolean(L, -1);
  lua_pop(L, 1);
  char msg[80];
  snprintf(msg, sizeof msg, "'%s' must be true or false", field);
  return type == LUA_TNIL || type == LUA_TBOOLEAN || bad(err, src, field, msg);
}

static bool read_picture(lua_State *L, int idx, const LevelSource *src, const char *field,
                         const char *const *allowed, char *out, size_t cap, LevelError *err)
{
  snprintf(out, cap, "%s", allowed[0]);
  int type = level_read_field(L, idx, field);
  char name[32] = "";
  bool ok = type == LUA_TNIL ||
            (level_read_key_name(L, -1, name, sizeof name) && level_read_in_list(name, allowed));
  lua_pop(L, 1);
  if (ok && name[0])
    snprintf(out, cap, "%s", name);
  if (ok)
    return true;
  char list[300] = "";
  for (int i = 0; allowed[i]; i++)
    snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", allowed[i]);
  char msg[400];
  snprintf(msg, sizeof msg, "'%s' must be one of: %s", field, list);
  return bad(err, src, field, msg);
}

static bool read_curriculum(lua_State *L, int idx, const LevelSource *src, Level *lv,
                            LevelError *err)
{
  int type = level_read_field(L, idx, "curriculum");
  bool ok = type == LUA_TNIL || (type == LUA_TTABLE && lua_rawlen(L, -1) <= LEVEL_MAX_CURRICULUM);
  for (lua_Integer i = 1; ok && type == LUA_TTABLE && i <= (lua_Integer)lua_rawlen(L, -1); i++) {
    lua_rawgeti(L, -1, i);
    ok = level_read_key_name(L, -1, lv->curriculum[lv->ncurriculum], sizeof lv->curriculum[0]) !=
         NULL;
    lv->ncurriculum += ok;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return ok || bad(err, src, "curriculum",
                   "'curriculum' must be a list of at most 8 short texts, like { \"KS1.2\" }");
}

static bool read_notes(lua_State *L, int idx, const LevelSource *src, Level *lv, LevelError *err)
{
  static const char *const fields[] = {"author", "notes"};
  for (int i = 0; i < 2; i++) {
    int type = level_read_field(L, idx, fields[i]);
    int line = level_find_line(src, fields[i], 1);
    char *text = NULL;
    bool ok = type == LUA_TNIL ||
              (type == LUA_TSTRING &&
               (text = level_read_copy_text(L, -1, 8000, fields[i], src->path, line, err)));
    lua_pop(L, 1);
    char msg[80];
    snprintf(msg, sizeof msg, "'%s' must be a text (in quotes)", fields[i]);
    if (!ok)
      return type != LUA_TSTRING && bad(err, src, fields[i], msg);
    if (i == 1)
      lv->notes = text;
    else
      free(text);
  }
  return true;
}

/* Before this, a level offered what its concept implied, debugging levels everything. Now a
   level offers what its concept teaches, and a debugging level only what its programs use,
   so a Year 1 debugging level never shows counters and functions. */
static unsigned concept_blocks(const Level *lv)
{
  static const struct {
    const char *concept;
    unsigned blocks;
  } by_concept[] = {
      {"sequence", 0},
      {"repetition", TEACH_REPEAT},
      {"selection", TEACH_REPEAT | TEACH_REPEAT_UNTIL | TEACH_IF},
      {"variables", TEACH_REPEAT | TEACH_REPEAT_UNTIL | TEACH_IF | TEACH_VARIABLE},
      {"functions", TEACH_REPEAT | TEACH_REPEAT_UNTIL | TEACH_IF | TEACH_FUNCTION},
      {"debugging", 0},
  };
  for (size_t i = 0; i < sizeof by_concept / sizeof by_concept[0]; i++)
    if (strcmp(lv->concept, by_concept[i].concept) == 0)
      return by_concept[i].blocks;
  return TEACH_ALL; /* no concept given: a teacher's own level offers everything */
}

bool level_teach_read(lua_State *L, int idx, const LevelSource *src, Level *lv, LevelError *err)
{
  bool given;
  lv->blocks = concept_blocks(lv);
  if (!read_blocks(L, idx, src, "blocks", &lv->blocks, &given, err) ||
      !read_blocks(L, idx, src, "hide", &lv->hidden, &given, err) ||
      !read_blocks(L, idx, src, "require", &lv->require, &given, err) ||
      !read_flag(L, idx, src, "fog", &lv->fog, err) ||
      !read_flag(L, idx, src, "predict", &lv->predict, err) ||
      !read_picture(L, idx, src, "goal_picture", level_teach_goal_pictures, lv->goal_picture,
                    sizeof lv->goal_picture, err) ||
      !read_picture(L, idx, src, "item_picture", level_teach_item_pictures, lv->item_picture,
                    sizeof lv->item_picture, err) ||
      !read_curriculum(L, idx, src, lv, err) || !read_notes(L, idx, src, lv, err))
    return false;
  if (lv->require & lv->hidden)
    return bad(err, src, "require",
               "'require' names a block that 'hide' hides: a pupil could never use it");
  lv->blocks |= lv->require | level_teach_used_text(lv->solution, strlen(lv->solution));
  if (lv->start_program)
    lv->blocks |= level_teach_used_text(lv->start_program, strlen(lv->start_program));
  lv->blocks &= ~lv->hidden;
  lv->start.fog = lv->fog;
  memcpy(lv->start.goal_picture, lv->goal_picture, sizeof lv->start.goal_picture);
  memcpy(lv->start.item_picture, lv->item_picture, sizeof lv->start.item_picture);
  world_look(&lv->start);
  return true;
}

/* ---- checks for bundled levels ---- */

static void name_blocks(unsigned bits, char *out, size_t cap)
{
  out[0] = '\0';
  for (int i = 0; i < TEACH_NBLOCKS; i++)
    if (bits & (1u << i))
      snprintf(out + strlen(out), cap - strlen(out), "%s%s", out[0] ? ", " : "", block_names[i]);
}

bool level_teach_check(const Level *lv, int flat_blocks, char *why, size_t cap)
{
  char names[80];
  unsigned used = level_teach_used_text(lv->solution, strlen(lv->solution));
  if (lv->require & ~used) {
    name_blocks(lv->require & ~used, names, sizeof names);
    snprintf(why, cap,
             "the solution does not use the block it requires (%s): write the "
             "solution the level wants pupils to find",
             names);
    return false;
  }
  if (lv->hidden & used) {
    name_blocks(lv->hidden & used, names, sizeof names);
    snprintf(why, cap, "the solution uses a block the level hides (%s)", names);
    return false;
  }
  bool teaches = strcmp(lv->concept, "functions") == 0 || strcmp(lv->concept, "variables") == 0 ||
                 (lv->require & (TEACH_FUNCTION | TEACH_VARIABLE));
  if (teaches && flat_blocks <= lv->par) {
    snprintf(why, cap,
             "par is %d, but a program of the solution's %d actions one after "
             "another earns three stars too: lower par so only the idea the level "
             "teaches earns them",
             lv->par, flat_blocks);
    return false;
  }
  return true;
}
