/* session.h: one game session's rules, in one place: the packs and their levels (each loaded
   once, the teacher's packs within one start-up budget), the pupil and their best stars, which
   levels are open and which to try next, running a program, recording an attempt (the only
   place a progress line is built: the game and `codebridge run --progress` both come here),
   the programs and chosen views kept per level, and the teacher's class view (merged by
   report.c). Plain C: no SDL. The UI asks; it keeps no copy of these rules. */
#ifndef SESSION_H
#define SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "level.h"
#include "pack.h"
#include "progress.h"
#include "runner.h"

#define SESSION_MAX_PACKS 32
#define SESSION_MAX_LEVEL_DIRS 8
/* All the teacher's packs together (not the bundled ones) may take this long to load at
   start-up; levels not reached in time are skipped and named, never waited for. */
#define SESSION_STARTUP_SECONDS 2.0
#define SESSION_GUEST "Guest" /* the name a guest's work is written under */

typedef struct {
  const char *progress_dir; /* --progress; NULL: progress_resolve_dir's choice */
  bool no_progress;         /* no progress folder at all: nothing read, nothing written */
  bool read_only;           /* screenshots: rosters and stars are read, nothing is written */
  const char *bundled_dir;  /* the shipped packs; NULL: paths_data("levels"); "": none */
  const char *level_dirs[SESSION_MAX_LEVEL_DIRS + 1]; /* the teacher's packs, NULL-ended */
  bool my_levels;         /* no level_dirs given: PROGRESS/my-levels (the level editor's) instead */
  double startup_seconds; /* 0: SESSION_STARTUP_SECONDS */
  int unlock_all;         /* -1: the teacher's `unlock_all` setting; 0 no; 1 yes */
} SessionOptions;

/* Why a pack or level is not on offer, for the teacher (also printed once on stderr). */
typedef enum {
  SESSION_BROKEN_PACK,  /* the pack's folder or pack.lua has a problem, or it was not read in
                           time (error.budget_spent): the pack is left out */
  SESSION_BROKEN_LEVEL, /* the level file has a problem: the pack goes on without it */
  SESSION_SLOW_LEVEL,   /* the level took too long to load: skipped */
  SESSION_NOT_REACHED,  /* the start-up budget was spent before this level: skipped */
} SessionProblemKind;

typedef struct {
  SessionProblemKind kind;
  int pack_i, level_i; /* -1 when it has none (a broken pack) */
  LevelError error;    /* FILE:LINE: message */
} SessionProblem;

typedef struct Session Session;

/* --- lifetime and the levels ------------------------------------------------------------- */

/* Opens the progress folder (made when missing) and finds the packs: the bundled ones, then
   the teacher's. Loads every level once; the teacher's within opt->startup_seconds in all.
   Never NULL but when out of memory: problems are kept (session_problem) and the game goes
   on without what is broken. opt NULL: the defaults. */
Session *session_open(const SessionOptions *opt);
void session_free(Session *s); /* accepts NULL */

/* The progress folder in use, or NULL when there is none (no_progress, or it cannot be made:
   then session_progress_error says why). */
const char *session_progress_dir(const Session *s);
const char *session_progress_error(const Session *s);
bool session_read_only(const Session *s);

int session_pack_count(const Session *s);
const Pack *session_pack(const Session *s, int pack_i); /* NULL out of range */
int session_level_count(const Session *s, int pack_i);  /* the pack's level files */
/* The level, NULL when out of range, broken, slow or skipped (session_level_problem says). */
const Level *session_level(const Session *s, int pack_i, int level_i);
const SessionProblem *session_level_problem(const Session *s, int pack_i, int level_i);
bool session_pack_bundled(const Session *s, int pack_i);

int session_problem_count(const Session *s);
const SessionProblem *session_problem(const Session *s, int i);
double session_startup_seconds(const Session *s); /* the teacher packs' loading, measured */

/* Broken levels whose file changed since it was read are read again (a teacher mending one
   while the game runs). Cheap: a stat per broken level. Returns how many now load. */
int session_refresh(Session *s);
/* Reads the level's file again (hot reload). On success the old Level is freed: pointers from
   session_level must be asked for again. False with err: the old level stays. */
bool session_reload_level(Session *s, int pack_i, int level_i, LevelError *err);
/* The pack in dir read again, or added (after the level editor saved into it). Its index, -1
   when it cannot be read (err). */
int session_refresh_pack(Session *s, const char *dir, LevelError *err);
/* The pack and index of a level file, its folder added as a pack when it is in none. False
   with err when it is in no pack or does not load. */
bool session_find_file(Session *s, const char *path, int *pack_i, int *level_i, LevelError *err);
/* Moves a pack to the front of the list (the screenshot of a teacher's level). */
void session_pack_to_front(Session *s, int pack_i);

/* --- who plays --------------------------------------------------------------------------- */

/* A pupil (name and class; class NULL or "" for none) or a guest (pupil NULL): reads their
   log for best stars. A guest's work is written like a pupil's, as the pupil SESSION_GUEST
   with no class: it stays on this laptop until a teacher hands it to a pupil
   (progress_adopt). Work kept in memory for the last player is dropped. */
void session_set_pupil(Session *s, const char *pupil, const char *class_name);
const char *session_pupil(const Session *s); /* "" for a guest */
const char *session_class(const Session *s);
bool session_is_guest(const Session *s);
/* Whether this player's attempts and programs are written (a progress folder, not
   read-only); a guest's too, as SESSION_GUEST. */
bool session_writes(const Session *s);

