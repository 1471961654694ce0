/* runner.c: runs a pupil's program against a level and records the Trace.
   The pupil's Lua runs in its own sandbox and sees only the commands the level offers; every
   command is a C function here, so the goal is judged from C and a pupil who redefines
   at_goal() only fools themselves. A run ends the moment the host decides (solved, bump,
   too many steps) through sandbox_halt(), which no pupil code can catch. */
#include "runner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "advice.h"
#include "ensure.h"
#include "messages.h"
#include "program.h"
#include "program_lint.h"
#include "sandbox.h"

#define RUN_OUTPUT_CAP (32u << 10)
#define CUSTOM_BASE 1000 /* upvalue codes at or above this name Level.commands[code - base] */
#define LEVEL_CALLS_BEFORE_BLAMING_PUPIL 10

struct RunGrid {
  char *cells;
  unsigned char *items;
  unsigned char seen[sizeof((World *)0)->seen]; /* fog: squares seen so far */
};

typedef enum { STD_FORWARD, STD_TURN_LEFT, STD_TURN_RIGHT, STD_PICK_UP, STD_SENSOR } StdKind;

/* The standard commands of SPEC section 1, offered or not by each level. */
static const struct {
  const char *name;
  StdKind kind;
  RunAction action;
  bool (*sense)(const World *w);
} standard[] = {
    {"forward", STD_FORWARD, ACT_FORWARD, NULL},
    {"turn_left", STD_TURN_LEFT, ACT_TURN_LEFT, NULL},
    {"turn_right", STD_TURN_RIGHT, ACT_TURN_RIGHT, NULL},
    {"pick_up", STD_PICK_UP, ACT_PICK_UP, NULL},
    {"path_ahead", STD_SENSOR, ACT_START, world_path_ahead},
    {"path_left", STD_SENSOR, ACT_START, world_path_left},
    {"path_right", STD_SENSOR, ACT_START, world_path_right},
    {"at_goal", STD_SENSOR, ACT_START, world_at_goal},
    {"item_here", STD_SENSOR, ACT_START, world_item_here},
};
#define NSTANDARD ((int)(sizeof standard / sizeof standard[0]))

typedef struct {
  const Level *lv;
  RunTrace *t;
  World world;
  Sandbox *sb;
  LevelState *ls;
  int frames_cap, grids_cap;
  size_t pupil_output_seen;
  long level_calls;   /* calls into the level's code so far this run */
  bool decided;       /* the host ended the run: outcome and reason are set */
  bool goal_held;     /* the goal held after an action: the run goes on only to see what follows */
  bool oom;           /* a frame, snapshot or output could not be kept: runner_run gives NULL */
  size_t goal_output; /* bytes of output when it did: what is printed later is not shown */
  MessageReason reason;
  const char *src; /* the pupil's text, for advice after the run */
  size_t len;
  char detail[400]; /* {detail} of level_broken, or world:fail's own message */
} Run;

/* ---- recording ---- */

static bool grid_same(const Run *run, const struct RunGrid *g)
{
  for (size_t y = 0; y < (size_t)run->world.h; y++) {
    size_t row = y * WORLD_MAX_SIDE, at = y * (size_t)run->world.w;
    if (memcmp(g->cells + at, run->world.cells + row, (size_t)run->world.w) ||
        memcmp(g->items + at, run->world.items + row, (size_t)run->world.w))
      return false;
  }
  return memcmp(g->seen, run->world.seen, sizeof g->seen) == 0;
}

