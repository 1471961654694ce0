/* level_api.c: a run's LevelState (the level file re-run in a fresh sandbox) and the world
   API its functions see: a `world` userdata valid for one call only. Every call into level
   code goes through call_level(), under the run's one budget. Judges no pupil program. */
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "level.h"
#include "level_read.h"
#include "sandbox.h"

#define WORLD_META "codebridge.world"
#define FAILURE_CAP 256

struct LevelState {
  const Level *lv; /* borrowed: outlives the state */
  Sandbox *sb;
  lua_State *L;
  int goal_ref, on_step_ref;
  int command_ref[LEVEL_MAX_COMMANDS]; /* run functions, by index in lv->commands */
  World *world;                        /* what the API acts on: set during a call only */
  unsigned generation;                 /* which call a world userdata belongs to */
  bool failed;
  char failure[FAILURE_CAP];
  char goal_left[FAILURE_CAP]; /* the goal function's last sentence: what is left to do */
  char out[LEVEL_OUTPUT_CAP + 8];
  size_t out_len, print_seen;
  bool out_cut;
};

/* What a `world` value holds: a stashed one outlives its call and is refused by generation. */
typedef struct {
  LevelState *ls;
  unsigned generation;
} WorldHandle;

/* ---- output ---- */

static void out_add(LevelState *ls, const char *s, size_t n)
{
  if (ls->out_cut)
    return;
  size_t room = LEVEL_OUTPUT_CAP - ls->out_len;
  size_t take = n < room ? n : room;
  for (size_t i = 0; i < take; i++) /* a NUL would cut the text for whoever shows it */
    ls->out[ls->out_len++] = s[i] ? s[i] : '?';
  if (take < n) {
    memcpy(ls->out + ls->out_len, "\n...\n", 5);
    ls->out_len += 5;
    ls->out_cut = true;
  }
  ls->out[ls->out_len] = '\0';
}

/* What the level printed with print() since the last look. */
static void collect_print(LevelState *ls)
{
  size_t len;
  const char *p = sandbox_output(ls->sb, &len);
  if (len > ls->print_seen)
    out_add(ls, p + ls->print_seen, len - ls->print_seen);
  ls->print_seen = len;
}

/* ---- the world API ---- */

static LevelState *state_of(lua_State *L, const char *method)
{
  WorldHandle *h = luaL_testudata(L, 1, WORLD_META);
  if (!h)
    luaL_error(L, "write world:%s(...) with a colon, on the world your function was given", method);
  if (h->generation != h->ls->generation || !h->ls->world)
    luaL_error(L, "this world is out of date: use world only inside the function that was "
                  "given it, not one kept from an earlier call");
  return h->ls;
}

static World *world_of(lua_State *L, const char *method)
{
  return state_of(L, method)->world;
}

/* Arguments idx, idx+1 as a square: 1-based in Lua, 0-based in C. Off the map is allowed
   here (-1 stands for any far-away square). */
static void get_xy(lua_State *L, int idx, const char *method, int *x, int *y)
{
  int okx, oky;
  lua_Integer lx = lua_tointegerx(L, idx, &okx), ly = lua_tointegerx(L, idx + 1, &oky);
  if (!okx || !oky || lua_type(L, idx) != LUA_TNUMBER || lua_type(L, idx + 1) != LUA_TNUMBER)
    luaL_error(L, "world:%s needs two whole numbers: x (column) and y (row)", method);
  *x = lx >= 1 && lx <= WORLD_MAX_SIDE ? (int)lx - 1 : -1;
  *y = ly >= 1 && ly <= WORLD_MAX_SIDE ? (int)ly - 1 : -1;
}

static World *world_at(lua_State *L, const char *method, int *x, int *y, bool on_map)
{
  World *w = world_of(L, method);
  get_xy(L, 2, method, x, y);
  if (on_map && !world_in_map(w, *x, *y))
    luaL_error(L, "world:%s: square (%I, %I) is off the map, which is %d wide and %d high", method,
               (LUAI_UACINT)luaL_optinteger(L, 2, 0), (LUAI_UACINT)luaL_optinteger(L, 3, 0), w->w,
               w->h); /* %I: no cut to int */
  return w;
}

