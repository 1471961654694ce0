/* level_write.c: a Level as a commented .lua level file, its new name and id in a folder.
   Writes only what C data holds (see level_write.h); loading and judging stay in level.c.
   The comments follow scripts/templates/level.lua so a teacher can go on editing by hand. */
#define _POSIX_C_SOURCE 200809L
#include "level_write.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sys.h"

#include "util.h"

/* ---- quoting ---------------------------------------------------------------------------- */

/* Control characters other than newline and tab do not survive a long bracket (Lua turns
   \r\n into \n there): such text is written with escapes. */
static bool long_bracket_safe(const char *s)
{
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if ((*p < ' ' && *p != '\n' && *p != '\t') || *p == 127)
      return false;
  return true;
}

/* The fewest '=' so that neither "]=*]" of that level nor a trailing "]" + "="*k closes early. */
static int bracket_level(const char *s)
{
  for (int k = 0;; k++) {
    char close[80];
    close[0] = ']';
    memset(close + 1, '=', (size_t)k);
    close[k + 1] = ']';
    close[k + 2] = '\0';
    size_t n = strlen(s);
    /* text ending in "]" + k '=' would join the closing bracket */
    bool tail =
        n >= (size_t)k + 1 && s[n - (size_t)k - 1] == ']' && strspn(s + n - k, "=") == (size_t)k;
    if (!strstr(s, close) && !tail)
      return k;
    if (k > 70)
      return k;
  }
}

static void quote_escaped(UtilBuf *b, const char *s)
{
  util_buf_puts(b, "\"");
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
    case '"':
      util_buf_puts(b, "\\\"");
      break;
    case '\\':
      util_buf_puts(b, "\\\\");
      break;
    case '\n':
      util_buf_puts(b, "\\n");
      break;
    case '\t':
      util_buf_puts(b, "\\t");
      break;
    default:
      if (*p < ' ' || *p == 127)
        util_buf_printf(b, "\\%03d", *p); /* 3 digits: no digit may follow */
      else
        util_buf_add(b, (const char *)p, 1);
    }
  }
  util_buf_puts(b, "\"");
}

static void quote(UtilBuf *b, const char *s, bool multi_line)
{
  if (!multi_line || !long_bracket_safe(s)) {
    quote_escaped(b, s);
    return;
  }
  int k = bracket_level(s);
  char eq[80];
  memset(eq, '=', (size_t)k);
  eq[k] = '\0';
  /* Lua drops a newline right after the opening bracket: write one, so the text keeps its own */
  util_buf_printf(b, "[%s[\n", eq);
  util_buf_puts(b, s);
  util_buf_printf(b, "]%s]", eq);
}

size_t level_write_quote(const char *s, bool multi_line, char *out, size_t cap)
{
  UtilBuf b = {0};
  quote(&b, s, multi_line);
  size_t n = b.oom ? 0 : b.len;
  if (cap > 0)
    snprintf(out, cap, "%s", b.data ? b.data : "");
  util_buf_free(&b);
  return n;
}

/* ---- what can be written ------------------------------------------------------------------ */

bool level_write_possible(const Level *lv, char *why, size_t cap)
{
  int nstd;
  world_standard_kinds(&nstd);
  const char *reason = NULL;
  if (lv->nkinds > nstd)
    reason = "it has its own tiles";
  for (int i = 0; i < lv->ncommands && !reason; i++)
    if (lv->commands[i].custom)
      reason = "it has its own commands";
  if (!reason && lv->goal == GOAL_FUNCTION)
    reason = "its goal is a function";
  if (!reason && lv->has_on_step)
    reason = "it has an on_step function";
  if (reason) {
    snprintf(why, cap,
             "this level cannot be written by the editor: %s (Lua functions are kept "
             "only in the file: edit that by hand)",
             reason);
    return false;
  }
  return true;
}

/* ---- the fields ----------------------------------------------------------------------------- */

static bool text_is_plain_en(const LevelText *t)
{
  return t->n == 1 && strcmp(t->lang[0], "en") == 0;
}

/* A text, or a table of texts by language. */
static void write_text(UtilBuf *b, const LevelText *t, bool multi_line, const char *indent)
{
  if (text_is_plain_en(t)) {
    quote(b, t->text[0], multi_line && strchr(t->text[0], '\n'));
    return;
  }
  util_buf_puts(b, "{\n");
  for (int i = 0; i < t->n; i++) {
    if (strchr(t->lang[i], '-'))
      util_buf_printf(b, "%s  [\"%s\"] = ", indent, t->lang[i]);
    else
      util_buf_printf(b, "%s  %s = ", indent, t->lang[i]);
    quote(b, t->text[i], multi_line && strchr(t->text[i], '\n'));
    util_buf_puts(b, ",\n");
  }
  util_buf_printf(b, "%s}", indent);
}

