/* config.c: finds the settings files and reads `key = value` lines from them. Never writes:
   the game's settings.c and the teacher's editor of their own file do. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sys.h"
#include "util.h"

static bool put(char *out, size_t cap, const char *a, const char *b)
{
  return (size_t)snprintf(out, cap, "%s%s", a, b) < cap;
}

/* sys.c knows the machine's folder: /etc/codebridge, %ProgramData%\Codebridge on Windows. */
bool config_machine_file(char *out, size_t cap)
{
  char dir[CONFIG_PATH_MAX];
  if (sys_getenv("CODEBRIDGE_MACHINE_SETTINGS", out, cap))
    return true;
  return sys_app_dir(SYS_MACHINE_CONFIG, dir, sizeof dir) && put(out, cap, dir, "/settings.txt");
}

bool config_user_dir(bool data, char *out, size_t cap)
{
  return sys_app_dir(data ? SYS_USER_DATA : SYS_USER_CONFIG, out, cap);
}

bool config_teacher_file(char *out, size_t cap)
{
  char dir[CONFIG_PATH_MAX];
  if (sys_exe_dir(dir, sizeof dir) && put(out, cap, dir, "/settings.txt") &&
      sys_kind(out) != SYS_NONE)
    return true;
  return config_user_dir(false, dir, sizeof dir) && put(out, cap, dir, "/settings.txt");
}

bool config_game_file(char *out, size_t cap)
{
  char dir[CONFIG_PATH_MAX];
  return config_user_dir(false, dir, sizeof dir) && put(out, cap, dir, "/game-settings.txt");
}

int config_files(char paths[][CONFIG_PATH_MAX], int max)
{
  int n = 0;
  if (n < max && config_machine_file(paths[n], CONFIG_PATH_MAX) && sys_kind(paths[n]) == SYS_FILE)
    n++;
  if (n < max && config_teacher_file(paths[n], CONFIG_PATH_MAX) && sys_kind(paths[n]) == SYS_FILE)
    n++;
  return n;
}

bool config_get(const char *key, char *out, size_t cap)
{
  char paths[CONFIG_FILES_MAX][CONFIG_PATH_MAX];
  int n = config_files(paths, CONFIG_FILES_MAX);
  char value[CONFIG_PATH_MAX];
  bool found = false;
  for (int i = 0; i < n; i++) /* a later file wins; a value too long for out is passed over */
    if (util_settings_get(paths[i], key, value, sizeof value) && strlen(value) < cap) {
      memcpy(out, value, strlen(value) + 1);
      found = true;
    }
  return found;
}
