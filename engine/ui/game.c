/* game.c: the game's life: start-up (settings, window, fonts, packs, the pupil's progress), the
   frame loop (events, replay time, autosave, drawing only on change) and what the screens
   share (opening a level, running a program, recording a run). Decides no rule: core does. */
#include "game.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "messages.h"
#include "paths.h"
#include "program.h"
#include "screens.h"
#include "sys.h"

const char *game_word(const char *key)
{
  return messages_get(key);
}

static void find_packs(Game *g, const char *root)
{
  Pack *found[GAME_MAX_PACKS];
  int n = pack_find_all(root, found, GAME_MAX_PACKS - g->npacks, NULL, NULL);
  for (int i = 0; i < n; i++) {
    memset(&g->packs[g->npacks], 0, sizeof g->packs[0]);
    g->packs[g->npacks++].pack = found[i];
  }
}

static bool platform_open_timed(Game *g, bool offscreen, int w, int h, char *err, size_t errlen)
{
  PlatformOptions po = {0};
  po.offscreen = offscreen;
  po.width = w;
  po.height = h;
  po.fullscreen = g->opt.fullscreen || g->settings.fullscreen;
  po.software = platform_want_software(g->settings.renderer);
  return platform_open(&g->platform, &po, "Codebridge", err, errlen);
}

static bool start_text(Game *g, char *err, size_t errlen)
{
  char fonts[1024];
  paths_data(fonts, sizeof fonts, "assets/fonts");
  g->text = text_new(g->platform.renderer, fonts, err, errlen);
  return g->text != NULL;
}

Game *game_new(const GameOptions *opt, bool offscreen, int w, int h, char *err, size_t errlen)
{
  Game *g = calloc(1, sizeof *g);
  if (!g) {
    snprintf(err, errlen, "game: out of memory");
    return NULL;
  }
  if (opt) g->opt = *opt;
  g->time_scale = 1;
  g->class_chosen = -1;
  settings_defaults(&g->settings);
  if (!g->opt.read_only && settings_path(g->settings_file, sizeof g->settings_file))
    settings_load(&g->settings, g->settings_file);
  double t0 = sys_seconds();
  bool opened = platform_open_timed(g, offscreen, w, h, err, errlen);
  g->platform_open_ms = (sys_seconds() - t0) * 1e3;
  if (!opened || !start_text(g, err, errlen)) {
    game_free(g);
    return NULL;
  }
  g->sound = sound_new();
  g->cv = code_view_new(g->text, &g->theme);
  if (!g->cv) {
    snprintf(err, errlen, "game: out of memory");
    game_free(g);
    return NULL;
  }
  g->ed = code_view_editor(g->cv);
  widgets_init(&g->ui, g->platform.renderer, g->text, &g->theme);
  game_apply_settings(g);
  /* read-only (screenshots) still reads rosters and stars from an explicit folder */
  g->progress_ok = (!g->opt.read_only || g->opt.progress_dir) &&
                   progress_resolve_dir(g->opt.progress_dir, g->progress_dir, sizeof g->progress_dir);
  if (!g->progress_ok && !g->opt.read_only) snprintf(g->message, sizeof g->message, "%s", game_word("ui_no_progress"));
  g->classes = g->progress_ok ? progress_classes(g->progress_dir) : NULL;
  char levels[1024];
  find_packs(g, paths_data(levels, sizeof levels, "levels"));
  if (g->opt.levels_dir) find_packs(g, g->opt.levels_dir);
  else if (g->progress_ok) { /* the levels made in the level editor (screen_editor.c) */
    snprintf(levels, sizeof levels, "%s/my-levels", g->progress_dir);
    find_packs(g, levels);
  }
  g->unlock_all = settings_unlock_all();
  g->teacher = g->opt.teacher || (!g->opt.read_only && screen_teacher_setting());
  replay_init(&g->replay, NULL);
  g->last_ms = platform_ms();
  g->dirty = true;
  return g;
}

