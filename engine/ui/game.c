/* game.c: the facade over the App (game.h) that the CLI, the screenshot path and the tests
   use: make and free a game, run frames, move to a screen, and read what the screen shows and
   what the session holds. It changes nothing a pupil could not change by pressing buttons,
   except what a test or a screenshot must set up (who plays, the program, the settings). */
#include "game.h"

#include <stdio.h>

#include "app.h"
#include "screen_challenge.h"
#include "screen_editor.h"
#include "web.h"

Game *game_new(const GameOptions *opt, bool offscreen, int w, int h, char *err, size_t errlen)
{
  return app_new(opt, offscreen, w, h, err, errlen);
}

void game_free(Game *g)
{
  app_free(g);
}
bool game_frame(Game *g, int wait_ms)
{
  return app_frame(g, wait_ms);
}
int game_wait_ms(Game *g)
{
  return app_wait_ms(g);
}
void game_render(Game *g)
{
  app_render(g);
}
GameScreen game_screen(const Game *g)
{
  return g->screen;
}
SDL_Surface *game_surface(Game *g)
{
  return g->platform.surface;
}
void game_set_time_scale(Game *g, double scale)
{
  g->time_scale = scale;
}
const char *game_pupil(const Game *g)
{
  return session_is_guest(g->session) ? "Guest" : session_pupil(g->session);
}

int game_main(const GameOptions *opt)
{
  char err[512];
  Game *g = game_new(opt, false, 0, 0, err, sizeof err);
  if (!g) {
    fprintf(stderr, "codebridge: %s\n", err);
    return 1;
  }
  if (web_run(g))
    return 0; /* in a browser the page calls game_frame: web_run never comes back */
  while (game_frame(g, game_wait_ms(g))) {
  }
  game_free(g);
  SDL_Quit();
  return 0;
}

/* The challenge's state, made when needed (NULL only when out of memory). */
static ChallengeScreen *challenge(const Game *g)
{
  return app_state((App *)g, SCREEN_CHALLENGE);
}

void game_show(Game *g, GameScreen s)
{
  ChallengeScreen *c = challenge(g);
  AppArg a = {.what = APP_SHOW};
  if (s == SCREEN_RESULT && c) /* the challenge's last run, as the challenge would show it */
    a = (AppArg){.what = APP_RESULT,
                 .level = c->level,
                 .trace = c->trace,
                 .hints_shown = c->hints_shown,
                 .trial = c->trial,
                 .blocks = c->run_blocks};
  app_go(g, s, &a);
}

void game_play_as(Game *g, const char *pupil, const char *class_name)
{
  session_set_pupil(g->session, pupil, class_name);
}

bool game_open_level_file(Game *g, const char *path, char *err, size_t errlen)
{
  int pi, li;
  LevelError le;
  if (!session_find_file(g->session, path, &pi, &li, &le)) {
    snprintf(err, errlen, "%s", le.message);
    return false;
  }
  if (g->first_pack_shown && !session_pack_bundled(g->session, pi)) {
    session_pack_to_front(g->session, pi); /* a teacher's level: its pack first on the map */
    pi = 0;
  }
  app_go(g, SCREEN_CHALLENGE, &(AppArg){.what = APP_OPEN_LEVEL, .pack_i = pi, .level_i = li});
  if (g->screen != SCREEN_CHALLENGE) {
    snprintf(err, errlen, "%s: the level does not load (try codebridge check)", path);
    return false;
  }
  return true;
}

void game_set_program(Game *g, const char *text)
{
  ChallengeScreen *c = challenge(g);
  if (c)
    challenge_set_program(g, c, text);
}

const char *game_program(const Game *g)
{
  ChallengeScreen *c = challenge(g);
  return c ? texted_text(c->ed) : "";
}

void game_run_to(Game *g, int frame)
{
  ChallengeScreen *c = challenge(g);
  if (c)
    challenge_run_to(g, c, frame);
}

bool game_find_button(const Game *g, const char *label, SDL_Rect *out)
{
  return widgets_find(&g->ui, label, out, NULL);
}

const char *game_last_outcome(const Game *g, int *stars)
{
  ChallengeScreen *c = challenge(g);
  const RunTrace *t = c ? c->trace : NULL;
  if (stars)
    *stars = t ? t->stars : 0;
  return t ? runner_outcome_name(t->outcome) : "";
}

const char *game_last_message(const Game *g)
{
  ChallengeScreen *c = challenge(g);
  return c && c->trace ? c->trace->message : "";
}

/* --- reading the screen ------------------------------------------------------------------ */

const char *game_focus(const Game *g, SDL_Rect *where)
{
  if (where)
    *where = g->ui.focus_rect;
  if (!g->ui.show_focus)
    return NULL;
  for (int i = 0; i < g->ui.nseen; i++)
    if (SDL_RectEquals(&g->ui.seen[i].rect, &g->ui.focus_rect))
      return g->ui.seen[i].label;
  return "";
}

int game_widget_count(const Game *g)
{
  return g->ui.nseen;
}

const char *game_widget(const Game *g, int i, SDL_Rect *where, bool *enabled)
{
  if (i < 0 || i >= g->ui.nseen)
    return NULL;
  if (where)
    *where = g->ui.seen[i].rect;
  if (enabled)
    *enabled = g->ui.seen[i].enabled;
  return g->ui.seen[i].label;
}

const Theme *game_theme(const Game *g)
{
  return &g->theme;
}

BlockView *game_block_view(const Game *g)
{
  ChallengeScreen *c = challenge(g);
  return c && c->blocks ? c->bv : NULL;
}

const World *game_editor_map(const Game *g)
{
  const LevelEditor *ed = g->state[SCREEN_EDITOR];
  return ed ? &ed->map : NULL;
}

const LevelEditor *game_editor(const Game *g)
{
  return g->state[SCREEN_EDITOR];
}

/* --- the session ------------------------------------------------------------------------- */

const Level *game_level(const Game *g, int *pack_i, int *level_i)
{
  ChallengeScreen *c = challenge(g);
  if (pack_i)
    *pack_i = c && c->level && !c->trial ? c->pack_i : -1;
  if (level_i)
    *level_i = c && c->level && !c->trial ? c->level_i : -1;
  return c ? c->level : NULL;
}

int game_pack_count(const Game *g)
{
  return session_pack_count(g->session);
}

const Pack *game_pack(const Game *g, int i)
{
  return session_pack(g->session, i);
}

void game_set_unlock_all(Game *g, bool on)
{
  session_set_unlock_all(g->session, on);
  g->dirty = true;
}

const LevelError *game_level_error(const Game *g)
{
  ChallengeScreen *c = challenge(g);
  return c && c->level_broken ? &c->level_error : NULL;
}

ReplayState game_replay_state(const Game *g)
{
  ChallengeScreen *c = challenge(g);
  return c ? c->replay.state : REPLAY_STOPPED;
}

Settings game_settings(const Game *g)
{
  return g->settings;
}

void game_set_settings(Game *g, const Settings *s)
{
  g->settings = *s;
  app_apply_settings(g);
}

void game_edit_level(Game *g, const Level *lv)
{
  app_go(g, SCREEN_EDITOR, &(AppArg){.what = APP_EDIT_LEVEL, .level = lv});
}
