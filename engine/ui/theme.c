/* theme.c: the two palettes, the text size steps and the design-unit scale.
   Pure arithmetic over SDL_Color: draws nothing, reads no files. */
#include "theme.h"

#include <math.h>

/* 0xRRGGBB per colour id. Normal: a warm paper background, London bus red, Tube navy,
   park green for "go". High contrast: black, white and yellow only where it matters. */
static const unsigned normal_palette[THEME_COLOURS] = {
    [THEME_BG] = 0xf4efe4,
    [THEME_PANEL] = 0xffffff,
    [THEME_PANEL_EDGE] = 0xc9bfae,
    [THEME_TEXT] = 0x1f2430,
    [THEME_TEXT_DIM] = 0x4d5566,
    [THEME_TITLE] = 0x1b2a5c,
    [THEME_BUTTON] = 0x1b2a5c,
    [THEME_BUTTON_TEXT] = 0xffffff,
    [THEME_BUTTON_HOT] = 0x2f4596,
    [THEME_BUTTON_OFF] = 0xd9d4ca,
    [THEME_BUTTON_OFF_TEXT] = 0x5d5d5d,
    [THEME_GO] = 0x1e7b34,
    [THEME_GO_TEXT] = 0xffffff,
    [THEME_STOP] = 0xc8102e,
    [THEME_FOCUS] = 0xf2a900,
    [THEME_STAR] = 0xf2a900,
    [THEME_STAR_EMPTY] = 0xc9bfae,
    [THEME_GOOD] = 0x1e7b34,
    [THEME_BAD] = 0xc8102e,
    [THEME_HIGHLIGHT] = 0xffd54a,
    [THEME_CODE_BG] = 0xfffdf8,
    [THEME_CODE_TEXT] = 0x1f2430,
    [THEME_CODE_KEYWORD] = 0x7b2d8e,
    [THEME_CODE_STRING] = 0x1e7b34,
    [THEME_CODE_NUMBER] = 0xb35900,
    [THEME_CODE_COMMENT] = 0x6b6b6b,
    [THEME_CODE_COMMAND] = 0x1b4fb0,
    [THEME_CODE_LINE_NUMBER] = 0x6b6b6b,
    [THEME_CODE_GUTTER] = 0xeee8dc,
    [THEME_CODE_CURRENT_LINE] = 0xf6f0e0,
    [THEME_CODE_SELECTION] = 0xb9d3ff,
    [THEME_CODE_CURSOR] = 0x1f2430,
    [THEME_CODE_RUNNING_LINE] = 0xfff0a8,
    [THEME_CODE_ERROR_LINE] = 0xffd9d9,
    [THEME_CODE_ERROR_TEXT] = 0xa00d24,
    [THEME_WORLD_GRID] = 0x6f6a60,
    [THEME_WORLD_UNKNOWN] = 0x000000,
    [THEME_WORLD_SIGN] = 0xc8102e,
    [THEME_WORLD_SIGN_INK] = 0xffffff,
    [THEME_WORLD_POLE] = 0x333333,
    [THEME_WORLD_COIN] = 0xf2b705,
    [THEME_WORLD_COIN_EDGE] = 0x9a6b00,
    [THEME_WORLD_COIN_SHINE] = 0xfff1b0,
    [THEME_ROBOT_EDGE] = 0x1b2a5c,
    [THEME_ROBOT_BODY] = 0x3d7be0,
    [THEME_ROBOT_NOSE] = 0xf2a900,
    [THEME_ROBOT_EYE] = 0xffffff,
    [THEME_ROBOT_PUPIL] = 0x111111,
    [THEME_GRID_STARS_0] = 0xfacd78,
    [THEME_GRID_STARS_1] = 0xc8eabe,
    [THEME_GRID_STARS_2] = 0x8cd480,
    [THEME_GRID_STARS_3] = 0x4ab24a,
};

