/* screen_challenge.c: the challenge screen: the world (replayed), the story and hints, the
   Text/Blocks switch and the two views of one program (the text stays the truth: the block
   view's canonical text goes into the editor on every change), Run, Step, Step back, Stop, the
   speed, blocks against par, what the program printed, the pupil's remembered view, and hot
   reload of the level file (with its error panel). Lays out in pixels from the theme's scale;
   decides nothing about outcomes (the runner does). */
#define _POSIX_C_SOURCE 200809L /* stat's st_mtim */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "messages.h"
#include "screens.h"
#include "sys.h"
#include "world_view.h"

#define RELOAD_CHECK_MS 1000 /* how often the level file's time is looked at */

static int button_w(Game *g, const char *key);
static bool switch_shown(const Game *g);

typedef struct {
  SDL_Rect top, world, story, mode, speed, code, controls, output;
} ChallengeLayout;

static ChallengeLayout layout(Game *g, SDL_Rect body)
{
  const Theme *t = &g->theme;
  ChallengeLayout L;
  int m = theme_px(t, 10), row = theme_px(t, 40);
  int lw = (body.w - m) * 45 / 100, rw = body.w - m - lw;
  /* the story gets the lines it needs (up to 45% of the height); the world the rest */
  int px = theme_font_px(t, THEME_FONT_BODY), lh = text_line_height(g->text, TEXT_FONT_UI, px);
  int lines = text_wrap_count(g->text, TEXT_FONT_UI, px,
                              level_text(&g->level->story, g->settings.lang), lw - theme_px(t, 24));
  int story_h = (lines + 1) * lh + theme_px(t, 44 + 36);
  if (story_h > body.h * 45 / 100) story_h = body.h * 45 / 100;
  int wh = body.h - m - story_h;
  if (wh > lw) wh = lw;
  L.world = (SDL_Rect){body.x, body.y, lw, wh};
  L.story = (SDL_Rect){body.x, body.y + wh + m, lw, body.h - wh - m};
  int rx = body.x + lw + m;
  int mode_w = button_w(g, "ui_view_text") + button_w(g, "ui_view_blocks") + theme_px(t, 6);
  if (!switch_shown(g)) mode_w = -m; /* one view only: the speed takes the row */
  L.mode = (SDL_Rect){rx, body.y, mode_w, row};
  L.speed = (SDL_Rect){rx + mode_w + m, body.y, rw - mode_w - m, row};
  int out_h = theme_px(t, 78), ctl_h = theme_px(t, 54);
  L.output = (SDL_Rect){rx, body.y + body.h - out_h, rw, out_h};
  L.controls = (SDL_Rect){rx, L.output.y - m - ctl_h, rw, ctl_h};
  L.code = (SDL_Rect){rx, body.y + row + m, rw, L.controls.y - m - (body.y + row + m)};
  return L;
}

/* The world as the replay has it now (the start while stopped), and the robot's pose. */
static WorldViewPose current_world(Game *g)
{
  bool playing = g->trace && g->replay.state != REPLAY_STOPPED;
  if (!playing) {
    g->world = g->level->start;
    return world_view_pose(&g->world);
  }
  ReplayPose p = replay_pose(&g->replay);
  runner_frame_world(g->trace, g->level, p.world_frame, &g->world);
  WorldViewPose v = {p.x, p.y, p.angle / 90.0f, p.shake_x, p.shake_y, 0};
  return v;
}

