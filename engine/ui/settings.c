/* settings.c: parsing and writing game-settings.txt (read over the settings.txt files). A damaged
   or missing file gives the defaults: a pupil never sees an error about it. Touches no other file.
 */
#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "fileio.h"
#include "progress.h"
#include "sys.h"
#include "theme.h"

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

static bool yes(const char *v)
{
  return strcasecmp(v, "yes") == 0 || strcasecmp(v, "on") == 0 || strcasecmp(v, "true") == 0 ||
         strcmp(v, "1") == 0;
}

static char *trim(char *s)
{
  while (*s == ' ' || *s == '\t')
    s++;
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    s[--n] = '\0';
  return s;
}

static void apply(Settings *s, const char *k, const char *v)
{
  if (strcmp(k, "text_size") == 0) {
    int n = atoi(v);
    if (n >= 0 && n < THEME_TEXT_STEPS)
      s->text_step = n;
  } else if (strcmp(k, "high_contrast") == 0) {
    s->high_contrast = yes(v);
  } else if (strcmp(k, "sound") == 0) {
    s->sound = yes(v);
  } else if (strcmp(k, "reduced_motion") == 0) {
    s->reduced_motion = yes(v);
  } else if (strcmp(k, "fullscreen") == 0) {
    s->fullscreen = yes(v);
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

bool settings_load(Settings *s, const char *path)
{
  char err[256];
  size_t len;
  char *text = fileio_read(path, 64 * 1024, &len, err, sizeof err);
  if (!text)
    return false;
  for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
    char *eq = strchr(line, '=');
    if (line[0] == '#' || !eq)
      continue;
    *eq = '\0';
    apply(s, trim(line), trim(eq + 1));
  }
  free(text);
  return true;
}

static void make_parent(const char *path)
{
  char dir[1024];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = sys_last_sep(dir);
  if (!slash)
    return;
  *slash = '\0';
  sys_mkdirs(dir);
}

bool settings_save(const Settings *s, const char *path, char *err, size_t errlen)
{
  char text[1024];
  int n = snprintf(text, sizeof text,
                   "# Codebridge game settings, written by the game's Settings screen.\n"
                   "text_size = %d\nhigh_contrast = %s\nsound = %s\nreduced_motion = %s\n"
                   "fullscreen = %s\nspeed = %d\nlanguage = %s\nrenderer = %s\n",
                   s->text_step, s->high_contrast ? "yes" : "no", s->sound ? "yes" : "no",
                   s->reduced_motion ? "yes" : "no", s->fullscreen ? "yes" : "no", s->speed,
                   s->lang, s->renderer);
  make_parent(path);
  return fileio_write_atomic(path, text, (size_t)n, err, errlen);
}

bool settings_unlock_all(void)
{
  char v[32];
  return progress_setting("unlock_all", v, sizeof v) && yes(trim(v));
}

bool settings_teacher(void)
{
  char v[32];
  return progress_setting("teacher", v, sizeof v) && yes(trim(v));
}
