/* web_teacher.c: the Teacher screen's own row in the browser build: "Save progress file"
   (this device's progress folder as one tar that `codebridge report` reads), "Add a class
   list" (classes/<class>.txt) and "Add levels" (a teacher's .lua levels, checked as
   `codebridge check` checks them, a broken one refused with its line). Files come and go
   through tools/web/pre.js (a file picker, a download). Nothing at all on the desktop. */
#include "web.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "fileio.h"
#include "level_check.h"
#include "messages.h"
#include "progress.h"
#include "sys.h"
#include "tarball.h"
#include "util.h"

enum { PICK_CLASS = 1, PICK_LEVEL = 2 };

static char status[900]; /* what the last button did, shown under the row */
static bool changed;     /* a class list or level was added since the screen last looked */
static unsigned long status_serial; /* counts what was said */

static void say(const char *key, const char *name, const char *detail)
{
  char words[400];
  snprintf(words, sizeof words, "%s", messages_get(key));
  char *at = strstr(words, "{name}");
  if (at) {
    char rest[400];
    snprintf(rest, sizeof rest, "%s", at + 6);
    snprintf(at, sizeof words - (size_t)(at - words), "%s%s", name, rest);
  }
  snprintf(status, sizeof status, "%s%s%s", words, detail ? " " : "", detail ? detail : "");
  status_serial++;
}

static void save_progress(App *app)
{
  const char *dir = session_progress_dir(app->session);
  char *tar = NULL, err[600], name[200], device[64];
  size_t len = 0;
  if (!dir || !tarball_pack_dir(dir, "progress", &tar, &len, err, sizeof err)) {
    say("web_save_failed", "", dir ? err : "");
    return;
  }
  if (!sys_host_name(device, sizeof device))
    snprintf(device, sizeof device, "browser");
  snprintf(name, sizeof name, "codebridge-progress-%s.tar", device);
  EM_ASM({ Codebridge.download($0, $1, UTF8ToString($2)); }, tar, len, name);
  free(tar);
  say("web_saved", name, NULL);
}

/* Copies the picked file into dir as name; false with status set. */
static bool keep_file(const char *from, const char *dir, const char *name)
{
  char err[600], to[1400];
  size_t len = 0;
  char *data = fileio_read(from, FILEIO_MAX_SOURCE, &len, err, sizeof err);
  bool ok = data && sys_mkdirs(dir) &&
            (size_t)snprintf(to, sizeof to, "%s/%s", dir, name) < sizeof to &&
            fileio_write_atomic(to, data, len, err, sizeof err);
  free(data);
  if (!ok)
    say("web_not_added", name, err);
  return ok;
}

static void add_class(App *app, const char *path, const char *name)
{
  const char *dir = session_progress_dir(app->session);
  char cls[PROGRESS_NAME_MAX], folder[1200], file[PROGRESS_NAME_MAX + 8];
  snprintf(cls, sizeof cls, "%s", name);
  char *dot = strrchr(cls, '.');
  if (dot && strcmp(dot, ".txt") == 0)
    *dot = '\0';
  progress_safe_name(cls, file, sizeof file - 4);
  strcat(file, ".txt");
  if (!dir || (size_t)snprintf(folder, sizeof folder, "%s/classes", dir) >= sizeof folder) {
    say("web_not_added", name, "");
    return;
  }
  if (keep_file(path, folder, file)) {
    say("web_class_added", cls, NULL);
    changed = true;
  }
}

/* As `codebridge check` says it: "FILE:LINE: message" for a level that does not hold. */
static bool level_holds(const char *path, const char *name, char *why, size_t cap)
{
  LevelError e;
  Level *lv = level_load(path, &e);
  if (!lv) {
    snprintf(why, cap, "%s:%d: %s", name, e.line > 0 ? e.line : 1, e.message);
    return false;
  }
  LevelCheck c;
  bool ok = level_check(lv, &c);
  if (!ok && c.result == LEVEL_CHECK_LEVEL_BROKEN)
    snprintf(why, cap, "%s", c.message);
  else if (!ok)
    snprintf(why, cap, "%s:%d: %s", name, c.line, c.message);
  level_free(lv);
  return ok;
}

static void add_level(App *app, const char *path, const char *name)
{
  const char *dir = session_progress_dir(app->session);
  char why[800], folder[1200];
  size_t n = strlen(name);
  if (n < 5 || strcmp(name + n - 4, ".lua") != 0) {
    say("web_not_a_level", name, NULL);
    return;
  }
  if (!level_holds(path, name, why, sizeof why)) {
    say("web_level_refused", name, why);
    return;
  }
  if (!dir || (size_t)snprintf(folder, sizeof folder, "%s/my-levels", dir) >= sizeof folder)
    return;
  char safe[PROGRESS_NAME_MAX + 8];
  progress_safe_name(name, safe, sizeof safe);
  if (keep_file(path, folder, safe)) {
    LevelError e;
    session_refresh_pack(app->session, folder, &e);
    say("web_level_added", name, NULL);
    changed = true;
  }
}

static App *picking; /* the game a picked file goes to */

/* What the last button did, once (the browser test reads it; "" when nothing new). */
EMSCRIPTEN_KEEPALIVE const char *web_status(void)
{
  static char told[sizeof status];
  static unsigned long seen_serial;
  if (seen_serial == status_serial)
    return "";
  seen_serial = status_serial;
  snprintf(told, sizeof told, "%s", status);
  return told;
}

/* Called by the page with each file the teacher picked, copied into the page's memory. */
EMSCRIPTEN_KEEPALIVE void web_picked(int kind, const char *path, const char *name)
{
  if (!picking || !path || !name)
    return;
  if (kind == PICK_CLASS)
    add_class(picking, path, name);
  else
    add_level(picking, path, name);
  sys_remove(path);
  picking->dirty = true;
}

bool web_teacher_row(struct App *app, SDL_Rect area, int *y)
{
  const Theme *t = &app->theme;
  int bh = theme_px(t, 44), gap = theme_px(t, 8), x = area.x;
  const char *labels[3] = {"web_save_progress", "web_add_class", "web_add_levels"};
  for (int i = 0; i < 3; i++) {
    const char *label = app_word(labels[i]);
    int w = app_button_w(app, label);
    if (widgets_button(&app->ui, (SDL_Rect){x, *y, w, bh}, label, WIDGET_QUIET)) {
      picking = app;
      if (i == 0)
        save_progress(app);
      else
        EM_ASM({ Codebridge.pick($0, $1 == 1 ? '.txt,text/plain' : '.lua', $1 == 2); }, i, i);
    }
    x += w + gap;
  }
  *y += bh + gap;
  if (status[0]) {
    int body = theme_font_px(t, THEME_FONT_BODY);
    int lines = text_wrap_count(app->text, TEXT_FONT_UI, body, status, area.w);
    lines = lines > 3 ? 3 : lines;
    text_draw_wrapped(app->text, TEXT_FONT_UI, body, area.x, *y, area.w, lines,
                      theme_colour(t, THEME_TEXT), status);
    *y += lines * text_line_height(app->text, TEXT_FONT_UI, body) + gap;
  }
  bool was = changed;
  changed = false;
  return was;
}

#else

bool web_teacher_row(struct App *app, SDL_Rect area, int *y)
{
  (void)app, (void)area, (void)y;
  return false;
}

#endif
