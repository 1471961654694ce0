/* app.c: the game's life: start-up (settings, window, fonts, who plays), the frame loop
   (events, the screen's tick, drawing only on change, how long to sleep), moving between
   screens (app_go) and the top bar every screen shares. Knows screens only by their table. */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "messages.h"
#include "paths.h"
#include "sys.h"

static const AppScreenFns *const screens[SCREEN_COUNT] = {
    [SCREEN_PUPIL] = &screen_pupil_fns,         [SCREEN_MAP] = &screen_map_fns,
    [SCREEN_CHALLENGE] = &screen_challenge_fns, [SCREEN_RESULT] = &screen_result_fns,
    [SCREEN_SETTINGS] = &screen_settings_fns,   [SCREEN_TEACHER] = &screen_teacher_fns,
    [SCREEN_EDITOR] = &screen_editor_fns,
};

const char *app_word(const char *key)
{
  return messages_get(key);
}

static bool platform_open_timed(App *app, bool offscreen, int w, int h, char *err, size_t errlen)
{
  PlatformOptions po = {0};
  po.offscreen = offscreen;
  po.width = w;
  po.height = h;
  po.fullscreen = app->opt.fullscreen || app->settings.fullscreen;
  po.software = platform_want_software(app->settings.renderer);
  double t0 = sys_seconds();
  bool ok = platform_open(&app->platform, &po, "Codebridge", err, errlen);
  app->platform_open_ms = (sys_seconds() - t0) * 1e3;
  return ok;
}

static bool start_text(App *app, char *err, size_t errlen)
{
  char fonts[1024];
  paths_data(fonts, sizeof fonts, "assets/fonts");
  app->text = text_new(app->platform.renderer, fonts, err, errlen);
  return app->text != NULL;
}

/* The packs and who plays: read-only (screenshots) still reads rosters and stars from a
   folder given on the command line, and reads nothing without one. */
static bool start_session(App *app)
{
  SessionOptions o = {0};
  o.progress_dir = app->opt.progress_dir;
  o.read_only = app->opt.read_only;
  o.no_progress = app->opt.read_only && !app->opt.progress_dir;
  o.level_dirs[0] = app->opt.levels_dir;
  o.my_levels = true;
  o.unlock_all = -1;
  app->session = session_open(&o);
  return app->session != NULL;
}

App *app_new(const GameOptions *opt, bool offscreen, int w, int h, char *err, size_t errlen)
{
  App *app = calloc(1, sizeof *app);
  if (!app) {
    snprintf(err, errlen, "game: out of memory");
    return NULL;
  }
  if (opt)
    app->opt = *opt;
  app->time_scale = 1;
  app->hover = -1;
  app->open_pack = app->open_level = -1;
  settings_defaults(&app->settings);
  if (!app->opt.read_only)
    settings_load_all(&app->settings, app->settings_file, sizeof app->settings_file);
  if (!platform_open_timed(app, offscreen, w, h, err, errlen) || !start_text(app, err, errlen)) {
    app_free(app);
    return NULL;
  }
  app->sound = sound_new();
  widgets_init(&app->ui, app->platform.renderer, app->text, &app->theme);
  app_apply_settings(app);
  if (!start_session(app)) {
    snprintf(err, errlen, "game: out of memory");
    app_free(app);
    return NULL;
  }
  if (!session_progress_dir(app->session) && !app->opt.read_only)
    snprintf(app->message, sizeof app->message, "%s", app_word("ui_no_progress"));
  app->teacher = app->opt.teacher || (!app->opt.read_only && settings_teacher());
  app->screen = SCREEN_PUPIL;
  app_go(app, SCREEN_PUPIL, NULL);
  app->last_ms = platform_ms();
  app->dirty = true;
  return app;
}

void app_free(App *app)
{
  if (!app)
    return;
  /* the challenge first: it saves the program being edited, which may borrow the editor's */
  static const GameScreen order[] = {SCREEN_CHALLENGE, SCREEN_RESULT, SCREEN_EDITOR,
                                     SCREEN_TEACHER,   SCREEN_MAP,    SCREEN_PUPIL,
                                     SCREEN_SETTINGS};
  for (int i = 0; i < SCREEN_COUNT; i++) {
    GameScreen s = order[i];
    if (app->state[s] && screens[s]->destroy)
      screens[s]->destroy(app, app->state[s]);
    app->state[s] = NULL;
  }
  session_free(app->session);
  speech_free(app->speech);
  sound_free(app->sound);
  text_free(app->text);
  platform_close(&app->platform);
  free(app);
}

void *app_state(App *app, GameScreen s)
{
  if (!app->state[s] && screens[s]->create)
    app->state[s] = screens[s]->create(app);
  return app->state[s];
}