static void write_field_text(UtilBuf *b, const char *name, const LevelText *t, bool multi_line)
{
  if (t->n == 0)
    return;
  util_buf_printf(b, "  %s = ", name);
  write_text(b, t, multi_line, "  ");
  util_buf_puts(b, ",\n");
}

static void write_map(UtilBuf *b, const World *w)
{
  static const char robots[] = "^>v<";
  util_buf_puts(b, "  -- The map: # wall, . floor, G goal, * something to pick up,\n"
                   "  -- and the robot facing > east, < west, ^ north or v south.\n"
                   "  map = [[\n");
  for (int y = 0; y < w->h; y++) {
    char row[WORLD_MAX_SIDE + 2];
    for (int x = 0; x < w->w; x++) {
      char c = w->cells[y * WORLD_MAX_SIDE + x];
      if (w->items[y * WORLD_MAX_SIDE + x] > 0)
        c = '*';
      if (x == w->robot_x && y == w->robot_y)
        c = robots[w->dir & 3];
      row[x] = c;
    }
    row[w->w] = '\n';
    util_buf_add(b, row, (size_t)w->w + 1);
  }
  util_buf_puts(b, "]],\n\n");
}

static void write_commands(UtilBuf *b, const Level *lv)
{
  util_buf_puts(b, "  -- The blocks pupils may use. All of them: forward, turn_left, turn_right, "
                   "pick_up,\n  -- path_ahead, path_left, path_right, at_goal, item_here.\n"
                   "  commands = {");
  for (int i = 0; i < lv->ncommands; i++)
    util_buf_printf(b, "%s\"%s\"", i ? ", " : " ", lv->commands[i].name);
  util_buf_puts(b, lv->ncommands ? " },\n\n" : "},\n\n");
}

static const char *goal_word(LevelGoal g)
{
  return g == GOAL_COLLECT             ? "collect"
         : g == GOAL_COLLECT_AND_REACH ? "collect_and_reach"
                                       : "reach";
}

static void write_program(UtilBuf *b, const char *name, const char *program)
{
  util_buf_printf(b, "  %s = ", name);
  quote(b, program, true);
  util_buf_puts(b, ",\n\n");
}

static void write_top(UtilBuf *b, const Level *lv)
{
  util_buf_puts(b,
                "-- A Codebridge level, made with the level editor. Change what you like, then "
                "check it:\n--     codebridge check THIS_FILE\n"
                "-- The guide for teachers is docs/levels.md. Lines starting with -- are notes "
                "for you:\n-- Codebridge ignores them.\nreturn {\n"
                "  -- A short name made of small letters, digits and dashes. Each level of a pack "
                "needs its own.\n");
  util_buf_printf(b, "  id = \"%s\",\n\n  -- What pupils read. Keep it short and friendly.\n",
                  lv->id);
  write_field_text(b, "title", &lv->title, false);
  write_field_text(b, "story", &lv->story, true);
  util_buf_puts(b, "\n");
  if (lv->concept[0])
    util_buf_printf(
        b,
        "  -- What the level teaches:\n  -- sequence, repetition, selection, variables, "
        "functions or debugging.\n  concept = \"%s\",\n\n",
        lv->concept);
  util_buf_printf(b,
                  "  -- How pupils write: \"blocks\", \"text\" or \"both\".\n  mode = \"%s\",\n\n",
                  lv->mode[0] ? lv->mode : "both");
}

static void write_rest(UtilBuf *b, const Level *lv)
{
  util_buf_printf(b,
                  "  -- \"reach\": get to G. \"collect\": pick up every *. \"collect_and_reach\": "
                  "both.\n  goal = \"%s\",\n\n",
                  goal_word(lv->goal));
  if (lv->par > 0)
    util_buf_printf(b,
                    "  -- How many blocks a tidy answer uses: that many or fewer earns three "
                    "stars.\n  par = %d,\n\n",
                    lv->par);
  if (lv->max_steps != LEVEL_DEFAULT_MAX_STEPS)
    util_buf_printf(b, "  -- A run stops after this many steps.\n  max_steps = %d,\n\n",
                    lv->max_steps);
  util_buf_puts(b, "  -- Your own answer. `codebridge check` runs it to prove the level can be "
                   "solved.\n");
  write_program(b, "solution", lv->solution ? lv->solution : "");
  if (lv->start_program) {
    util_buf_puts(b, "  -- What the editor holds when a pupil first opens the level.\n");
    write_program(b, "start_program", lv->start_program);
  }
  if (lv->nhints > 0) {
    util_buf_puts(b, "  -- Help for pupils who are stuck, gentle first.\n  hints = {\n");
    for (int i = 0; i < lv->nhints; i++) {
      util_buf_puts(b, "    ");
      write_text(b, &lv->hints[i], true, "    ");
      util_buf_puts(b, ",\n");
    }
    util_buf_puts(b, "  },\n");
  }
  util_buf_puts(b, "}\n");
}

