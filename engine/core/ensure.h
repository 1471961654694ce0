/* ensure.h: ENSURE(cond) for bugs only (a broken invariant, an overflowed fixed array).
   Never for data from disk or from a child: those are expected failures or outcomes. */
#ifndef ENSURE_H
#define ENSURE_H

#include <stdio.h>
#include <stdlib.h>

#define ENSURE(cond)                                                                               \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "codebridge: bug at %s:%d: %s\n", __FILE__, __LINE__, #cond);                \
      abort();                                                                                     \
    }                                                                                              \
  } while (0)

#endif