/* The index of a snapshot equal to the world's squares now, adding one when they changed. */
static int snapshot_grid(Run *run)
{
  RunTrace *t = run->t;
  if (t->ngrids > 0 && grid_same(run, &t->grids[t->ngrids - 1]))
    return t->ngrids - 1;
  if (t->ngrids == run->grids_cap) {
    int cap = run->grids_cap ? run->grids_cap * 2 : 4;
    struct RunGrid *g = realloc(t->grids, (size_t)cap * sizeof *g);
    if (!g) {
      run->oom = true;
      return t->ngrids - 1;
    }
    t->grids = g;
    run->grids_cap = cap;
  }
  size_t w = (size_t)run->world.w, h = (size_t)run->world.h;
  struct RunGrid *g = &t->grids[t->ngrids];
  g->cells = malloc(w * h);
  g->items = malloc(w * h);
  if (!g->cells || !g->items) {
    free(g->cells);
    free(g->items);
    run->oom = true;
    return t->ngrids - 1;
  }
  for (size_t y = 0; y < h; y++) {
    memcpy(g->cells + y * w, run->world.cells + y * WORLD_MAX_SIDE, w);
    memcpy(g->items + y * w, run->world.items + y * WORLD_MAX_SIDE, w);
  }
  memcpy(g->seen, run->world.seen, sizeof g->seen);
  return t->ngrids++;
}

static void append_output(Run *run, const char *s, size_t n)
{
  RunTrace *t = run->t;
  if (t->output_len + n > RUN_OUTPUT_CAP)
    n = RUN_OUTPUT_CAP - t->output_len;
  if (n == 0)
    return;
  char *grown = realloc(t->output, t->output_len + n + 1);
  if (!grown) {
    run->oom = true;
    return;
  }
  memcpy(grown + t->output_len, s, n);
  t->output = grown;
  t->output_len += n;
  t->output[t->output_len] = '\0';
}

/* Moves what the pupil printed since last time into the trace. */
static void collect_output(Run *run)
{
  size_t len = 0;
  const char *out = run->sb ? sandbox_output(run->sb, &len) : NULL;
  if (out && len > run->pupil_output_seen) {
    append_output(run, out + run->pupil_output_seen, len - run->pupil_output_seen);
    run->pupil_output_seen = len;
  }
}

/* After each level call: what the level said (world:say) follows what the pupil printed
   before it. The level state keeps only the last call's words, so take them now. */
static void take_level_output(Run *run)
{
  size_t len;
  collect_output(run);
  const char *out = level_state_output(run->ls, &len);
  append_output(run, out, len);
}

static void record_frame(Run *run, RunAction action, int command, int line, bool bumped)
{
  RunTrace *t = run->t;
  if (t->nframes == run->frames_cap) {
    int cap = run->frames_cap ? run->frames_cap * 2 : 64;
    RunFrame *f = realloc(t->frames, (size_t)cap * sizeof *f);
    if (!f) { /* the run goes on to its end unrecorded; runner_run then gives NULL */
      run->oom = true;
      return;
    }
    t->frames = f;
    run->frames_cap = cap;
  }
  collect_output(run);
  const World *w = &run->world;
  RunFrame *f = &t->frames[t->nframes++];
  memset(f, 0, sizeof *f); /* padding too: equal runs give byte-equal traces */
  f->action = action;
  f->command = command;
  f->line = line;
  f->bumped = bumped;
  f->robot_x = w->robot_x;
  f->robot_y = w->robot_y;
  f->dir = w->dir;
  f->items_left = w->items_left;
  f->items_collected = w->items_collected;
  f->steps = w->steps;
  f->grid = snapshot_grid(run);
  f->output_len = t->output_len;
}

/* ---- deciding ---- */

static Run *run_of(lua_State *L)
{
  return lua_touserdata(L, lua_upvalueindex(1));
}

/* The line of the pupil's code that is running: the nearest Lua function up the stack, so a
   command called through string.gsub or table.sort still names the pupil's line. */
static int current_line(lua_State *L)
{
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar); level++) {
    if (lua_getinfo(L, "l", &ar) && ar.currentline > 0)
      return ar.currentline;
  }
  return 0;
}

static void set_reason(Run *run, RunOutcome outcome, const char *key, int line)
{
  run->decided = true;
  run->t->outcome = outcome;
  memset(&run->reason, 0, sizeof run->reason);
  snprintf(run->reason.key, sizeof run->reason.key, "%s", key);
  run->reason.line = line;
}

