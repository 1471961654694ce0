/* screen_challenge.c: the challenge screen's life: opening a level (or the level editor's
   level to try), running the program and replaying it, the sounds of each step, recording the
   finished run, saving the program a moment after each change, and where it goes next (the
   result, the map, back to the editor). Its table is screen_challenge_fns. The rules (what is
   saved where, which level is next) are the session's; outcomes are the runner's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "program.h"
#include "screen_challenge.h"

static void count_blocks(ChallengeScreen *c)
{
  ProgramError perr;
  const char *text = texted_text(c->ed);
  Program *p = program_parse(text, strlen(text), &perr);
  c->blocks_now = p ? program_count_blocks(p) : -1;
  program_free(p);
}

/* The pupil's settings that the replay and the editor follow (they may change in Settings). */
static void follow_settings(App *g, ChallengeScreen *c)
{
  replay_set_speed(&c->replay, g->settings.speed);
  replay_set_reduced_motion(&c->replay, g->settings.reduced_motion);
  code_view_set_blink(c->cv, !g->settings.reduced_motion);
}

/* The level in the editor with this program, nothing run yet. */
static void start_level(App *g, ChallengeScreen *c, const Level *lv, bool trial, const char *text)
{
  c->level = lv;
  c->trial = trial;
  code_view_set_text(c->cv, text);
  code_view_set_error(c->cv, 0, NULL);
  code_view_set_running_line(c->cv, 0);
  code_view_set_read_only(c->cv, false);
  c->saved_change = c->counted_change = texted_changed(c->ed);
  count_blocks(c);
  runner_free(c->trace);
  c->trace = NULL;
  replay_init(&c->replay, NULL);
  follow_settings(g, c);
  c->hints_shown = 0;
  c->result_due_ms = 0;
  c->asking = false;
  c->guess_x = c->guess_y = -1;
  challenge_open_views(g, c);
  c->editor_focus = true;
}

static bool open_level(App *g, ChallengeScreen *c, int pack_i, int level_i)
{
  const Level *lv = session_level(g->session, pack_i, level_i);
  size_t len = 0;
  char *text = lv ? session_load_program(g->session, pack_i, level_i, &len) : NULL;
  if (!text)
    return false;
  c->pack_i = g->open_pack = pack_i;
  c->level_i = g->open_level = level_i;
  session_level_opened(g->session, pack_i, level_i); /* the attempt's seconds count from here */
  start_level(g, c, lv, false, text);
  free(text);
  return true;
}

/* The level is still the one the session holds (the level editor may have read its pack
   again). */
static bool level_alive(const App *g, const ChallengeScreen *c)
{
  return c->level && (c->trial || c->level == session_level(g->session, c->pack_i, c->level_i));
}

static void drop_level(ChallengeScreen *c)
{
  challenge_close_views(c);
  runner_free(c->trace);
  c->trace = NULL;
  replay_init(&c->replay, NULL);
  c->level = NULL;
  c->trial = false;
  c->result_due_ms = 0;
}

void challenge_save(App *g, ChallengeScreen *c)
{
  challenge_sync(c); /* the blocks' text first: the text is what is saved */
  unsigned long now = texted_changed(c->ed);
  if (!c->level || now == c->saved_change)
    return;
  /* nothing of a trial is a pupil's; otherwise the session writes it (or keeps it) */
  const char *text = texted_text(c->ed);
  char err[512];
  if (c->trial ||
      session_save_program(g->session, c->pack_i, c->level_i, text, strlen(text), err, sizeof err))
    c->saved_change = now;
  else {
    fprintf(stderr, "codebridge: %s\n", err);
    c->change_ms = platform_ms(); /* try again after the same delay, not on every frame */
  }
}

void challenge_run(App *g, ChallengeScreen *c, bool step_only)
{
  if (!c->level || c->level_broken)
    return;             /* the file on disk is not this level any more */
  challenge_save(g, c); /* syncs the blocks' text into the editor first */
  c->run_blocks = c->blocks;
  if (c->bv)
    c->blocks_run = block_view_changed(c->bv);
  const char *text = texted_text(c->ed);
  RunOptions ro = {.lang = g->settings.lang}; /* the editor's level is in no pack */
  RunTrace *t = c->trial ? runner_run(c->level, text, strlen(text), &ro)
                         : session_run(g->session, c->pack_i, c->level_i, text, strlen(text),
                                       g->settings.lang);
  if (!t)
    return;
  runner_free(c->trace);
  c->trace = t;
  replay_init(&c->replay, t);
  follow_settings(g, c);
  c->shown_frame = 0;
  c->recorded = false;
  if (step_only)
    replay_step(&c->replay);
  else
    replay_play(&c->replay);
  sound_play(g->sound, SOUND_RUN);
  g->dirty = true;
}

