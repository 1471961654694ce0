/* screen_editor.c: the level editor's level: a blank one or a copy of an open level, painting
   and resizing the map, "Solve it yourself" (the challenge screen on the level being made; the
   teacher's solving program becomes its solution and par) and Save (a new commented .lua file
   through level_write, checked the way `codebridge check` checks). Drawing is in
   screen_editor_draw.c. Never overwrites a file, never records a pupil's attempt. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "level_check.h"
#include "level_write.h"
#include "messages.h"
#include "screen_editor.h"
#include "sys.h"

const char *const editor_commands[EDITOR_NCOMMANDS] = {"forward",    "turn_left",  "turn_right",
                                                       "pick_up",    "path_ahead", "path_left",
                                                       "path_right", "at_goal",    "item_here"};

static int cell_i(int x, int y)
{
  return y * WORLD_MAX_SIDE + x;
}

void editor_status(LevelEditor *ed, bool bad, const char *key, const char *name, const char *value)
{
  messages_format(ed->status, sizeof ed->status, key, name, value, NULL);
  ed->status_bad = bad;
}

static void forget_answer(LevelEditor *ed)
{
  free(ed->solution);
  ed->solution = NULL;
  ed->par = 0;
}

void editor_changed(LevelEditor *ed)
{
  /* the answer is kept: Save runs it again and says when it no longer solves the level */
  ed->saved_path[0] = '\0';
}

/* A room with walls round it, the robot on the left facing east, nothing else. */
void editor_blank(LevelEditor *ed)
{
  free(ed->start_program);
  free(ed->program);
  forget_answer(ed);
  Level *trial = ed->trial;
  GameScreen back = ed->return_to;
  memset(ed, 0, sizeof *ed);
  ed->trial = trial;
  ed->return_to = back;
  World *w = &ed->map;
  memset(w->cells, '#', sizeof w->cells);
  w->w = 7;
  w->h = 5;
  for (int y = 1; y < w->h - 1; y++)
    for (int x = 1; x < w->w - 1; x++)
      w->cells[cell_i(x, y)] = '.';
  w->robot_x = 1;
  w->robot_y = 2;
  w->dir = DIR_EAST;
  w->kinds = world_standard_kinds(&w->nkinds);
  for (int i = 0; i < 3; i++)
    ed->offer[i] = true;
  ed->goal = GOAL_REACH;
  snprintf(ed->concept, sizeof ed->concept, "sequence");
  snprintf(ed->mode, sizeof ed->mode, "both");
  ed->max_steps = LEVEL_DEFAULT_MAX_STEPS;
  ed->editing = -1;
  ed->cur_x = 1;
  ed->cur_y = 2;
  editor_status(ed, false, "ui_editor_start", NULL, NULL);
}

static void copy_level(LevelEditor *ed, const Level *lv, const char *lang)
{
  ed->map = lv->start;
  ed->map.kinds = world_standard_kinds(&ed->map.nkinds);
  if (ed->map.w > EDITOR_MAX_W || ed->map.h > EDITOR_MAX_H) /* bigger than the editor paints */
    editor_resize(ed, ed->map.w > EDITOR_MAX_W ? EDITOR_MAX_W : ed->map.w,
                  ed->map.h > EDITOR_MAX_H ? EDITOR_MAX_H : ed->map.h);
  snprintf(ed->text[FIELD_TITLE], EDITOR_TEXT_MAX, "%s", level_text(&lv->title, lang));
  snprintf(ed->text[FIELD_STORY], EDITOR_TEXT_MAX, "%s", level_text(&lv->story, lang));
  for (int i = 0; i < 3 && i < lv->nhints; i++)
    snprintf(ed->text[FIELD_HINT1 + i], EDITOR_TEXT_MAX, "%s", level_text(&lv->hints[i], lang));
  for (int i = 0; i < EDITOR_NCOMMANDS; i++)
    ed->offer[i] = level_command(lv, editor_commands[i]) != NULL;
  ed->goal = lv->goal;
  snprintf(ed->concept, sizeof ed->concept, "%s", lv->concept);
  snprintf(ed->mode, sizeof ed->mode, "%s", lv->mode);
  ed->max_steps = lv->max_steps;
  ed->start_program = lv->start_program ? strdup(lv->start_program) : NULL;
  ed->solution = lv->solution ? strdup(lv->solution) : NULL;
  ed->par = lv->par;
  ed->program = lv->solution ? strdup(lv->solution) : NULL;
}

/* Opens on a copy of lv, or keeps the level being made when lv is NULL. */
static void edit_level(App *g, LevelEditor *ed, const Level *lv)
{
  char why[300];
  if (lv && !level_write_possible(lv, why, sizeof why)) {
    editor_blank(ed);
    snprintf(ed->status, sizeof ed->status, "%s", why);
    ed->status_bad = true;
  } else if (lv) {
    editor_blank(ed);
    copy_level(ed, lv, g->settings.lang);
  }
}

/* Back from trying the level: what the teacher typed is kept; a program that solved it is its
   answer and its blocks the par. */
