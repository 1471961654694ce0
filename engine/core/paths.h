/* paths.h: where Codebridge finds what it ships (scripts/, levels/, assets/) and where the
   running program lives. The data folder is the first of: CODEBRIDGE_DATA; the program's own
   folder (a portable copy: a USB stick, the Windows zip or MSI); <program>/../share/codebridge
   (an install); the source tree, only while the program runs from the folder it was built in. */
#ifndef PATHS_H
#define PATHS_H

#include <stdbool.h>
#include <stddef.h>

/* Searches once for the data folder (argv0 helps where the system cannot name the running
   program). False when no folder holds scripts/lang: paths_tried() then lists the folders. */
bool paths_init(const char *argv0);

/* The data folder, without a trailing slash. Never NULL (the search runs on first use). */
const char *paths_data_dir(void);

/* data_dir/relative into out. Returns out. */
char *paths_data(char *out, size_t cap, const char *relative);

/* The folders the last search looked in, in order, joined by ", " (CODEBRIDGE_DATA shown as
   "CODEBRIDGE_DATA (not set)" when it is not set): for the one sentence a missing data folder
   gets. */
const char *paths_tried(void);

#endif