char *level_write_text(const Level *lv, size_t *len, char *err, size_t errlen)
{
  if (!level_write_possible(lv, err, errlen))
    return NULL;
  UtilBuf b = {0};
  write_top(&b, lv);
  write_map(&b, &lv->start);
  write_commands(&b, lv);
  write_rest(&b, lv);
  if (b.oom) {
    util_buf_free(&b);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  if (len)
    *len = b.len;
  return util_buf_take(&b);
}

bool level_write_file(const Level *lv, const char *path, char *err, size_t errlen)
{
  size_t len;
  char *text = level_write_text(lv, &len, err, errlen);
  if (!text)
    return false;
  bool ok = level_write_new_file(path, text, len, err, errlen);
  free(text);
  return ok;
}

bool level_write_new_file(const char *path, const char *text, size_t len, char *err, size_t errlen)
{
  int fd = sys_open(path, SYS_WRITE | SYS_CREATE | SYS_EXCL); /* never over a teacher's file */
  bool ok = fd >= 0;
  if (!ok)
    snprintf(err, errlen, "%s: %s", path,
             errno == EEXIST ? "a file of that name is already there" : strerror(errno));
  if (ok && !sys_write_all(fd, text, len)) {
    snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
    ok = false;
  }
  if (fd >= 0 && (!sys_sync(fd) || !sys_close(fd)) && ok) {
    snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
    ok = false;
  }
  if (!ok && fd >= 0)
    sys_remove(path);
  return ok;
}

/* ---- names ---------------------------------------------------------------------------------- */

void level_write_id_from_title(const char *title, char *out, size_t cap)
{
  size_t n = 0, max = cap - 1 < 40 ? cap - 1 : 40;
  bool dash = false;
  for (const unsigned char *p = (const unsigned char *)title; *p && n < max; p++) {
    char c = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (word) {
      if (dash && n > 0 && n + 1 < max)
        out[n++] = '-';
      out[n++] = c;
      dash = false;
    } else if (c != '\'' && *p < 128) {
      dash = true; /* apostrophes join: "Robo's" -> "robos" */
    }
  }
  out[n] = '\0';
  if (n == 0)
    snprintf(out, cap, "my-level");
}

/* Does any level file in dir use this id? (Broken files are skipped: they use none.) */
static bool id_used(const char *dir, const char *id)
{
  SysDir *d = sys_dir_open(dir);
  if (!d)
    return false;
  bool used = false;
  const char *e;
  while (!used && (e = sys_dir_next(d))) {
    size_t n = strlen(e);
    if (n < 5 || strcmp(e + n - 4, ".lua") != 0 || strcmp(e, "pack.lua") == 0)
      continue;
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, e);
    LevelError err;
    Level *lv = level_load(path, &err);
    used = lv && strcmp(lv->id, id) == 0;
    level_free(lv);
  }
  sys_dir_close(d);
  return used;
}

static int highest_number(const char *dir)
{
  SysDir *d = sys_dir_open(dir);
  if (!d)
    return -1;
  int high = 0;
  const char *e;
  while ((e = sys_dir_next(d))) {
    int v = atoi(e);
    if (e[0] >= '0' && e[0] <= '9' && v > high)
      high = v;
  }
  sys_dir_close(d);
  return high;
}

bool level_write_new_path(const char *dir, const char *title, char *id_out, size_t id_cap,
                          char *path_out, size_t path_cap)
{
  int high = highest_number(dir);
  if (high < 0)
    return false;
  char base[48], id[64];
  level_write_id_from_title(title, base, sizeof base);
  snprintf(id, sizeof id, "%s", base);
  for (int k = 2; id_used(dir, id) && k < 1000; k++)
    snprintf(id, sizeof id, "%s-%d", base, k);
  for (int nn = high + 1; nn < high + 1000; nn++) {
    int n = snprintf(path_out, path_cap, "%s/%02d-%s.lua", dir, nn, id);
    if (n < 0 || (size_t)n >= path_cap)
      return false;
    if (sys_kind(path_out) == SYS_NONE) {
      snprintf(id_out, id_cap, "%s", id);
      return true;
    }
  }
  return false;
}

bool level_write_set_text(LevelText *t, const char *text)
{
  char *copy = strdup(text);
  if (!copy)
    return false;
  for (int i = 0; i < t->n; i++)
    free(t->text[i]);
  memset(t, 0, sizeof *t);
  t->n = 1;
  snprintf(t->lang[0], sizeof t->lang[0], "en");
  t->text[0] = copy;
  return true;
}