static int api_robot(lua_State *L)
{
  World *w = world_of(L, "robot");
  lua_pushinteger(L, w->robot_x + 1);
  lua_pushinteger(L, w->robot_y + 1);
  lua_pushstring(L, world_dir_name(w->dir));
  return 3;
}

static int api_move_robot(lua_State *L)
{
  int x, y;
  World *w = world_at(L, "move_robot", &x, &y, true);
  if (!world_can_enter(w, x, y))
    return luaL_error(L, "world:move_robot: the robot cannot stand on '%c' at (%d, %d)",
                      world_cell(w, x, y), x + 1, y + 1);
  w->robot_x = x;
  w->robot_y = y;
  world_look(w);
  return 0;
}

static int api_face(lua_State *L)
{
  World *w = world_of(L, "face");
  const char *d = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "";
  if (!world_dir_parse(d, &w->dir))
    return luaL_error(L, "world:face needs \"north\", \"east\", \"south\" or \"west\"");
  return 0;
}

static int api_ahead(lua_State *L)
{
  int x, y;
  world_ahead(world_of(L, "ahead"), &x, &y);
  lua_pushinteger(L, x + 1);
  lua_pushinteger(L, y + 1);
  return 2;
}

static int api_tile(lua_State *L)
{
  int x, y;
  World *w = world_at(L, "tile", &x, &y, false);
  char ch = world_cell(w, x, y);
  lua_pushlstring(L, &ch, 1);
  return 1;
}

static int api_set_tile(lua_State *L)
{
  int x, y;
  World *w = world_at(L, "set_tile", &x, &y, true);
  size_t n = 0;
  const char *ch = lua_type(L, 4) == LUA_TSTRING ? lua_tolstring(L, 4, &n) : "";
  if (n != 1 || !world_kind(w, ch[0]))
    return luaL_error(L, "world:set_tile needs a tile character this level knows, like \"#\" "
                         "or \".\" (use place_item for items and move_robot for the robot)");
  w->cells[y * WORLD_MAX_SIDE + x] = ch[0];
  return 0;
}

static int api_item_at(lua_State *L)
{
  int x, y;
  World *w = world_at(L, "item_at", &x, &y, false);
  lua_pushinteger(L, world_items_at(w, x, y));
  return 1;
}

static int api_place_item(lua_State *L)
{
  int x, y;
  World *w = world_at(L, "place_item", &x, &y, true);
  unsigned char *it = &w->items[y * WORLD_MAX_SIDE + x];
  if (*it == 255)
    return luaL_error(L, "world:place_item: that square already holds 255 items");
  (*it)++;
  w->items_left++;
  return 0;
}

static int api_remove_item(lua_State *L)
{
  int x, y;
  World *w = world_at(L, "remove_item", &x, &y, false);
  bool had = world_items_at(w, x, y) > 0;
  if (had) {
    w->items[y * WORLD_MAX_SIDE + x]--;
    w->items_left--;
  }
  lua_pushboolean(L, had);
  return 1;
}

/* The methods that only read one number or one truth from the world. */
static int push_int(lua_State *L, int v)
{
  lua_pushinteger(L, v);
  return 1;
}

static int push_bool(lua_State *L, bool v)
{
  lua_pushboolean(L, v);
  return 1;
}

static int api_items_left(lua_State *L)
{
  return push_int(L, world_of(L, "items_left")->items_left);
}

static int api_items_collected(lua_State *L)
{
  return push_int(L, world_of(L, "items_collected")->items_collected);
}

static int api_steps(lua_State *L)
{
  return push_int(L, world_of(L, "steps")->steps);
}
static int api_width(lua_State *L)
{
  return push_int(L, world_of(L, "width")->w);
}
static int api_height(lua_State *L)
{
  return push_int(L, world_of(L, "height")->h);
}
static int api_at_goal(lua_State *L)
{
  return push_bool(L, world_at_goal(world_of(L, "at_goal")));
}

static int api_item_here(lua_State *L)
{
  return push_bool(L, world_item_here(world_of(L, "item_here")));
}

static int api_path_ahead(lua_State *L)
{
  return push_bool(L, world_path_ahead(world_of(L, "path_ahead")));
}

