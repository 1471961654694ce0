/* config.h: the settings files and the user's own folders. settings.txt files are read in this
   order, a later one winning key by key: the machine's (an IT technician's
   /etc/codebridge/settings.txt; %ProgramData%\Codebridge\settings.txt on Windows), then the
   portable settings.txt beside the program or else the user's own. The game's own choices
   (game-settings.txt) always live in the user's folder, never beside the program, so a
   read-only install never stops a pupil saving them. */
#ifndef CONFIG_H
#define CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#define CONFIG_FILES_MAX 2
#define CONFIG_PATH_MAX 4096

/* The machine-wide settings file, whether or not it exists: $CODEBRIDGE_MACHINE_SETTINGS when
   set, else the system's. */
bool config_machine_file(char *out, size_t cap);

/* The teacher's settings.txt: beside the program when there is one there (portable mode),
   else in the user's settings folder (which may not exist yet). */
bool config_teacher_file(char *out, size_t cap);

/* The settings files that exist, in the order to read them. Returns how many. */
int config_files(char paths[][CONFIG_PATH_MAX], int max);

/* The value of `key = value` in the settings files, the last file that sets it winning. */
bool config_get(const char *key, char *out, size_t cap);

/* The user's own folder for settings (data false: ~/.config/codebridge) or for data (data
   true: ~/.local/share/codebridge); %APPDATA%\Codebridge on Windows. */
bool config_user_dir(bool data, char *out, size_t cap);

/* Where the game keeps the pupil's own choices: game-settings.txt in the user's settings folder. */
bool config_game_file(char *out, size_t cap);

#endif
