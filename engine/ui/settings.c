/* settings.c: parsing and writing game-settings.txt (read over the settings.txt files). A damaged
   or missing file gives the defaults: a pupil never sees an error about it. Touches no other file.
 */
#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "fileio.h"
#include "progress.h"
#include "sys.h"
#include "theme.h"
#include "util.h"

void settings_defaults(Settings *s)
{
  memset(s, 0, sizeof *s);
  s->text_step = THEME_TEXT_DEFAULT;
  s->sound = true;
  s->speed = 3;
  snprintf(s->lang, sizeof s->lang, "en");
  snprintf(s->renderer, sizeof s->renderer, "auto");
}

bool settings_path(char *out, size_t cap)
{
  return config_game_file(out, cap);
}

void settings_load_all(Settings *s, char *file, size_t cap)
{
  char paths[CONFIG_FILES_MAX][CONFIG_PATH_MAX];
  int n = config_files(paths, CONFIG_FILES_MAX);
  for (int i = 0; i < n; i++)
    settings_load(s, paths[i]); /* other settings' keys are ignored */
  if (settings_path(file, cap))
    settings_load(s, file);
  else if (cap > 0)
    file[0] = '\0';
}

static void apply(Settings *s, const char *k, const char *v)
{
  if (strcmp(k, "text_size") == 0) {
    int n = atoi(v);
    if (n >= 0 && n < THEME_TEXT_STEPS)
      s->text_step = n;
  } else if (strcmp(k, "high_contrast") == 0) {
    s->high_contrast = util_is_yes(v);
  } else if (strcmp(k, "sound") == 0) {
    s->sound = util_is_yes(v);
  } else if (strcmp(k, "reduced_motion") == 0) {
    s->reduced_motion = util_is_yes(v);
  } else if (strcmp(k, "read_aloud") == 0) {
    s->read_aloud = util_is_yes(v);
  } else if (strcmp(k, "fullscreen") == 0) {
    s->fullscreen = util_is_yes(v);
  } else if (strcmp(k, "speed") == 0) {
    int n = atoi(v);
    if (n >= 1 && n <= 5)
      s->speed = n;
  } else if (strcmp(k, "language") == 0 && strlen(v) < sizeof s->lang && strlen(v) > 0) {
    snprintf(s->lang, sizeof s->lang, "%s", v);
  } else if (strcmp(k, "renderer") == 0 && strlen(v) < sizeof s->renderer) {
    snprintf(s->renderer, sizeof s->renderer, "%s", v);
  }
}

static bool apply_line(void *ctx, char *key, char *value)
{
  apply(ctx, key, value);
  return true;
}

bool settings_load(Settings *s, const char *path)
{
  return util_settings_each(path, apply_line, s); /* lines of any length, comments skipped */
}

static void make_parent(const char *path)
{
  char dir[1024];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = sys_last_sep(dir);
  if (!slash)
    return;
  *slash = '\0';
  util_mkdir_p(dir);
}

bool settings_save(const Settings *s, const char *path, char *err, size_t errlen)
{
  char text[1024];
  int n = snprintf(text, sizeof text,
                   "# Codebridge game settings, written by the game's Settings screen.\n"
                   "text_size = %d\nhigh_contrast = %s\nsound = %s\nreduced_motion = %s\n"
                   "fullscreen = %s\nspeed = %d\nlanguage = %s\nrenderer = %s\nread_aloud = %s\n",
                   s->text_step, s->high_contrast ? "yes" : "no", s->sound ? "yes" : "no",
                   s->reduced_motion ? "yes" : "no", s->fullscreen ? "yes" : "no", s->speed,
                   s->lang, s->renderer, s->read_aloud ? "yes" : "no");
  make_parent(path);
  return fileio_write_atomic(path, text, (size_t)n, err, errlen);
}

bool settings_teacher(void)
{
  char v[32];
  return progress_setting("teacher", v, sizeof v) && util_is_yes(v);
}