static void free_packs(Game *g)
{
  for (int i = 0; i < g->npacks; i++) {
    for (int j = 0; j < PACK_MAX_LEVELS; j++) {
      level_free(g->packs[i].levels[j]);
      free(g->packs[i].kept[j]);
    }
    pack_free(g->packs[i].pack);
  }
  g->npacks = 0;
}

void game_free(Game *g)
{
  if (!g) return;
  if (g->level) game_save_program(g);
  runner_free(g->trace);
  screen_challenge_close(g);
  screen_teacher_free(g);
  screen_editor_free(g);
  code_view_free(g->cv);
  free_packs(g);
  progress_names_free(g->classes);
  progress_names_free(g->roster);
  sound_free(g->sound);
  text_free(g->text);
  platform_close(&g->platform);
  free(g);
}

void game_apply_settings(Game *g)
{
  Settings *s = &g->settings;
  theme_init(&g->theme, s->high_contrast, s->text_step, g->platform.out_w, g->platform.out_h);
  if (g->sound) sound_enable(g->sound, s->sound);
  char err[256];
  messages_load(s->lang, err, sizeof err);
  replay_set_speed(&g->replay, s->speed);
  replay_set_reduced_motion(&g->replay, s->reduced_motion);
  if (g->cv) code_view_set_blink(g->cv, !s->reduced_motion);
  g->dirty = true;
}

void game_save_settings(Game *g)
{
  char err[256];
  if (g->settings_file[0] && !g->opt.read_only && !settings_save(&g->settings, g->settings_file, err, sizeof err))
    fprintf(stderr, "codebridge: %s\n", err);
}

void game_go(Game *g, GameScreen s)
{
  if (g->editor_trial) s = screen_editor_route(g, s);
  if (g->screen == SCREEN_CHALLENGE && s != SCREEN_CHALLENGE) {
    game_save_program(g);
    if (s != SCREEN_RESULT && g->replay.state == REPLAY_PLAYING)
      replay_pause(&g->replay); /* nobody watches it: it waits for them */
  }
  if (s == SCREEN_SETTINGS && g->screen != SCREEN_SETTINGS) g->settings_return = g->screen;
  if (s == SCREEN_MAP) game_load_map(g);
  if (s == SCREEN_RESULT) g->result_ms = platform_ms();
  g->screen = s;
  g->scroll = 0;
  g->editor_focus = false;
  widgets_reset_focus(&g->ui);
  platform_text_input(&g->platform, false);
  g->dirty = true;
}

/* --- who plays and their stars ------------------------------------------------------------ */

void game_play_as(Game *g, const char *pupil, const char *class_name)
{
  g->guest = pupil == NULL;
  snprintf(g->pupil, sizeof g->pupil, "%s", pupil ? pupil : "Guest");
  snprintf(g->class_name, sizeof g->class_name, "%s", class_name ? class_name : "");
  for (int i = 0; i < g->npacks; i++) {
    g->packs[i].loaded = false; /* stars are per pupil */
    for (int j = 0; j < PACK_MAX_LEVELS; j++) { /* and so is the work kept in memory */
      free(g->packs[i].kept[j]);
      g->packs[i].kept[j] = NULL;
    }
  }
}

static void load_pack_levels(GamePack *gp)
{
  for (int j = 0; j < gp->pack->nlevels && j < PACK_MAX_LEVELS; j++) {
    if (gp->levels[j]) continue;
    LevelError e;
    gp->levels[j] = level_load(gp->pack->level_paths[j], &e);
    /* tried again each time the map shows (the teacher may have mended it), told once */
    if (!gp->levels[j] && !gp->told[j]) fprintf(stderr, "codebridge: %s:%d: %s\n", e.file, e.line, e.message);
    gp->told[j] = !gp->levels[j];
  }
}

