/* progress_adopt.c: a guest's work handed to a pupil. A child who played as Guest (forgot to
   pick their name, or the class list was not there yet) loses nothing: the teacher names the
   pupil later and the guest's attempts and programs become theirs.
   Plain C over progress.h: no Lua, no SDL, no levels. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "progress.h"

static void say(char *err, size_t errlen, const char *what, const char *detail)
{
  if (err && errlen)
    snprintf(err, errlen, "%s%s", what, detail ? detail : "");
}

/* The newest attempt on a level in a log, or 0 when the log has none. */
static time_t last_try(const ProgressLog *log, const char *pack, const char *level)
{
  time_t t = 0;
  for (int i = 0; log && i < log->nattempts; i++) {
    const ProgressAttempt *a = &log->attempts[i];
    if (a->time > t && strcmp(a->pack, pack) == 0 && strcmp(a->level, level) == 0)
      t = a->time;
  }
  return t;
}

/* True when the pupil's log already holds this very attempt: adopting twice (or again after a
   crash halfway) adds nothing twice. */
static bool already_there(const ProgressLog *log, const ProgressAttempt *a)
{
  char want[PROGRESS_LINE_MAX], have[PROGRESS_LINE_MAX];
  if (!log || !progress_format_line(a, want, sizeof want))
    return false;
  for (int i = 0; i < log->nattempts; i++)
    if (progress_format_line(&log->attempts[i], have, sizeof have) && strcmp(want, have) == 0)
      return true;
  return false;
}

/* The guest's program for a level becomes the pupil's when the guest worked on it last. */
static bool move_program(const char *dir, const char *guest, const char *guest_class,
                         const char *pupil, const char *pupil_class, const ProgressLog *mine,
                         const ProgressLog *theirs, const ProgressAttempt *a, char *err,
                         size_t errlen)
{
  if (last_try(mine, a->pack, a->level) > last_try(theirs, a->pack, a->level))
    return true; /* the pupil's own later program stays */
  size_t len;
  char *text = progress_load_program(dir, guest, guest_class, a->pack, a->level, &len);
  bool ok = !text || progress_save_program(dir, pupil, pupil_class, a->pack, a->level, text, len,
                                           err, errlen);
  free(text);
  return ok;
}

static bool copy_attempts(const char *dir, const char *guest, const char *guest_class,
                          const char *pupil, const char *pupil_class, const ProgressLog *g,
                          const ProgressLog *mine, char *err, size_t errlen)
{
  for (int i = 0; i < g->nattempts; i++) {
    const ProgressAttempt *a = &g->attempts[i];
    if (already_there(mine, a))
      continue;
    if (!progress_record(dir, pupil, pupil_class, a, NULL, 0, err, errlen))
      return false;
    if (!move_program(dir, guest, guest_class, pupil, pupil_class, mine, g, a, err, errlen))
      return false;
  }
  return true;
}

bool progress_adopt(const char *dir, const char *guest, const char *guest_class, const char *pupil,
                    const char *pupil_class, char *err, size_t errlen)
{
  char from[4200], to[4200];
  if (!progress_pupil_path(dir, guest, guest_class, from, sizeof from) ||
      !progress_pupil_path(dir, pupil, pupil_class, to, sizeof to)) {
    say(err, errlen, "the folder's name is too long: ", dir);
    return false;
  }
  if (strcmp(from, to) == 0) {
    say(err, errlen, "that is the same pupil", NULL);
    return false;
  }
  ProgressLog *g = progress_read_file(from, err, errlen);
  if (!g)
    return false;
  char ignored[256];
  ProgressLog *mine = progress_read_file(to, ignored, sizeof ignored); /* NULL: a new pupil */
  bool ok = copy_attempts(dir, guest, guest_class, pupil, pupil_class, g, mine, err, errlen);
  /* Only once every line is safely in the pupil's log does the guest's work go, so the next
     guest on this laptop starts afresh. */
  if (ok && remove(from) != 0) {
    say(err, errlen, "the guest's work was copied, but its file could not be removed: ", from);
    ok = false;
  }
  for (int i = 0; ok && i < g->nattempts; i++)
    if (progress_program_path(dir, guest, guest_class, g->attempts[i].pack, g->attempts[i].level,
                              from, sizeof from))
      remove(from); /* gone already after the first attempt on the level: that is fine */
  progress_log_free(g);
  progress_log_free(mine);
  return ok;
}
