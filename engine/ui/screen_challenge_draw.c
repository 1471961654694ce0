/* screen_challenge_draw.c: one pass of the challenge screen: the world (replayed), the story
   and hints, the Text/Blocks switch and the view on show, Run, Step, Step back, Stop, the
   speed, blocks against par, what the program printed, and the level file's error panel.
   Lays out in pixels from the theme's scale; decides nothing about outcomes (the runner does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "messages.h"
#include "screen_challenge.h"
#include "world_view.h"

static int button_w(App *g, const char *key);

typedef struct {
  SDL_Rect top, world, story, mode, speed, code, controls, output;
} ChallengeLayout;

static ChallengeLayout layout(App *g, ChallengeScreen *c, SDL_Rect body)
{
  const Theme *t = &g->theme;
  ChallengeLayout L;
  int m = theme_px(t, 10), row = theme_px(t, 40);
  int lw = (body.w - m) * 45 / 100, rw = body.w - m - lw;
  /* the story gets the lines it needs (up to 45% of the height); the world the rest */
  int px = theme_font_px(t, THEME_FONT_BODY), lh = text_line_height(g->text, TEXT_FONT_UI, px);
  int lines = text_wrap_count(g->text, TEXT_FONT_UI, px,
                              level_text(&c->level->story, g->settings.lang), lw - theme_px(t, 24));
  int story_h = (lines + 1) * lh + theme_px(t, 44 + 36);
  if (story_h > body.h * 45 / 100)
    story_h = body.h * 45 / 100;
  int wh = body.h - m - story_h;
  if (wh > lw)
    wh = lw;
  L.world = (SDL_Rect){body.x, body.y, lw, wh};
  L.story = (SDL_Rect){body.x, body.y + wh + m, lw, body.h - wh - m};
  int rx = body.x + lw + m;
  int mode_w = button_w(g, "ui_view_text") + button_w(g, "ui_view_blocks") + theme_px(t, 6);
  if (!challenge_switch_shown(c))
    mode_w = -m; /* one view only: the speed takes the row */
  L.mode = (SDL_Rect){rx, body.y, mode_w, row};
  L.speed = (SDL_Rect){rx + mode_w + m, body.y, rw - mode_w - m, row};
  int out_h = theme_px(t, 78), ctl_h = theme_px(t, 54);
  L.output = (SDL_Rect){rx, body.y + body.h - out_h, rw, out_h};
  L.controls = (SDL_Rect){rx, L.output.y - m - ctl_h, rw, ctl_h};
  L.code = (SDL_Rect){rx, body.y + row + m, rw, L.controls.y - m - (body.y + row + m)};
  return L;
}

/* The world as the replay has it now (the start while stopped), and the robot's pose. */
static WorldViewPose current_world(ChallengeScreen *c)
{
  bool playing = c->trace && c->replay.state != REPLAY_STOPPED;
  if (!playing) {
    c->world = c->level->start;
    return world_view_pose(&c->world);
  }
  ReplayPose p = replay_pose(&c->replay);
  runner_frame_world(c->trace, c->level, p.world_frame, &c->world);
  WorldViewPose v = {p.x, p.y, p.angle / 90.0f, p.shake_x, p.shake_y, 0};
  return v;
}