/* Ends the run now with this outcome; the key names the friendly sentence. */
static int decide(lua_State *L, Run *run, RunOutcome outcome, const char *key, int line)
{
  set_reason(run, outcome, key, line);
  return sandbox_halt(L);
}

/* Ends the run as an error about one command the pupil called. */
static int decide_about(lua_State *L, Run *run, const char *key, const char *name, int line)
{
  set_reason(run, RUN_ERROR, key, line);
  snprintf(run->reason.name, sizeof run->reason.name, "%s", name);
  return sandbox_halt(L);
}

/* The level's code failed during the run. When its budget (one for the whole run) ran out
   after many calls, the pupil's loop kept calling it: that run was too long, not the level
   broken. Out of budget in its first few calls, the level's own code never ends. */
static int level_broke(lua_State *L, Run *run, const LevelError *err, int line)
{
  if (err->budget_spent && run->level_calls > LEVEL_CALLS_BEFORE_BLAMING_PUPIL)
    return decide(L, run, RUN_TOO_LONG, "too_long_loop", line);
  snprintf(run->detail, sizeof run->detail, "%s:%d: %s", err->file, err->line, err->message);
  return decide(L, run, RUN_ERROR, "level_broken", line);
}

/* After a level callback: world:fail() ends the run unsolved with the level's own words. */
static int check_failure(lua_State *L, Run *run, int line)
{
  const char *why = run->ls ? level_state_failure(run->ls) : NULL;
  if (!why)
    return 0;
  snprintf(run->detail, sizeof run->detail, "%s", why);
  return decide(L, run, RUN_UNSOLVED, "level_failed", line);
}

/* The goal rule lives in level.c (level_goal_standard) and the level's own goal function in
   level_api.c (level_state_goal): the runner asks, never decides. */
static bool goal_met(Run *run, bool *met, LevelError *err)
{
  if (run->lv->goal != GOAL_FUNCTION) {
    *met = level_goal_standard(run->lv, &run->world);
    return true;
  }
  run->level_calls++;
  return level_state_goal(run->ls, &run->world, met, err);
}

/* SPEC: a level is solved the moment its goal holds and the program stops there, so nothing
   after it changes the world or the trace. But a program that would have acted again (extra
   moves, `while true`, a loop counting too far) did not stop at the stop: it runs on, unseen,
   until its next action or its end, and that action (or a loop that never ends) is the
   overshoot. */
static int goal_reached(Run *run, int line)
{
  run->goal_held = true;
  run->goal_output = run->t->output_len;
  set_reason(run, RUN_SOLVED, "", line);
  run->decided = false; /* the program goes on; judge() or the next action decides */
  return 0;
}

/* An action called after the goal held: the run ends solved, overshot. */
static int overshoot(lua_State *L, Run *run, int line)
{
  run->t->overshot = true;
  return decide(L, run, RUN_SOLVED, "", line);
}

/* Turning on the spot once there is not going on: a loop whose last block is a turn ("forward,
   turn left, forward, turn right" four times up the steps) ends with Robo turning at the goal,
   and the idea it teaches must earn three stars. The turn does nothing (Robo has arrived); any
   other action is an overshoot, and so is turning for ever (the budget ends it). */
static int after_goal(lua_State *L, Run *run, int code, int line)
{
  bool turn = code < CUSTOM_BASE &&
              (standard[code].kind == STD_TURN_LEFT || standard[code].kind == STD_TURN_RIGHT);
  return turn ? 0 : overshoot(L, run, line);
}

