/* settings.h: the game's own choices (text size, high contrast, sound, reduced motion,
   language, fullscreen, renderer, replay speed), kept in game-settings.txt in the user's
   settings folder as `key = value` lines. The machine's and the teacher's settings.txt may
   set the same keys as defaults (an IT technician choosing the software renderer for every
   pupil); the game writes only game-settings.txt. */
#ifndef SETTINGS_H
#define SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  int text_step; /* 0..THEME_TEXT_STEPS-1 */
  bool high_contrast;
  bool sound;
  bool reduced_motion;
  bool read_aloud; /* sentences are spoken (shown only where speech.c can speak) */
  bool fullscreen;
  int speed;         /* replay speed 1..5 */
  char lang[8];      /* "en" */
  char renderer[16]; /* auto | software | accelerated */
} Settings;

void settings_defaults(Settings *s);
/* The file: game-settings.txt in the user's settings folder (config_game_file). */
bool settings_path(char *out, size_t cap);
/* Reads the settings.txt files (config_files) and then the pupil's game-settings.txt over the
   defaults in s; its path goes into file ("" when the user has no settings folder). */
void settings_load_all(Settings *s, char *file, size_t cap);
/* Reads path over the defaults; unknown keys and bad values are ignored. False when the file
   cannot be read (s keeps the defaults). */
bool settings_load(Settings *s, const char *path);
/* Writes every setting (creating the folder). False with err on a problem. */
bool settings_save(const Settings *s, const char *path, char *err, size_t errlen);
/* The teacher's `teacher = yes` in settings.txt: the teacher's screens show. */
bool settings_teacher(void);

#endif
