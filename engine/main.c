/* main.c: parses the first argument and hands over: the game, or a command of cli.c. */
#include "cli.h"
#include "paths.h"
#include "sys.h"

int main(int argc, char **argv)
{
  sys_start(&argc, &argv); /* UTF-8 arguments and output on Windows too */
  paths_init(argv[0]);
  return cli_main(argc, argv);
}
