/* main.c: finds the data folder, then parses the first argument and hands over: the game, or a
   command of cli.c. Without its data Codebridge has no words to speak, so it stops here with
   one sentence (in English: the language files are part of what is missing). */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "paths.h"
#include "sys.h"

static bool wants_help(int argc, char **argv)
{
  return argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0);
}

int main(int argc, char **argv)
{
  sys_start(&argc, &argv); /* UTF-8 arguments and output on Windows too */
  if (!paths_init(argv[0]) && !wants_help(argc, argv)) {
    fprintf(stderr,
            "codebridge: cannot find its data folder (the one holding scripts, levels and "
            "assets); it looked in %s: set CODEBRIDGE_DATA to that folder or install "
            "Codebridge again.\n",
            paths_tried());
    return 2;
  }
  return cli_main(argc, argv);
}