static void draw_story(Game *g, SDL_Rect r)
{
  const Theme *t = &g->theme;
  widgets_panel(&g->ui, r);
  int pad = theme_px(t, 12), body = theme_font_px(t, THEME_FONT_BODY);
  int bh = theme_px(t, 44), bw = theme_px(t, 120);
  SDL_Rect text_area = {r.x + pad, r.y + pad, r.w - 2 * pad, r.h - 3 * pad - bh};
  const char *story = level_text(&g->level->story, g->settings.lang);
  char hint[600] = "";
  if (g->hints_shown > 0 && g->level->nhints > 0) {
    const LevelText *h = &g->level->hints[(g->hints_shown - 1) % g->level->nhints];
    snprintf(hint, sizeof hint, "%s %s", game_word("ui_hint_prefix"), level_text(h, g->settings.lang));
  }
  /* large text in a small window: smaller letters (not below the small size) rather than a
     story cut short or a hint that never shows; at the least the hint asked for shows */
  int small = theme_font_px(t, THEME_FONT_SMALL), lh = 1, need = 0;
  for (;; body--) {
    lh = text_line_height(g->text, TEXT_FONT_UI, body);
    need = text_wrap_count(g->text, TEXT_FONT_UI, body, story, text_area.w) * lh;
    if (hint[0]) need += lh / 3 + text_wrap_count(g->text, TEXT_FONT_UI_BOLD, body, hint, text_area.w) * lh;
    if (need <= text_area.h || body <= small) break;
  }
  int max_lines = text_area.h / (lh > 0 ? lh : 1), y = text_area.y;
  if (!hint[0] || need <= text_area.h)
    y = text_draw_wrapped(g->text, TEXT_FONT_UI, body, text_area.x, text_area.y, text_area.w,
                          max_lines, theme_colour(t, THEME_TEXT), story) + lh / 3;
  int left = max_lines - (y - text_area.y) / (lh > 0 ? lh : 1);
  if (hint[0] && left > 0)
    text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, body, text_area.x, y, text_area.w, left,
                      theme_colour(t, THEME_TITLE), hint);
  SDL_Rect hint_btn = {r.x + pad, r.y + r.h - pad - bh, bw, bh};
  if (widgets_button(&g->ui, hint_btn, game_word("ui_hint"),
                     g->level->nhints > 0 ? WIDGET_QUIET : WIDGET_OFF))
    g->hints_shown++;
  char blocks[128], par[32];
  snprintf(par, sizeof par, "%d", g->level->par);
  if (g->blocks_now >= 0) {
    char n[32];
    snprintf(n, sizeof n, "%d", g->blocks_now);
    messages_format(blocks, sizeof blocks, "ui_blocks_par", "blocks", n, "par", par, NULL);
  } else {
    messages_format(blocks, sizeof blocks, "ui_par_only", "par", par, NULL);
  }
  SDL_Rect label = {hint_btn.x + bw + pad, hint_btn.y, r.x + r.w - pad - (hint_btn.x + bw + pad), bh};
  widgets_label_left(&g->ui, label, TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_BODY),
                     theme_colour(t, THEME_TEXT), blocks);
}

/* The width a button needs for its label. */

static int button_w(Game *g, const char *key)
{
  int px = theme_font_px(&g->theme, THEME_FONT_BUTTON);
  return text_width_z(g->text, TEXT_FONT_UI_BOLD, px, game_word(key)) + theme_px(&g->theme, 32);
}

/* --- the two views ------------------------------------------------------------------------ */

/* The switch shows when the level offers both views, and on a blocks-only level whose program
   does not parse (the pupil mends it in text, then goes back). */
static bool switch_shown(const Game *g)
{
  const char *mode = g->level->mode;
  if (strcmp(mode, "text") == 0) return false;
  return strcmp(mode, "blocks") != 0 || !g->blocks;
}

static void halt_replay(Game *g)
{
  replay_stop(&g->replay);
  g->result_due_ms = 0;
  code_view_set_running_line(g->cv, 0);
  code_view_set_read_only(g->cv, false);
}

/* The block view's canonical text into the editor (when it differs), so that saving, running
   and the text view all see what the blocks show. */
static void take_text(Game *g)
{
  size_t len = 0;
  char *t = block_view_text(g->bv, &len);
  if (!t) return;
  if (strcmp(t, texted_text(g->ed)) != 0) {
    if (g->trace && g->replay.state != REPLAY_STOPPED) halt_replay(g); /* its lines moved */
    code_view_set_text(g->cv, t);
  }
  free(t);
  g->blocks_taken = block_view_changed(g->bv);
}

