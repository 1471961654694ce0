/* session_internal.h: the Session's own data, shared by session.c (pupil, rules, records),
   session_load.c (finding packs, loading levels within the start-up budget) and
   session_files.c (programs and views). Not for other modules: they use session.h. */
#ifndef SESSION_INTERNAL_H
#define SESSION_INTERNAL_H

#include "session.h"

typedef struct {
  Pack *pack;
  bool bundled;                              /* shipped with Codebridge: no start-up budget */
  Level *levels[PACK_MAX_LEVELS];            /* NULL: not loaded (problems[i] says why) */
  SessionProblem *problems[PACK_MAX_LEVELS]; /* NULL when the level loads */
  long long mtime_ns[PACK_MAX_LEVELS], size[PACK_MAX_LEVELS]; /* the file when last read */
  int best[PACK_MAX_LEVELS];   /* the player's best stars: -1 never tried, 0 not solved */
  char *kept[PACK_MAX_LEVELS]; /* work not written (no folder), NULL for none */
} SessionPack;

struct Session {
  char progress_dir[1024];
  char progress_err[1024];
  bool progress_ok, read_only;
  SessionPack *packs[SESSION_MAX_PACKS];
  int npacks;
  SessionProblem *broken_packs;
  int nbroken_packs;
  double budget;        /* seconds the teacher's packs may take to load, in all */
  double startup_spent; /* seconds they took */
  char pupil[PROGRESS_NAME_MAX], class_name[PROGRESS_NAME_MAX];
  bool guest, unlock_all;
  int clock_pack, clock_level; /* the level session_level_opened timed (-1: none) */
  double clock_start;          /* since then or its last attempt, in sys_seconds */
};

double session_now(void);
void session_stamp(const char *path, long long *mtime_ns, long long *size);
/* Adds the packs found in root (pack_find_all_until: deadline 0 none); broken packs and
   those past the deadline become problems. */
void session_add_packs(Session *s, const char *root, bool bundled, double deadline);
/* Loads the levels not yet tried of the bundled packs, or of the teacher's; past deadline
   (0: none) they are skipped and named. */
void session_load_levels(Session *s, bool bundled, double deadline);
void session_pack_free(SessionPack *sp);
/* Best stars from the player's log: of one level, or -1 for every pack / every level. */
void session_read_best(Session *s, int pack_i, int level_i);

#endif
