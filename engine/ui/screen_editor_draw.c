/* screen_editor_draw.c: the level editor's screen: the painting tools, the idea taught, the
   mode and step limit, and the map on the left; title, story, hints, goal, the blocks offered,
   Solve it yourself and Save on the right. Text
   fields are simple: a click or Enter starts typing, Enter, Escape or a click elsewhere ends.
   Changes the level only through screen_editor.c's functions and fields. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "messages.h"
#include "screen_editor.h"
#include "util.h"
#include "world_view.h"

static const char *const tool_keys[TOOL_COUNT] = {
    "ui_editor_wall", "ui_editor_floor", "ui_editor_goal", "ui_editor_item", "ui_editor_robot"};

static int rows_gap(const App *g)
{
  return theme_px(&g->theme, 8);
}

/* n buttons side by side in r; returns the one pressed or -1. chosen: drawn chosen (-1 none). */
static int button_row(App *g, SDL_Rect r, const char *const *labels, int n, int chosen,
                      bool toggles, const bool *on)
{
  int gap = theme_px(&g->theme, 6), w = (r.w - (n - 1) * gap) / n, pressed = -1;
  for (int i = 0; i < n; i++) {
    WidgetStyle st = toggles ? (on[i] ? WIDGET_CHOSEN : WIDGET_QUIET)
                             : (i == chosen ? WIDGET_CHOSEN : WIDGET_QUIET);
    if (widgets_button(&g->ui, (SDL_Rect){r.x + i * (w + gap), r.y, w, r.h}, labels[i], st))
      pressed = i;
  }
  return pressed;
}

/* --- the map --------------------------------------------------------------------------- */

static void draw_tools(App *g, LevelEditor *ed, SDL_Rect r)
{
  const char *labels[TOOL_COUNT];
  for (int i = 0; i < TOOL_COUNT; i++)
    labels[i] = app_word(tool_keys[i]);
  int t = button_row(g, r, labels, TOOL_COUNT, (int)ed->tool, false, NULL);
  if (t >= 0)
    ed->tool = (EditorTool)t;
}

/* Another name for the widget just drawn (the "-" and "+" buttons: "Narrower"...), so tests
   and tools find it by what it does. */
static void alias(App *g, const char *key)
{
  if (g->ui.nseen == 0)
    return;
  const WidgetsSeen *last = &g->ui.seen[g->ui.nseen - 1];
  widgets_remember(&g->ui, last->rect, app_word(key), last->enabled);
}

/* A label's size: the body text's, or the small text's when the body's would not fit in w
   (the largest text size on a small screen). */
static int label_px(App *g, const char *label, int w)
{
  int px = theme_font_px(&g->theme, THEME_FONT_BODY);
  if (text_width_z(g->text, TEXT_FONT_UI_BOLD, px, label) > w)
    px = theme_font_px(&g->theme, THEME_FONT_SMALL);
  return px;
}

/* A label ("Width", "Steps: 1000") and its - + buttons; returns -1, 0 or +1. */
static int stepper(App *g, SDL_Rect r, const char *label, const char *less_key,
                   const char *more_key)
{
  const Theme *t = &g->theme;
  int bw = r.h, gap = theme_px(t, 4), lw = r.w - 2 * bw - gap;
  widgets_label_centre(&g->ui, (SDL_Rect){r.x, r.y, lw, r.h}, TEXT_FONT_UI_BOLD,
                       label_px(g, label, lw), theme_colour(t, THEME_TEXT), label);
  int step = 0;
  if (widgets_button(&g->ui, (SDL_Rect){r.x + lw, r.y, bw, r.h}, "-", WIDGET_QUIET))
    step = -1;
  alias(g, less_key);
  if (widgets_button(&g->ui, (SDL_Rect){r.x + lw + bw + gap, r.y, bw, r.h}, "+", WIDGET_QUIET))
    step = 1;
  alias(g, more_key);
  return step;
}