void game_load_map(Game *g)
{
  ProgressLog *log = NULL;
  char path[1200], err[256];
  if (!g->guest && g->progress_ok &&
      progress_pupil_path(g->progress_dir, g->pupil, g->class_name, path, sizeof path))
    log = progress_read_file(path, err, sizeof err); /* NULL: a new pupil */
  for (int i = 0; i < g->npacks; i++) {
    GamePack *gp = &g->packs[i];
    load_pack_levels(gp);
    if (gp->loaded) continue;
    for (int j = 0; j < PACK_MAX_LEVELS; j++) {
      const Level *lv = gp->levels[j];
      gp->best[j] = (log && lv) ? progress_best_stars(log, gp->pack->id, lv->id) : -1;
    }
    gp->loaded = true;
  }
  progress_log_free(log);
}

/* --- the challenge ------------------------------------------------------------------------ */

static void count_blocks(Game *g)
{
  ProgramError perr;
  const char *text = texted_text(g->ed);
  Program *p = program_parse(text, strlen(text), &perr);
  g->blocks_now = p ? program_count_blocks(p) : -1;
  program_free(p);
}

bool game_open_level(Game *g, int pack_i, int level_i)
{
  if (pack_i < 0 || pack_i >= g->npacks) return false;
  GamePack *gp = &g->packs[pack_i];
  load_pack_levels(gp);
  if (level_i < 0 || level_i >= gp->pack->nlevels || !gp->levels[level_i]) return false;
  if (g->level) game_save_program(g);
  g->pack_i = pack_i;
  g->level_i = level_i;
  g->level = gp->levels[level_i];
  size_t len = 0;
  char *saved = g->progress_ok && !g->guest ? progress_load_program(g->progress_dir, g->pupil, g->class_name,
                                                       gp->pack->id, g->level->id, &len)
                               : NULL;
  if (!saved && gp->kept[level_i]) saved = strdup(gp->kept[level_i]); /* a guest came back */
  const char *start = saved ? saved : g->level->start_program ? g->level->start_program : "";
  code_view_set_text(g->cv, start);
  free(saved);
  code_view_set_error(g->cv, 0, NULL);
  code_view_set_running_line(g->cv, 0);
  code_view_set_read_only(g->cv, false);
  g->saved_change = g->counted_change = texted_changed(g->ed);
  count_blocks(g);
  runner_free(g->trace);
  g->trace = NULL;
  replay_init(&g->replay, NULL);
  game_apply_settings(g);
  g->hints_shown = 0;
  g->level_start_ms = platform_ms();
  screen_challenge_open(g);
  game_go(g, SCREEN_CHALLENGE);
  g->editor_focus = true;
  return true;
}

/* The program in memory, for a player whose work is not written (a guest, or no progress
   folder): leaving the level and coming back must not lose it. */
static void keep_program(Game *g)
{
  if (g->pack_i < 0 || g->pack_i >= g->npacks || g->level_i < 0 || g->level_i >= PACK_MAX_LEVELS)
    return;
  GamePack *gp = &g->packs[g->pack_i];
  if (gp->levels[g->level_i] != g->level) return;
  char *copy = strdup(texted_text(g->ed));
  if (!copy) return;
  free(gp->kept[g->level_i]);
  gp->kept[g->level_i] = copy;
}

void game_save_program(Game *g)
{
  screen_challenge_sync(g); /* the blocks' text first: the text is what is saved */
  /* a guest is anonymous: their work lasts the session only, nothing is written for them */
  if (g->level && (g->editor_trial || !g->progress_ok || g->opt.read_only || g->guest)) {
    /* nothing to write, but changes are kept for the session (unchanged text may be the
       last player's: a new one opening a level comes through here) */
    if (!g->editor_trial && !g->opt.read_only && texted_changed(g->ed) != g->saved_change)
      keep_program(g);
    g->saved_change = texted_changed(g->ed); /* nothing to save: the loop must not wait for it */
    return;
  }
  if (!g->level || texted_changed(g->ed) == g->saved_change) return;
  const char *text = texted_text(g->ed);
  char err[256];
  if (progress_save_program(g->progress_dir, g->pupil, g->class_name,
                            g->packs[g->pack_i].pack->id, g->level->id, text, strlen(text), err,
                            sizeof err)) {
    g->saved_change = texted_changed(g->ed);
  } else {
    fprintf(stderr, "codebridge: %s\n", err);
    g->change_ms = platform_ms(); /* try again after the same delay, not on every frame */
  }
}

