/* block_style.h: the blocks' words and colours from scripts/blocks.lua (labels per language
   code, English as fallback; colours per category). Core, because reading Lua is core's job;
   the block palette and view (ui) ask it. Knows nothing of layout or of which blocks a level
   offers. */
#ifndef BLOCK_STYLE_H
#define BLOCK_STYLE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct BlockStyle BlockStyle;

/* Reads scripts/blocks.lua with lang's labels over English. Never NULL but out of memory:
   when the file is missing or broken, err is filled and the style is empty (labels are their
   keys, colours grey), so the editor still works. */
BlockStyle *block_style_load(const char *lang, char *err, size_t errlen);
void block_style_free(BlockStyle *s); /* accepts NULL */

/* The label for key ("repeat", "forward" ...); NULL when the file has none. */
const char *block_style_label(const BlockStyle *s, const char *key);
/* A category's colour as 0xRRGGBB ("motion", "control" ...); fallback when it has none. */
unsigned block_style_colour(const BlockStyle *s, const char *category, unsigned fallback);
/* Colours from `colours_high_contrast` (falling back to `colours`) while on. */
void block_style_set_high_contrast(BlockStyle *s, bool on);
/* The words' colour on a category's blocks: dark or white, whichever reads better (pure black
   for dark in high contrast). */
unsigned block_style_ink(const BlockStyle *s, const char *category);
/* The categories that have a colour (for tests and the key), at most max; returns the count. */
int block_style_categories(const BlockStyle *s, const char **out, int max);
/* The colour category of a robot command ("motion"); "action" when the file does not say. */
const char *block_style_command_category(const BlockStyle *s, const char *command);

#endif
