/* screen_challenge_predict.c: "predict, then run" on the challenge screen. On a level with
   `predict = true`, Run first asks where Robo will stop: the pupil clicks a square (or moves a
   yellow frame with the arrow keys and presses Enter), the run starts, the square stays marked
   while Robo moves, and the result says whether the prediction was right. Rules live in core
   (runner_predicted); this file only asks, marks and tells. */
#include <stdio.h>
#include <string.h>

#include "messages.h"
#include "runner.h"
#include "screen_challenge.h"
#include "world_view.h"

bool challenge_predict_wanted(const ChallengeScreen *c)
{
  return c->level && c->level->predict;
}

void challenge_predict_ask(App *g, ChallengeScreen *c)
{
  c->asking = true;
  c->guess_x = c->guess_y = -1;
  c->cursor_x = c->world.robot_x;
  c->cursor_y = c->world.robot_y;
  g->dirty = true;
}

static void choose(App *g, ChallengeScreen *c, int x, int y)
{
  c->asking = false;
  c->guess_x = x;
  c->guess_y = y;
  challenge_run(g, c, false);
}

static void move_cursor(ChallengeScreen *c, SDL_Keycode key)
{
  int dx = key == SDLK_LEFT ? -1 : key == SDLK_RIGHT ? 1 : 0;
  int dy = key == SDLK_UP ? -1 : key == SDLK_DOWN ? 1 : 0;
  if (world_in_map(&c->world, c->cursor_x + dx, c->cursor_y + dy)) {
    c->cursor_x += dx;
    c->cursor_y += dy;
  }
}

/* While asking, the keys are the question's: the editor and the buttons (Enter, Escape) must
   not also act on them this pass. */
static void take_keys(App *g)
{
  int n = 0;
  for (int i = 0; i < g->input.n; i++)
    if (g->input.ev[i].kind != INPUT_KEY && g->input.ev[i].kind != INPUT_TEXT)
      g->input.ev[n++] = g->input.ev[i];
  g->input.n = n;
  g->ui.activate = g->ui.back = false;
}

/* While asking: a click on a square of the board, or the arrows and Enter, choose; Escape
   stops asking. */
void challenge_predict_input(App *g, ChallengeScreen *c, SDL_Rect world)
{
  if (!c->asking)
    return;
  int ts;
  SDL_Rect board = world_view_board(world, &c->world, &ts);
  if (g->ui.clicked && SDL_PointInRect(&(SDL_Point){g->ui.click_x, g->ui.click_y}, &board)) {
    choose(g, c, (g->ui.click_x - board.x) / ts, (g->ui.click_y - board.y) / ts);
    return;
  }
  bool go = false;
  for (int i = 0; i < g->input.n && c->asking && !go; i++) {
    const InputEvent *e = &g->input.ev[i];
    if (e->kind != INPUT_KEY)
      continue;
    if (e->key == SDLK_ESCAPE)
      c->asking = false;
    else if (e->key == SDLK_RETURN || e->key == SDLK_SPACE)
      go = true;
    else
      move_cursor(c, e->key);
    g->dirty = true;
  }
  take_keys(g);
  if (go)
    choose(g, c, c->cursor_x, c->cursor_y);
}

static void frame(SDL_Renderer *r, SDL_Rect board, int ts, int x, int y, SDL_Color col)
{
  int t = ts / 10 > 2 ? ts / 10 : 2;
  SDL_Rect s = {board.x + x * ts, board.y + y * ts, ts, ts};
  SDL_SetRenderDrawColor(r, col.r, col.g, col.b, 255);
  SDL_RenderFillRect(r, &(SDL_Rect){s.x, s.y, s.w, t});
  SDL_RenderFillRect(r, &(SDL_Rect){s.x, s.y + s.h - t, s.w, t});
  SDL_RenderFillRect(r, &(SDL_Rect){s.x, s.y, t, s.h});
  SDL_RenderFillRect(r, &(SDL_Rect){s.x + s.w - t, s.y, t, s.h});
}

/* The square being chosen (yellow), or the one chosen while Robo runs (purple). */
void challenge_predict_draw(App *g, ChallengeScreen *c, SDL_Rect world)
{
  int ts;
  SDL_Rect board = world_view_board(world, &c->world, &ts);
  if (c->asking)
    frame(g->platform.renderer, board, ts, c->cursor_x, c->cursor_y, (SDL_Color){255, 200, 0, 255});
  else if (c->guess_x >= 0 && c->trace)
    frame(g->platform.renderer, board, ts, c->guess_x, c->guess_y, (SDL_Color){150, 60, 200, 255});
}

/* The words under the output panel while asking; NULL when not asking. */
const char *challenge_predict_words(const ChallengeScreen *c)
{
  return c->asking ? messages_get("predict_ask") : NULL;
}

/* When the run is over: the result's words say whether the prediction was right, after what
   the run itself said. */
void challenge_predict_tell(ChallengeScreen *c)
{
  if (c->guess_x < 0 || !c->trace)
    return;
  bool right = runner_predicted(c->trace, c->guess_x, c->guess_y);
  const char *s = messages_get(right ? "predict_right" : "predict_wrong");
  RunTrace *t = c->trace;
  size_t n = strlen(t->message);
  snprintf(t->message + n, sizeof t->message - n, "%s%s", n ? " " : "", s);
  c->guess_x = c->guess_y = -1;
}