void game_run_program(Game *g, bool step_only)
{
  if (!g->level || g->level_broken) return; /* the file on disk is not this level any more */
  game_save_program(g); /* syncs the blocks' text into the editor first */
  g->run_blocks = g->blocks;
  if (g->bv) g->blocks_run = block_view_changed(g->bv);
  const char *text = texted_text(g->ed);
  RunOptions ro = {g->settings.lang, 0, 0};
  RunTrace *t = runner_run(g->level, text, strlen(text), &ro);
  if (!t) return;
  runner_free(g->trace);
  g->trace = t;
  replay_init(&g->replay, t);
  replay_set_speed(&g->replay, g->settings.speed);
  replay_set_reduced_motion(&g->replay, g->settings.reduced_motion);
  g->shown_frame = 0;
  g->recorded = false;
  if (step_only)
    replay_step(&g->replay);
  else
    replay_play(&g->replay);
  sound_play(g->sound, SOUND_RUN);
  g->dirty = true;
}

/* One line in the pupil's progress log per finished run, and their best stars updated. */
static void record_run(Game *g)
{
  const RunTrace *t = g->trace;
  if (g->editor_trial) { /* the teacher trying a level being made: no pupil's attempt */
    g->recorded = true;
    return;
  }
  GamePack *gp = &g->packs[g->pack_i];
  if (t->stars > gp->best[g->level_i]) gp->best[g->level_i] = t->stars;
  if (gp->best[g->level_i] < 0) gp->best[g->level_i] = 0;
  g->recorded = true;
  if (g->guest || !g->progress_ok || g->opt.read_only) return;
  ProgressAttempt a = {0};
  a.time = time(NULL);
  snprintf(a.pack, sizeof a.pack, "%s", gp->pack->id);
  snprintf(a.level, sizeof a.level, "%s", g->level->id);
  snprintf(a.outcome, sizeof a.outcome, "%s", runner_outcome_name(t->outcome));
  a.stars = t->stars;
  a.blocks = t->blocks;
  a.steps = t->steps;
  a.seconds = (int)((platform_ms() - g->level_start_ms) / 1000);
  snprintf(a.view, sizeof a.view, "%s", g->run_blocks ? "blocks" : "text");
  const char *text = texted_text(g->ed);
  char err[256];
  if (!progress_record(g->progress_dir, g->pupil, g->class_name, &a, text, strlen(text), err,
                       sizeof err))
    fprintf(stderr, "codebridge: %s\n", err);
}

/* Sounds for each newly reached frame, and the result once the replay is over. */
static void follow_replay(Game *g)
{
  if (!g->trace) return;
  ReplayPose pose = replay_pose(&g->replay);
  if (pose.line_frame != g->shown_frame && pose.line_frame > 0) {
    g->shown_frame = pose.line_frame;
    const RunFrame *f = &g->trace->frames[pose.line_frame];
    sound_play(g->sound, f->bumped ? SOUND_BUMP : SOUND_STEP);
  }
  uint64_t now = platform_ms();
  if (replay_finished(&g->replay) && !g->recorded) {
    record_run(g);
    if (g->trace->outcome == RUN_SOLVED) sound_play(g->sound, SOUND_WIN);
    else if (g->trace->line > 0) code_view_set_error(g->cv, g->trace->line, g->trace->message);
    /* a moment to see where the robot ended before the result covers it */
    if (g->screen == SCREEN_CHALLENGE) g->result_due_ms = now + (uint64_t)(700 / g->time_scale) + 1;
  }
  if (g->result_due_ms && now >= g->result_due_ms) {
    g->result_due_ms = 0;
    if (g->screen == SCREEN_CHALLENGE && replay_finished(&g->replay)) game_go(g, SCREEN_RESULT);
  }
}