/* Everything after an action: the level's on_step, then the goal. */
static int after_action(lua_State *L, Run *run, RunAction action, int command, int line)
{
  LevelError err;
  if (run->lv->has_on_step) {
    run->level_calls++;
    if (!level_state_on_step(run->ls, &run->world, &err))
      return level_broke(L, run, &err, line);
    take_level_output(run);
  }
  record_frame(run, action, command, line, false);
  check_failure(L, run, line);
  bool met = false;
  if (!goal_met(run, &met, &err))
    return level_broke(L, run, &err, line);
  if (run->lv->goal == GOAL_FUNCTION)
    take_level_output(run);
  check_failure(L, run, line);
  if (met)
    return goal_reached(run, line);
  return 0;
}

static bool ahead_is_off_map(const World *w)
{
  static const int dx[] = {0, 1, 0, -1}, dy[] = {-1, 0, 1, 0};
  int x = w->robot_x + dx[w->dir], y = w->robot_y + dy[w->dir];
  return x < 0 || y < 0 || x >= w->w || y >= w->h;
}

/* What Robo bumped into, in the pupil's language: "thing_<tile name>" when the language
   names it, else the level's own name for the tile. */
static void bump_thing(const World *w, bool edge, char *out, size_t cap)
{
  int x, y;
  world_ahead(w, &x, &y);
  const WorldTileKind *k = edge ? NULL : world_kind(w, world_cell(w, x, y));
  char key[48];
  snprintf(key, sizeof key, "thing_%s", k ? k->name : "edge");
  const char *words = messages_get(key);
  snprintf(out, cap, "%s", strcmp(words, key) != 0 || !k ? words : k->name);
}

/* A bump, told so a child can find the slip: how many moves went well, what Robo hit, and
   the last turn before it (a wrong turn is the usual cause; with no turn, it went too far). */
static int bumped(lua_State *L, Run *run, RunAction action, bool edge, int line)
{
  int moves = 0, turn_line = 0;
  for (int f = 1; f < run->t->nframes; f++) {
    const RunFrame *fr = &run->t->frames[f];
    moves += fr->action == ACT_FORWARD && !fr->bumped;
    if (fr->action == ACT_TURN_LEFT || fr->action == ACT_TURN_RIGHT)
      turn_line = fr->line;
  }
  char thing[48];
  bump_thing(&run->world, edge, thing, sizeof thing);
  record_frame(run, action, -1, line, true);
  set_reason(run, RUN_UNSOLVED, turn_line ? "bump" : "bump_straight", line);
  run->reason.count = moves;
  run->reason.other_line = turn_line;
  snprintf(run->reason.thing, sizeof run->reason.thing, "%s", thing);
  return sandbox_halt(L);
}

static int standard_action(lua_State *L, Run *run, int i, int line)
{
  World *w = &run->world;
  bool edge = ahead_is_off_map(w);
  WorldResult r = WORLD_OK;
  switch (standard[i].kind) {
  case STD_FORWARD:
    r = world_forward(w);
    break;
  case STD_TURN_LEFT:
    world_turn_left(w);
    break;
  case STD_TURN_RIGHT:
    world_turn_right(w);
    break;
  case STD_PICK_UP:
    r = world_pick_up(w);
    break;
  case STD_SENSOR:
    ENSURE(!"a sensor is not an action");
  }
  if (r == WORLD_BUMP)
    return bumped(L, run, standard[i].action, edge, line);
  if (r == WORLD_NOTHING_HERE) {
    record_frame(run, standard[i].action, -1, line, false);
    return decide(L, run, RUN_UNSOLVED, "nothing_here", line);
  }
  return after_action(L, run, standard[i].action, -1, line);
}

static int custom_command(lua_State *L, Run *run, int c, int line)
{
  const LevelCommand *cmd = &run->lv->commands[c];
  bool answer = false;
  LevelError err;
  if (cmd->kind == COMMAND_ACTION)
    run->world.steps++;
  run->level_calls++;
  if (!level_state_command(run->ls, &run->world, cmd->name, &answer, &err))
    return level_broke(L, run, &err, line);
  take_level_output(run);
  if (cmd->kind == COMMAND_SENSOR) {
    check_failure(L, run, line);
    lua_pushboolean(L, answer);
    return 1;
  }
  check_failure(L, run, line);
  return after_action(L, run, ACT_CUSTOM, c, line);
}