/* Back from trying the editor's level: the editor learns what was typed, and the answer when
   the run solved it; the level (the editor's) is no longer borrowed. */
static void end_trial(App *g, ChallengeScreen *c)
{
  bool solved = c->trace && c->trace->outcome == RUN_SOLVED && replay_finished(&c->replay);
  challenge_sync(c);
  c->saved_change = texted_changed(c->ed); /* nothing of the trial is saved as a pupil's */
  AppArg a = {.what = APP_TRIED, .program = texted_text(c->ed), .trace = solved ? c->trace : NULL};
  app_go(g, SCREEN_EDITOR, &a);
  drop_level(c);
}

void challenge_back(App *g, ChallengeScreen *c)
{
  if (c->trial)
    end_trial(g, c);
  else
    app_go(g, SCREEN_MAP, NULL);
}

void challenge_set_program(App *g, ChallengeScreen *c, const char *text)
{
  code_view_set_text(c->cv, text);
  challenge_refresh(c); /* the blocks view shows it too */
  count_blocks(c);
  g->dirty = true;
}

void challenge_run_to(App *g, ChallengeScreen *c, int frame)
{
  challenge_run(g, c, false);
  if (!c->trace)
    return;
  int last = replay_last_frame(&c->replay);
  replay_seek(&c->replay, frame < 0 || frame > last ? last : frame);
  c->shown_frame = c->replay.frame;
  if (replay_finished(&c->replay) && c->trace->outcome != RUN_SOLVED && c->trace->line > 0)
    code_view_set_error(c->cv, c->trace->line, c->trace->message); /* as the loop would */
  g->dirty = true;
}

/* --- time passing ------------------------------------------------------------------------- */

static void record_run(App *g, ChallengeScreen *c)
{
  c->recorded = true;
  if (c->trial)
    return; /* the teacher trying a level being made: no pupil's attempt */
  SessionAttempt at = {-1, c->run_blocks}; /* the session counts the seconds */
  const char *text = texted_text(c->ed);
  char err[512];
  if (!session_record(g->session, c->pack_i, c->level_i, c->trace, &at, text, strlen(text), err,
                      sizeof err))
    fprintf(stderr, "codebridge: %s\n", err);
}

static void show_result(App *g, ChallengeScreen *c)
{
  challenge_predict_tell(c);
  if (c->trial && c->trace->outcome == RUN_SOLVED) { /* the editor takes the answer */
    end_trial(g, c);
    return;
  }
  AppArg a = {.what = APP_RESULT,
              .level = c->level,
              .trace = c->trace,
              .hints_shown = c->hints_shown,
              .trial = c->trial,
              .blocks = c->run_blocks};
  app_go(g, SCREEN_RESULT, &a);
}

/* Sounds for each newly reached frame, and the result once the replay is over. */
static void follow_replay(App *g, ChallengeScreen *c, uint64_t now)
{
  if (!c->trace)
    return;
  ReplayPose pose = replay_pose(&c->replay);
  if (pose.line_frame != c->shown_frame && pose.line_frame > 0) {
    c->shown_frame = pose.line_frame;
    const RunFrame *f = &c->trace->frames[pose.line_frame];
    sound_play(g->sound, f->bumped ? SOUND_BUMP : SOUND_STEP);
  }
  if (replay_finished(&c->replay) && !c->recorded) {
    record_run(g, c);
    if (c->trace->outcome == RUN_SOLVED)
      sound_play(g->sound, SOUND_WIN);
    else if (c->trace->line > 0)
      code_view_set_error(c->cv, c->trace->line, c->trace->message);
    /* a moment to see where the robot ended before the result covers it */
    c->result_due_ms = now + (uint64_t)(CHALLENGE_RESULT_DELAY_MS / g->time_scale) + 1;
  }
  if (c->result_due_ms && now >= c->result_due_ms) {
    c->result_due_ms = 0;
    if (replay_finished(&c->replay))
      show_result(g, c);
  }
}