/* Parses the editor's text into blocks. On a syntax error the pupil stays in text and the
   friendly sentence marks the line; nothing is lost either way. */
static bool to_blocks(Game *g)
{
  if (!g->bv) return false;
  const char *text = texted_text(g->ed);
  ProgramError perr;
  if (!block_view_set_text(g->bv, text, strlen(text), &perr)) {
    MessageReason why;
    char sentence[512];
    messages_explain_parse(&perr, &why);
    messages_sentence(&why, sentence, sizeof sentence);
    code_view_set_error(g->cv, why.line > 0 ? why.line : perr.line, sentence);
    g->blocks = false;
    return false;
  }
  g->blocks = true;
  take_text(g); /* the canonical text: the blocks' lines are the run's lines */
  return true;
}

static void to_text(Game *g)
{
  if (g->bv && g->blocks) take_text(g);
  g->blocks = false;
}

/* mkdir -p of path's folder. */
static void make_parent(const char *path)
{
  char buf[1200];
  snprintf(buf, sizeof buf, "%s", path);
  char *slash = sys_last_sep(buf);
  if (!slash) return;
  *slash = '\0';
  sys_mkdirs(buf);
}

/* The pupil's chosen view of a level: PACK/LEVEL.view beside their saved PACK/LEVEL.lua. */
static bool view_path(const Game *g, int level_i, char *out, size_t cap)
{
  const GamePack *gp = &g->packs[g->pack_i];
  if (g->guest || !g->progress_ok || level_i < 0 || level_i >= gp->pack->nlevels) return false;
  const Level *lv = gp->levels[level_i];
  if (!lv || !progress_program_path(g->progress_dir, g->pupil, g->class_name, gp->pack->id,
                                    lv->id, out, cap))
    return false;
  size_t n = strlen(out);
  if (n < 4 || n + 2 > cap || strcmp(out + n - 4, ".lua") != 0) return false;
  memcpy(out + n - 4, ".view", 6);
  return true;
}

/* 1 blocks, 0 text, -1 never chosen. */
static int view_load(const Game *g, int level_i)
{
  char path[1200], err[256];
  size_t len = 0;
  if (!view_path(g, level_i, path, sizeof path)) return -1;
  char *s = fileio_read(path, 64, &len, err, sizeof err);
  int v = !s ? -1 : strncmp(s, "blocks", 6) == 0 ? 1 : strncmp(s, "text", 4) == 0 ? 0 : -1;
  free(s);
  return v;
}

static void view_save(Game *g)
{
  char path[1200], err[256];
  if (g->opt.read_only || strcmp(g->level->mode, "both") != 0 ||
      !view_path(g, g->level_i, path, sizeof path) || view_load(g, g->level_i) == (int)g->blocks)
    return;
  make_parent(path);
  const char *s = g->blocks ? "blocks\n" : "text\n";
  if (!fileio_write_atomic(path, s, strlen(s), err, sizeof err))
    fprintf(stderr, "codebridge: %s\n", err);
}

/* Blocks-only and text-only levels say which; on "both" the pupil's choice for this level,
   else the one they made on the level before it, else blocks: most pupils of 5-9 cannot type,
   and one press on Text (remembered from then on) serves those who can. */
static bool wanted_view(const Game *g)
{
  const char *mode = g->level->mode;
  if (strcmp(mode, "blocks") == 0) return true;
  if (strcmp(mode, "text") == 0) return false;
  int v = view_load(g, g->level_i);
  if (v < 0) v = view_load(g, g->level_i - 1);
  return v != 0;
}

