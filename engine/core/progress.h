/* progress.h: the per-pupil progress log (DESIGN decision 4): where it lives, safe file names,
   appending one attempt crash-safely, the pupil's latest program per level, reading a log back
   with damaged lines skipped and reported, and class rosters. Format: docs/progress-format.md.
   Knows nothing of levels, runs or the report: callers hand it finished attempts. */
#ifndef PROGRESS_H
#define PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#define PROGRESS_ID_MAX 64    /* machine, pack and level ids, with the NUL */
#define PROGRESS_NAME_MAX 128 /* a pupil's or class's real name, with the NUL */
#define PROGRESS_LINE_MAX 512 /* one attempt line; far below PIPE_BUF, so appends are atomic */
#define PROGRESS_FILE_MAX (8u << 20) /* a bigger file is refused: a busy year is under 1 MB */
#define PROGRESS_MAGIC "# Codebridge progress"

typedef struct {
  time_t time;                   /* when the run ended */
  char machine[PROGRESS_ID_MAX]; /* the laptop; "" means this one (progress_machine_name) */
  char pack[PROGRESS_ID_MAX];
  char level[PROGRESS_ID_MAX];
  char outcome[12]; /* solved | unsolved | error | too-long */
  int stars;        /* 0-3 */
  int blocks, steps;
  int seconds;  /* spent on the level since the last attempt (or opening it) */
  char view[8]; /* blocks | text */
} ProgressAttempt;

typedef struct {
  int line;        /* 1-based line number in the file */
  char reason[80]; /* why it was skipped, for a teacher */
} ProgressSkip;

#define PROGRESS_MAX_SKIPS 64 /* kept per file; nskipped counts them all */

typedef struct {
  char pupil[PROGRESS_NAME_MAX]; /* from the header; "" when the header lost it */
  char class_name[PROGRESS_NAME_MAX];
  ProgressAttempt *attempts; /* in file order */
  int nattempts, cap;
  ProgressSkip skips[PROGRESS_MAX_SKIPS];
  int nskips;   /* stored in skips */
  int nskipped; /* all skipped lines, stored or not */
} ProgressLog;

/* --- where it lives ---------------------------------------------------------------------- */

/* The progress folder: explicit_dir when given; else progress/ beside the program when present
   and writable (portable mode; a read-only copy on a share falls through); else `progress = DIR`
   from the settings file; else the per-user data folder. Creates it when missing. False with out
   holding the reason when none can be made. */
bool progress_resolve_dir(const char *explicit_dir, char *out, size_t cap);

/* The value of `key = value` in the settings files: the machine's, then the teacher's
   (config_get; the last one that sets the key wins). */
bool progress_setting(const char *key, char *out, size_t cap);

/* The teacher's settings file: settings.txt beside the program when present, else
   $XDG_CONFIG_HOME/codebridge/settings.txt (~/.config/...; %APPDATA%\codebridge on Windows).
   The machine-wide file is read before it (config.h). */
bool progress_settings_path(char *out, size_t cap);

/* This laptop's name, made safe for a progress line ("-" when unknown). */
void progress_machine_name(char *out, size_t cap);

/* --- names to files ---------------------------------------------------------------------- */

/* A file name (no extension) for a pupil or class name: no path escape, no reserved Windows
   names, capped length, emoji kept. A name that had to change gets "~" and a hash of the real
   name, and "~" never survives unchanged, so two names never share a file. */
void progress_safe_name(const char *name, char *out, size_t cap);

/* The pupil's log file, DIR/<class>/<pupil>.txt. False when the path would not fit. */
bool progress_pupil_path(const char *dir, const char *pupil, const char *class_name, char *out,
                         size_t cap);

/* The pupil's latest program for a level: DIR/<class>/<pupil>/<pack>/<level>.lua. */
bool progress_program_path(const char *dir, const char *pupil, const char *class_name,
                           const char *pack, const char *level, char *out, size_t cap);