/* Turn robot, then the map's width and height. */
static void draw_size(App *g, LevelEditor *ed, SDL_Rect r)
{
  int gap = theme_px(&g->theme, 8), tw = r.w * 30 / 100, sw = (r.w - tw - 2 * gap) / 2;
  if (widgets_button(&g->ui, (SDL_Rect){r.x, r.y, tw, r.h}, app_word("ui_editor_turn"),
                     WIDGET_QUIET))
    editor_turn_robot(ed);
  int w = ed->map.w, h = ed->map.h;
  int dw = stepper(g, (SDL_Rect){r.x + tw + gap, r.y, sw, r.h}, app_word("ui_editor_width"),
                   "ui_editor_narrower", "ui_editor_wider");
  int dh = stepper(g, (SDL_Rect){r.x + tw + 2 * gap + sw, r.y, sw, r.h},
                   app_word("ui_editor_height"), "ui_editor_shorter", "ui_editor_taller");
  if (dw || dh)
    editor_resize(ed, w + dw, h + dh);
}

/* --- what the level teaches, how pupils write, how long a run may be ------------------------ */

static const char *const concepts[EDITOR_NCONCEPTS] = {"sequence",  "repetition", "selection",
                                                       "variables", "functions",  "debugging"};
static const char *const modes[3] = {"blocks", "text", "both"};
/* The step limits offered: a run of a few hundred steps is a long level at these ages, and
   level.h allows up to LEVEL_MAX_STEPS. */
static const int step_limits[] = {50, 100, 200, 300, 500, 1000, 2000, 5000, LEVEL_MAX_STEPS};
#define NSTEP_LIMITS ((int)(sizeof step_limits / sizeof step_limits[0]))

int editor_step_limit(int now, int dir)
{
  if (dir < 0)
    for (int i = NSTEP_LIMITS - 1; i >= 0; i--) {
      if (step_limits[i] < now)
        return step_limits[i];
    }
  if (dir > 0)
    for (int i = 0; i < NSTEP_LIMITS; i++)
      if (step_limits[i] > now)
        return step_limits[i];
  return now; /* at either end it stays */
}

static int index_of(const char *const *names, int n, const char *s)
{
  for (int i = 0; i < n; i++)
    if (strcmp(names[i], s) == 0)
      return i;
  return -1;
}

/* The idea the level teaches: six buttons in two rows of three after the label. */
static void draw_concept(App *g, LevelEditor *ed, SDL_Rect r, int lw, int rh)
{
  const Theme *t = &g->theme;
  widgets_label_left(&g->ui, (SDL_Rect){r.x, r.y, lw, rh}, TEXT_FONT_UI_BOLD,
                     theme_font_px(t, THEME_FONT_BODY), theme_colour(t, THEME_TEXT),
                     app_word("ui_editor_concept"));
  int chosen = index_of(concepts, EDITOR_NCONCEPTS, ed->concept);
  for (int row = 0; row < 2; row++) {
    char key[3][40];
    const char *labels[3];
    for (int k = 0; k < 3; k++) {
      snprintf(key[k], sizeof key[k], "ui_concept_%s", concepts[row * 3 + k]);
      labels[k] = app_word(key[k]);
    }
    int y = r.y + row * (rh + rows_gap(g) / 2);
    int i = button_row(g, (SDL_Rect){r.x + lw, y, r.w - lw, rh}, labels, 3, chosen - row * 3, false,
                       NULL);
    if (i >= 0) {
      snprintf(ed->concept, sizeof ed->concept, "%s", concepts[row * 3 + i]);
      editor_changed(ed);
    }
  }
}

/* Blocks, Text or Both. */
static void draw_mode(App *g, LevelEditor *ed, SDL_Rect r, int lw)
{
  const Theme *t = &g->theme;
  widgets_label_left(&g->ui, (SDL_Rect){r.x, r.y, lw, r.h}, TEXT_FONT_UI_BOLD,
                     theme_font_px(t, THEME_FONT_BODY), theme_colour(t, THEME_TEXT),
                     app_word("ui_editor_mode"));
  const char *labels[3] = {app_word("ui_view_blocks"), app_word("ui_view_text"),
                           app_word("ui_view_both")};
  int i = button_row(g, (SDL_Rect){r.x + lw, r.y, r.w - lw, r.h}, labels, 3,
                     index_of(modes, 3, ed->mode), false, NULL);
  if (i >= 0) {
    snprintf(ed->mode, sizeof ed->mode, "%s", modes[i]);
    editor_changed(ed);
  }
}