/* --- the loop ----------------------------------------------------------------------------- */

SDL_Rect game_top_bar(Game *g, const char *title, const char *back_key, GameScreen back_to,
                      bool settings)
{
  const Theme *t = &g->theme;
  int h = theme_px(t, 56), m = theme_px(t, 8), bw = theme_px(t, 150);
  SDL_Rect bar = {0, 0, g->platform.out_w, h};
  SDL_Color c = theme_colour(t, THEME_PANEL);
  SDL_SetRenderDrawColor(g->platform.renderer, c.r, c.g, c.b, 255);
  SDL_RenderFillRect(g->platform.renderer, &bar);
  c = theme_colour(t, THEME_PANEL_EDGE);
  SDL_SetRenderDrawColor(g->platform.renderer, c.r, c.g, c.b, 255);
  SDL_RenderFillRect(g->platform.renderer, &(SDL_Rect){0, h - theme_px(t, 2), bar.w, theme_px(t, 2)});
  int left = m;
  if (back_key) { /* as wide as its words need (e.g. "Back to editor" in large text) */
    const char *label = game_word(back_key);
    int need = text_width_z(g->text, TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_BUTTON), label) +
               theme_px(t, 24);
    int lw = need > bw ? (need < bar.w / 4 ? need : bar.w / 4) : bw;
    if (widgets_button(&g->ui, (SDL_Rect){m, m, lw, h - 2 * m}, label, WIDGET_QUIET))
      game_go(g, back_to);
    left += lw + m;
  }
  int right = bar.w - m;
  if (settings) {
    SDL_Rect sb = {bar.w - m - bw, m, bw, h - 2 * m};
    if (widgets_button(&g->ui, sb, game_word("ui_settings"), WIDGET_QUIET))
      game_go(g, SCREEN_SETTINGS);
    right = sb.x - m;
  }
  widgets_label_centre(&g->ui, (SDL_Rect){left + m, 0, right - left - 2 * m, h - theme_px(t, 2)},
                       TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_TITLE),
                       theme_colour(t, THEME_TITLE), title);
  return (SDL_Rect){0, h, bar.w, g->platform.out_h - h};
}

void game_follow_focus(Game *g, SDL_Rect view, int content_h, int first)
{
  int step = theme_px(&g->theme, 60), old = g->scroll;
  for (int i = 0; i < g->input.n; i++)
    if (g->input.ev[i].kind == INPUT_WHEEL) g->scroll -= g->input.ev[i].wheel * step;
  SDL_Rect f = g->ui.focus_rect;
  if (g->ui.show_focus && g->ui.focus >= first) {
    if (f.y < view.y) g->scroll -= view.y - f.y + step / 2;
    if (f.y + f.h > view.y + view.h) g->scroll += f.y + f.h - (view.y + view.h) + step / 2;
  }
  int max = content_h - view.h;
  if (g->scroll > max) g->scroll = max;
  if (g->scroll < 0) g->scroll = 0;
  if (g->scroll != old) g->dirty = true;
}

void game_clear(Game *g)
{
  SDL_Color bg = theme_colour(&g->theme, THEME_BG);
  SDL_SetRenderDrawBlendMode(g->platform.renderer, SDL_BLENDMODE_NONE);
  SDL_SetRenderDrawColor(g->platform.renderer, bg.r, bg.g, bg.b, 255);
  SDL_RenderClear(g->platform.renderer);
}

