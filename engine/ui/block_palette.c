/* block_palette.c: picks a level's palette blocks and words them from scripts/blocks.lua.
   Owns the templates it builds; borrows the Level. Never draws. */
#include "block_palette.h"

#include <stdio.h>
#include <string.h>

#include "colour.h"
#include "level_teach.h"

static const char *const standard[] = {"forward",    "turn_left",  "turn_right",
                                       "pick_up",    "path_ahead", "path_left",
                                       "path_right", "at_goal",    "item_here"};

static bool is_standard_sensor(const char *name)
{
  for (int i = 4; i < 9; i++)
    if (strcmp(name, standard[i]) == 0)
      return true;
  return false;
}

static bool add(BlockPalette *p, Block *b)
{
  if (!b)
    return false;
  if (p->n == BLOCK_PALETTE_MAX) {
    block_free(b);
    return true;
  }
  p->items[p->n++].tmpl = b;
  return true;
}

static void add_sensor(BlockPalette *p, const char *name)
{
  if (p->nsensors < BLOCK_PALETTE_SENSORS)
    snprintf(p->sensors[p->nsensors++], sizeof p->sensors[0], "%s", name);
}

/* The first function the solution defines: the define block is offered under its name. */
static const char *first_define(const Block *b)
{
  for (; b; b = b->next) {
    if (b->kind == BLOCK_DEFINE)
      return b->name;
    const char *in = first_define(b->body);
    if (in)
      return in;
  }
  return NULL;
}

static Block *number_block(BlockKind k, const char *name, long long n, const char *var)
{
  Block *b = block_new_named(k, name);
  if (b) {
    b->number = n;
    b->is_local = k == BLOCK_SET;
    if (var && !block_set_string(&b->count_var, var)) {
      block_free(b);
      return NULL;
    }
  }
  return b;
}

static Block *if_block(const char *sensor, bool with_else)
{
  Block *b = block_new(BLOCK_IF);
  if (b && !(b->arms = block_arm_new(false, sensor))) {
    block_free(b);
    return NULL;
  }
  if (b)
    b->has_else = with_else;
  return b;
}

/* The control blocks the level offers (level_teach.h: what its concept teaches, its `blocks`,
   what its programs use, less what it hides). repeat until and if need a sensor to ask. */
static bool add_controls(BlockPalette *p, unsigned offered, const char *fname)
{
  const char *counter = block_palette_word(p, "counter_name");
  bool ok = true, sensors = p->nsensors > 0;
  if (offered & TEACH_REPEAT)
    ok = ok && add(p, number_block(BLOCK_REPEAT, "i", 4, NULL));
  if (sensors && (offered & TEACH_REPEAT_UNTIL))
    ok = ok && add(p, block_new_named(BLOCK_REPEAT_UNTIL, p->sensors[0]));
  if (sensors && (offered & TEACH_IF))
    ok = ok && add(p, if_block(p->sensors[0], false)) && add(p, if_block(p->sensors[0], true));
  if (offered & TEACH_VARIABLE)
    ok = ok && add(p, number_block(BLOCK_SET, counter, 0, NULL)) &&
         add(p, number_block(BLOCK_CHANGE, counter, 1, NULL)) &&
         add(p, number_block(BLOCK_REPEAT, "i", 0, counter));
  if (offered & TEACH_FUNCTION)
    ok = ok && add(p, block_new_named(BLOCK_DEFINE, fname)) &&
         add(p, block_new_named(BLOCK_CALL, fname));
  return ok;
}

bool block_palette_init(BlockPalette *p, const Level *lv, const char *lang)
{
  char err[256];
  memset(p, 0, sizeof *p);
  p->level = lv;
  snprintf(p->lang, sizeof p->lang, "%s", lang ? lang : "en");
  if (!(p->style = block_style_load(p->lang, err, sizeof err)))
    return false;
  if (err[0])
    fprintf(stderr, "blocks: %s\n", err);
  bool ok = true;
  for (int i = 0; lv ? i < lv->ncommands : i < 9; i++) {
    const char *name = lv ? lv->commands[i].name : standard[i];
    bool sensor = lv ? lv->commands[i].kind == COMMAND_SENSOR : is_standard_sensor(name);
    if (sensor)
      add_sensor(p, name);
    else
      ok = ok && add(p, block_new_named(BLOCK_CALL, name));
  }
  Program *sol =
      lv && lv->solution ? program_parse(lv->solution, strlen(lv->solution), NULL) : NULL;
  const char *fname = sol ? first_define(sol->first) : NULL;
  if (!fname)
    fname = block_palette_word(p, "function_name");
  ok = ok && add_controls(p, lv ? lv->blocks : TEACH_ALL, fname);
  program_free(sol);
  if (!ok)
    block_palette_deinit(p);
  return ok;
}