/* The most steps a run may take, with - and +. */
static void draw_steps(App *g, LevelEditor *ed, SDL_Rect r)
{
  char n[16], label[96];
  snprintf(n, sizeof n, "%d", ed->max_steps);
  messages_format(label, sizeof label, "ui_editor_steps", "n", n, NULL);
  int d = stepper(g, r, label, "ui_editor_fewer_steps", "ui_editor_more_steps");
  if (d) {
    ed->max_steps = editor_step_limit(ed->max_steps, d);
    editor_changed(ed);
  }
}

/* The map: a click or drag paints with the tool; with the keyboard, Enter starts painting,
   the arrows move the square, Space or Enter paints it and Escape stops. */
static void draw_map(App *g, LevelEditor *ed, SDL_Rect area)
{
  World *m = &ed->map;
  int tile;
  SDL_Rect board = world_view_board(area, m, &tile);
  bool was = ed->editing == EDITOR_MAP_FIELD;
  bool focused = widgets_focusable(&g->ui, board);
  bool clicked_in = g->ui.clicked && widgets_inside(board, g->ui.click_x, g->ui.click_y);
  if (was && (!focused || !g->ui.captured || (g->ui.clicked && !clicked_in)))
    ed->editing = -1;
  if (!was && focused && g->ui.activate) {
    ed->editing = EDITOR_MAP_FIELD;
    g->ui.captured = true;
  }
  for (int i = 0; i < g->input.n; i++) {
    const InputEvent *e = &g->input.ev[i];
    int x = (e->x - board.x) / tile, y = (e->y - board.y) / tile;
    bool in = widgets_inside(board, e->x, e->y);
    if (e->kind == INPUT_MOUSE_DOWN && e->button == SDL_BUTTON_LEFT && in) {
      ed->painting = true;
      editor_paint(ed, x, y, true);
    } else if (e->kind == INPUT_MOUSE_MOVE && ed->painting && g->input.mouse_down && in) {
      editor_paint(ed, x, y, false);
    } else if (e->kind == INPUT_MOUSE_UP) {
      ed->painting = false;
    } else if (e->kind == INPUT_KEY && was && ed->editing == EDITOR_MAP_FIELD) {
      int dx = e->key == SDLK_RIGHT ? 1 : e->key == SDLK_LEFT ? -1 : 0;
      int dy = e->key == SDLK_DOWN ? 1 : e->key == SDLK_UP ? -1 : 0;
      if (ed->cur_x + dx >= 0 && ed->cur_x + dx < m->w)
        ed->cur_x += dx;
      if (ed->cur_y + dy >= 0 && ed->cur_y + dy < m->h)
        ed->cur_y += dy;
      if (e->key == SDLK_SPACE || e->key == SDLK_RETURN)
        editor_paint(ed, ed->cur_x, ed->cur_y, true);
    }
  }
  if (!g->input.mouse_down)
    ed->painting = false;
  board = world_view_board(area, m, &tile); /* the size may have changed */
  WorldViewPose pose = world_view_pose(m);
  world_view_draw(g->platform.renderer, &g->theme, area, m, &pose);
  SDL_Color grid = theme_colour(&g->theme, THEME_PANEL_EDGE);
  SDL_SetRenderDrawColor(g->platform.renderer, grid.r, grid.g, grid.b, 255);
  for (int x = 0; x <= m->w; x++)
    SDL_RenderDrawLine(g->platform.renderer, board.x + x * tile, board.y, board.x + x * tile,
                       board.y + board.h);
  for (int y = 0; y <= m->h; y++)
    SDL_RenderDrawLine(g->platform.renderer, board.x, board.y + y * tile, board.x + board.w,
                       board.y + y * tile);
  if (ed->editing == EDITOR_MAP_FIELD) {
    SDL_Color f = theme_colour(&g->theme, THEME_FOCUS);
    SDL_SetRenderDrawColor(g->platform.renderer, f.r, f.g, f.b, 255);
    int th = theme_px(&g->theme, 3);
    SDL_Rect c = {board.x + ed->cur_x * tile, board.y + ed->cur_y * tile, tile, tile};
    for (int k = 0; k < th; k++) {
      SDL_RenderDrawRect(g->platform.renderer, &c);
      c = (SDL_Rect){c.x + 1, c.y + 1, c.w - 2, c.h - 2};
    }
  }
  widgets_remember(&g->ui, board, "editor map", true); /* tests paint by squares */
}