/* A palette and a block view for the open level (both borrow it). */
static void make_view(Game *g)
{
  g->palette_ok = block_palette_init(&g->palette, g->level, g->settings.lang);
  if (g->palette_ok)
    block_palette_set_high_contrast(&g->palette, g->theme.high_contrast);
  g->bv = g->palette_ok ? block_view_new(g->text, &g->theme, &g->palette) : NULL;
  g->blocks_rect = (SDL_Rect){0, 0, 0, 0};
  g->blocks_px = 0;
  g->blocks = false;
}

void screen_challenge_close(Game *g)
{
  block_view_free(g->bv);
  g->bv = NULL;
  if (g->palette_ok) block_palette_deinit(&g->palette);
  g->palette_ok = false;
  g->blocks = false;
}

static bool file_stamp(const char *path, long long *mtime_ns, long long *size)
{
  SysStat st;
  if (!sys_stat(path, &st)) return false;
  *mtime_ns = st.mtime_ns;
  *size = st.size;
  return true;
}

void screen_challenge_open(Game *g)
{
  screen_challenge_close(g);
  g->level_broken = false;
  g->level_mtime_ns = g->level_size = -1;
  file_stamp(g->level->path, &g->level_mtime_ns, &g->level_size);
  g->level_checked_ms = platform_ms();
  make_view(g);
  g->blocks_focus = false;
  if (wanted_view(g)) to_blocks(g);
  view_save(g); /* a view taken from the level before becomes this level's too */
}

void screen_challenge_sync(Game *g)
{
  if (g->bv && g->blocks && block_view_changed(g->bv) != g->blocks_taken) take_text(g);
}

void screen_challenge_refresh(Game *g)
{
  if (g->bv && g->blocks) to_blocks(g);
}

/* --- hot reload --------------------------------------------------------------------------- */

bool screen_challenge_reload(Game *g)
{
  if (!g->level || g->editor_trial) return false; /* the editor's level is not in a pack */
  char path[1024];
  snprintf(path, sizeof path, "%s", g->level->path);
  /* stamped before reading: a save during the read is seen by the next check */
  file_stamp(path, &g->level_mtime_ns, &g->level_size);
  g->level_checked_ms = platform_ms();
  g->dirty = true;
  LevelError e;
  Level *fresh = level_load(path, &e);
  screen_challenge_sync(g);
  runner_free(g->trace); /* it replayed the old level */
  g->trace = NULL;
  replay_init(&g->replay, NULL);
  halt_replay(g);
  if (!fresh) {
    g->level_broken = true;
    g->level_error = e;
    return false;
  }
  bool was_blocks = g->blocks;
  screen_challenge_close(g);
  GamePack *gp = &g->packs[g->pack_i];
  level_free(gp->levels[g->level_i]);
  g->level = gp->levels[g->level_i] = fresh;
  g->level_broken = false;
  make_view(g);
  if (strcmp(fresh->mode, "blocks") == 0 || (was_blocks && strcmp(fresh->mode, "text") != 0))
    to_blocks(g);
  return true;
}

bool screen_challenge_poll(Game *g, uint64_t now)
{
  if (!g->level || g->editor_trial || now - g->level_checked_ms < RELOAD_CHECK_MS) return false;
  g->level_checked_ms = now;
  long long m, size;
  if (!file_stamp(g->level->path, &m, &size)) return false; /* mid-save: look again later */
  if (m == g->level_mtime_ns && size == g->level_size) return false;
  screen_challenge_reload(g);
  return true;
}

int screen_challenge_wait_ms(const Game *g, uint64_t now)
{
  if (g->screen != SCREEN_CHALLENGE || !g->level || g->editor_trial) return -1;
  uint64_t due = g->level_checked_ms + RELOAD_CHECK_MS;
  return due > now ? (int)(due - now) + 1 : 1;
}