static void draw_story(App *g, ChallengeScreen *c, SDL_Rect r)
{
  const Theme *t = &g->theme;
  widgets_panel(&g->ui, r);
  int pad = theme_px(t, 12), body = theme_font_px(t, THEME_FONT_BODY);
  int bh = theme_px(t, 44), bw = theme_px(t, 120);
  SDL_Rect text_area = {r.x + pad, r.y + pad, r.w - 2 * pad, r.h - 3 * pad - bh};
  const char *story = level_text(&c->level->story, g->settings.lang);
  char hint[600] = "";
  if (c->hints_shown > 0 && c->level->nhints > 0) {
    const LevelText *h = &c->level->hints[(c->hints_shown - 1) % c->level->nhints];
    snprintf(hint, sizeof hint, "%s %s", app_word("ui_hint_prefix"),
             level_text(h, g->settings.lang));
  }
  /* large text in a small window: smaller letters (not below the small size) rather than a
     story cut short or a hint that never shows; at the least the hint asked for shows */
  int small = theme_font_px(t, THEME_FONT_SMALL), lh = 1, need = 0;
  for (;; body--) {
    lh = text_line_height(g->text, TEXT_FONT_UI, body);
    need = text_wrap_count(g->text, TEXT_FONT_UI, body, story, text_area.w) * lh;
    if (hint[0])
      need += lh / 3 + text_wrap_count(g->text, TEXT_FONT_UI_BOLD, body, hint, text_area.w) * lh;
    if (need <= text_area.h || body <= small)
      break;
  }
  int max_lines = text_area.h / (lh > 0 ? lh : 1), y = text_area.y;
  if (!hint[0] || need <= text_area.h)
    y = text_draw_wrapped(g->text, TEXT_FONT_UI, body, text_area.x, text_area.y, text_area.w,
                          max_lines, theme_colour(t, THEME_TEXT), story) +
        lh / 3;
  int left = max_lines - (y - text_area.y) / (lh > 0 ? lh : 1);
  if (hint[0] && left > 0)
    text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, body, text_area.x, y, text_area.w, left,
                      theme_colour(t, THEME_TITLE), hint);
  SDL_Rect hint_btn = {r.x + pad, r.y + r.h - pad - bh, bw, bh};
  if (widgets_button(&g->ui, hint_btn, app_word("ui_hint"),
                     c->level->nhints > 0 ? WIDGET_QUIET : WIDGET_OFF)) {
    c->hints_shown++;
    if (c->level->nhints > 0) /* read aloud: the hint just asked for */
      app_say(g, level_text(&c->level->hints[(c->hints_shown - 1) % c->level->nhints],
                            g->settings.lang));
  }
  if (g->speech) { /* the speaker: the story and the hint shown, read aloud */
    SDL_Rect listen = {hint_btn.x + bw + pad, hint_btn.y, app_button_w(g, app_word("ui_listen")),
                       bh};
    if (widgets_button(&g->ui, listen, app_word("ui_listen"), WIDGET_QUIET)) {
      char said[1400];
      snprintf(said, sizeof said, "%s %s", story, hint);
      app_say(g, said);
    }
    hint_btn.x = listen.x + listen.w - bw; /* the blocks count moves right of it */
  }
  char blocks[128], par[32];
  snprintf(par, sizeof par, "%d", c->level->par);
  if (c->blocks_now >= 0) {
    char n[32];
    snprintf(n, sizeof n, "%d", c->blocks_now);
    messages_format(blocks, sizeof blocks, "ui_blocks_par", "blocks", n, "par", par, NULL);
  } else {
    messages_format(blocks, sizeof blocks, "ui_par_only", "par", par, NULL);
  }
  SDL_Rect label = {hint_btn.x + bw + pad, hint_btn.y, r.x + r.w - pad - (hint_btn.x + bw + pad),
                    bh};
  widgets_label_left(&g->ui, label, TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_BODY),
                     theme_colour(t, THEME_TEXT), blocks);
}

/* The width a button needs for the words of this key. */
static int button_w(App *g, const char *key)
{
  return app_button_w(g, app_word(key));
}