static void track_edits(App *g, ChallengeScreen *c, uint64_t now)
{
  unsigned long changed = texted_changed(c->ed);
  if (changed != c->counted_change) {
    c->counted_change = changed;
    c->change_ms = now;
    count_blocks(c);
    g->dirty = true;
  }
  if (changed != c->saved_change && now - c->change_ms >= CHALLENGE_SAVE_DELAY_MS)
    challenge_save(g, c);
}

/* --- the table ---------------------------------------------------------------------------- */

static void *create(App *g)
{
  ChallengeScreen *c = calloc(1, sizeof *c);
  if (!c)
    return NULL;
  c->cv = code_view_new(g->text, &g->theme);
  if (!c->cv) {
    free(c);
    return NULL;
  }
  c->ed = code_view_editor(c->cv);
  c->guess_x = c->guess_y = -1;
  replay_init(&c->replay, NULL);
  follow_settings(g, c);
  return c;
}

static void enter(App *g, void *st, const AppArg *arg)
{
  ChallengeScreen *c = st;
  c->editor_focus = false;
  if (c->level && !level_alive(g, c))
    drop_level(c);
  follow_settings(g, c);
  switch (arg->what) {
  case APP_BACK:
    challenge_back(g, c);
    return;
  case APP_OPEN_LEVEL:
    if (!open_level(g, c, arg->pack_i, arg->level_i))
      app_go(g, arg->from == SCREEN_CHALLENGE ? SCREEN_MAP : arg->from, NULL);
    return;
  case APP_TRY_LEVEL:
    start_level(g, c, (Level *)arg->level, true, arg->program ? arg->program : "");
    return;
  case APP_FIX: /* from the result: the code again, the run's error still marked */
    replay_stop(&c->replay);
    code_view_set_running_line(c->cv, 0);
    code_view_set_read_only(c->cv, false);
    c->editor_focus = true;
    return;
  case APP_WATCH_AGAIN:
    replay_seek(&c->replay, 0);
    replay_play(&c->replay);
    c->recorded = true; /* watching again is not another attempt */
    return;
  default:
    return;
  }
}

static bool tick(App *g, void *st, uint64_t now, SDL_Rect *part)
{
  ChallengeScreen *c = st;
  bool moved = replay_advance(&c->replay, g->dt);
  follow_replay(g, c, now);
  if (g->screen != SCREEN_CHALLENGE)
    return moved; /* the result (or editor) took over */
  if (c->level)
    track_edits(g, c, now);
  if (code_view_tick(c->cv, now))
    g->dirty = true;
  if (challenge_poll(g, c, now))
    g->dirty = true;
  if (moved) { /* the same step as drawn: only the robot moved, in the world's rectangle */
    ReplayPose p = replay_pose(&c->replay);
    if (p.world_frame == c->drawn_world_frame && p.line_frame == c->drawn_line_frame)
      *part = c->world_rect;
  }
  return moved;
}

static void draw(App *g, void *st)
{
  challenge_draw(g, st);
}

static void leave(App *g, void *st, GameScreen next)
{
  ChallengeScreen *c = st;
  challenge_save(g, c);
  if (next != SCREEN_RESULT && c->replay.state == REPLAY_PLAYING)
    replay_pause(&c->replay); /* nobody watches it: it waits for them */
}

static int wait_ms(App *g, void *st, uint64_t now)
{
  (void)g;
  ChallengeScreen *c = st;
  if (replay_animating(&c->replay))
    return 15;
  if (c->result_due_ms)
    return c->result_due_ms > now ? (int)(c->result_due_ms - now) : 1;
  int wait = code_view_wake_ms(c->cv, now);
  if (c->level && texted_changed(c->ed) != c->saved_change) {
    uint64_t due = c->change_ms + CHALLENGE_SAVE_DELAY_MS;
    int save = due > now ? (int)(due - now) + 1 : 1;
    if (wait < 0 || save < wait)
      wait = save;
  }
  int poll = challenge_reload_wait_ms(c, now); /* the level file's check (hot reload) */
  if (poll >= 0 && (wait < 0 || poll < wait))
    wait = poll;
  return wait;
}

static void destroy(App *g, void *st)
{
  ChallengeScreen *c = st;
  if (level_alive(g, c))
    challenge_save(g, c);
  runner_free(c->trace);
  challenge_close_views(c);
  code_view_free(c->cv);
  free(c);
}

const AppScreenFns screen_challenge_fns = {create, enter, tick, draw, leave, wait_ms, destroy};