/* The same beside a log file already found (the report's view): LOGDIR/<stem>/<pack>/<level>.lua */
bool progress_program_beside(const char *log_path, const char *pack, const char *level, char *out,
                             size_t cap);

/* The key that says two names are one person: spaces trimmed and collapsed, ASCII case folded. */
void progress_name_key(const char *name, char *out, size_t cap);

/* --- writing ----------------------------------------------------------------------------- */

/* Appends the attempt as one line (one write, then fsync: two processes never interleave a
   line, a crash loses at most this line) and, when program is not NULL, saves it as the
   latest program for the level. False with err on a problem (an unwritable folder...). */
bool progress_record(const char *dir, const char *pupil, const char *class_name,
                     const ProgressAttempt *a, const char *program, size_t program_len, char *err,
                     size_t errlen);

/* Saves the pupil's program for a level (write to temp, fsync, rename). The game's autosave. */
bool progress_save_program(const char *dir, const char *pupil, const char *class_name,
                           const char *pack, const char *level, const char *program, size_t len,
                           char *err, size_t errlen);

/* The saved program (malloc'd, NUL-terminated) or NULL when there is none. */
char *progress_load_program(const char *dir, const char *pupil, const char *class_name,
                            const char *pack, const char *level, size_t *len);

/* The attempt as its line, with the newline. False when the attempt is invalid (reason in out). */
bool progress_format_line(const ProgressAttempt *a, char *out, size_t cap);

/* Hands a guest's work to a pupil (the teacher names who played): every attempt of the guest's
   log is appended to the pupil's (creating it), the guest's program for a level becomes the
   pupil's when the guest tried that level last, then the guest's log is removed. Adopting again
   adds nothing twice. False with err when nothing could be read or written; a failure halfway
   keeps the guest's log, so nothing is ever lost. */
bool progress_adopt(const char *dir, const char *guest, const char *guest_class, const char *pupil,
                    const char *pupil_class, char *err, size_t errlen);

/* --- reading ----------------------------------------------------------------------------- */

/* Parses one line (no newline). False with a reason when it is not a valid attempt. */
bool progress_parse_line(const char *line, size_t len, ProgressAttempt *out, char *reason,
                         size_t reasonlen);

/* Parses a whole log held in memory. Never fails on bad data (lines are skipped and recorded);
   NULL only when out of memory. */
ProgressLog *progress_parse(const char *text, size_t len);

/* Reads a log file, streaming it line by line. NULL with err when the file cannot be read, is
   not a progress file, or is bigger than PROGRESS_FILE_MAX. */
ProgressLog *progress_read_file(const char *path, char *err, size_t errlen);

void progress_log_free(ProgressLog *log); /* accepts NULL */

/* True when a file's first bytes (up to 1 KB) are a progress log's: the header line, or a
   "# pupil:" line when a hand edit lost the first one. */
bool progress_looks_like_log(const char *head, size_t n);

/* Per level: best stars (-1 never tried, 0 tried and not solved), attempts, seconds spent. */
int progress_best_stars(const ProgressLog *log, const char *pack, const char *level);
int progress_attempt_count(const ProgressLog *log, const char *pack, const char *level);
int progress_seconds_spent(const ProgressLog *log, const char *pack, const char *level);

/* --- class rosters: DIR/classes/<class>.txt, one pupil a line, # comments ---------------- */

typedef struct {
  int n;
  char **names;    /* sorted (class lists: capitals and small letters alike), each malloc'd */
  bool unreadable; /* a class list that is there but is not text: say so, show no names */
} ProgressNames;

/* The classes that have a roster (file names without .txt), sorted. Empty when none. */
ProgressNames *progress_classes(const char *dir);
/* The pupils of one class, sorted (NULL when the class has no roster). The file may be UTF-8,
   UTF-16 or Windows-1252, as any Notepad saves it; one that is not text comes back empty and
   unreadable. */
ProgressNames *progress_roster(const char *dir, const char *class_name);
void progress_names_free(ProgressNames *names); /* accepts NULL */

#endif