/* Instead of the world and the story: what is wrong with the level file, for the teacher. */
static void draw_broken(App *g, ChallengeScreen *c, SDL_Rect r)
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
                        app_word("ui_level_broken"));
  y = text_draw_wrapped(g->text, TEXT_FONT_UI, body, x, y + pad / 2, w, 6,
                        theme_colour(t, THEME_TEXT), app_word("ui_level_broken_help"));
  char where[1700];
  const LevelError *e = &c->level_error;
  if (e->line > 0)
    snprintf(where, sizeof where, "%s:%d: %s", e->file, e->line, e->message);
  else
    snprintf(where, sizeof where, "%s: %s", e->file, e->message);
  int lh = text_line_height(g->text, TEXT_FONT_CODE, code);
  int lines = (r.y + r.h - pad - (y + pad)) / (lh > 0 ? lh : 1);
  if (lines > 0)
    text_draw_wrapped(g->text, TEXT_FONT_CODE, code, x, y + pad, w, lines,
                      theme_colour(t, THEME_TEXT), where);
}

/* The Text / Blocks switch: two option buttons, reached with Tab and pressed with Enter too.
   The view pressed gets the keyboard. */
static void draw_mode_switch(App *g, ChallengeScreen *c, SDL_Rect r)
{
  if (!challenge_switch_shown(c))
    return;
  int gap = theme_px(&g->theme, 6);
  int a = button_w(g, "ui_view_text"), b = button_w(g, "ui_view_blocks");
  bool was = c->blocks;
  if (widgets_button(&g->ui, (SDL_Rect){r.x, r.y, a, r.h}, app_word("ui_view_text"),
                     c->blocks ? WIDGET_QUIET : WIDGET_CHOSEN) &&
      c->blocks)
    challenge_to_text(c);
  if (widgets_button(&g->ui, (SDL_Rect){r.x + a + gap, r.y, b, r.h}, app_word("ui_view_blocks"),
                     !c->bv      ? WIDGET_OFF
                     : c->blocks ? WIDGET_CHOSEN
                                 : WIDGET_QUIET) &&
      !c->blocks)
    challenge_to_blocks(c);
  if (c->blocks != was) {
    challenge_view_save(g, c);
    c->editor_focus = true;
    g->dirty = true;
  }
}

/* Undo and Redo, at the start of the speed row while the blocks show (Ctrl+Z / Ctrl+Y do the
   same); greyed (and out of the Tab order) when there is nothing to undo or redo. Returns the
   rest of the row. */
static SDL_Rect draw_undo(App *g, ChallengeScreen *c, SDL_Rect r)
{
  if (!c->blocks || !c->bv)
    return r;
  static const char *const keys[2] = {"ui_undo", "ui_redo"};
  int gap = theme_px(&g->theme, 6), x = r.x;
  for (int i = 0; i < 2; i++) {
    int w = button_w(g, keys[i]);
    if (x + w > r.x + r.w / 2) /* the speed keeps at least half the row */
      break;
    bool on = block_view_can_undo(c->bv, i == 1);
    if (widgets_button(&g->ui, (SDL_Rect){x, r.y, w, r.h}, app_word(keys[i]),
                       on ? WIDGET_QUIET : WIDGET_OFF) &&
        block_view_undo(c->bv, i == 1))
      g->dirty = true;
    x += w + gap;
  }
  return (SDL_Rect){x, r.y, r.x + r.w - x, r.h};
}

static void change_speed(App *g, ChallengeScreen *c, int by)
{
  int s = g->settings.speed + by;
  if (s < 1 || s > REPLAY_SPEEDS)
    return;
  g->settings.speed = s;
  replay_set_speed(&c->replay, s);
  app_save_settings(g);
}