static int api_path_left(lua_State *L)
{
  return push_bool(L, world_path_left(world_of(L, "path_left")));
}

static int api_path_right(lua_State *L)
{
  return push_bool(L, world_path_right(world_of(L, "path_right")));
}

/* A text argument without running any __tostring: strings and numbers only. */
static const char *text_arg(lua_State *L, int idx, const char *method, size_t *n)
{
  if (lua_type(L, idx) != LUA_TSTRING && lua_type(L, idx) != LUA_TNUMBER)
    luaL_error(L, "world:%s needs a text in quotes", method);
  return lua_tolstring(L, idx, n);
}

static int api_say(lua_State *L)
{
  LevelState *ls = state_of(L, "say");
  size_t n;
  const char *s = text_arg(L, 2, "say", &n);
  out_add(ls, s, n);
  out_add(ls, "\n", 1);
  return 0;
}

static int api_fail(lua_State *L)
{
  LevelState *ls = state_of(L, "fail");
  size_t n;
  const char *s = text_arg(L, 2, "fail", &n);
  n = n < FAILURE_CAP - 1 ? n : FAILURE_CAP - 1;
  for (size_t i = 0; i < n; i++)
    ls->failure[i] = s[i] ? s[i] : '?';
  ls->failure[n] = '\0';
  ls->failed = true;
  return sandbox_halt(L);
}

static const luaL_Reg world_methods[] = {{"robot", api_robot},
                                         {"move_robot", api_move_robot},
                                         {"face", api_face},
                                         {"ahead", api_ahead},
                                         {"tile", api_tile},
                                         {"set_tile", api_set_tile},
                                         {"item_at", api_item_at},
                                         {"place_item", api_place_item},
                                         {"remove_item", api_remove_item},
                                         {"items_left", api_items_left},
                                         {"items_collected", api_items_collected},
                                         {"steps", api_steps},
                                         {"width", api_width},
                                         {"height", api_height},
                                         {"at_goal", api_at_goal},
                                         {"item_here", api_item_here},
                                         {"path_ahead", api_path_ahead},
                                         {"path_left", api_path_left},
                                         {"path_right", api_path_right},
                                         {"say", api_say},
                                         {"fail", api_fail},
                                         {NULL, NULL}};

/* The world metatable lives in the registry, out of the level's reach; __metatable hides it
   from any getmetatable a future sandbox might offer. */
static void register_world(lua_State *L)
{
  luaL_newmetatable(L, WORLD_META);
  luaL_newlib(L, world_methods);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, false);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 1);
}

static void push_world(LevelState *ls)
{
  WorldHandle *h = lua_newuserdatauv(ls->L, sizeof *h, 0);
  h->ls = ls;
  h->generation = ++ls->generation;
  luaL_setmetatable(ls->L, WORLD_META);
}

/* ---- calling level code ---- */

/* The line where the function at ref begins: where a wrong answer is reported. */
static int defined_line(LevelState *ls, int ref)
{
  lua_Debug ar;
  lua_rawgeti(ls->L, LUA_REGISTRYINDEX, ref);
  return lua_getinfo(ls->L, ">S", &ar) ? ar.linedefined : 0;
}

static bool call_failed(LevelState *ls, SandboxStatus st, const char *what, LevelError *err)
{
  const char *path = ls->lv->path;
  int line = sandbox_error_line(ls->sb);
  if (st == SANDBOX_BUDGET)
    level_error_set(err, path, line,
                    "the level's %s took too long: does it have a loop that "
                    "never ends?",
                    what);
  else if (st == SANDBOX_MEMORY)
    level_error_set(err, path, line, "the level's %s used too much memory", what);
  else if (st == SANDBOX_HALTED)
    level_error_set(err, path, line, "the level's %s was stopped", what);
  else
    level_error_set(err, path, line, "in the level's %s: %s", what, sandbox_error(ls->sb));
  err->budget_spent = st == SANDBOX_BUDGET;
  return false;
}

/* Calls the function at ref with a fresh world for w; leaves nres results on the stack when it
   returns true and the run goes on. After world:fail() it returns true with nothing pushed. */