/* Instead of the world and the story: what is wrong with the level file, for the teacher. */
static void draw_broken(Game *g, SDL_Rect r)
{
  const Theme *t = &g->theme;
  widgets_panel(&g->ui, r);
  int pad = theme_px(t, 16), title = theme_font_px(t, THEME_FONT_TITLE);
  int body = theme_font_px(t, THEME_FONT_BODY), code = theme_font_px(t, THEME_FONT_CODE);
  int x = r.x + pad, w = r.w - 2 * pad, y = r.y + pad;
  SDL_Color bad = theme_colour(t, THEME_BAD);
  SDL_SetRenderDrawColor(g->platform.renderer, bad.r, bad.g, bad.b, 255);
  SDL_RenderFillRect(g->platform.renderer, &(SDL_Rect){r.x, r.y, theme_px(t, 8), r.h});
  y = text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, title, x, y, w, 3, bad,
                        game_word("ui_level_broken"));
  y = text_draw_wrapped(g->text, TEXT_FONT_UI, body, x, y + pad / 2, w, 6,
                        theme_colour(t, THEME_TEXT), game_word("ui_level_broken_help"));
  char where[1700];
  const LevelError *e = &g->level_error;
  if (e->line > 0) snprintf(where, sizeof where, "%s:%d: %s", e->file, e->line, e->message);
  else snprintf(where, sizeof where, "%s: %s", e->file, e->message);
  int lh = text_line_height(g->text, TEXT_FONT_CODE, code);
  int lines = (r.y + r.h - pad - (y + pad)) / (lh > 0 ? lh : 1);
  if (lines > 0)
    text_draw_wrapped(g->text, TEXT_FONT_CODE, code, x, y + pad, w, lines,
                      theme_colour(t, THEME_TEXT), where);
}

/* The Text / Blocks switch: two option buttons, reached with Tab and pressed with Enter too.
   The view pressed gets the keyboard. */
static void draw_mode_switch(Game *g, SDL_Rect r)
{
  if (!switch_shown(g)) return;
  int gap = theme_px(&g->theme, 6);
  int a = button_w(g, "ui_view_text"), b = button_w(g, "ui_view_blocks");
  bool was = g->blocks;
  if (widgets_button(&g->ui, (SDL_Rect){r.x, r.y, a, r.h}, game_word("ui_view_text"),
                     g->blocks ? WIDGET_QUIET : WIDGET_CHOSEN) && g->blocks)
    to_text(g);
  if (widgets_button(&g->ui, (SDL_Rect){r.x + a + gap, r.y, b, r.h}, game_word("ui_view_blocks"),
                     !g->bv ? WIDGET_OFF : g->blocks ? WIDGET_CHOSEN : WIDGET_QUIET) &&
      !g->blocks)
    to_blocks(g);
  if (g->blocks != was) {
    view_save(g);
    g->editor_focus = true;
    g->dirty = true;
  }
}

static void change_speed(Game *g, int by)
{
  int s = g->settings.speed + by;
  if (s < 1 || s > REPLAY_SPEEDS) return;
  g->settings.speed = s;
  replay_set_speed(&g->replay, s);
  game_save_settings(g);
}

static void draw_speed(Game *g, SDL_Rect r)
{
  const Theme *t = &g->theme;
  int gap = theme_px(t, 6), a = button_w(g, "ui_slower"), b = button_w(g, "ui_faster");
  char label[64], n[8];
  snprintf(n, sizeof n, "%d", g->settings.speed);
  messages_format(label, sizeof label, "ui_speed", "speed", n, NULL);
  int px = theme_font_px(t, THEME_FONT_BODY);
  int lw = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, label) + theme_px(t, 10);
  const char *slower = game_word("ui_slower"), *faster = game_word("ui_faster");
  if (lw + a + b + gap > r.w) { /* big text in a small window: - 3 + */
    slower = "-";
    faster = "+";
    a = b = r.h * 5 / 4;
    snprintf(label, sizeof label, "%s", n);
    lw = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, label) + theme_px(t, 10);
  }
  int x = r.x + r.w - a - b - gap - lw;
  if (x < r.x) x = r.x;
  widgets_label_left(&g->ui, (SDL_Rect){x, r.y, lw, r.h}, TEXT_FONT_UI_BOLD, px,
                     theme_colour(t, THEME_TEXT), label);
  if (widgets_button(&g->ui, (SDL_Rect){x + lw, r.y, a, r.h}, slower,
                     g->settings.speed > 1 ? WIDGET_QUIET : WIDGET_OFF))
    change_speed(g, -1);
  if (widgets_button(&g->ui, (SDL_Rect){x + lw + a + gap, r.y, b, r.h}, faster,
                     g->settings.speed < REPLAY_SPEEDS ? WIDGET_QUIET : WIDGET_OFF))
    change_speed(g, +1);
}