static void draw_speed(App *g, ChallengeScreen *c, SDL_Rect r)
{
  const Theme *t = &g->theme;
  int gap = theme_px(t, 6), a = button_w(g, "ui_slower"), b = button_w(g, "ui_faster");
  char label[64], n[8];
  snprintf(n, sizeof n, "%d", g->settings.speed);
  messages_format(label, sizeof label, "ui_speed", "speed", n, NULL);
  int px = theme_font_px(t, THEME_FONT_BODY);
  int lw = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, label) + theme_px(t, 10);
  const char *slower = app_word("ui_slower"), *faster = app_word("ui_faster");
  if (lw + a + b + gap > r.w) { /* big text in a small window: - 3 + */
    slower = "-";
    faster = "+";
    a = b = r.h * 5 / 4;
    snprintf(label, sizeof label, "%s", n);
    lw = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, label) + theme_px(t, 10);
  }
  int x = r.x + r.w - a - b - gap - lw;
  if (x < r.x)
    x = r.x;
  widgets_label_left(&g->ui, (SDL_Rect){x, r.y, lw, r.h}, TEXT_FONT_UI_BOLD, px,
                     theme_colour(t, THEME_TEXT), label);
  if (widgets_button(&g->ui, (SDL_Rect){x + lw, r.y, a, r.h}, slower,
                     g->settings.speed > 1 ? WIDGET_QUIET : WIDGET_OFF))
    change_speed(g, c, -1);
  if (widgets_button(&g->ui, (SDL_Rect){x + lw + a + gap, r.y, b, r.h}, faster,
                     g->settings.speed < REPLAY_SPEEDS ? WIDGET_QUIET : WIDGET_OFF))
    change_speed(g, c, +1);
}

static void stop(ChallengeScreen *c)
{
  challenge_halt(c);
}

static void draw_controls(App *g, ChallengeScreen *c, SDL_Rect r)
{
  int gap = theme_px(&g->theme, 8);
  bool stopped = !c->trace || c->replay.state == REPLAY_STOPPED;
  bool playing = c->replay.state == REPLAY_PLAYING;
  const char *keys[4] = {playing ? "ui_pause" : "ui_run", "ui_step", "ui_step_back", "ui_stop"};
  int w[4], need = 3 * gap;
  for (int i = 0; i < 4; i++)
    need += w[i] = button_w(g, keys[i]);
  int extra = r.w - need; /* spare room goes to Run; too little shrinks all alike */
  if (extra >= 0)
    w[0] += extra;
  else
    for (int i = 0; i < 4; i++)
      w[i] += extra / 4;
  SDL_Rect b = {r.x, r.y, w[0], r.h};
  /* a broken level file runs nothing (challenge_run refuses): the buttons say so */
  if (widgets_button(&g->ui, b, app_word(keys[0]), c->level_broken ? WIDGET_OFF : WIDGET_GO)) {
    if (playing)
      replay_pause(&c->replay);
    else if ((stopped || replay_finished(&c->replay)) && challenge_predict_wanted(c))
      challenge_predict_ask(g, c); /* first: where will Robo stop? */
    else if (stopped || replay_finished(&c->replay))
      challenge_run(g, c, false);
    else
      replay_play(&c->replay);
  }
  b = (SDL_Rect){b.x + b.w + gap, r.y, w[1], r.h};
  if (widgets_button(&g->ui, b, app_word(keys[1]), c->level_broken ? WIDGET_OFF : WIDGET_NORMAL)) {
    if (stopped)
      challenge_run(g, c, true);
    else
      replay_step(&c->replay);
  }
  b = (SDL_Rect){b.x + b.w + gap, r.y, w[2], r.h};
  if (widgets_button(&g->ui, b, app_word(keys[2]), stopped ? WIDGET_OFF : WIDGET_NORMAL))
    replay_step_back(&c->replay);
  b = (SDL_Rect){b.x + b.w + gap, r.y, w[3], r.h};
  if (widgets_button(&g->ui, b, app_word(keys[3]), stopped ? WIDGET_OFF : WIDGET_STOP))
    stop(c);
}

