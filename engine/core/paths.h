/* paths.h: where Codebridge finds what it ships (scripts/, levels/, assets/).
   CODEBRIDGE_DATA wins; else the folder above the program that holds scripts/; else the
   source tree it was built from. */
#ifndef PATHS_H
#define PATHS_H

#include <stddef.h>

/* Remembers the program's own path (argv[0]) for the search. */
void paths_init(const char *argv0);

/* The data folder, without a trailing slash. Never NULL. */
const char *paths_data_dir(void);

/* data_dir/relative into out. Returns out. */
char *paths_data(char *out, size_t cap, const char *relative);

#endif
