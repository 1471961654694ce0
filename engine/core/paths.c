/* paths.c: finds the data folder (scripts/, levels/, assets/) once, at start-up. */
#include "paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "sys.h"

#ifndef CODEBRIDGE_SOURCE_DIR
#define CODEBRIDGE_SOURCE_DIR "."
#endif

static char data_dir[1024];

static int holds_scripts(const char *dir)
{
  char probe[1100];
  snprintf(probe, sizeof probe, "%s/scripts/lang", dir);
  return fileio_is_dir(probe);
}

/* Tries the program's folder and its parents, for a portable copy (a USB stick). */
static int search_near_program(const char *argv0)
{
  char self[1024];
  if (!sys_exe_path(self, sizeof self)) {
    if (!argv0 || strlen(argv0) >= sizeof self)
      return 0;
    strcpy(self, argv0);
  }
  for (int up = 0; up < 3; up++) {
    char *slash = sys_last_sep(self);
    if (!slash)
      return 0;
    *slash = '\0';
    if (holds_scripts(self)) {
      snprintf(data_dir, sizeof data_dir, "%s", self);
      return 1;
    }
  }
  return 0;
}

void paths_init(const char *argv0)
{
  if (sys_getenv("CODEBRIDGE_DATA", data_dir, sizeof data_dir))
    return;
  if (!search_near_program(argv0))
    snprintf(data_dir, sizeof data_dir, "%s", CODEBRIDGE_SOURCE_DIR);
}

const char *paths_data_dir(void)
{
  if (!data_dir[0])
    paths_init(NULL);
  return data_dir;
}

char *paths_data(char *out, size_t cap, const char *relative)
{
  snprintf(out, cap, "%s/%s", paths_data_dir(), relative);
  return out;
}
