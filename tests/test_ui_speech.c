/* test_ui_speech.c: reading aloud (issue 13, item 10), headless: a sentence becomes a plausible
   amount of sound, speaking returns at once and stops when told, and a machine without speech
   gets no speaker. Built with espeak-ng (CODEBRIDGE_HAVE_ESPEAK) it must speak: ./build.sh test
   builds with -DCODEBRIDGE_SPEECH=ON, so CI tests the real thing. */
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "check.h"
#include "messages.h"
#include "paths.h"
#include "settings.h"
#include "speech.h"
#include "ui_harness.h"

#ifdef CODEBRIDGE_HAVE_ESPEAK /* a build without espeak-ng has no speech to test */
static void test_sentence_to_samples(Speech *sp)
{
  short *samples;
  size_t n;
  int rate;
  CHECK(speech_synth(sp, "Robo needs to catch the bus. Move forward to the bus stop.", &samples, &n,
                     &rate));
  CHECK(rate >= 8000 && rate <= 48000);
  /* twelve words at about 145 a minute: some 3 to 8 seconds of sound */
  double seconds = rate > 0 ? (double)n / rate : 0;
  CHECK(seconds > 2.0 && seconds < 10.0);
  long loud = 0;
  for (size_t i = 0; i < n; i++)
    loud += abs(samples[i]) > 1000;
  CHECK(loud > (long)n / 20); /* not silence */
  free(samples);

  short *shorter;
  size_t m;
  CHECK(speech_synth(sp, "Bump!", &shorter, &m, &rate));
  CHECK(m > 0 && m < n / 3); /* a word is much shorter than two sentences */
  free(shorter);
}

/* speech_say returns at once (the game loop never waits) and speech_stop ends it quickly. */
static void test_say_and_cancel(Speech *sp)
{
  const char *story = "Robo has letters to post. Pick up every letter on the way, then go to "
                      "the post office at the end of the street, and do not bump into walls.";
  Uint32 t0 = SDL_GetTicks();
  speech_say(sp, story);
  CHECK(SDL_GetTicks() - t0 < 200); /* making ten seconds of speech takes longer */
  CHECK(speech_busy(sp));
  SDL_Delay(300);
  CHECK(speech_busy(sp)); /* ten seconds of story: still going */
  t0 = SDL_GetTicks();
  speech_stop(sp);
  while (speech_busy(sp) && SDL_GetTicks() - t0 < 2000)
    SDL_Delay(5);
  CHECK(!speech_busy(sp));
  CHECK(SDL_GetTicks() - t0 < 500);

  /* a new sentence cuts the old one off and is itself said */
  speech_say(sp, story);
  SDL_Delay(100);
  speech_say(sp, "Hello.");
  t0 = SDL_GetTicks();
  while (speech_busy(sp) && SDL_GetTicks() - t0 < 5000)
    SDL_Delay(10);
  CHECK(!speech_busy(sp));
  CHECK(SDL_GetTicks() - t0 < 3000); /* only "Hello." was left to play, not the story */
}
#endif

/* The speaker button shows on the challenge only when Read aloud is on and this machine can
   speak; the setting itself shows only where speech can be had. */
static void test_button_shows_and_hides(bool can_speak)
{
  char dir[256], level[1024], err[512];
  temp_root(dir, sizeof dir, can_speak ? "speech-on" : "speech-off");
  use_config_home(dir, "config", true);
  Game *g = start_game(dir, 1024, 700, false, 20);
  CHECK(g != NULL);
  if (!g)
    return;
  SDL_Rect r;
  char listen[64], setting[64], on[64]; /* copies: the words are reloaded with the settings */
  snprintf(listen, sizeof listen, "%s", messages_get("ui_listen"));
  snprintf(setting, sizeof setting, "%s", messages_get("ui_read_aloud"));
  snprintf(on, sizeof on, "%s", messages_get("ui_on"));
  game_show(g, SCREEN_SETTINGS);
  frames(g, 2);
  CHECK(game_find_button(g, setting, &r) == false); /* a label, not a button: look for On */
  int ons = 0;
  for (int i = 0; i < game_widget_count(g); i++)
    ons += strcmp(game_widget(g, i, &r, NULL), on) == 0;
  CHECK_INT(can_speak ? 5 : 4, ons); /* contrast, sound, motion, full screen (, read aloud) */
  paths_data(level, sizeof level, "levels/01-london/01-bus-stop.lua");
  CHECK(game_open_level_file(g, level, err, sizeof err));
  frames(g, 2);
  CHECK(!game_find_button(g, listen, &r)); /* Read aloud is off at first */
  Settings s = game_settings(g);
  s.read_aloud = true;
  game_set_settings(g, &s);
  frames(g, 2);
  CHECK(game_find_button(g, listen, &r) == can_speak);
  const char *keep = getenv("CODEBRIDGE_SHOTS"); /* a folder: keep the picture to look at */
  if (keep && can_speak) {
    char path[1200];
    snprintf(path, sizeof path, "%s/speaker.bmp", keep);
    game_render(g);
    SDL_SaveBMP(game_surface(g), path);
  }
  if (can_speak) {
    CHECK(click(g, listen));
    frames(g, 1);
  }
  s.read_aloud = false;
  game_set_settings(g, &s);
  frames(g, 2);
  CHECK(!game_find_button(g, listen, &r));
  game_free(g);
  remove_tree(dir);
}

int main(void)
{
  SDL_SetHint(SDL_HINT_AUDIODRIVER, "dummy");
  CHECK(SDL_Init(0) == 0);
#ifdef CODEBRIDGE_HAVE_ESPEAK
  CHECK(speech_available());
  Speech *sp = speech_new("en");
  CHECK(sp != NULL);
  if (sp) {
    test_sentence_to_samples(sp);
    test_say_and_cancel(sp);
  }
  speech_free(sp);
  test_button_shows_and_hides(true);
#else
  fprintf(stderr, "built without espeak-ng: only the no-speech case is tested\n");
  CHECK(!speech_available());
#endif
  speech_force_unavailable(true);
  CHECK(!speech_available());
  test_button_shows_and_hides(false);
  CHECK(speech_new("en") == NULL); /* no speech, no speaker: callers hide the button */
  speech_say(NULL, "nothing happens");
  CHECK(!speech_busy(NULL));
  speech_force_unavailable(false);
  SDL_Quit();
  return check_summary();
}