static void pass(Game *g, const SDL_Rect *clip)
{
  widgets_begin(&g->ui, &g->input);
  SDL_RenderSetClipRect(g->platform.renderer, clip);
  if (clip) { /* SDL_RenderClear ignores the clip rectangle */
    SDL_Color bg = theme_colour(&g->theme, THEME_BG);
    SDL_SetRenderDrawColor(g->platform.renderer, bg.r, bg.g, bg.b, 255);
    SDL_RenderFillRect(g->platform.renderer, clip);
  } else {
    game_clear(g);
  }
  switch (g->screen) {
  case SCREEN_PUPIL: screen_pupil(g); break;
  case SCREEN_MAP: screen_map(g); break;
  case SCREEN_CHALLENGE: screen_challenge(g); break;
  case SCREEN_RESULT: screen_result(g); break;
  case SCREEN_SETTINGS: screen_settings(g); break;
  case SCREEN_TEACHER: screen_teacher(g); break;
  case SCREEN_EDITOR: screen_editor(g); break;
  }
  widgets_end(&g->ui);
  SDL_RenderSetClipRect(g->platform.renderer, NULL);
}

/* A press changes what the pass drew: draw again at once with no new input, so the picture
   presented always matches the state (at most a few passes: each needs a press). */
void game_render(Game *g)
{
  g->dirty = false;
  pass(g, NULL);
  /* a press, or a pass that moved things (e.g. scrolled to the keyboard focus): draw again now,
     or the picture shown would be the one before the move */
  for (int i = 0; i < 4 && (g->ui.changed || g->dirty); i++) {
    g->dirty = false;
    g->input.n = 0;
    pass(g, NULL);
  }
  platform_present(&g->platform);
  g->dirty = false;
  ReplayPose p = replay_pose(&g->replay);
  g->drawn_world_frame = p.world_frame;
  g->drawn_line_frame = p.line_frame;
}

/* A replay frame in which only the robot moved: with the software renderer the target keeps
   last frame's pixels, so the world view's rectangle alone is drawn again. */
static void render_moved(Game *g)
{
  ReplayPose p = replay_pose(&g->replay);
  bool same_step = p.world_frame == g->drawn_world_frame && p.line_frame == g->drawn_line_frame;
  if (!g->platform.software || g->screen != SCREEN_CHALLENGE || !same_step ||
      g->world_rect.w <= 0) {
    game_render(g);
    return;
  }
  pass(g, &g->world_rect);
  platform_present(&g->platform);
}

static void track_edits(Game *g, uint64_t now)
{
  unsigned long c = texted_changed(g->ed);
  if (c != g->counted_change) {
    g->counted_change = c;
    g->change_ms = now;
    count_blocks(g);
    g->dirty = true;
  }
  if (c != g->saved_change && now - g->change_ms >= GAME_SAVE_DELAY_MS) game_save_program(g);
}

/* The remembered widget under (x, y), or -1. */
static int hovered(const Game *g, int x, int y)
{
  for (int i = 0; i < g->ui.nseen; i++)
    if (widgets_inside(g->ui.seen[i].rect, x, y)) return i;
  return -1;
}

/* Mouse moves alone redraw only when the mouse crossed into or out of a button (its hover
   colour), or drags (a selection in the editor). */
static bool input_matters(Game *g)
{
  const Input *in = &g->input;
  bool moves_only = in->n > 0 && !in->mouse_down;
  for (int i = 0; i < in->n && moves_only; i++) moves_only = in->ev[i].kind == INPUT_MOUSE_MOVE;
  int h = hovered(g, in->mouse_x, in->mouse_y);
  bool changed = h != g->hover;
  g->hover = h;
  return in->n > 0 && (!moves_only || changed);
}