/* --- the fields ------------------------------------------------------------------------- */

static void field_keys(App *g, LevelEditor *ed, int id)
{
  char *s = ed->text[id];
  for (int i = 0; i < g->input.n && ed->editing == id; i++) {
    const InputEvent *e = &g->input.ev[i];
    size_t n = strlen(s);
    if (e->kind == INPUT_TEXT && n + strlen(e->text) < EDITOR_TEXT_MAX) {
      memcpy(s + n, e->text, strlen(e->text) + 1);
    } else if (e->kind == INPUT_KEY && e->key == SDLK_BACKSPACE && n > 0) {
      s[util_utf8_cut(s, n, n - 1)] = '\0'; /* a whole character */
    } else if (e->kind == INPUT_KEY && (e->key == SDLK_RETURN || e->key == SDLK_KP_ENTER)) {
      ed->editing = -1;
      g->ui.captured = false;
    }
  }
}

/* A labelled text field. */
static void field(App *g, LevelEditor *ed, int id, const char *label, SDL_Rect r)
{
  const Theme *t = &g->theme;
  int lw = theme_px(t, 80), pad = theme_px(t, 8), px = theme_font_px(t, THEME_FONT_BODY);
  widgets_label_left(
      &g->ui, (SDL_Rect){r.x, r.y, lw, r.h < theme_px(t, 44) ? r.h : theme_px(t, 40)},
      TEXT_FONT_UI_BOLD, label_px(g, label, lw - pad / 2), theme_colour(t, THEME_TEXT), label);
  SDL_Rect box = {r.x + lw, r.y, r.w - lw, r.h};
  bool was = ed->editing == id;
  bool focused = widgets_focusable(&g->ui, box);
  widgets_remember(&g->ui, box, label, true); /* found by its label, like a button */
  bool clicked_in = g->ui.clicked && widgets_inside(box, g->ui.click_x, g->ui.click_y);
  if (was && (!focused || !g->ui.captured || (g->ui.clicked && !clicked_in)))
    ed->editing = -1;
  if (!was && (clicked_in || (focused && g->ui.activate))) {
    ed->editing = id;
    g->ui.captured = true;
  }
  if (was && ed->editing == id)
    field_keys(g, ed, id);
  bool on = ed->editing == id;
  widgets_round_rect(g->platform.renderer, box, theme_px(t, 6),
                     theme_colour(t, on ? THEME_FOCUS : THEME_PANEL_EDGE));
  SDL_Rect in = {box.x + theme_px(t, 2), box.y + theme_px(t, 2), box.w - theme_px(t, 4),
                 box.h - theme_px(t, 4)};
  widgets_round_rect(g->platform.renderer, in, theme_px(t, 5), theme_colour(t, THEME_CODE_BG));
  char shown[EDITOR_TEXT_MAX + 4];
  const char *s = ed->text[id];
  bool empty = !s[0] && !on;
  snprintf(shown, sizeof shown, "%s%s", empty ? app_word("ui_editor_type_here") : s, on ? "|" : "");
  int lh = text_line_height(g->text, TEXT_FONT_UI, px),
      lines = (in.h - pad / 2) / (lh > 0 ? lh : 1);
  if (lines < 1)
    lines = 1;
  const char *from = shown; /* typing past the end: show the end */
  while (text_wrap_count(g->text, TEXT_FONT_UI, px, from, in.w - 2 * pad) > lines && from[1])
    from++;
  int ty = lines == 1 ? in.y + (in.h - lh) / 2 : in.y + pad / 2;
  text_draw_wrapped(g->text, TEXT_FONT_UI, px, in.x + pad, ty, in.w - 2 * pad, lines,
                    theme_colour(t, empty ? THEME_TEXT_DIM : THEME_CODE_TEXT), from);
}

