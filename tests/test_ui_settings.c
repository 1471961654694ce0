/* test_ui_settings.c: the game's settings file (round trip, damage gives defaults), the
   synthesised sounds (each audible and different), the renderer choice's overrides, and the
   world view drawing the robot where the pose says. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "fileio.h"
#include "platform.h"
#include "settings.h"
#include "sound.h"
#include "world_view.h"

static void test_settings(void)
{
  char path[256], err[256];
  snprintf(path, sizeof path, "/tmp/codebridge-settings-%d/sub/game-settings.txt", (int)getpid());
  Settings s, back;
  settings_defaults(&s);
  CHECK(s.sound);
  CHECK(!s.high_contrast);
  s.text_step = 3;
  s.high_contrast = true;
  s.sound = false;
  s.reduced_motion = true;
  s.speed = 5;
  CHECK(settings_save(&s, path, err, sizeof err)); /* creates the folder */
  settings_defaults(&back);
  CHECK(settings_load(&back, path));
  CHECK_INT(3, back.text_step);
  CHECK(back.high_contrast);
  CHECK(!back.sound);
  CHECK(back.reduced_motion);
  CHECK_INT(5, back.speed);
  CHECK_STR("en", back.lang);
  const char *bad = "text_size = 99\nsound = maybe\nspeed = -3\n\x01\x02garbage\n";
  CHECK(fileio_write_atomic(path, bad, strlen(bad), err, sizeof err));
  settings_defaults(&back);
  CHECK(settings_load(&back, path));
  CHECK_INT(1, back.text_step); /* out of range: default kept */
  CHECK_INT(3, back.speed);
  CHECK(!settings_load(&back, "/nonexistent/x.txt"));
  char rm[300];
  snprintf(rm, sizeof rm, "rm -rf /tmp/codebridge-settings-%d", (int)getpid());
  CHECK_INT(0, system(rm));
}

static void test_sound(void)
{
  Sound *s = sound_new();
  CHECK(s != NULL);
  int counts[SOUND_COUNT];
  long energy[SOUND_COUNT];
  for (int id = 0; id < SOUND_COUNT; id++) {
    const short *x = sound_samples(s, (SoundId)id, &counts[id]);
    energy[id] = 0;
    for (int i = 0; i < counts[id]; i++)
      energy[id] += labs((long)x[i]);
    CHECK(counts[id] > SOUND_RATE / 50);  /* at least 20 ms */
    CHECK(counts[id] < SOUND_RATE);       /* short */
    CHECK(energy[id] / counts[id] > 300); /* audible */
  }
  CHECK(counts[SOUND_WIN] > counts[SOUND_STEP]);
  sound_enable(s, false);
  CHECK(!sound_enabled(s));
  sound_play(s, SOUND_WIN); /* off: nothing, and no audio device opened */
  sound_free(s);
}

static void test_renderer_choice(void)
{
  setenv("CODEBRIDGE_RENDERER", "software", 1);
  CHECK(platform_want_software("accelerated"));
  setenv("CODEBRIDGE_RENDERER", "accelerated", 1);
  CHECK(!platform_want_software("software"));
  unsetenv("CODEBRIDGE_RENDERER");
  CHECK(platform_want_software("software"));
  CHECK(!platform_want_software("accelerated"));
  setenv("LIBGL_ALWAYS_SOFTWARE", "1", 1);
  CHECK(platform_want_software("auto"));
  unsetenv("LIBGL_ALWAYS_SOFTWARE");
  setenv("GALLIUM_DRIVER", "llvmpipe", 1);
  CHECK(platform_want_software("auto"));
  unsetenv("GALLIUM_DRIVER");
}

static Uint32 pixel(SDL_Surface *s, int x, int y)
{
  return ((Uint32 *)((char *)s->pixels + y * s->pitch))[x];
}

static void test_world_view(void)
{
  World w;
  memset(&w, 0, sizeof w);
  w.w = 4;
  w.h = 1;
  memcpy(w.cells, "#..G", 4);
  w.robot_x = 1;
  w.dir = DIR_EAST;
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 400, 100, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = SDL_CreateSoftwareRenderer(s);
  Theme t;
  theme_init(&t, false, 1, 400, 100);
  SDL_Rect area = {0, 0, 400, 100};
  int tile;
  SDL_Rect board = world_view_board(area, &w, &tile);
  CHECK_INT(100, tile);
  CHECK_INT(0, board.x);
  WorldViewPose p = world_view_pose(&w);
  world_view_draw(r, &t, area, &w, &p);
  SDL_RenderPresent(r);
  Uint32 robot_square = pixel(s, 150, 50), empty_square = pixel(s, 250, 50);
  CHECK(robot_square != empty_square); /* the robot stands on square 1 */
  p.x = 2;                             /* moved one square */
  world_view_draw(r, &t, area, &w, &p);
  SDL_RenderPresent(r);
  CHECK(pixel(s, 250, 50) == robot_square);
  CHECK(pixel(s, 150, 50) != robot_square);
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(s);
}

int main(void)
{
  test_settings();
  test_sound();
  test_renderer_choice();
  test_world_view();
  return check_summary();
}
