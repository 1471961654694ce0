/* level_write.h: writes a Level back as a readable, commented .lua level file (like
   scripts/templates/level.lua), picks a new file name and id for it in a folder, and sets a
   level's texts from C. Pure C: no SDL. Never reads level files' meaning: level.h does.
   Only what C data holds can be written: custom tiles, actions, sensors, goal functions and
   on_step are Lua functions the Level does not keep, so such levels are refused (and author,
   notes and curriculum, which the Level does not keep either, are not written). */
#ifndef LEVEL_WRITE_H
#define LEVEL_WRITE_H

#include <stdbool.h>
#include <stddef.h>

#include "level.h"

/* True when lv can be written from its C data; false with the reason otherwise. */
bool level_write_possible(const Level *lv, char *why, size_t cap);

/* The level as Lua text (malloc'd, NUL-terminated; *len its length when len is not NULL).
   NULL with err filled when the level cannot be written (see level_write_possible). */
char *level_write_text(const Level *lv, size_t *len, char *err, size_t errlen);

/* Writes the level to path, which must not exist yet (never overwrites). */
bool level_write_file(const Level *lv, const char *path, char *err, size_t errlen);
/* Writes text to a new file (never over one that exists), synced to disk. */
bool level_write_new_file(const char *path, const char *text, size_t len, char *err, size_t errlen);

/* A level id ([a-z0-9-]+, at most 40 characters) made from a title: "Robo's big trip" ->
   "robos-big-trip"; "my-level" when nothing is left. */
void level_write_id_from_title(const char *title, char *out, size_t cap);

/* A new file in dir for a level titled title: DIR/NN-words.lua where NN follows the highest
   number already there and no file of that name exists; *id_out gets an id no level file of
   dir uses. False when dir cannot be read or the path would not fit. */
bool level_write_new_path(const char *dir, const char *title, char *id_out, size_t id_cap,
                          char *path_out, size_t path_cap);

/* Replaces a text with one English text (a copy). False when out of memory. */
bool level_write_set_text(LevelText *t, const char *text);

/* A string as a Lua literal: "..." with escapes, or a long bracket [==[ ... ]==] with enough
   '=' when it spans lines. Returns the bytes needed (like snprintf). */
size_t level_write_quote(const char *s, bool multi_line, char *out, size_t cap);

#endif