static void tried(LevelEditor *ed, const char *text, const RunTrace *solved)
{
  free(ed->program);
  ed->program = strdup(text ? text : "");
  if (!solved)
    return;
  size_t n = strlen(ed->program);
  free(ed->solution); /* ending in a newline: the file reads better */
  ed->solution = malloc(n + 2);
  if (ed->solution)
    snprintf(ed->solution, n + 2, "%s%s", ed->program, n && ed->program[n - 1] == '\n' ? "" : "\n");
  ed->par = solved->blocks > 0 ? solved->blocks : 1;
  char num[16];
  snprintf(num, sizeof num, "%d", ed->par);
  editor_status(ed, false, "ui_editor_solved", "blocks", num);
}

static void *create(App *g)
{
  (void)g;
  LevelEditor *ed = calloc(1, sizeof *ed);
  if (ed)
    editor_blank(ed);
  return ed;
}

static void enter(App *g, void *st, const AppArg *arg)
{
  LevelEditor *ed = st;
  if (arg->from != SCREEN_EDITOR && arg->from != SCREEN_CHALLENGE && arg->from != SCREEN_RESULT)
    ed->return_to = arg->from;
  if (arg->what == APP_EDIT_LEVEL)
    edit_level(g, ed, arg->level);
  if (arg->what == APP_TRIED)
    tried(ed, arg->program, arg->trace);
}

static void draw(App *g, void *st)
{
  editor_draw(g, st);
}

static void destroy(App *g, void *st)
{
  (void)g;
  LevelEditor *ed = st;
  level_free(ed->trial);
  free(ed->start_program);
  free(ed->solution);
  free(ed->program);
  free(ed);
}

const AppScreenFns screen_editor_fns = {create, enter, NULL, draw, NULL, NULL, destroy};

/* --- the map --------------------------------------------------------------------------- */

void editor_resize(LevelEditor *ed, int w, int h)
{
  World *m = &ed->map;
  if (w < EDITOR_MIN_W || w > EDITOR_MAX_W || h < EDITOR_MIN_H || h > EDITOR_MAX_H)
    return;
  for (int y = 0; y < WORLD_MAX_SIDE; y++) /* new squares are floor, squares cut off go */
    for (int x = 0; x < WORLD_MAX_SIDE; x++) {
      bool inside = x < w && y < h, was = x < m->w && y < m->h;
      if (inside && !was)
        m->cells[cell_i(x, y)] = '.';
      if (!inside) {
        m->cells[cell_i(x, y)] = '#';
        m->items[cell_i(x, y)] = 0;
      }
    }
  m->w = w;
  m->h = h;
  if (m->robot_x >= w)
    m->robot_x = w - 1;
  if (m->robot_y >= h)
    m->robot_y = h - 1;
  m->cells[cell_i(m->robot_x, m->robot_y)] = '.';
  m->items[cell_i(m->robot_x, m->robot_y)] = 0;
  if (ed->cur_x >= w)
    ed->cur_x = w - 1;
  if (ed->cur_y >= h)
    ed->cur_y = h - 1;
  editor_changed(ed);
}

void editor_turn_robot(LevelEditor *ed)
{
  ed->map.dir = (WorldDir)((ed->map.dir + 1) % 4);
  editor_changed(ed);
}

/* The robot stands on floor with nothing under it; a thing lies on floor. */
void editor_paint(LevelEditor *ed, int x, int y, bool first)
{
  World *m = &ed->map;
  if (x < 0 || y < 0 || x >= m->w || y >= m->h)
    return;
  int i = cell_i(x, y);
  bool robot_here = x == m->robot_x && y == m->robot_y;
  switch (ed->tool) {
  case TOOL_ROBOT:
    if (robot_here) {
      if (first)
        editor_turn_robot(ed); /* a click on the robot turns it */
      return;
    }
    m->robot_x = x;
    m->robot_y = y;
    m->cells[i] = '.';
    m->items[i] = 0;
    break;
  case TOOL_ITEM:
    if (robot_here)
      return;
    m->cells[i] = '.';
    m->items[i] = 1;
    break;
  default:
    if (robot_here)
      return;
    m->cells[i] = ed->tool == TOOL_WALL ? '#' : ed->tool == TOOL_GOAL ? 'G' : '.';
    m->items[i] = 0;
  }
  editor_changed(ed);
}

/* --- the level as a file ------------------------------------------------------------------ */

static int count_items(const World *m)
{
  int n = 0;
  for (int y = 0; y < m->h; y++)
    for (int x = 0; x < m->w; x++)
      n += m->items[cell_i(x, y)] > 0;
  return n;
}