/* Every robot command the pupil calls lands here. Upvalue 1 is the Run, upvalue 2 the code:
   an index into standard[], or CUSTOM_BASE + an index into Level.commands. */
static int host_command(lua_State *L)
{
  Run *run = run_of(L);
  int code = (int)lua_tointeger(L, lua_upvalueindex(2));
  int line = current_line(L);
  const char *name =
      code >= CUSTOM_BASE ? run->lv->commands[code - CUSTOM_BASE].name : standard[code].name;
  bool is_action = code >= CUSTOM_BASE
                       ? run->lv->commands[code - CUSTOM_BASE].kind == COMMAND_ACTION
                       : standard[code].kind != STD_SENSOR;
  if (is_action && run->goal_held)
    return after_goal(L, run, code, line);
  if (lua_gettop(L) > 0)
    return decide_about(L, run, "no_arguments", name, line);
  if (is_action && run->world.steps >= run->lv->max_steps)
    return decide(L, run, RUN_TOO_LONG, "too_many_steps", line);
  if (code >= CUSTOM_BASE)
    return custom_command(L, run, code - CUSTOM_BASE, line);
  if (!is_action) {
    lua_pushboolean(L, standard[code].sense(&run->world));
    return 1;
  }
  return standard_action(L, run, code, line);
}

/* A standard command this level does not offer: a friendly stop instead of "nil value". */
static int host_not_offered(lua_State *L)
{
  Run *run = run_of(L);
  int code = (int)lua_tointeger(L, lua_upvalueindex(2));
  if (run->goal_held)
    return overshoot(L, run, current_line(L));
  return decide_about(L, run, "not_offered", standard[code].name, current_line(L));
}

static void add_command(Run *run, const char *name, lua_CFunction fn, int code)
{
  lua_State *L = sandbox_lua(run->sb);
  sandbox_push_env(run->sb);
  lua_pushlightuserdata(L, run);
  lua_pushinteger(L, code);
  lua_pushcclosure(L, fn, 2);
  lua_setfield(L, -2, name);
  lua_pop(L, 1);
}

static void add_commands(Run *run)
{
  for (int i = 0; i < NSTANDARD; i++) {
    const LevelCommand *c = level_command(run->lv, standard[i].name);
    add_command(run, standard[i].name, c ? host_command : host_not_offered, i);
  }
  for (int i = 0; i < run->lv->ncommands; i++)
    if (run->lv->commands[i].custom)
      add_command(run, run->lv->commands[i].name, host_command, CUSTOM_BASE + i);
}

/* ---- running ---- */

static bool needs_level_state(const Level *lv)
{
  if (lv->has_on_step || lv->goal == GOAL_FUNCTION)
    return true;
  for (int i = 0; i < lv->ncommands; i++)
    if (lv->commands[i].custom)
      return true;
  return false;
}

/* Names a misspelt command may be near: the standard ones and the level's own. */
static int known_names(const Level *lv, const char **out, int max)
{
  int n = 0;
  for (int i = 0; i < NSTANDARD && n < max; i++)
    out[n++] = standard[i].name;
  for (int i = 0; i < lv->ncommands && n < max; i++)
    if (lv->commands[i].custom)
      out[n++] = lv->commands[i].name;
  return n;
}

static void explain_sandbox_error(Run *run, RunOutcome outcome)
{
  const char *known[NSTANDARD + LEVEL_MAX_COMMANDS];
  int nknown = known_names(run->lv, known, NSTANDARD + LEVEL_MAX_COMMANDS);
  messages_explain_lua(sandbox_error(run->sb), sandbox_error_line(run->sb), known, nknown,
                       &run->reason);
  run->t->outcome = outcome;
  const char *key = run->reason.key;
  if (strcmp(key, "unknown_command") != 0 && strcmp(key, "unknown_command_suggest") != 0)
    return;
  /* calling a function the program defines only further down: Lua runs top to bottom */
  int defined = program_lint_defined_line(run->src, run->len, run->reason.name);
  if (defined > 0) {
    snprintf(run->reason.key, sizeof run->reason.key, "define_first");
    run->reason.other_line = defined;
  }
}

