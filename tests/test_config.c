/* test_config.c: the settings files an IT technician and a teacher write. The machine's file is
   read first and the user's may change what it sets; the game's own choices always go to the
   user's folder. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "config.h"
#include "progress.h"

static char home[256], machine[300];

static void write_file(const char *path, const char *text)
{
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  if (!f)
    return;
  fputs(text, f);
  fclose(f);
}

static void setup(void)
{
  snprintf(home, sizeof home, "/tmp/cb_config_XXXXXX");
  CHECK(mkdtemp(home) != NULL);
  snprintf(machine, sizeof machine, "%s/machine.txt", home);
  setenv("HOME", home, 1);
  unsetenv("XDG_CONFIG_HOME");
  unsetenv("XDG_DATA_HOME");
  setenv("CODEBRIDGE_MACHINE_SETTINGS", machine, 1);
}

static void test_machine_then_user(void)
{
  char v[256], path[CONFIG_PATH_MAX];
  CHECK(!config_get("unlock_all", v, sizeof v)); /* no file at all: nothing set */
  write_file(machine,
             "# the technician's\nunlock_all = yes\nprogress = /srv/share\nteacher = no\n");
  CHECK(config_get("unlock_all", v, sizeof v));
  CHECK_STR("yes", v);
  CHECK(progress_setting("progress", v, sizeof v)); /* the progress code reads the same files */
  CHECK_STR("/srv/share", v);
  snprintf(path, sizeof path, "%s/.config", home);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/.config/codebridge", home);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/.config/codebridge/settings.txt", home);
  write_file(path, "teacher = yes\n");
  CHECK(config_get("teacher", v, sizeof v)); /* the teacher's own file has the last word */
  CHECK_STR("yes", v);
  CHECK(config_get("unlock_all", v, sizeof v)); /* and the rest of the machine's still holds */
  CHECK_STR("yes", v);
  char files[CONFIG_FILES_MAX][CONFIG_PATH_MAX];
  CHECK_INT(2, config_files(files, CONFIG_FILES_MAX));
  CHECK_STR(machine, files[0]);
  CHECK_STR(path, files[1]);
}

static void test_game_file_is_the_users(void)
{
  char path[CONFIG_PATH_MAX], want[CONFIG_PATH_MAX];
  CHECK(config_game_file(path, sizeof path));
  snprintf(want, sizeof want, "%s/.config/codebridge/game-settings.txt", home);
  CHECK_STR(want, path);
  setenv("XDG_CONFIG_HOME", "/elsewhere/config", 1);
  CHECK(config_game_file(path, sizeof path));
  CHECK_STR("/elsewhere/config/codebridge/game-settings.txt", path);
  unsetenv("XDG_CONFIG_HOME");
}

static void test_long_value_keeps_the_earlier(void)
{
  char v[8];
  char path[CONFIG_PATH_MAX];
  snprintf(path, sizeof path, "%s/.config/codebridge/settings.txt", home);
  write_file(machine, "language = en\n");
  write_file(path, "language = a-language-name-far-too-long\n");
  CHECK(config_get("language", v, sizeof v)); /* a value too long for the caller is skipped */
  CHECK_STR("en", v);
}

int main(void)
{
  setup();
  test_machine_then_user();
  test_game_file_is_the_users();
  test_long_value_keeps_the_earlier();
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", home);
  CHECK(system(cmd) == 0);
  return check_summary();
}
