/* game.c: the game (being written). */
#include "game.h"

#include <stdio.h>

int game_main(const GameOptions *opt)
{
  (void)opt;
  fprintf(stderr, "codebridge: the game is not built yet\n");
  return 1;
}

int game_screenshot_cli(int argc, char **argv)
{
  (void)argc;
  (void)argv;
  return 2;
}