static void stop(Game *g)
{
  halt_replay(g);
}

static void draw_controls(Game *g, SDL_Rect r)
{
  int gap = theme_px(&g->theme, 8);
  bool stopped = !g->trace || g->replay.state == REPLAY_STOPPED;
  bool playing = g->replay.state == REPLAY_PLAYING;
  const char *keys[4] = {playing ? "ui_pause" : "ui_run", "ui_step", "ui_step_back", "ui_stop"};
  int w[4], need = 3 * gap;
  for (int i = 0; i < 4; i++) need += w[i] = button_w(g, keys[i]);
  int extra = r.w - need; /* spare room goes to Run; too little shrinks all alike */
  if (extra >= 0) w[0] += extra;
  else for (int i = 0; i < 4; i++) w[i] += extra / 4;
  SDL_Rect b = {r.x, r.y, w[0], r.h};
  /* a broken level file runs nothing (game_run_program refuses): the buttons say so */
  if (widgets_button(&g->ui, b, game_word(keys[0]), g->level_broken ? WIDGET_OFF : WIDGET_GO)) {
    if (playing) replay_pause(&g->replay);
    else if (stopped || replay_finished(&g->replay)) game_run_program(g, false);
    else replay_play(&g->replay);
  }
  b = (SDL_Rect){b.x + b.w + gap, r.y, w[1], r.h};
  if (widgets_button(&g->ui, b, game_word(keys[1]), g->level_broken ? WIDGET_OFF : WIDGET_NORMAL)) {
    if (stopped) game_run_program(g, true);
    else replay_step(&g->replay);
  }
  b = (SDL_Rect){b.x + b.w + gap, r.y, w[2], r.h};
  if (widgets_button(&g->ui, b, game_word(keys[2]), stopped ? WIDGET_OFF : WIDGET_NORMAL))
    replay_step_back(&g->replay);
  b = (SDL_Rect){b.x + b.w + gap, r.y, w[3], r.h};
  if (widgets_button(&g->ui, b, game_word(keys[3]), stopped ? WIDGET_OFF : WIDGET_STOP)) stop(g);
}

/* The last lines printed up to the frame on show, newest at the bottom. */
static void draw_output(Game *g, SDL_Rect r)
{
  const Theme *t = &g->theme;
  widgets_panel(&g->ui, r);
  int pad = theme_px(t, 8), px = theme_font_px(t, THEME_FONT_SMALL);
  int lh = text_line_height(g->text, TEXT_FONT_CODE, px);
  int lines = (r.h - 2 * pad) / (lh > 0 ? lh : 1);
  size_t len = 0;
  if (g->trace && g->replay.state != REPLAY_STOPPED) {
    ReplayPose p = replay_pose(&g->replay);
    len = g->trace->frames[p.world_frame].output_len;
    /* what was printed after the last action belongs to no frame: the end shows it too */
    if (replay_finished(&g->replay)) len = g->trace->output_len;
  }
  if (len == 0) {
    widgets_label_left(&g->ui, (SDL_Rect){r.x + pad, r.y + pad, r.w - 2 * pad, lh}, TEXT_FONT_UI,
                       px, theme_colour(t, THEME_TEXT_DIM), game_word("ui_output_empty"));
    return;
  }
  const char *out = g->trace->output;
  size_t start = len;
  int n = 0;
  if (start > 0 && out[start - 1] == '\n') start--;
  while (start > 0 && n < lines) {
    if (out[start - 1] == '\n') n++;
    if (n < lines) start--;
  }
  int y = r.y + pad;
  while (start < len && y + lh <= r.y + r.h) {
    const char *nl = memchr(out + start, '\n', len - start);
    size_t l = nl ? (size_t)(nl - (out + start)) : len - start;
    text_draw(g->text, TEXT_FONT_CODE, px, r.x + pad, y, theme_colour(t, THEME_TEXT), out + start, l);
    start += l + 1;
    y += lh;
  }
}