/* The last lines printed up to the frame on show, newest at the bottom. */
static void draw_output(App *g, ChallengeScreen *c, SDL_Rect r)
{
  const Theme *t = &g->theme;
  widgets_panel(&g->ui, r);
  int pad = theme_px(t, 8), px = theme_font_px(t, THEME_FONT_SMALL);
  int lh = text_line_height(g->text, TEXT_FONT_CODE, px);
  int lines = (r.h - 2 * pad) / (lh > 0 ? lh : 1);
  size_t len = 0;
  if (c->trace && c->replay.state != REPLAY_STOPPED) {
    ReplayPose p = replay_pose(&c->replay);
    len = c->trace->frames[p.world_frame].output_len;
    /* what was printed after the last action belongs to no frame: the end shows it too */
    if (replay_finished(&c->replay))
      len = c->trace->output_len;
  }
  const char *ask = challenge_predict_words(c);
  if (len == 0 || ask) {
    widgets_label_left(&g->ui, (SDL_Rect){r.x + pad, r.y + pad, r.w - 2 * pad, lh}, TEXT_FONT_UI,
                       px, theme_colour(t, ask ? THEME_TEXT : THEME_TEXT_DIM),
                       ask ? ask : app_word("ui_output_empty"));
    return;
  }
  const char *out = c->trace->output;
  size_t start = len;
  int n = 0;
  if (start > 0 && out[start - 1] == '\n')
    start--;
  while (start > 0 && n < lines) {
    if (out[start - 1] == '\n')
      n++;
    if (n < lines)
      start--;
  }
  int y = r.y + pad;
  while (start < len && y + lh <= r.y + r.h) {
    const char *nl = memchr(out + start, '\n', len - start);
    size_t l = nl ? (size_t)(nl - (out + start)) : len - start;
    text_draw(g->text, TEXT_FONT_CODE, px, r.x + pad, y, theme_colour(t, THEME_TEXT), out + start,
              l);
    start += l + 1;
    y += lh;
  }
}

/* The code editor: a focusable area; a click or Enter puts the keyboard in it, Escape takes
   it out again. While it holds the keyboard every event goes to it. */
static void draw_editor(App *g, ChallengeScreen *c, SDL_Rect r)
{
  bool focused = widgets_focusable(&g->ui, r);
  bool clicked_in = g->ui.clicked && widgets_inside(r, g->ui.click_x, g->ui.click_y);
  if (clicked_in || (focused && g->ui.activate))
    g->ui.captured = true;
  if (!focused || (g->ui.clicked && !clicked_in))
    g->ui.captured = false;
  if (c->editor_focus) { /* a level just opened, or Text was chosen: the pupil can type at once */
    c->editor_focus = false;
    g->ui.focus = g->ui.count - 1;
    g->ui.captured = focused = true;
  }
  bool editing = g->ui.captured;
  code_view_set_focus(c->cv, editing);
  platform_text_input(&g->platform, editing);
  bool editable = !c->trace || c->replay.state == REPLAY_STOPPED;
  code_view_set_read_only(c->cv, !editable);
  if (c->trace && !editable)
    code_view_set_running_line(c->cv, replay_pose(&c->replay).line);
  for (int i = 0; i < g->input.n; i++) {
    const InputEvent *e = &g->input.ev[i];
    bool mouse = e->kind == INPUT_MOUSE_DOWN || e->kind == INPUT_MOUSE_UP ||
                 e->kind == INPUT_MOUSE_MOVE || e->kind == INPUT_WHEEL;
    if (editing || (mouse && widgets_inside(r, e->x, e->y)))
      code_view_handle_input(c->cv, e);
  }
  code_view_draw(c->cv, g->platform.renderer, r);
}

/* Lays the view out again after a resize or a change of text size (not every frame). */
static void place_blocks(App *g, ChallengeScreen *c, SDL_Rect r)
{
  int px = theme_font_px(&g->theme, THEME_FONT_BODY);
  if (memcmp(&r, &c->blocks_rect, sizeof r) != 0 || px != c->blocks_px) {
    block_view_set_rect(c->bv, r);
    c->blocks_rect = r;
    c->blocks_px = px;
  }
}

/* Tab (Shift+Tab) leaves the block view for the next (previous) control, as Escape does:
   no keyboard trap. A field being typed in keeps Tab (it goes to its next field). */