static void draw_goal(App *g, LevelEditor *ed, SDL_Rect r, int lw)
{
  const Theme *t = &g->theme;
  widgets_label_left(&g->ui, (SDL_Rect){r.x, r.y, lw, r.h}, TEXT_FONT_UI_BOLD,
                     theme_font_px(t, THEME_FONT_BODY), theme_colour(t, THEME_TEXT),
                     app_word("ui_editor_goal_is"));
  const char *labels[3] = {app_word("ui_goal_reach"), app_word("ui_goal_collect"),
                           app_word("ui_goal_collect_and_reach")};
  int chosen = ed->goal == GOAL_COLLECT ? 1 : ed->goal == GOAL_COLLECT_AND_REACH ? 2 : 0;
  int i = button_row(g, (SDL_Rect){r.x + lw, r.y, r.w - lw, r.h}, labels, 3, chosen, false, NULL);
  if (i >= 0) {
    ed->goal = i == 0 ? GOAL_REACH : i == 1 ? GOAL_COLLECT : GOAL_COLLECT_AND_REACH;
    editor_changed(ed);
  }
}

/* The blocks offered: toggles in rows of three. Returns the y below. */
static int draw_commands(App *g, LevelEditor *ed, SDL_Rect r, int lw, int rh)
{
  const Theme *t = &g->theme;
  widgets_label_left(&g->ui, (SDL_Rect){r.x, r.y, lw, rh}, TEXT_FONT_UI_BOLD,
                     label_px(g, app_word("ui_editor_blocks_short"), lw - rows_gap(g) / 2),
                     theme_colour(t, THEME_TEXT), app_word("ui_editor_blocks_short"));
  int y = r.y;
  for (int row = 0; row < 3; row++) {
    char words[3][32];
    const char *labels[3];
    for (int k = 0; k < 3; k++) { /* path_ahead reads as "path ahead" */
      snprintf(words[k], sizeof words[k], "%s", editor_commands[row * 3 + k]);
      for (char *c = words[k]; *c; c++)
        *c = *c == '_' ? ' ' : *c;
      labels[k] = words[k];
    }
    int i = button_row(g, (SDL_Rect){r.x + lw, y, r.w - lw, rh}, labels, 3, -1, true,
                       ed->offer + row * 3);
    if (i >= 0) {
      ed->offer[row * 3 + i] = !ed->offer[row * 3 + i];
      editor_changed(ed);
    }
    y += rh + rows_gap(g) / 2;
  }
  return y;
}

static void draw_actions(App *g, LevelEditor *ed, SDL_Rect r)
{
  const char *labels[3] = {app_word("ui_editor_solve"), app_word("ui_editor_save"),
                           app_word("ui_editor_blank")};
  int gap = theme_px(&g->theme, 8), w0 = r.w * 40 / 100, w1 = r.w * 22 / 100;
  SDL_Rect b = {r.x, r.y, w0, r.h};
  if (widgets_button(&g->ui, b, labels[0], WIDGET_GO))
    return editor_try(g, ed);
  b = (SDL_Rect){b.x + w0 + gap, r.y, w1, r.h};
  if (widgets_button(&g->ui, b, labels[1], WIDGET_NORMAL))
    editor_save(g, ed); /* pressed too soon, it says why */
  b = (SDL_Rect){b.x + w1 + gap, r.y, r.x + r.w - (b.x + w1 + gap), r.h};
  if (widgets_button(&g->ui, b, labels[2], WIDGET_QUIET))
    editor_blank(ed);
}

