/* screen_challenge.c: the challenge screen: the world (replayed), the story and hints, the
   Text/Blocks switch (blocks arrive in a later issue), the code editor, Run, Step, Step back,
   Stop, the speed, blocks against par and what the program printed. Lays out in pixels from
   the theme's scale; decides nothing about outcomes (the runner does). */
#include <stdio.h>
#include <string.h>

#include "messages.h"
#include "screens.h"
#include "world_view.h"

static int button_w(Game *g, const char *key);

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
  int lh = text_line_height(g->text, TEXT_FONT_UI, body);
  int max_lines = text_area.h / (lh > 0 ? lh : 1);
  const char *story = level_text(&g->level->story, g->settings.lang);
  int y = text_draw_wrapped(g->text, TEXT_FONT_UI, body, text_area.x, text_area.y, text_area.w,
                            max_lines, theme_colour(t, THEME_TEXT), story);
  if (g->hints_shown > 0 && g->level->nhints > 0) {
    char hint[600];
    const LevelText *h = &g->level->hints[(g->hints_shown - 1) % g->level->nhints];
    snprintf(hint, sizeof hint, "%s %s", game_word("ui_hint_prefix"), level_text(h, g->settings.lang));
    int left = max_lines - (y - text_area.y) / (lh > 0 ? lh : 1);
    if (left > 0)
      text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, body, text_area.x, y + lh / 3, text_area.w,
                        left, theme_colour(t, THEME_TITLE), hint);
  }
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

/* Text/Blocks: the place the block editor of the next issue plugs into. */
static void draw_mode_switch(Game *g, SDL_Rect r)
{
  int gap = theme_px(&g->theme, 6);
  int a = button_w(g, "ui_view_text"), b = button_w(g, "ui_view_blocks");
  widgets_button(&g->ui, (SDL_Rect){r.x, r.y, a, r.h}, game_word("ui_view_text"), WIDGET_CHOSEN);
  widgets_button(&g->ui, (SDL_Rect){r.x + a + gap, r.y, b, r.h}, game_word("ui_view_blocks"),
                 WIDGET_OFF);
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
  replay_stop(&g->replay);
  code_view_set_running_line(g->cv, 0);
  code_view_set_read_only(g->cv, false);
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
  if (widgets_button(&g->ui, b, game_word(keys[0]), WIDGET_GO)) {
    if (playing) replay_pause(&g->replay);
    else if (stopped || replay_finished(&g->replay)) game_run_program(g, false);
    else replay_play(&g->replay);
  }
  b = (SDL_Rect){b.x + b.w + gap, r.y, w[1], r.h};
  if (widgets_button(&g->ui, b, game_word(keys[1]), WIDGET_NORMAL)) {
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
  if (g->editor_focus) { /* a level just opened: the pupil can type at once */
    g->editor_focus = false;
    g->ui.focus = g->ui.count - 1;
    g->ui.captured = focused = true;
  }
  bool clicked_in = g->ui.clicked && widgets_inside(r, g->ui.click_x, g->ui.click_y);
  if (clicked_in || (focused && g->ui.activate)) g->ui.captured = true;
  if (!focused || (g->ui.clicked && !clicked_in)) g->ui.captured = false;
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

static void shortcuts(Game *g)
{
  for (int i = 0; i < g->input.n; i++) {
    const InputEvent *e = &g->input.ev[i];
    if (e->kind != INPUT_KEY) continue;
    bool run = e->key == SDLK_F5 || ((e->mods & INPUT_MOD_CTRL) && e->key == SDLK_RETURN);
    if (run) game_run_program(g, false);
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
  SDL_Rect body = game_top_bar(g, level_text(&g->level->title, g->settings.lang), "ui_to_map",
                               SCREEN_MAP, true);
  int m = theme_px(&g->theme, 10);
  body = (SDL_Rect){body.x + m, body.y + m, body.w - 2 * m, body.h - 2 * m};
  ChallengeLayout L = layout(g, body);
  shortcuts(g);
  WorldViewPose pose = current_world(g);
  widgets_panel(&g->ui, L.world);
  g->world_rect = L.world;
  world_view_draw(g->platform.renderer, &g->theme, L.world, &g->world, &pose);
  draw_story(g, L.story);
  draw_mode_switch(g, L.mode);
  draw_speed(g, L.speed);
  draw_editor(g, L.code);
  draw_controls(g, L.controls);
  draw_output(g, L.output);
  if (g->ui.back && g->screen == SCREEN_CHALLENGE) game_go(g, SCREEN_MAP);
}
