/* cli_report.c: codebridge report (being written). */
#include "cli.h"

int cli_report(int argc, char **argv)
{
  (void)argc;
  (void)argv;
  return 2;
}