static bool tab_leaves(App *g)
{
  for (int i = 0; i < g->input.n; i++) {
    const InputEvent *e = &g->input.ev[i];
    if (e->kind == INPUT_KEY && e->key == SDLK_TAB) {
      g->ui.captured = false;
      widgets_step(&g->ui, (e->mods & INPUT_MOD_SHIFT) ? -1 : 1);
      g->ui.show_focus = true;
      return true;
    }
  }
  return false;
}

/* The block view's input, read before anything else on the screen draws: a click on Text or
   Run must first end a number being typed (the view keeps it), so that no switch or run loses
   it. Mouse events go to the view wherever they land; keys only while it holds the keyboard. */
static void blocks_input(App *g, ChallengeScreen *c, SDL_Rect r)
{
  BlockView *v = c->bv;
  if (block_view_busy(v) && c->blocks_focus) { /* widgets_begin took Escape as "leave" */
    g->ui.captured = true;
    g->ui.back = false;
  }
  place_blocks(g, c, r);
  bool editable = !c->trace || c->replay.state == REPLAY_STOPPED;
  block_view_set_readonly(v, !editable);
  int line = editable ? 0 : replay_pose(&c->replay).line, error_line = 0;
  const char *message = NULL;
  if (c->trace && replay_finished(&c->replay) && c->trace->outcome != RUN_SOLVED &&
      c->trace->line > 0 && block_view_changed(v) == c->blocks_run) {
    /* the bump or error on its block (a bump after a turn: the turn), until the blocks change;
       the words without line numbers, since blocks have none */
    error_line = c->trace->glow_line > 0 ? c->trace->glow_line : c->trace->line;
    message = c->trace->message_blocks[0] ? c->trace->message_blocks : c->trace->message;
  }
  block_view_show_run(v, line, error_line, message);
  if (c->blocks_focus && g->ui.captured && !block_view_busy(v) && tab_leaves(g))
    c->blocks_focus = false;
  block_view_input(v, &g->input, c->blocks_focus && g->ui.captured);
  if (block_view_changed(v) != c->blocks_taken && !block_view_busy(v))
    challenge_take_text(c);
}

/* "Esc or Tab to leave the blocks", at the bottom right of the view while it holds the keyboard,
   on a panel so that it reads over blocks too. */
static void leave_hint(App *g, SDL_Rect r)
{
  const Theme *t = &g->theme;
  const char *words = app_word("ui_blocks_leave");
  int px = theme_font_px(t, THEME_FONT_SMALL), pad = theme_px(t, 6);
  int w = text_width_z(g->text, TEXT_FONT_UI, px, words) + 2 * pad;
  int h = text_line_height(g->text, TEXT_FONT_UI, px) + pad;
  int m = theme_px(t, 4) + theme_px(t, 14); /* clear of the scrollbar */
  if (w > r.w - 2 * m)
    w = r.w - 2 * m;
  SDL_Rect box = {r.x + r.w - m - w, r.y + r.h - m - h, w, h}; /* under a new program */
  widgets_round_rect(g->platform.renderer, box, theme_px(t, 6), theme_colour(t, THEME_PANEL));
  widgets_label_centre(&g->ui, box, TEXT_FONT_UI, px, theme_colour(t, THEME_TEXT), words);
  widgets_remember(&g->ui, box, words, false);
}

/* The block editor in the text editor's place: a focusable area like it (Tab reaches it,
   Enter or a click gives it the keyboard, Escape takes it back when no field is open). */
static void draw_blocks(App *g, ChallengeScreen *c, SDL_Rect r)
{
  BlockView *v = c->bv;
  bool focused = widgets_focusable(&g->ui, r);
  bool clicked_in = g->ui.clicked && widgets_inside(r, g->ui.click_x, g->ui.click_y);
  if (clicked_in || (focused && g->ui.activate))
    g->ui.captured = true;
  if (!focused || (g->ui.clicked && !clicked_in))
    g->ui.captured = false;
  if (c->editor_focus) { /* a level opened or the view was chosen: the keyboard is its */
    c->editor_focus = false;
    g->ui.focus = g->ui.count - 1;
    g->ui.captured = focused = true;
  }
  if (block_view_wants_focus(v))
    g->ui.captured = true;
  c->blocks_focus = g->ui.captured;
  platform_text_input(&g->platform, false); /* numbers and names come as keys */
  place_blocks(g, c, r);                    /* the view may have been chosen in this very pass */
  block_view_draw(v, g->platform.renderer);
  if (g->ui.captured)
    leave_hint(g, r);
}