/* The code editor: a focusable area; a click or Enter puts the keyboard in it, Escape takes
   it out again. While it holds the keyboard every event goes to it. */
static void draw_editor(Game *g, SDL_Rect r)
{
  bool focused = widgets_focusable(&g->ui, r);
  bool clicked_in = g->ui.clicked && widgets_inside(r, g->ui.click_x, g->ui.click_y);
  if (clicked_in || (focused && g->ui.activate)) g->ui.captured = true;
  if (!focused || (g->ui.clicked && !clicked_in)) g->ui.captured = false;
  if (g->editor_focus) { /* a level just opened, or Text was chosen: the pupil can type at once */
    g->editor_focus = false;
    g->ui.focus = g->ui.count - 1;
    g->ui.captured = focused = true;
  }
  bool editing = g->ui.captured;
  code_view_set_focus(g->cv, editing);
  platform_text_input(&g->platform, editing);
  bool editable = !g->trace || g->replay.state == REPLAY_STOPPED;
  code_view_set_read_only(g->cv, !editable);
  if (g->trace && !editable) code_view_set_running_line(g->cv, replay_pose(&g->replay).line);
  for (int i = 0; i < g->input.n; i++) {
    const InputEvent *e = &g->input.ev[i];
    bool mouse = e->kind == INPUT_MOUSE_DOWN || e->kind == INPUT_MOUSE_UP ||
                 e->kind == INPUT_MOUSE_MOVE || e->kind == INPUT_WHEEL;
    if (editing || (mouse && widgets_inside(r, e->x, e->y))) code_view_handle_input(g->cv, e);
  }
  code_view_draw(g->cv, g->platform.renderer, r);
}

/* Lays the view out again after a resize or a change of text size (not every frame). */
static void place_blocks(Game *g, SDL_Rect r)
{
  int px = theme_font_px(&g->theme, THEME_FONT_BODY);
  if (memcmp(&r, &g->blocks_rect, sizeof r) != 0 || px != g->blocks_px) {
    block_view_set_rect(g->bv, r);
    g->blocks_rect = r;
    g->blocks_px = px;
  }
}

/* The block view's input, read before anything else on the screen draws: a click on Text or
   Run must first end a number being typed (the view keeps it), so that no switch or run loses
   it. Mouse events go to the view wherever they land; keys only while it holds the keyboard. */
static void blocks_input(Game *g, SDL_Rect r)
{
  BlockView *v = g->bv;
  if (block_view_busy(v) && g->blocks_focus) { /* widgets_begin took Escape as "leave" */
    g->ui.captured = true;
    g->ui.back = false;
  }
  place_blocks(g, r);
  bool editable = !g->trace || g->replay.state == REPLAY_STOPPED;
  block_view_set_readonly(v, !editable);
  int line = editable ? 0 : replay_pose(&g->replay).line, error_line = 0;
  const char *message = NULL;
  if (g->trace && replay_finished(&g->replay) && g->trace->outcome != RUN_SOLVED &&
      g->trace->line > 0 && block_view_changed(v) == g->blocks_run) {
    error_line = g->trace->line; /* the bump or error, on its block, until the blocks change */
    message = g->trace->message;
  }
  block_view_show_run(v, line, error_line, message);
  block_view_input(v, &g->input, g->blocks_focus && g->ui.captured);
  if (block_view_changed(v) != g->blocks_taken && !block_view_busy(v)) take_text(g);
}

