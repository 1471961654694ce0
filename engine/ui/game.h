/* game.h: the game window: screens a pupil plays. The only entry the CLI calls. */
#ifndef GAME_H
#define GAME_H

#include <stdbool.h>

typedef struct {
  const char *levels_dir;   /* extra level folder (--levels), NULL for none */
  const char *progress_dir; /* --progress, NULL for the default */
  bool fullscreen;
} GameOptions;

int game_main(const GameOptions *opt);

/* codebridge screenshot LEVEL [--program FILE] [--size WxH] [--at STEP] --out FILE.bmp */
int game_screenshot_cli(int argc, char **argv);

#endif