static void shortcuts(App *g, ChallengeScreen *c)
{
  for (int i = 0; i < g->input.n; i++) {
    const InputEvent *e = &g->input.ev[i];
    if (e->kind != INPUT_KEY)
      continue;
    if (e->key == SDLK_F5)
      challenge_reload(g, c); /* the teacher saved the level file */
    if ((e->mods & INPUT_MOD_CTRL) && e->key == SDLK_RETURN) {
      if (challenge_predict_wanted(c))
        challenge_predict_ask(g, c);
      else
        challenge_run(g, c, false);
    }
    if (e->key == SDLK_F6) {
      if (!c->trace || c->replay.state == REPLAY_STOPPED)
        challenge_run(g, c, true);
      else
        replay_step(&c->replay);
    }
    if (e->key == SDLK_F7 && c->trace)
      replay_step_back(&c->replay);
    if (e->key == SDLK_F8 && c->trace)
      stop(c);
  }
}

void challenge_draw(App *g, ChallengeScreen *c)
{
  if (!c->level) {
    app_go(g, SCREEN_MAP, NULL);
    return;
  }
  /* a teacher trying the editor's level goes back to the editor, and the button says so */
  bool back = false;
  SDL_Rect body = app_top_bar_ex(g, level_text(&c->level->title, g->settings.lang),
                                 c->trial ? "ui_back_to_editor" : "ui_to_map", &back, true);
  if (back && g->screen == SCREEN_CHALLENGE)
    challenge_back(g, c);
  if (g->screen != SCREEN_CHALLENGE)
    return;
  if (!c->palette_ok || c->palette.level != c->level) { /* a level not opened by enter */
    challenge_close_views(c);
    c->level_broken = false;
    challenge_make_view(g, c);
    if (strcmp(c->level->mode, "blocks") == 0)
      challenge_to_blocks(c);
  }
  int m = theme_px(&g->theme, 10);
  body = (SDL_Rect){body.x + m, body.y + m, body.w - 2 * m, body.h - 2 * m};
  ChallengeLayout L = layout(g, c, body);
  shortcuts(g, c);
  if (c->level_broken) {
    c->world_rect = (SDL_Rect){0, 0, 0, 0};
    draw_broken(g, c,
                (SDL_Rect){L.world.x, L.world.y, L.world.w, L.story.y + L.story.h - L.world.y});
  } else {
    WorldViewPose pose = current_world(c);
    widgets_panel(&g->ui, L.world);
    c->world_rect = L.world;
    world_view_draw(g->platform.renderer, &g->theme, L.world, &c->world, &pose);
    challenge_predict_input(g, c, L.world);
    challenge_predict_draw(g, c, L.world);
    draw_story(g, c, L.story);
  }
  if (c->blocks && c->bv)
    blocks_input(g, c, L.code);
  draw_mode_switch(g, c, L.mode);
  draw_speed(g, c, draw_undo(g, c, L.speed));
  if (c->blocks && c->bv)
    draw_blocks(g, c, L.code);
  else
    draw_editor(g, c, L.code);
  draw_controls(g, c, L.controls);
  draw_output(g, c, L.output);
  if (g->ui.back && g->screen == SCREEN_CHALLENGE)
    challenge_back(g, c);
  ReplayPose p = replay_pose(&c->replay);
  c->drawn_world_frame = p.world_frame;
  c->drawn_line_frame = p.line_frame;
}
