/* block_palette.h: which blocks a level offers and how every block is worded and coloured.
   The level's commands (Level.commands) plus the control blocks it offers (Level.blocks, decided
   in core by level_teach.c: its concept, `blocks`, `hide` and what its programs use); repeat
   until and if / if-else only when the level offers a sensor. Words and colours come from
   scripts/blocks.lua (block_style.h). Draws nothing; knows no layout. */
#ifndef BLOCK_PALETTE_H
#define BLOCK_PALETTE_H

#include <stdbool.h>

#include <SDL.h>

#include "block_style.h"
#include "level.h"
#include "program.h"

#define BLOCK_PALETTE_MAX 32
#define BLOCK_PALETTE_SENSORS 16

typedef struct {
  Block *tmpl; /* what dragging it (or Enter) inserts: owned, one block */
} BlockPaletteItem;

typedef struct {
  BlockStyle *style;  /* owned */
  const Level *level; /* borrowed, may be NULL: custom commands' words and colours */
  char lang[8];
  BlockPaletteItem items[BLOCK_PALETTE_MAX];
  int n;
  char sensors[BLOCK_PALETTE_SENSORS][32]; /* what sensor dropdowns offer, in level order */
  int nsensors;
  bool high_contrast; /* the theme's setting: stronger colours, pure black words */
} BlockPalette;

/* Fills p for lv (NULL: every standard command and every control block) in language lang.
   The palette keeps lv: it must outlive the palette. False only when out of memory. */
bool block_palette_init(BlockPalette *p, const Level *lv, const char *lang);
void block_palette_deinit(BlockPalette *p);

/* The words of a key from scripts/blocks.lua ("start", "not" ...); the key when missing. */
const char *block_palette_word(const BlockPalette *p, const char *key);
/* A block's label template: words with {n}, {sensor} and {name} for its fields. For an IF
   arm > 0 the "else if" template. */
const char *block_palette_template(const BlockPalette *p, const Block *b, int arm);
/* How a sensor reads in a field ("path ahead"): the level's label for a custom one. */
const char *block_palette_sensor_label(const BlockPalette *p, const char *sensor);
SDL_Color block_palette_colour(const BlockPalette *p, const Block *b);
/* The colours of `colours_high_contrast` in scripts/blocks.lua, for the high contrast setting. */
void block_palette_set_high_contrast(BlockPalette *p, bool on);
/* The words' colour on a block of this fill: dark or white, whichever reads better. */
SDL_Color block_palette_ink(const BlockPalette *p, SDL_Color fill);
SDL_Color block_palette_category_colour(const BlockPalette *p, const char *category);

#endif