void app_apply_settings(App *app)
{
  Settings *s = &app->settings;
  theme_init(&app->theme, s->high_contrast, s->text_step, app->platform.out_w, app->platform.out_h);
  if (app->sound)
    sound_enable(app->sound, s->sound);
  char err[256];
  messages_load(s->lang, err, sizeof err);
  /* the speaker starts (a thread and an audio device) only for a pupil who wants it, and
     anew when the language changes, for the voice */
  bool same = app->speech && s->read_aloud && strcmp(app->speech_lang, s->lang) == 0;
  if (!same) {
    speech_free(app->speech);
    app->speech = s->read_aloud ? speech_new(s->lang) : NULL;
    snprintf(app->speech_lang, sizeof app->speech_lang, "%s", s->lang);
  }
  app->dirty = true;
}

void app_say(App *app, const char *text)
{
  if (app->speech && text && text[0])
    speech_say(app->speech, text);
}

/* Read aloud: the button the keyboard focus moves to is said, once. */
static void say_focus(App *app)
{
  if (!app->speech || !app->ui.show_focus)
    return;
  for (int i = 0; i < app->ui.nseen; i++) {
    const WidgetsSeen *w = &app->ui.seen[i];
    if (!SDL_RectEquals(&w->rect, &app->ui.focus_rect) || strcmp(w->label, app->spoken) == 0)
      continue;
    snprintf(app->spoken, sizeof app->spoken, "%s", w->label);
    speech_say(app->speech, w->label);
    return;
  }
}

void app_save_settings(App *app)
{
  char err[256];
  if (app->settings_file[0] && !app->opt.read_only &&
      !settings_save(&app->settings, app->settings_file, err, sizeof err))
    fprintf(stderr, "codebridge: %s\n", err);
}

void app_go(App *app, GameScreen s, const AppArg *arg)
{
  AppArg a = arg ? *arg : (AppArg){0};
  a.from = app->screen;
  void *old = app->state[app->screen];
  if (old && screens[app->screen]->leave)
    screens[app->screen]->leave(app, old, s);
  app->screen = s;
  if (app->speech) /* the pupil moved on: what was being said is over */
    speech_stop(app->speech);
  app->spoken[0] = '\0';
  widgets_reset_focus(&app->ui);
  platform_text_input(&app->platform, false);
  app->dirty = true;
  void *st = app_state(app, s);
  if (st && screens[s]->open)
    screens[s]->open(app, st, &a);
}

/* --- what the screens share -------------------------------------------------------------- */

void app_fill(App *app, SDL_Rect r, ThemeColourId c)
{
  SDL_Color col = theme_colour(&app->theme, c);
  SDL_SetRenderDrawColor(app->platform.renderer, col.r, col.g, col.b, 255);
  SDL_RenderFillRect(app->platform.renderer, &r);
}

int app_button_w(App *app, const char *label)
{
  int px = theme_font_px(&app->theme, THEME_FONT_BUTTON);
  return text_width_z(app->text, TEXT_FONT_UI_BOLD, px, label) + theme_px(&app->theme, 32);
}

SDL_Rect app_top_bar_ex(App *app, const char *title, const char *back_key, bool *back,
                        bool settings)
{
  const Theme *t = &app->theme;
  int h = theme_px(t, 56), m = theme_px(t, 8), bw = theme_px(t, 150);
  SDL_Rect bar = {0, 0, app->platform.out_w, h};
  app_fill(app, bar, THEME_PANEL);
  app_fill(app, (SDL_Rect){0, h - theme_px(t, 2), bar.w, theme_px(t, 2)}, THEME_PANEL_EDGE);
  int left = m;
  if (back)
    *back = false;
  if (back_key) { /* as wide as its words need (e.g. "Back to editor" in large text) */
    const char *label = app_word(back_key);
    int need = app_button_w(app, label) - theme_px(t, 8);
    int lw = need > bw ? (need < bar.w / 4 ? need : bar.w / 4) : bw;
    if (widgets_button(&app->ui, (SDL_Rect){m, m, lw, h - 2 * m}, label, WIDGET_QUIET) && back)
      *back = true;
    left += lw + m;
  }
  int right = bar.w - m;
  GameScreen here = app->screen;
  if (settings) {
    SDL_Rect sb = {bar.w - m - bw, m, bw, h - 2 * m};
    if (widgets_button(&app->ui, sb, app_word("ui_settings"), WIDGET_QUIET) && !(back && *back))
      app_go(app, SCREEN_SETTINGS, NULL);
    right = sb.x - m;
  }
  if (app->screen != here)
    return (SDL_Rect){0, h, bar.w, app->platform.out_h - h};
  widgets_label_centre(&app->ui, (SDL_Rect){left + m, 0, right - left - 2 * m, h - theme_px(t, 2)},
                       TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_TITLE),
                       theme_colour(t, THEME_TITLE), title);
  return (SDL_Rect){0, h, bar.w, app->platform.out_h - h};
}

