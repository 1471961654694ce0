/* screen_settings.c: text size, high contrast, sound, reduced motion, language, fullscreen.
   Each row is a label and a set of option buttons; a change applies at once and is saved.
   Owns no setting's meaning: app_apply_settings turns them into theme, sound and words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"

typedef struct {
  GameScreen back_to; /* the screen it was opened from */
} SettingsScreen;

typedef struct {
  SDL_Rect label, options;
} SettingsRow;

static SettingsRow row_at(App *g, SDL_Rect body, int i)
{
  const Theme *t = &g->theme;
  int rh = theme_px(t, 58), gap = theme_px(t, 10), lw = body.w * 30 / 100;
  int y = body.y + i * (rh + gap);
  SettingsRow r = {{body.x, y, lw, rh}, {body.x + lw + gap, y, body.w - lw - gap, rh}};
  return r;
}

/* A row of n option buttons; returns the one pressed, or -1. */
static int options(App *g, SettingsRow row, const char *label, const char *const *keys, int n,
                   int chosen)
{
  const Theme *t = &g->theme;
  widgets_label_left(&g->ui, row.label, TEXT_FONT_UI_BOLD, theme_font_px(t, THEME_FONT_BODY),
                     theme_colour(t, THEME_TEXT), app_word(label));
  int gap = theme_px(t, 8), w = (row.options.w - (n - 1) * gap) / n, pressed = -1;
  for (int i = 0; i < n; i++) {
    SDL_Rect b = {row.options.x + i * (w + gap), row.options.y, w, row.options.h};
    if (widgets_button(&g->ui, b, app_word(keys[i]), i == chosen ? WIDGET_CHOSEN : WIDGET_QUIET))
      pressed = i;
  }
  return pressed;
}

static bool on_off(App *g, SettingsRow row, const char *label, bool *value)
{
  static const char *const keys[] = {"ui_on", "ui_off"};
  int i = options(g, row, label, keys, 2, *value ? 0 : 1);
  if (i < 0)
    return false;
  *value = i == 0;
  return true;
}

static void *create(App *g)
{
  (void)g;
  return calloc(1, sizeof(SettingsScreen));
}

static void enter(App *g, void *st, const AppArg *arg)
{
  (void)g;
  SettingsScreen *ss = st;
  if (arg->from != SCREEN_SETTINGS)
    ss->back_to = arg->from;
}

static void draw(App *g, void *st)
{
  SettingsScreen *ss = st;
  const Theme *t = &g->theme;
  SDL_Rect body = app_top_bar(g, app_word("ui_settings"), "ui_back", ss->back_to, false);
  if (g->screen != SCREEN_SETTINGS)
    return;
  int m = theme_px(t, 20);
  body = (SDL_Rect){body.x + 2 * m, body.y + m, body.w - 4 * m, body.h - 2 * m};
  Settings *s = &g->settings;
  bool changed = false;
  const char *steps[THEME_TEXT_STEPS];
  for (int i = 0; i < THEME_TEXT_STEPS; i++)
    steps[i] = theme_step_key(i);
  int i = options(g, row_at(g, body, 0), "ui_text_size", steps, THEME_TEXT_STEPS, s->text_step);
  if (i >= 0) {
    s->text_step = i;
    changed = true;
  }
  changed |= on_off(g, row_at(g, body, 1), "ui_high_contrast", &s->high_contrast);
  changed |= on_off(g, row_at(g, body, 2), "ui_sound", &s->sound);
  changed |= on_off(g, row_at(g, body, 3), "ui_reduced_motion", &s->reduced_motion);
  bool was_full = s->fullscreen;
  changed |= on_off(g, row_at(g, body, 4), "ui_fullscreen", &s->fullscreen);
  static const char *const langs[] = {"ui_lang_en"};
  if (options(g, row_at(g, body, 5), "ui_language", langs, 1, 0) == 0) {
    snprintf(s->lang, sizeof s->lang, "en");
    changed = true;
  }
  if (speech_available()) /* only where this machine can speak */
    changed |= on_off(g, row_at(g, body, 6), "ui_read_aloud", &s->read_aloud);
  if (was_full != s->fullscreen)
    platform_set_fullscreen(&g->platform, s->fullscreen);
  if (changed) {
    int focus = g->ui.focus;
    app_apply_settings(g); /* new sizes and colours from the next pass on */
    g->ui.focus = focus;
    app_save_settings(g);
  }
  if (g->ui.back)
    app_go(g, ss->back_to, NULL);
}

static void destroy(App *g, void *st)
{
  (void)g;
  free(st);
}

const AppScreenFns screen_settings_fns = {create, enter, NULL, draw, NULL, NULL, destroy};