/* Why a program that ended by itself did not solve the level, in the level's own terms: items
   still lying about come first, since a child can see them. */
static const char *unsolved_key(Run *run)
{
  LevelGoal g = run->lv->goal;
  const char *left = g == GOAL_FUNCTION ? level_state_goal_words(run->ls) : NULL;
  if (left) /* the level's own words about what is still to do */
    snprintf(run->detail, sizeof run->detail, "%s", left);
  if (g == GOAL_FUNCTION)
    return left ? "unsolved_goal_words" : "unsolved_goal";
  if (g == GOAL_COLLECT || (g == GOAL_COLLECT_AND_REACH && run->world.items_left > 0))
    return "unsolved_collect";
  return "unsolved_reach";
}

/* Turns how the pupil's chunk ended into the outcome, unless the host already decided. */
static void judge(Run *run, SandboxStatus status)
{
  if (run->decided && status == SANDBOX_HALTED)
    return;
  if (run->goal_held) { /* solved; anything but a quiet end afterwards did not stop there */
    run->t->outcome = RUN_SOLVED;
    run->t->overshot = status != SANDBOX_OK;
    run->decided = true;
    return;
  }
  memset(&run->reason, 0, sizeof run->reason);
  switch (status) {
  case SANDBOX_OK:
  case SANDBOX_HALTED: {
    run->t->outcome = RUN_UNSOLVED;
    snprintf(run->reason.key, sizeof run->reason.key, "%s", unsolved_key(run));
    break;
  }
  case SANDBOX_MEMORY:
    run->t->outcome = RUN_ERROR;
    snprintf(run->reason.key, sizeof run->reason.key, "out_of_memory");
    break;
  case SANDBOX_BUDGET:
    run->t->outcome = RUN_TOO_LONG;
    snprintf(run->reason.key, sizeof run->reason.key, "too_long_loop");
    run->reason.line = sandbox_error_line(run->sb);
    break;
  case SANDBOX_SYNTAX:
  case SANDBOX_RUNTIME:
    explain_sandbox_error(run, RUN_ERROR);
    break;
  }
}

/* Loads the pupil's text as the block view reads it: the program model skips a first line
   starting with '#' (as the lua command does for scripts), so Lua must not see it either. The
   line stays, blanked, so every line number is the same. */
static SandboxStatus load_program(Sandbox *sb, const char *src, size_t len)
{
  size_t bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  if (len <= bom || src[bom] != '#')
    return sandbox_load(sb, src, len, "=program");
  char *copy = malloc(len);
  if (!copy)
    return SANDBOX_MEMORY;
  memcpy(copy, src, len);
  for (size_t i = bom; i < len && copy[i] != '\n' && copy[i] != '\r'; i++)
    copy[i] = ' ';
  SandboxStatus st = sandbox_load(sb, copy, len, "=program");
  free(copy);
  return st;
}

