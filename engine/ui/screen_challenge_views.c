/* screen_challenge_views.c: the challenge's two views of one program (the text stays the
   truth: the block view's canonical text goes into the editor on every change), the pupil's
   remembered view, and hot reload of the level file (checked once a second, F5 at once).
   Part of the challenge screen (screen_challenge.h); the view files are the session's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "messages.h"
#include "screen_challenge.h"
#include "sys.h"

/* The switch shows when the level offers both views, and on a blocks-only level whose program
   does not parse (the pupil mends it in text, then goes back). */
bool challenge_switch_shown(const ChallengeScreen *c)
{
  const char *mode = c->level->mode;
  if (strcmp(mode, "text") == 0)
    return false;
  return strcmp(mode, "blocks") != 0 || !c->blocks;
}

void challenge_halt(ChallengeScreen *c)
{
  replay_stop(&c->replay);
  c->result_due_ms = 0;
  code_view_set_running_line(c->cv, 0);
  code_view_set_read_only(c->cv, false);
}

/* The block view's canonical text into the editor (when it differs), so that saving, running
   and the text view all see what the blocks show. */
void challenge_take_text(ChallengeScreen *c)
{
  size_t len = 0;
  char *t = block_view_text(c->bv, &len);
  if (!t)
    return;
  if (strcmp(t, texted_text(c->ed)) != 0) {
    if (c->trace && c->replay.state != REPLAY_STOPPED)
      challenge_halt(c); /* its lines moved */
    code_view_set_text(c->cv, t);
  }
  free(t);
  c->blocks_taken = block_view_changed(c->bv);
}

/* Parses the editor's text into blocks. On a syntax error the pupil stays in text and the
   friendly sentence marks the line; nothing is lost either way. */
bool challenge_to_blocks(ChallengeScreen *c)
{
  if (!c->bv)
    return false;
  const char *text = texted_text(c->ed);
  ProgramError perr;
  if (!block_view_set_text(c->bv, text, strlen(text), &perr)) {
    MessageReason why;
    char sentence[512];
    const char *known[LEVEL_MAX_COMMANDS]; /* for "turn left" -> "turn_left" */
    int nknown = 0;
    for (int i = 0; c->level && i < c->level->ncommands; i++)
      known[nknown++] = c->level->commands[i].name;
    messages_explain_program(text, strlen(text), &perr, known, nknown, &why);
    messages_sentence(&why, sentence, sizeof sentence);
    code_view_set_error(c->cv, why.line > 0 ? why.line : perr.line, sentence);
    c->blocks = false;
    return false;
  }
  c->blocks = true;
  challenge_take_text(c); /* the canonical text: the blocks' lines are the run's lines */
  return true;
}

void challenge_to_text(ChallengeScreen *c)
{
  if (c->bv && c->blocks)
    challenge_take_text(c);
  c->blocks = false;
}

/* The pupil's view of this level, remembered when the level offers both. */
void challenge_view_save(App *g, ChallengeScreen *c)
{
  if (c->trial || strcmp(c->level->mode, "both") != 0)
    return;
  char err[512];
  if (!session_view_save(g->session, c->pack_i, c->level_i, c->blocks, err, sizeof err))
    fprintf(stderr, "codebridge: %s\n", err);
}

/* The view to open in: the session's rule, and for the editor's level (in no pack) its mode,
   else blocks. */
static bool wanted_view(const App *g, const ChallengeScreen *c)
{
  if (!c->trial)
    return session_view_wanted(g->session, c->pack_i, c->level_i);
  return strcmp(c->level->mode, "text") != 0;
}

/* A palette and a block view for the open level (both borrow it). */
void challenge_make_view(App *g, ChallengeScreen *c)
{
  c->palette_ok = block_palette_init(&c->palette, c->level, g->settings.lang);
  if (c->palette_ok)
    block_palette_set_high_contrast(&c->palette, g->theme.high_contrast);
  c->bv = c->palette_ok ? block_view_new(g->text, &g->theme, &c->palette) : NULL;
  c->blocks_rect = (SDL_Rect){0, 0, 0, 0};
  c->blocks_px = 0;
  c->blocks = false;
}

void challenge_close_views(ChallengeScreen *c)
{
  block_view_free(c->bv);
  c->bv = NULL;
  if (c->palette_ok)
    block_palette_deinit(&c->palette);
  c->palette_ok = false;
  c->blocks = false;
}

static bool file_stamp(const char *path, long long *mtime_ns, long long *size)
{
  SysStat st;
  if (!sys_stat(path, &st))
    return false;
  *mtime_ns = st.mtime_ns;
  *size = st.size;
  return true;
}

void challenge_open_views(App *g, ChallengeScreen *c)
{
  challenge_close_views(c);
  c->level_broken = false;
  c->level_mtime_ns = c->level_size = -1;
  file_stamp(c->level->path, &c->level_mtime_ns, &c->level_size);
  c->level_checked_ms = platform_ms();
  challenge_make_view(g, c);
  c->blocks_focus = false;
  if (wanted_view(g, c))
    challenge_to_blocks(c);
  challenge_view_save(g, c); /* a view taken from the level before becomes this level's too */
}

void challenge_sync(ChallengeScreen *c)
{
  if (c->bv && c->blocks && block_view_changed(c->bv) != c->blocks_taken)
    challenge_take_text(c);
}

void challenge_refresh(ChallengeScreen *c)
{
  if (c->bv && c->blocks)
    challenge_to_blocks(c);
}

/* --- hot reload --------------------------------------------------------------------------- */

bool challenge_reload(App *g, ChallengeScreen *c)
{
  if (!c->level || c->trial)
    return false; /* the editor's level is not in a pack */
  char path[1024];
  snprintf(path, sizeof path, "%s", c->level->path);
  /* stamped before reading: a save during the read is seen by the next check */
  file_stamp(path, &c->level_mtime_ns, &c->level_size);
  c->level_checked_ms = platform_ms();
  g->dirty = true;
  challenge_sync(c);
  runner_free(c->trace); /* it replayed the old level */
  c->trace = NULL;
  replay_init(&c->replay, NULL);
  challenge_halt(c);
  bool was_blocks = c->blocks;
  challenge_close_views(c); /* they borrow the level the session may free now */
  LevelError e;
  bool fresh = session_reload_level(g->session, c->pack_i, c->level_i, &e);
  c->level = session_level(g->session, c->pack_i, c->level_i); /* the new one, or the old */
  c->level_broken = !fresh;
  if (!fresh)
    c->level_error = e;
  if (!c->level)
    return false;
  challenge_make_view(g, c);
  if (strcmp(c->level->mode, "blocks") == 0 || (was_blocks && strcmp(c->level->mode, "text") != 0))
    challenge_to_blocks(c);
  return fresh;
}

bool challenge_poll(App *g, ChallengeScreen *c, uint64_t now)
{
  if (!c->level || c->trial || now - c->level_checked_ms < CHALLENGE_RELOAD_CHECK_MS)
    return false;
  c->level_checked_ms = now;
  long long m, size;
  if (!file_stamp(c->level->path, &m, &size))
    return false; /* mid-save: look again later */
  if (m == c->level_mtime_ns && size == c->level_size)
    return false;
  challenge_reload(g, c);
  return true;
}

int challenge_reload_wait_ms(const ChallengeScreen *c, uint64_t now)
{
  if (!c->level || c->trial)
    return -1;
  uint64_t due = c->level_checked_ms + CHALLENGE_RELOAD_CHECK_MS;
  return due > now ? (int)(due - now) + 1 : 1;
}