/* The editor's level as C data, with id and solution; NULL when out of memory. */
static Level *build(const LevelEditor *ed, const char *id, const char *solution, int par)
{
  Level *lv = calloc(1, sizeof *lv);
  if (!lv)
    return NULL;
  snprintf(lv->id, sizeof lv->id, "%s", id);
  bool ok = level_write_set_text(&lv->title, ed->text[FIELD_TITLE][0] ? ed->text[FIELD_TITLE] : id);
  if (ed->text[FIELD_STORY][0])
    ok = ok && level_write_set_text(&lv->story, ed->text[FIELD_STORY]);
  for (int i = 0; i < 3; i++)
    if (ed->text[FIELD_HINT1 + i][0])
      ok = ok && level_write_set_text(&lv->hints[lv->nhints++], ed->text[FIELD_HINT1 + i]);
  snprintf(lv->concept, sizeof lv->concept, "%s", ed->concept);
  snprintf(lv->mode, sizeof lv->mode, "%s", ed->mode[0] ? ed->mode : "both");
  lv->start = ed->map;
  lv->start.items_left = count_items(&ed->map);
  lv->nkinds = ed->map.nkinds;
  for (int i = 0; i < EDITOR_NCOMMANDS; i++)
    if (ed->offer[i]) {
      LevelCommand *c = &lv->commands[lv->ncommands++];
      snprintf(c->name, sizeof c->name, "%s", editor_commands[i]);
      c->kind = i < 4 ? COMMAND_ACTION : COMMAND_SENSOR;
    }
  lv->goal = ed->goal;
  lv->par = par > 0 ? par : 0;
  lv->max_steps = ed->max_steps > 0 ? ed->max_steps : LEVEL_DEFAULT_MAX_STEPS;
  lv->solution = strdup(solution ? solution : "");
  lv->start_program = ed->start_program ? strdup(ed->start_program) : NULL;
  if (!ok || !lv->solution || (ed->start_program && !lv->start_program)) {
    level_free(lv);
    return NULL;
  }
  return lv;
}

/* Written and read back exactly as a teacher's file would be: what loads is what is saved. */
static Level *as_loaded(LevelEditor *ed, const char *path, const char *id, const char *solution,
                        int par, char **text_out)
{
  Level *lv = build(ed, id, solution, par);
  char err[600];
  size_t len = 0;
  char *text = lv ? level_write_text(lv, &len, err, sizeof err) : NULL;
  level_free(lv);
  if (!text) {
    snprintf(ed->status, sizeof ed->status, "%s", lv ? err : "out of memory");
    ed->status_bad = true;
    return NULL;
  }
  LevelError le;
  Level *back = level_load_text(path, text, len, &le);
  if (!back)
    editor_status(ed, true, "ui_editor_problem", "message", le.message);
  if (back && text_out)
    *text_out = text;
  else
    free(text);
  return back;
}

void editor_try(App *g, LevelEditor *ed)
{
  char id[64];
  level_write_id_from_title(ed->text[FIELD_TITLE], id, sizeof id);
  Level *lv = as_loaded(ed, ed->saved_path[0] ? ed->saved_path : "new-level.lua", id, ed->solution,
                        ed->par > 0 ? ed->par : 1, NULL);
  if (!lv)
    return;
  level_free(ed->trial); /* no longer borrowed: the challenge let it go when it came back */
  ed->trial = lv;
  const char *start = ed->program ? ed->program : lv->start_program ? lv->start_program : "";
  app_go(g, SCREEN_CHALLENGE, &(AppArg){.what = APP_TRY_LEVEL, .level = lv, .program = start});
}

/* The teacher's level folder: --levels when given, else my-levels/ in the progress folder. */
static bool level_folder(App *g, char *out, size_t cap)
{
  if (g->opt.levels_dir) {
    snprintf(out, cap, "%s", g->opt.levels_dir);
    return true;
  }
  const char *progress = session_progress_dir(g->session);
  if (!progress || session_read_only(g->session))
    return false;
  snprintf(out, cap, "%s/my-levels", progress);
  return sys_mkdir(out);
}

void editor_save(App *g, LevelEditor *ed)
{
  if (!ed->text[FIELD_TITLE][0])
    return editor_status(ed, true, "ui_editor_needs_title", NULL, NULL);
  if (!ed->solution)
    return editor_status(ed, true, "ui_editor_solve_first", NULL, NULL);
  char dir[1024], id[64], path[1200];
  if (!level_folder(g, dir, sizeof dir) ||
      !level_write_new_path(dir, ed->text[FIELD_TITLE], id, sizeof id, path, sizeof path))
    return editor_status(ed, true, "ui_editor_problem", "message",
                         session_progress_dir(g->session) ? dir : app_word("ui_no_progress"));
  char *text = NULL;
  Level *lv = as_loaded(ed, path, id, ed->solution, ed->par, &text);
  if (!lv)
    return;
  LevelCheck check; /* exactly what `codebridge check` refuses */
  bool holds = level_check(lv, &check);
  level_free(lv);
  char err[600];
  if (check.result == LEVEL_CHECK_NOT_SOLVED) {
    editor_status(ed, true, "ui_editor_changed", NULL, NULL);
  } else if (!holds) {
    editor_status(ed, true, "ui_editor_problem", "message", check.message);
  } else if (!level_write_new_file(path, text, strlen(text), err, sizeof err)) {
    editor_status(ed, true, "ui_editor_problem", "message", err);
  } else {
    snprintf(ed->saved_path, sizeof ed->saved_path, "%s", path);
    editor_status(ed, false, "ui_editor_saved", "file", path);
    LevelError le; /* the saved level shows on the map at once */
    session_refresh_pack(g->session, dir, &le);
  }
  free(text);
}
