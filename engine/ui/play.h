/* play.h: who plays and what there is to play: the progress folder, the pupil (or a guest),
   the packs with their levels and the pupil's best stars, which level is open and which to
   try next, the program kept or saved for each level, recording an attempt and the pupil's
   chosen view. The one copy of these rules on the UI side; no SDL, no drawing.
   (A stand-in for core's session module: when it lands, its calls replace these.) */
#ifndef PLAY_H
#define PLAY_H

#include <stdbool.h>
#include <stddef.h>

#include "level.h"
#include "pack.h"
#include "progress.h"
#include "runner.h"

#define PLAY_MAX_PACKS 32

typedef struct {
  Pack *pack;
  Level *levels[PACK_MAX_LEVELS]; /* loaded when the map first shows; NULL: broken level */
  bool loaded;
  int best[PACK_MAX_LEVELS];   /* the pupil's best stars: -1 never tried, 0 not solved */
  bool told[PACK_MAX_LEVELS];  /* a broken level's error went to stderr (once is enough) */
  char *kept[PACK_MAX_LEVELS]; /* the program when nothing is written (a guest): in memory
                                  until another player starts, NULL for none */
} PlayPack;

typedef struct {
  char progress_dir[1024];
  bool progress_ok;
  bool read_only; /* screenshots: nothing saved or recorded */
  char pupil[PROGRESS_NAME_MAX], class_name[PROGRESS_NAME_MAX];
  bool guest;
  bool unlock_all; /* the teacher's `unlock_all = yes` */
  PlayPack packs[PLAY_MAX_PACKS];
  int npacks;
  int pack_i, level_i; /* the level last opened (-1: none) */
} Play;

/* Finds the packs (bundled, then levels_dir, else my-levels/ in the progress folder). False
   when the progress folder cannot be used (the game goes on; nothing is written). */
bool play_init(Play *p, const char *progress_dir, const char *levels_dir, bool read_only);
void play_deinit(Play *p);
/* A pupil (name and class) or a guest (pupil NULL): stars and kept work are per player. */
void play_as(Play *p, const char *pupil, const char *class_name);
/* Loads the levels (broken ones told once) and the pupil's best stars. */
void play_load_stars(Play *p);
/* The level, NULL when out of range or broken. */
Level *play_level(const Play *p, int pack_i, int level_i);
bool play_unlocked(const Play *p, int pack_i, int level_i);
/* The first open level not yet solved, over all packs in order (false: none). */
bool play_next_to_try(const Play *p, int *pack_i, int *level_i);
/* The level after this one, in the next pack after the last (false: none). */
bool play_next_level(const Play *p, int pack_i, int level_i, int *next_p, int *next_i);
/* Opens a level: it becomes the one last opened; returns the program to start with (saved,
   kept for a guest, else the level's start program; the caller frees it), NULL when the level
   cannot be opened. */
char *play_open(Play *p, int pack_i, int level_i);
/* Saves (or, for a guest, keeps in memory) the program of the level last opened. False when
   the write failed (said on stderr). */
bool play_save_program(Play *p, const char *text);
/* Records a finished run of the level last opened: best stars, and one line in the log. */
void play_record(Play *p, const RunTrace *t, int seconds, bool blocks_view, const char *text);
/* The pupil's chosen view of a level: 1 blocks, 0 text, -1 never chosen. */
int play_view_load(const Play *p, int pack_i, int level_i);
void play_view_save(const Play *p, int pack_i, int level_i, bool blocks);
/* A level read again from its file (hot reload) takes the old one's place (which is freed). */
void play_replace_level(Play *p, int pack_i, int level_i, Level *fresh);
/* Reads the pack in this folder again (or adds it) after a level was saved into it. */
void play_refresh_pack(Play *p, const char *dir);
/* The pack and index of a level file, adding its folder as a pack when it is in none; a
   bundled pack moved to the front. False with err when it cannot be loaded. */
bool play_find_file(Play *p, const char *path, int *pack_i, int *level_i, char *err, size_t cap);

#endif