void block_palette_deinit(BlockPalette *p)
{
  for (int i = 0; i < p->n; i++)
    block_free(p->items[i].tmpl);
  block_style_free(p->style);
  memset(p, 0, sizeof *p);
}

const char *block_palette_word(const BlockPalette *p, const char *key)
{
  const char *s = p->style ? block_style_label(p->style, key) : NULL;
  return s ? s : key;
}

static const LevelCommand *command_of(const BlockPalette *p, const char *name)
{
  return p->level && name ? level_command(p->level, name) : NULL;
}

static bool is_command(const BlockPalette *p, const char *name)
{
  if (p->level)
    return command_of(p, name) != NULL;
  for (int i = 0; i < 9; i++)
    if (strcmp(name, standard[i]) == 0)
      return true;
  return false;
}

const char *block_palette_sensor_label(const BlockPalette *p, const char *sensor)
{
  const LevelCommand *c = command_of(p, sensor);
  if (c && c->custom && level_text(&c->label, p->lang)[0])
    return level_text(&c->label, p->lang);
  return block_palette_word(p, sensor);
}

const char *block_palette_template(const BlockPalette *p, const Block *b, int arm)
{
  switch (b->kind) {
  case BLOCK_CALL:
    if (b->name && is_command(p, b->name))
      return block_palette_sensor_label(p, b->name);
    return block_palette_word(p, "call");
  case BLOCK_REPEAT:
    return block_palette_word(p, b->count_var ? "repeat_var" : "repeat");
  case BLOCK_REPEAT_UNTIL:
    return block_palette_word(p, "repeat_until");
  case BLOCK_IF:
    return block_palette_word(p, arm > 0 ? "elseif_arm" : "if");
  case BLOCK_DEFINE:
    return block_palette_word(p, "define");
  case BLOCK_SET:
    return block_palette_word(p, "set");
  case BLOCK_CHANGE:
    return block_palette_word(p, "change");
  default:
    return "";
  }
}

SDL_Color block_palette_category_colour(const BlockPalette *p, const char *category)
{
  unsigned c = p->style ? block_style_colour(p->style, category, 0x8a8f98) : 0x8a8f98;
  return (SDL_Color){(Uint8)(c >> 16), (Uint8)(c >> 8), (Uint8)c, 255};
}

void block_palette_set_high_contrast(BlockPalette *p, bool on)
{
  p->high_contrast = on;
  if (p->style)
    block_style_set_high_contrast(p->style, on);
}

SDL_Color block_palette_ink(const BlockPalette *p, SDL_Color fill)
{
  unsigned ink =
      colour_ink((unsigned)fill.r << 16 | (unsigned)fill.g << 8 | fill.b, p->high_contrast);
  return (SDL_Color){(Uint8)(ink >> 16), (Uint8)(ink >> 8), (Uint8)ink, 255};
}

SDL_Color block_palette_colour(const BlockPalette *p, const Block *b)
{
  static const char *const by_kind[] = {
      [BLOCK_CALL] = "functions",   [BLOCK_REPEAT] = "control",   [BLOCK_REPEAT_UNTIL] = "control",
      [BLOCK_IF] = "control",       [BLOCK_DEFINE] = "functions", [BLOCK_SET] = "variables",
      [BLOCK_CHANGE] = "variables", [BLOCK_CODE] = "code",        [BLOCK_COMMENT] = "comment"};
  if (b->kind == BLOCK_CALL && b->name && is_command(p, b->name)) {
    const LevelCommand *c = command_of(p, b->name);
    if (c && c->custom && c->colour)
      return (SDL_Color){(Uint8)(c->colour >> 16), (Uint8)(c->colour >> 8), (Uint8)c->colour, 255};
    return block_palette_category_colour(p, block_style_command_category(p->style, b->name));
  }
  if (b->kind == BLOCK_REPEAT && b->count_var)
    return block_palette_category_colour(p, "variables");
  return block_palette_category_colour(p, by_kind[b->kind]);
}
