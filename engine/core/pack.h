/* pack.h: level packs: a folder with pack.lua (title, description, ages, the order of its
   levels) and its level files. A folder without pack.lua is a pack of its *.lua files in
   name order. Finding packs never runs a level: loading them is level.h's work. */
#ifndef PACK_H
#define PACK_H

#include <stdbool.h>

#include "level.h"

#define PACK_MAX_LEVELS 128

typedef struct {
  char dir[1024]; /* the pack's folder */
  char id[64];    /* the folder's name: the pack's name in progress files */
  LevelText title, description;
  char ages[16]; /* e.g. "5-7" */
  int nlevels;
  char *level_paths[PACK_MAX_LEVELS]; /* full paths, in play order */
} Pack;

/* Loads dir/pack.lua (in a level sandbox) or lists the .lua files of dir. NULL with err on a
   problem: a listed file missing, a bad field. Ids being unique is checked by whoever loads levels.
 */
Pack *pack_load(const char *dir, LevelError *err);
void pack_free(Pack *p); /* accepts NULL */

/* The packs in root: root itself when it is a pack (holds pack.lua or *.lua files), else each
   sub-folder that is one, in name order. Returns how many were stored in out (at most max);
   broken packs are skipped, each reported through on_error when it is not NULL. */
int pack_find_all(const char *root, Pack **out, int max,
                  void (*on_error)(const LevelError *err, void *ud), void *ud);

/* The same, but sub-folders not yet read when sys_seconds() passes deadline are skipped, each
   reported through on_error with budget_spent set. deadline 0: none. For the game's start-up
   budget: a folder of slow pack.lua files cannot hold it up. */
int pack_find_all_until(const char *root, Pack **out, int max,
                        void (*on_error)(const LevelError *err, void *ud), void *ud,
                        double deadline);

#endif