static bool call_level(LevelState *ls, World *w, int ref, int nres, const char *what,
                       LevelError *err)
{
  ls->out_len = 0;
  ls->out_cut = false;
  ls->out[0] = '\0';
  if (ls->failed)
    return true; /* the run already ended on purpose: nothing more runs */
  lua_settop(ls->L, 0);
  lua_rawgeti(ls->L, LUA_REGISTRYINDEX, ref);
  push_world(ls);
  ls->world = w;
  SandboxStatus st = sandbox_call(ls->sb, 1, nres);
  ls->world = NULL;
  collect_print(ls);
  if (st == SANDBOX_HALTED && ls->failed)
    return true;
  return st == SANDBOX_OK || call_failed(ls, st, what, err);
}

/* A goal or sensor function's answer: true or false, nothing else. */
static bool answer(LevelState *ls, World *w, int ref, const char *what, bool *out, LevelError *err)
{
  *out = false;
  if (!call_level(ls, w, ref, 1, what, err))
    return false;
  if (ls->failed)
    return true;
  int type = lua_type(ls->L, -1);
  *out = lua_toboolean(ls->L, -1);
  lua_settop(ls->L, 0);
  if (type == LUA_TBOOLEAN)
    return true;
  level_error_set(err, ls->lv->path, defined_line(ls, ref),
                  "the level's %s must give back true or false (add a 'return')", what);
  return false;
}

/* Keeps the goal function's sentence about what is left, made safe to show. */
static void keep_goal_words(LevelState *ls, const char *s)
{
  size_t n = strlen(s), i;
  if (n >= sizeof ls->goal_left)
    n = sizeof ls->goal_left - 1;
  for (i = 0; i < n; i++)
    ls->goal_left[i] = (unsigned char)s[i] < 0x20 ? ' ' : s[i];
  ls->goal_left[n] = '\0';
}

/* A goal function gives back true or false, and may add a sentence saying what is left
   (`return false, "2 more letters to post"`); a sentence alone means not yet. */
static bool goal_answer(LevelState *ls, World *w, bool *met, LevelError *err)
{
  *met = false;
  ls->goal_left[0] = '\0';
  if (!call_level(ls, w, ls->goal_ref, 2, "goal function", err))
    return false;
  if (ls->failed)
    return true;
  int type = lua_type(ls->L, 1);
  if (lua_type(ls->L, 2) == LUA_TSTRING)
    keep_goal_words(ls, lua_tostring(ls->L, 2));
  else if (type == LUA_TSTRING)
    keep_goal_words(ls, lua_tostring(ls->L, 1));
  *met = type == LUA_TBOOLEAN && lua_toboolean(ls->L, 1);
  lua_settop(ls->L, 0);
  if (type == LUA_TBOOLEAN || type == LUA_TSTRING)
    return true;
  level_error_set(err, ls->lv->path, defined_line(ls, ls->goal_ref),
                  "the level's goal function must give back true or false (add a 'return')");
  return false;
}

bool level_state_goal(LevelState *ls, World *w, bool *met, LevelError *err)
{
  if (ls->lv->goal != GOAL_FUNCTION) {
    *met = level_goal_standard(ls->lv, w);
    return true;
  }
  return goal_answer(ls, w, met, err);
}

const char *level_state_goal_words(const LevelState *ls)
{
  return ls && ls->goal_left[0] ? ls->goal_left : NULL;
}

bool level_state_on_step(LevelState *ls, World *w, LevelError *err)
{
  if (ls->on_step_ref == LUA_NOREF) {
    ls->out_len = 0;
    ls->out[0] = '\0';
    return true;
  }
  return call_level(ls, w, ls->on_step_ref, 0, "on_step", err);
}

bool level_state_command(LevelState *ls, World *w, const char *name, bool *answer_out,
                         LevelError *err)
{
  const Level *lv = ls->lv;
  const LevelCommand *c = level_command(lv, name);
  if (answer_out)
    *answer_out = false;
  if (!c || !c->custom) {
    level_error_set(err, lv->path, 0, "the level has no command of its own called '%s'", name);
    return false;
  }
  int ref = ls->command_ref[c - lv->commands];
  char what[64];
  snprintf(what, sizeof what, "%s '%s'", c->kind == COMMAND_ACTION ? "action" : "sensor", name);
  if (c->kind == COMMAND_SENSOR) {
    bool a;
    bool ok = answer(ls, w, ref, what, &a, err);
    if (answer_out)
      *answer_out = a;
    return ok;
  }
  return call_level(ls, w, ref, 0, what, err);
}