SDL_Rect app_top_bar(App *app, const char *title, const char *back_key, GameScreen back_to,
                     bool settings)
{
  bool back = false;
  GameScreen here = app->screen;
  SDL_Rect body = app_top_bar_ex(app, title, back_key, &back, settings);
  if (back && app->screen == here)
    app_go(app, back_to, NULL);
  return body;
}

void app_follow_focus(App *app, int *scroll, SDL_Rect view, int content_h, int first)
{
  int step = theme_px(&app->theme, 60), old = *scroll;
  for (int i = 0; i < app->input.n; i++)
    if (app->input.ev[i].kind == INPUT_WHEEL)
      *scroll -= app->input.ev[i].wheel * step;
  SDL_Rect f = app->ui.focus_rect;
  if (app->ui.show_focus && app->ui.focus >= first) {
    if (f.y < view.y)
      *scroll -= view.y - f.y + step / 2;
    if (f.y + f.h > view.y + view.h)
      *scroll += f.y + f.h - (view.y + view.h) + step / 2;
  }
  int max = content_h - view.h;
  if (*scroll > max)
    *scroll = max;
  if (*scroll < 0)
    *scroll = 0;
  if (*scroll != old)
    app->dirty = true;
}

/* --- the loop ---------------------------------------------------------------------------- */

static void clear(App *app, const SDL_Rect *clip)
{
  SDL_Color bg = theme_colour(&app->theme, THEME_BG);
  SDL_SetRenderDrawBlendMode(app->platform.renderer, SDL_BLENDMODE_NONE);
  SDL_SetRenderDrawColor(app->platform.renderer, bg.r, bg.g, bg.b, 255);
  if (clip)
    SDL_RenderFillRect(app->platform.renderer, clip); /* RenderClear ignores the clip */
  else
    SDL_RenderClear(app->platform.renderer);
}

static void pass(App *app, const SDL_Rect *clip)
{
  widgets_begin(&app->ui, &app->input);
  SDL_RenderSetClipRect(app->platform.renderer, clip);
  clear(app, clip);
  void *st = app_state(app, app->screen);
  if (st && screens[app->screen]->draw)
    screens[app->screen]->draw(app, st);
  widgets_end(&app->ui);
  SDL_RenderSetClipRect(app->platform.renderer, NULL);
}

/* A press changes what the pass drew: draw again at once with no new input, so the picture
   presented always matches the state (at most a few passes: each needs a press). */
void app_render(App *app)
{
  app->dirty = false;
  pass(app, NULL);
  /* a press, or a pass that moved things (e.g. scrolled to the keyboard focus): draw again
     now, or the picture shown would be the one before the move */
  for (int i = 0; i < 4 && (app->ui.changed || app->dirty); i++) {
    app->dirty = false;
    app->input.n = 0;
    pass(app, NULL);
  }
  platform_present(&app->platform);
  app->dirty = false;
  say_focus(app);
}

/* Mouse moves alone redraw only when the mouse crossed into or out of a button (its hover
   colour), or drags (a selection in the editor). */
static bool input_matters(App *app)
{
  const Input *in = &app->input;
  bool moves_only = in->n > 0 && !in->mouse_down;
  for (int i = 0; i < in->n && moves_only; i++)
    moves_only = in->ev[i].kind == INPUT_MOUSE_MOVE;
  int h = widgets_at(&app->ui, in->mouse_x, in->mouse_y);
  bool changed = h != app->hover;
  app->hover = h;
  return in->n > 0 && (!moves_only || changed);
}

bool app_frame(App *app, int wait_ms)
{
  platform_poll(&app->platform, &app->input, wait_ms);
  if (app->input.quit)
    app->quit = true;
  if (app->input.resized)
    theme_resize(&app->theme, app->platform.out_w, app->platform.out_h);
  if (app->input.resized || app->input.exposed || input_matters(app))
    app->dirty = true;
  uint64_t now = platform_ms();
  double dt = (double)(now - app->last_ms) / 1000.0 * app->time_scale;
  app->last_ms = now;
  app->dt = dt > 0.1 * app->time_scale ? 0.1 * app->time_scale : dt;
  SDL_Rect part = {0, 0, 0, 0};
  GameScreen s = app->screen;
  void *st = app_state(app, s);
  bool moved = st && screens[s]->tick && screens[s]->tick(app, st, now, &part);
  if (app->dirty || (moved && (part.w <= 0 || !app->platform.software || app->screen != s))) {
    app_render(app);
  } else if (moved) { /* the software target keeps last frame's pixels: that part alone */
    pass(app, &part);
    platform_present(&app->platform);
  }
  return !app->quit;
}

int app_wait_ms(App *app)
{
  if (app->dirty)
    return 15;
  void *st = app_state(app, app->screen);
  if (!st || !screens[app->screen]->wait_ms)
    return -1;
  return screens[app->screen]->wait_ms(app, st, platform_ms());
}
