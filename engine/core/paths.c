/* paths.c: finds the data folder (scripts/, levels/, assets/) once, at start-up. Reads no
   file; asks sys.c where the program is and whether folders exist. */
#include "paths.h"

#include <stdio.h>
#include <string.h>

#include "fileio.h"
#include "sys.h"

#define PATHS_MAX 1024

static char data_dir[PATHS_MAX];
static char tried[4 * PATHS_MAX + 64];

static bool holds_scripts(const char *dir)
{
  char probe[PATHS_MAX + 32];
  snprintf(probe, sizeof probe, "%s/scripts/lang", dir);
  return fileio_is_dir(probe);
}

/* Notes a folder in the tried list; true (and it becomes the data folder) when it holds
   scripts/. */
static bool try_dir(const char *dir)
{
  size_t used = strlen(tried);
  snprintf(tried + used, sizeof tried - used, "%s%s", used ? ", " : "", dir);
  if (strlen(dir) >= sizeof data_dir || !holds_scripts(dir))
    return false;
  snprintf(data_dir, sizeof data_dir, "%s", dir);
  return true;
}

/* The source tree counts only while the program runs from its own build folder (or one
   inside it, as the tests do): an installed or copied program never reaches back into the
   tree it was built from, so an install that lacks its data says so instead of quietly
   working on the developer's machine alone. */
static bool try_build_tree(const char *program_dir)
{
#if defined(CODEBRIDGE_SOURCE_DIR) && defined(CODEBRIDGE_BINARY_DIR)
  char build[PATHS_MAX], here[PATHS_MAX];
  if (!sys_real_path(CODEBRIDGE_BINARY_DIR, build, sizeof build) ||
      !sys_real_path(program_dir, here, sizeof here))
    return false;
  size_t n = strlen(build);
  if (strncmp(here, build, n) != 0 || (here[n] != '\0' && !sys_is_sep(here[n])))
    return false;
  return try_dir(CODEBRIDGE_SOURCE_DIR);
#else
  (void)program_dir;
  return false;
#endif
}

/* The program's folder: from the system, else from argv[0] where it holds a folder. */
static bool program_dir(const char *argv0, char *out, size_t cap)
{
  if (sys_exe_dir(out, cap))
    return true;
  if (!argv0 || !sys_last_sep(argv0) || (size_t)snprintf(out, cap, "%s", argv0) >= cap)
    return false;
  *sys_last_sep(out) = '\0';
  return true;
}

bool paths_init(const char *argv0)
{
  data_dir[0] = tried[0] = '\0';
  char env[PATHS_MAX];
  if (sys_getenv("CODEBRIDGE_DATA", env, sizeof env)) {
    if (try_dir(env))
      return true;
  } else {
    snprintf(tried, sizeof tried, "CODEBRIDGE_DATA (not set)");
  }
  char program[PATHS_MAX], share[PATHS_MAX + 32];
  if (program_dir(argv0, program, sizeof program)) {
    if (try_dir(program))
      return true; /* portable: the data beside the program (a USB stick, the Windows zip) */
    char *sep = sys_last_sep(program);
    snprintf(share, sizeof share, "%.*s/share/codebridge", sep ? (int)(sep - program) : 0, program);
    if (try_dir(share) || try_build_tree(program))
      return true;
  }
  snprintf(data_dir, sizeof data_dir, "."); /* keeps every later path well-formed */
  return false;
}

const char *paths_data_dir(void)
{
  if (!data_dir[0])
    paths_init(NULL);
  return data_dir;
}

const char *paths_tried(void)
{
  return tried;
}

char *paths_data(char *out, size_t cap, const char *relative)
{
  snprintf(out, cap, "%s/%s", paths_data_dir(), relative);
  return out;
}