const char *level_state_failure(const LevelState *ls)
{
  return ls->failed ? ls->failure : NULL;
}

const char *level_state_output(LevelState *ls, size_t *len)
{
  if (len)
    *len = ls->out_len;
  return ls->out;
}

/* ---- opening a state ---- */

/* Pushes t[k] (raw) of the table at idx. */
static int raw_field(lua_State *L, int idx, const char *k)
{
  lua_pushstring(L, k);
  return lua_rawget(L, idx < 0 ? idx - 1 : idx);
}

/* A reference to the function at t[group][name].run (or t[name] when group is NULL); false
   when the re-run gave a different table than the load saw. */
static bool ref_function(LevelState *ls, const char *group, const char *name, int *ref)
{
  lua_State *L = ls->L;
  int top = lua_gettop(L);
  bool ok = true;
  if (group) {
    ok = raw_field(L, 1, group) == LUA_TTABLE && raw_field(L, -1, name) == LUA_TTABLE;
    if (ok)
      raw_field(L, -1, "run");
  } else {
    raw_field(L, 1, name);
  }
  ok = ok && lua_type(L, -1) == LUA_TFUNCTION;
  if (ok)
    *ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_settop(L, top);
  return ok;
}

static bool find_functions(LevelState *ls)
{
  const Level *lv = ls->lv;
  if (lv->goal == GOAL_FUNCTION && !ref_function(ls, NULL, "goal", &ls->goal_ref))
    return false;
  if (lv->has_on_step && !ref_function(ls, NULL, "on_step", &ls->on_step_ref))
    return false;
  for (int i = 0; i < lv->ncommands; i++) {
    const LevelCommand *c = &lv->commands[i];
    const char *group = c->kind == COMMAND_ACTION ? "actions" : "sensors";
    if (c->custom && !ref_function(ls, group, c->name, &ls->command_ref[i]))
      return false;
  }
  return true;
}

static bool state_start(LevelState *ls, LevelError *err)
{
  const Level *lv = ls->lv;
  SandboxLimits lim = {LEVEL_MEMORY, LEVEL_RUN_INSTRUCTIONS, LEVEL_RUN_SECONDS, 0};
  ls->sb = sandbox_new(SANDBOX_LEVEL, &lim);
  if (!ls->sb) {
    level_error_set(err, lv->path, 0, "out of memory");
    return false;
  }
  ls->L = sandbox_lua(ls->sb);
  register_world(ls->L);
  SandboxStatus st = sandbox_load(ls->sb, lv->source, lv->source_len, "=level");
  if (st == SANDBOX_OK)
    st = sandbox_call(ls->sb, 0, 1);
  if (st != SANDBOX_OK)
    return call_failed(ls, st, "file", err);
  lua_rotate(ls->L, 1, 1);
  lua_settop(ls->L, 1);
  if (lua_type(ls->L, 1) != LUA_TTABLE || !find_functions(ls)) {
    level_error_set(err, lv->path, 0,
                    "the level gave a different table when run again: its "
                    "fields must not change from one run to the next");
    return false;
  }
  ls->print_seen = 0;
  collect_print(ls); /* what the file printed while loading is not the run's */
  return true;
}

LevelState *level_state_open(const Level *lv, LevelError *err)
{
  memset(err, 0, sizeof *err);
  LevelState *ls = calloc(1, sizeof *ls);
  if (!ls) {
    level_error_set(err, lv->path, 0, "out of memory");
    return NULL;
  }
  ls->lv = lv;
  ls->goal_ref = ls->on_step_ref = LUA_NOREF;
  for (int i = 0; i < LEVEL_MAX_COMMANDS; i++)
    ls->command_ref[i] = LUA_NOREF;
  if (!state_start(ls, err)) {
    level_state_close(ls);
    return NULL;
  }
  ls->out_len = 0;
  ls->out[0] = '\0';
  return ls;
}

void level_state_close(LevelState *ls)
{
  if (!ls)
    return;
  sandbox_free(ls->sb);
  free(ls);
}