static void execute(Run *run, const char *src, size_t len, const RunOptions *opt)
{
  LevelError lerr;
  if (needs_level_state(run->lv)) {
    run->ls = level_state_open(run->lv, &lerr);
    if (!run->ls) {
      snprintf(run->detail, sizeof run->detail, "%s:%d: %s", lerr.file, lerr.line, lerr.message);
      run->t->outcome = RUN_ERROR;
      snprintf(run->reason.key, sizeof run->reason.key, "level_broken");
      return;
    }
  }
  SandboxLimits limits = {.instruction_limit = opt ? opt->instruction_limit : 0,
                          .seconds_limit = opt ? opt->seconds_limit : 0};
  run->sb = sandbox_new(SANDBOX_PUPIL, &limits);
  if (!run->sb) {
    run->t->outcome = RUN_ERROR;
    snprintf(run->reason.key, sizeof run->reason.key, "out_of_memory");
    return;
  }
  add_commands(run);
  SandboxStatus st = load_program(run->sb, src, len);
  if (st == SANDBOX_OK)
    st = sandbox_call(run->sb, 0, 0);
  judge(run, st);
  collect_output(run);
  if (run->goal_held && run->t->output_len > run->goal_output) {
    run->t->output_len = run->goal_output;
    run->t->output[run->goal_output] = '\0';
  }
  run->t->memory_peak = sandbox_memory_peak(run->sb);
  run->t->instructions = sandbox_instructions_used(run->sb);
}

/* `if path_ahead then` is legal Lua that is always true: catch it before it misleads. */
static bool uncalled_command(Run *run, const char *src, size_t len)
{
  const char *known[NSTANDARD + LEVEL_MAX_COMMANDS];
  int nknown = known_names(run->lv, known, NSTANDARD + LEVEL_MAX_COMMANDS), line;
  char name[64];
  if (!program_lint_uncalled(src, len, known, nknown, &line, name, sizeof name))
    return false;
  run->t->outcome = RUN_ERROR;
  snprintf(run->reason.key, sizeof run->reason.key, "needs_parens");
  snprintf(run->reason.name, sizeof run->reason.name, "%s", name);
  run->reason.line = line;
  return true;
}

/* Fills the trace's sentence in both forms. The blocks view has no line numbers: its form
   points at the glowing block instead, which for a bump after a turn is the turn. */
static void write_message(Run *run)
{
  RunTrace *t = run->t;
  const char *key = run->reason.key;
  char max[16];
  snprintf(t->message_key, sizeof t->message_key, "%s", key);
  t->line = t->glow_line = run->reason.line;
  if (t->outcome == RUN_SOLVED)
    t->message[0] = t->message_key[0] = '\0';
  else if (strcmp(key, "level_failed") == 0)
    snprintf(t->message, sizeof t->message, "%s", run->detail);
  else if (strcmp(key, "unsolved_goal_words") == 0)
    messages_format(t->message, sizeof t->message, key, "detail", run->detail, NULL);
  else if (strcmp(key, "level_broken") == 0) {
    messages_format(t->message, sizeof t->message, key, "detail", run->detail, NULL);
    snprintf(t->level_error, sizeof t->level_error, "%s", run->detail);
  } else if (strcmp(key, "too_many_steps") == 0) {
    snprintf(max, sizeof max, "%d", run->lv->max_steps);
    messages_format(t->message, sizeof t->message, key, "max", max, NULL);
  } else {
    messages_sentence(&run->reason, t->message, sizeof t->message);
    messages_sentence_blocks(&run->reason, t->message_blocks, sizeof t->message_blocks);
    if (strcmp(key, "bump") == 0)
      t->glow_line = run->reason.other_line;
    return;
  }
  snprintf(t->message_blocks, sizeof t->message_blocks, "%s", t->message);
}

/* A counted loop that is one or two off is the likeliest slip: when another count solves
   the level (and stops there), say so instead of the general sentence. (A loop that counts
   past the goal is solved, overshot: runner_teach.c words that.) */
static void advise(Run *run, const RunOptions *opt)
{
  const char *key = run->reason.key;
  RunOutcome o = run->t->outcome;
  bool worth = (o == RUN_UNSOLVED && strncmp(key, "unsolved", 8) == 0) ||
               (o == RUN_UNSOLVED && strncmp(key, "bump", 4) == 0) ||
               strcmp(key, "too_many_steps") == 0;
  AdviceLoop a;
  if (!worth || (opt && opt->no_advice))
    return;
  long limit = run->t->instructions * 4 + 100000; /* a changed count needs about as much */
  if (!advice_loop_count(run->lv, run->src, run->len, limit, &a))
    return;
  memset(&run->reason, 0, sizeof run->reason);
  snprintf(run->reason.key, sizeof run->reason.key, "loop_count");
  run->reason.line = a.line;
  run->reason.count = a.count;
  run->reason.needed = a.needed;
}