static const unsigned contrast_palette[THEME_COLOURS] = {
    [THEME_BG] = 0x000000,
    [THEME_PANEL] = 0x000000,
    [THEME_PANEL_EDGE] = 0xffffff,
    [THEME_TEXT] = 0xffffff,
    [THEME_TEXT_DIM] = 0xffffff,
    [THEME_TITLE] = 0xffff00,
    [THEME_BUTTON] = 0x000000,
    [THEME_BUTTON_TEXT] = 0xffffff,
    [THEME_BUTTON_HOT] = 0x333333,
    [THEME_BUTTON_OFF] = 0x000000,
    [THEME_BUTTON_OFF_TEXT] = 0xa0a0a0,
    [THEME_GO] = 0x00e000,
    [THEME_GO_TEXT] = 0x000000,
    [THEME_STOP] = 0xff4040,
    [THEME_FOCUS] = 0xffff00,
    [THEME_STAR] = 0xffff00,
    [THEME_STAR_EMPTY] = 0x808080,
    [THEME_GOOD] = 0x00ff00,
    [THEME_BAD] = 0xff6060,
    [THEME_HIGHLIGHT] = 0xffff00,
    [THEME_CODE_BG] = 0x000000,
    [THEME_CODE_TEXT] = 0xffffff,
    [THEME_CODE_KEYWORD] = 0xffff00,
    [THEME_CODE_STRING] = 0x00ff00,
    [THEME_CODE_NUMBER] = 0x00ffff,
    [THEME_CODE_COMMENT] = 0xc0c0c0,
    [THEME_CODE_COMMAND] = 0x80c0ff,
    [THEME_CODE_LINE_NUMBER] = 0xffffff,
    [THEME_CODE_GUTTER] = 0x1a1a1a,
    [THEME_CODE_CURRENT_LINE] = 0x202020,
    [THEME_CODE_SELECTION] = 0x0040c0,
    [THEME_CODE_CURSOR] = 0xffff00,
    [THEME_CODE_RUNNING_LINE] = 0x505000,
    [THEME_CODE_ERROR_LINE] = 0x600000,
    [THEME_CODE_ERROR_TEXT] = 0xff8080,
    [THEME_WORLD_GRID] = 0x000000,
    [THEME_WORLD_UNKNOWN] = 0x000000,
    [THEME_WORLD_SIGN] = 0xc8102e,
    [THEME_WORLD_SIGN_INK] = 0xffffff,
    [THEME_WORLD_POLE] = 0xffffff,
    [THEME_WORLD_COIN] = 0xf2b705,
    [THEME_WORLD_COIN_EDGE] = 0x9a6b00,
    [THEME_WORLD_COIN_SHINE] = 0xfff1b0,
    [THEME_ROBOT_EDGE] = 0xffffff,
    [THEME_ROBOT_BODY] = 0x0050ff,
    [THEME_ROBOT_NOSE] = 0xf2a900,
    [THEME_ROBOT_EYE] = 0xffffff,
    [THEME_ROBOT_PUPIL] = 0x111111,
    [THEME_GRID_STARS_0] = 0xfacd78,
    [THEME_GRID_STARS_1] = 0xc8eabe,
    [THEME_GRID_STARS_2] = 0x8cd480,
    [THEME_GRID_STARS_3] = 0x4ab24a,
};

/* Pixel sizes at scale 1 for each step: small, medium, large, extra large. The smallest step
   still beats the 16 px floor commonly advised for beginning readers. */
static const int font_sizes[THEME_FONT_ROLES][THEME_TEXT_STEPS] = {
    [THEME_FONT_SMALL] = {14, 16, 19, 23},  [THEME_FONT_BODY] = {17, 20, 24, 29},
    [THEME_FONT_BUTTON] = {18, 21, 25, 30}, [THEME_FONT_TITLE] = {26, 30, 35, 40},
    [THEME_FONT_HUGE] = {44, 50, 56, 62},   [THEME_FONT_CODE] = {16, 19, 23, 27},
};

static const char *const step_keys[THEME_TEXT_STEPS] = {"ui_text_small", "ui_text_medium",
                                                        "ui_text_large", "ui_text_huge"};

static SDL_Color rgb(unsigned v)
{
  SDL_Color c = {(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
  return c;
}

void theme_init(Theme *t, bool high_contrast, int text_step, int out_w, int out_h)
{
  const unsigned *pal = high_contrast ? contrast_palette : normal_palette;
  t->high_contrast = high_contrast;
  if (text_step < 0)
    text_step = 0;
  if (text_step >= THEME_TEXT_STEPS)
    text_step = THEME_TEXT_STEPS - 1;
  t->text_step = text_step;
  for (int i = 0; i < THEME_COLOURS; i++)
    t->colours[i] = rgb(pal[i]);
  theme_resize(t, out_w, out_h);
}

/* The smaller of the two ratios keeps a 1024x600 layout inside any window; below 0.75 text
   would get too small to read, so the layout gets cramped instead. */
void theme_resize(Theme *t, int out_w, int out_h)
{
  float sx = (float)out_w / THEME_DESIGN_W, sy = (float)out_h / THEME_DESIGN_H;
  float s = sx < sy ? sx : sy;
  t->scale = s < 0.75f ? 0.75f : s;
}

SDL_Color theme_colour(const Theme *t, ThemeColourId id)
{
  return t->colours[id];
}

int theme_font_px(const Theme *t, ThemeFontRole role)
{
  return (int)lroundf((float)font_sizes[role][t->text_step] * t->scale);
}

int theme_px(const Theme *t, float units)
{
  int v = (int)lroundf(units * t->scale);
  return (units > 0 && v < 1) ? 1 : v;
}

const char *theme_step_key(int step)
{
  if (step < 0 || step >= THEME_TEXT_STEPS)
    return step_keys[THEME_TEXT_DEFAULT];
  return step_keys[step];
}