/* The classes with a roster, and a class's pupils (progress.h; the caller frees). */
ProgressNames *session_classes(const Session *s);
ProgressNames *session_roster(const Session *s, const char *class_name);

/* Best stars on a level: -1 never tried, 0 tried and not solved, 1-3. */
int session_best_stars(const Session *s, int pack_i, int level_i);

/* A level is open when it loads and: every level is (unlock_all), or it is the first level of
   its pack that loads, or the level before it that loads was solved, or it was solved itself.
   Broken and skipped levels are passed over as if they were not in the pack. */
bool session_is_unlocked(const Session *s, int pack_i, int level_i);
/* The first open level not yet solved, over the packs in order. False when none is left. */
bool session_next_level(const Session *s, int *pack_i, int *level_i);
/* The level after this one that loads, in this pack or the next ones. False at the end. */
bool session_level_after(const Session *s, int pack_i, int level_i, int *next_pack,
                         int *next_level);
bool session_unlock_all(const Session *s);
void session_set_unlock_all(Session *s, bool on);

/* --- running and recording --------------------------------------------------------------- */

/* Runs program text against the level (runner.h). NULL when the level does not load or
   memory runs out. lang NULL: "en". */
RunTrace *session_run(const Session *s, int pack_i, int level_i, const char *program, size_t len,
                      const char *lang);

typedef struct {
  int seconds;      /* spent on the level since opening it or the last attempt; -1: the
                       session's own clock (session_level_opened) measures it */
  bool blocks_view; /* Run was pressed in the blocks view */
} SessionAttempt;

/* The pupil opened the level (or came back to it): the clock for the seconds of its next
   attempt starts now. Each recorded attempt starts it again, so the seconds of all attempts
   add up to the time spent (the report's minutes). */
void session_level_opened(Session *s, int pack_i, int level_i);

/* A finished run of the level: the best stars go up, and for a player whose work is written,
   one line goes into their log and the program is saved. False with err only when writing
   failed (read-only or no folder writes nothing and is not a failure). */
bool session_record(Session *s, int pack_i, int level_i, const RunTrace *t,
                    const SessionAttempt *at, const char *program, size_t len, char *err,
                    size_t errlen);

/* The same for a level outside the session's packs (`codebridge run LEVEL PROGRAM
   --progress`): the pack is named by session_pack_id_of. Nothing kept in memory. */
bool session_record_level(Session *s, const char *pack_id, const Level *lv, const RunTrace *t,
                          const SessionAttempt *at, const char *program, size_t len, char *err,
                          size_t errlen);

/* The pack a level file belongs to, named as the game names it: its folder's pack id (pack.c),
   or the folder's last name when that folder is not a pack the game would show. */
void session_pack_id_of(const char *level_path, char *out, size_t cap);

/* --- programs and views ------------------------------------------------------------------ */

/* What the editor opens with: the pupil's saved program, else the work kept in memory this
   session (no folder), else the level's start program, else "".
   malloc'd; NULL only when out of memory or the level does not load. */
char *session_load_program(const Session *s, int pack_i, int level_i, size_t *len);
/* Saves the program (a player whose work is written) or keeps it in memory (no folder);
   read-only keeps nothing. False with err when the write failed. */
bool session_save_program(Session *s, int pack_i, int level_i, const char *program, size_t len,
                          char *err, size_t errlen);

/* The view the pupil chose on a level: 1 blocks, 0 text, -1 never chosen (or not written). */
int session_view_load(const Session *s, int pack_i, int level_i);
/* The view the level opens in: blocks-only and text-only levels say which; on "both" the
   pupil's choice for it, else the one made on the level before it that loads, else blocks. */
bool session_view_wanted(const Session *s, int pack_i, int level_i);
/* Remembers the view (only for levels that offer both, only for a player who writes). */
bool session_view_save(Session *s, int pack_i, int level_i, bool blocks, char *err, size_t errlen);

/* --- the teacher's class view ----------------------------------------------------------- */

struct Report;

typedef struct {
  char name[PROGRESS_NAME_MAX], class_name[PROGRESS_NAME_MAX];
} SessionClassRow;

typedef struct {
  int pack_i, level_i; /* a level that loads */
} SessionClassCol;

/* Every class of this laptop's progress folder (rosters and logs, merged by report.c) and the
   chosen class's pupils x every level that loads. Rows: the class's pupils by name (those on
   its roster who never played too). Read when made: make a new one to see new attempts. */
typedef struct {
  char (*classes)[PROGRESS_NAME_MAX]; /* sorted */
  int nclasses, class_i;              /* class_i: the chosen one, -1 when there is none */
  SessionClassRow *rows;
  int nrows;
  SessionClassCol *cols; /* in play order */
  int ncols;
  struct Report *report; /* the merged logs */
  int *stars;            /* nrows x ncols, filled when a class is chosen (a frame reads many) */
} SessionClassView;

/* Reads the progress folder now. The class chosen: prefer (names compared as keys) when there
   is one, else the first. NULL only when out of memory. */
SessionClassView *session_class_view(const Session *s, const char *prefer);
void session_class_view_free(SessionClassView *cv); /* accepts NULL */
void session_class_view_choose(SessionClassView *cv, const Session *s, int class_i);
/* A pupil's best stars on a column's level: -1 never tried, 0 not solved, 1-3. */
int session_class_view_stars(const SessionClassView *cv, const Session *s, int row, int col);
/* Their latest program for it (malloc'd), NULL when none was saved. */
char *session_class_view_program(const SessionClassView *cv, const Session *s, int row, int col,
                                 size_t *len);

#endif