bool game_frame(Game *g, int wait_ms)
{
  platform_poll(&g->platform, &g->input, wait_ms);
  if (g->input.quit) g->quit = true;
  if (g->input.resized) theme_resize(&g->theme, g->platform.out_w, g->platform.out_h);
  if (g->input.resized || g->input.exposed || input_matters(g)) g->dirty = true;
  uint64_t now = platform_ms();
  double dt = (double)(now - g->last_ms) / 1000.0 * g->time_scale;
  g->last_ms = now;
  bool moved = replay_advance(&g->replay, dt > 0.1 * g->time_scale ? 0.1 * g->time_scale : dt);
  follow_replay(g);
  if (g->level) track_edits(g, now);
  if (g->screen == SCREEN_CHALLENGE && code_view_tick(g->cv, now)) g->dirty = true;
  if (g->screen == SCREEN_CHALLENGE && screen_challenge_poll(g, now)) g->dirty = true;
  if (g->screen == SCREEN_RESULT && !g->settings.reduced_motion && now - g->result_ms < 1200)
    g->dirty = true; /* the celebration moves for a moment */
  if (g->dirty) game_render(g);
  else if (moved) render_moved(g);
  return !g->quit;
}

int game_wait_ms(const Game *g)
{
  if (replay_animating(&g->replay) || g->dirty) return 15;
  if (g->result_due_ms) {
    uint64_t now = platform_ms();
    return g->result_due_ms > now ? (int)(g->result_due_ms - now) : 1;
  }
  if (g->screen == SCREEN_RESULT && !g->settings.reduced_motion &&
      platform_ms() - g->result_ms < 1200)
    return 15;
  uint64_t now = platform_ms();
  int wait = g->screen == SCREEN_CHALLENGE ? code_view_wake_ms(g->cv, now) : -1;
  if (g->level && texted_changed(g->ed) != g->saved_change) {
    uint64_t due = g->change_ms + GAME_SAVE_DELAY_MS;
    int save = due > now ? (int)(due - now) + 1 : 1;
    if (wait < 0 || save < wait) wait = save;
  }
  int poll = screen_challenge_wait_ms(g, now); /* the level file's check (hot reload) */
  if (poll >= 0 && (wait < 0 || poll < wait)) wait = poll;
  return wait;
}

int game_main(const GameOptions *opt)
{
  char err[512];
  Game *g = game_new(opt, false, 0, 0, err, sizeof err);
  if (!g) {
    fprintf(stderr, "codebridge: %s\n", err);
    return 1;
  }
  while (game_frame(g, game_wait_ms(g))) {
  }
  game_free(g);
  SDL_Quit();
  return 0;
}

/* --- small accessors ---------------------------------------------------------------------- */

GameScreen game_screen(const Game *g) { return g->screen; }
void game_show(Game *g, GameScreen s) { game_go(g, s); }
SDL_Surface *game_surface(Game *g) { return g->platform.surface; }
void game_set_time_scale(Game *g, double scale) { g->time_scale = scale; }
const char *game_program(const Game *g) { return texted_text(g->ed); }

void game_set_program(Game *g, const char *text)
{
  code_view_set_text(g->cv, text);
  screen_challenge_refresh(g); /* the blocks view shows it too */
  count_blocks(g);
  g->dirty = true;
}

bool game_find_button(const Game *g, const char *label, SDL_Rect *out)
{
  return widgets_find(&g->ui, label, out, NULL);
}

const char *game_pupil(const Game *g) { return g->pupil; }

const char *game_last_outcome(const Game *g, int *stars)
{
  if (stars) *stars = g->trace ? g->trace->stars : 0;
  return g->trace ? runner_outcome_name(g->trace->outcome) : "";
}

void game_run_to(Game *g, int frame)
{
  game_run_program(g, false);
  if (!g->trace) return;
  int last = replay_last_frame(&g->replay);
  replay_seek(&g->replay, frame < 0 || frame > last ? last : frame);
  g->shown_frame = g->replay.frame;
  if (replay_finished(&g->replay) && g->trace->outcome != RUN_SOLVED && g->trace->line > 0)
    code_view_set_error(g->cv, g->trace->line, g->trace->message); /* as the loop would */
  g->dirty = true;
}