static void draw_form(App *g, LevelEditor *ed, SDL_Rect r)
{
  const Theme *t = &g->theme;
  int gap = rows_gap(g), rh = theme_px(t, 36), lw = theme_px(t, 80), y = r.y;
  field(g, ed, FIELD_TITLE, app_word("ui_editor_name"), (SDL_Rect){r.x, y, r.w, rh});
  y += rh + gap;
  field(g, ed, FIELD_STORY, app_word("ui_editor_story"), (SDL_Rect){r.x, y, r.w, rh * 16 / 10});
  y += rh * 16 / 10 + gap;
  for (int i = 0; i < 3; i++) {
    char label[64], n[8];
    snprintf(n, sizeof n, "%d", i + 1);
    messages_format(label, sizeof label, "ui_editor_hint", "n", n, NULL);
    field(g, ed, FIELD_HINT1 + i, label, (SDL_Rect){r.x, y, r.w, rh});
    y += rh + gap;
  }
  draw_goal(g, ed, (SDL_Rect){r.x, y, r.w, rh}, lw);
  y += rh + gap;
  y = draw_commands(g, ed, (SDL_Rect){r.x, y, r.w, rh}, lw, rh) + gap / 2;
  int bh = theme_px(t, 46), px = theme_font_px(t, THEME_FONT_SMALL);
  int status_h = r.y + r.h - bh - gap - y;
  int lh = text_line_height(g->text, TEXT_FONT_UI_BOLD, px);
  int lines = status_h / (lh > 0 ? lh : 1); /* none fit: draw none (0 would mean no limit) */
  if (lines > 0)
    text_draw_wrapped(g->text, TEXT_FONT_UI_BOLD, px, r.x, y, r.w, lines,
                      theme_colour(t, ed->status_bad ? THEME_BAD : THEME_GOOD), ed->status);
  draw_actions(g, ed, (SDL_Rect){r.x, r.y + r.h - bh, r.w, bh});
}

void editor_draw(App *g, LevelEditor *ed)
{
  if (!g->teacher) {
    app_go(g, SCREEN_MAP, NULL);
    return;
  }
  const Theme *t = &g->theme;
  char title[300], n1[8], n2[8];
  snprintf(n1, sizeof n1, "%d", ed->map.w);
  snprintf(n2, sizeof n2, "%d", ed->map.h);
  messages_format(title, sizeof title, "ui_editor_heading", "w", n1, "h", n2, NULL);
  SDL_Rect body = app_top_bar(g, title, "ui_back", ed->return_to, false);
  if (g->screen != SCREEN_EDITOR)
    return;
  int m = theme_px(t, 14), gap = rows_gap(g), rh = theme_px(t, 40);
  body = (SDL_Rect){body.x + m, body.y + m, body.w - 2 * m, body.h - 2 * m};
  int lw = (body.w - m) * 48 / 100;
  SDL_Rect left = {body.x, body.y, lw, body.h},
           right = {body.x + lw + m, body.y, body.w - lw - m, body.h};
  draw_tools(g, ed, (SDL_Rect){left.x, left.y, left.w, rh});
  draw_size(g, ed, (SDL_Rect){left.x, left.y + rh + gap, left.w, rh});
  int my = left.y + 2 * (rh + gap), px = theme_font_px(t, THEME_FONT_BODY);
  int lab = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, app_word("ui_editor_concept"));
  int lab2 = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, app_word("ui_editor_mode"));
  lab = (lab > lab2 ? lab : lab2) + theme_px(t, 10);
  lab = lab > left.w / 4 ? left.w / 4 : lab;
  draw_concept(g, ed, (SDL_Rect){left.x, my, left.w, 2 * rh + gap / 2}, lab, rh);
  my += 2 * rh + gap / 2 + gap;
  char widest[96]; /* the steps' label at its longest, - and + */
  messages_format(widest, sizeof widest, "ui_editor_steps", "n", "10000", NULL);
  int sw = text_width_z(g->text, TEXT_FONT_UI_BOLD, px, widest) + 2 * rh + 3 * gap;
  sw = sw > left.w ? left.w : sw;
  bool one_row = sw + gap + lab + theme_px(t, 3 * 90) <= left.w; /* the mode's buttons beside */
  draw_mode(g, ed, (SDL_Rect){left.x, my, one_row ? left.w - sw - gap : left.w, rh}, lab);
  if (!one_row)
    my += rh + gap;
  draw_steps(g, ed, (SDL_Rect){one_row ? left.x + left.w - sw : left.x, my, sw, rh});
  my += rh + gap;
  widgets_panel(&g->ui, (SDL_Rect){left.x, my, left.w, left.y + left.h - my});
  int p = theme_px(t, 6);
  draw_map(g, ed, (SDL_Rect){left.x + p, my + p, left.w - 2 * p, left.y + left.h - my - 2 * p});
  draw_form(g, ed, right);
  platform_text_input(&g->platform, ed->editing >= 0 && ed->editing != EDITOR_MAP_FIELD);
  if (g->ui.back && g->screen == SCREEN_EDITOR && ed->editing < 0) {
    app_go(g, ed->return_to, NULL);
    g->ui.changed = true;
  }
}