RunTrace *runner_run(const Level *lv, const char *src, size_t len, const RunOptions *opt)
{
  RunTrace *t = calloc(1, sizeof *t);
  if (!t)
    return NULL;
  Run run = {.lv = lv, .t = t, .world = lv->start, .src = src, .len = len};
  run.world.kinds = lv->kinds;
  run.world.nkinds = lv->nkinds;
  record_frame(&run, ACT_START, -1, 0, false);
  ProgramError perr;
  Program *p = program_parse(src, len, &perr);
  if (!p) {
    t->outcome = RUN_ERROR;
    const char *known[NSTANDARD + LEVEL_MAX_COMMANDS];
    int nknown = known_names(lv, known, NSTANDARD + LEVEL_MAX_COMMANDS);
    messages_explain_program(src, len, &perr, known, nknown, &run.reason);
  } else {
    t->blocks = program_count_blocks(p);
    program_free(p);
    if (t->blocks == 0) {
      t->outcome = RUN_UNSOLVED;
      snprintf(run.reason.key, sizeof run.reason.key, "empty_program");
    } else if (!uncalled_command(&run, src, len)) {
      execute(&run, src, len, opt);
      advise(&run, opt);
    }
  }
  t->steps = run.world.steps;
  t->stars = runner_stars(t->blocks, lv->par, t->outcome == RUN_SOLVED);
  write_message(&run);
  runner_teach_judge(lv, t, src, len,
                     t->outcome == RUN_SOLVED || (t->outcome == RUN_UNSOLVED && !run.decided));
  if (!t->message_blocks[0]) /* the teaching sentences name no line: the same in blocks */
    snprintf(t->message_blocks, sizeof t->message_blocks, "%s", t->message);
  sandbox_free(run.sb);
  level_state_close(run.ls);
  if (run.oom) { /* a trace with frames missing would replay a different run */
    runner_free(t);
    return NULL;
  }
  return t;
}

void runner_free(RunTrace *t)
{
  if (!t)
    return;
  for (int i = 0; i < t->ngrids; i++) {
    free(t->grids[i].cells);
    free(t->grids[i].items);
  }
  free(t->grids);
  free(t->frames);
  free(t->output);
  free(t);
}

void runner_frame_world(const RunTrace *t, const Level *lv, int i, World *out)
{
  ENSURE(i >= 0 && i < t->nframes);
  const RunFrame *f = &t->frames[i];
  *out = lv->start;
  out->kinds = lv->kinds;
  out->nkinds = lv->nkinds;
  if (f->grid >= 0 && f->grid < t->ngrids) {
    size_t w = (size_t)out->w;
    for (size_t y = 0; y < (size_t)out->h; y++) {
      memcpy(out->cells + y * WORLD_MAX_SIDE, t->grids[f->grid].cells + y * w, w);
      memcpy(out->items + y * WORLD_MAX_SIDE, t->grids[f->grid].items + y * w, w);
    }
    memcpy(out->seen, t->grids[f->grid].seen, sizeof out->seen);
  }
  out->robot_x = f->robot_x;
  out->robot_y = f->robot_y;
  out->dir = f->dir;
  out->items_left = f->items_left;
  out->items_collected = f->items_collected;
  out->steps = f->steps;
}

const char *runner_outcome_name(RunOutcome o)
{
  static const char *names[] = {"solved", "unsolved", "error", "too-long"};
  return names[o];
}

int runner_stars(int blocks, int par, bool solved)
{
  if (!solved)
    return 0;
  if (blocks <= par)
    return 3;
  return blocks <= par + 2 ? 2 : 1;
}