/* The block editor in the text editor's place: a focusable area like it (Tab reaches it,
   Enter or a click gives it the keyboard, Escape takes it back when no field is open). */
static void draw_blocks(Game *g, SDL_Rect r)
{
  BlockView *v = g->bv;
  bool focused = widgets_focusable(&g->ui, r);
  bool clicked_in = g->ui.clicked && widgets_inside(r, g->ui.click_x, g->ui.click_y);
  if (clicked_in || (focused && g->ui.activate)) g->ui.captured = true;
  if (!focused || (g->ui.clicked && !clicked_in)) g->ui.captured = false;
  if (g->editor_focus) { /* a level opened or the view was chosen: the keyboard is its */
    g->editor_focus = false;
    g->ui.focus = g->ui.count - 1;
    g->ui.captured = focused = true;
  }
  if (block_view_wants_focus(v)) g->ui.captured = true;
  g->blocks_focus = g->ui.captured;
  platform_text_input(&g->platform, false); /* numbers and names come as keys */
  place_blocks(g, r); /* the view may have been chosen in this very pass */
  block_view_draw(v, g->platform.renderer);
}

static void shortcuts(Game *g)
{
  for (int i = 0; i < g->input.n; i++) {
    const InputEvent *e = &g->input.ev[i];
    if (e->kind != INPUT_KEY) continue;
    if (e->key == SDLK_F5) screen_challenge_reload(g); /* the teacher saved the level file */
    if ((e->mods & INPUT_MOD_CTRL) && e->key == SDLK_RETURN) game_run_program(g, false);
    if (e->key == SDLK_F6) {
      if (!g->trace || g->replay.state == REPLAY_STOPPED) game_run_program(g, true);
      else replay_step(&g->replay);
    }
    if (e->key == SDLK_F7 && g->trace) replay_step_back(&g->replay);
    if (e->key == SDLK_F8 && g->trace) stop(g);
  }
}

void screen_challenge(Game *g)
{
  if (!g->level) {
    game_go(g, SCREEN_MAP);
    return;
  }
  /* a teacher trying the editor's level goes back to the editor, and the button says so */
  SDL_Rect body = game_top_bar(g, level_text(&g->level->title, g->settings.lang),
                               g->editor_trial ? "ui_back_to_editor" : "ui_to_map", SCREEN_MAP, true);
  if (!g->palette_ok || g->palette.level != g->level) { /* a level not opened by game_open_level */
    screen_challenge_close(g);
    g->level_broken = false;
    make_view(g);
    if (strcmp(g->level->mode, "blocks") == 0) to_blocks(g);
  }
  int m = theme_px(&g->theme, 10);
  body = (SDL_Rect){body.x + m, body.y + m, body.w - 2 * m, body.h - 2 * m};
  ChallengeLayout L = layout(g, body);
  shortcuts(g);
  if (g->level_broken) {
    g->world_rect = (SDL_Rect){0, 0, 0, 0};
    draw_broken(g, (SDL_Rect){L.world.x, L.world.y, L.world.w, L.story.y + L.story.h - L.world.y});
  } else {
    WorldViewPose pose = current_world(g);
    widgets_panel(&g->ui, L.world);
    g->world_rect = L.world;
    world_view_draw(g->platform.renderer, &g->theme, L.world, &g->world, &pose);
    draw_story(g, L.story);
  }
  if (g->blocks && g->bv) blocks_input(g, L.code);
  draw_mode_switch(g, L.mode);
  draw_speed(g, L.speed);
  if (g->blocks && g->bv) draw_blocks(g, L.code);
  else draw_editor(g, L.code);
  draw_controls(g, L.controls);
  draw_output(g, L.output);
  if (g->ui.back && g->screen == SCREEN_CHALLENGE) game_go(g, SCREEN_MAP);
}
