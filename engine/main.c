/* main.c: parses the first argument and hands over: the game, or a command of cli.c. */
#include "cli.h"
#include "paths.h"

int main(int argc, char **argv)
{
  paths_init(argv[0]);
  return cli_main(argc, argv);
}
