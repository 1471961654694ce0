/* check.h: the tiny assertion kit every test_<module>.c uses.
   Each CHECK prints file:line, what was expected and what came instead, and counts a
   failure; check_summary() prints "N passed, N failed" and gives the exit code. */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

/* Wall-clock limits stretch by this on a machine slower than the one they describe: a cross
   build's tests run under qemu-user, which emulates the CPU several times slower. */
#ifdef CODEBRIDGE_TEST_EMULATED
#define CHECK_TIME_SCALE 8.0
#else
#define CHECK_TIME_SCALE 1.0
#endif

#define CHECK(cond)                                                                                \
  do {                                                                                             \
    if (cond) {                                                                                    \
      check_passed++;                                                                              \
    } else {                                                                                       \
      check_failed++;                                                                              \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond);                          \
    }                                                                                              \
  } while (0)

/* REQUIRE(cond): a CHECK that also leaves the test function when it fails, for a value the
   rest of the test cannot go on without (a level that must load). Never a silent skip. */
#define REQUIRE(cond)                                                                              \
  do {                                                                                             \
    CHECK(cond);                                                                                   \
    if (!(cond))                                                                                   \
      return;                                                                                      \
  } while (0)

#define CHECK_INT(expected, got)                                                                   \
  do {                                                                                             \
    long long check_e_ = (long long)(expected), check_g_ = (long long)(got);                       \
    if (check_e_ == check_g_) {                                                                    \
      check_passed++;                                                                              \
    } else {                                                                                       \
      check_failed++;                                                                              \
      fprintf(stderr, "%s:%d: %s: expected %lld, got %lld\n", __FILE__, __LINE__, #got, check_e_,  \
              check_g_);                                                                           \
    }                                                                                              \
  } while (0)

#define CHECK_STR(expected, got)                                                                   \
  do {                                                                                             \
    const char *check_e_ = (expected), *check_g_ = (got);                                          \
    if (check_g_ && strcmp(check_e_, check_g_) == 0) {                                             \
      check_passed++;                                                                              \
    } else {                                                                                       \
      check_failed++;                                                                              \
      fprintf(stderr, "%s:%d: %s: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, #got,        \
              check_e_, check_g_ ? check_g_ : "(null)");                                           \
    }                                                                                              \
  } while (0)

/* CHECK_CONTAINS: the text a user sees holds this phrase. */
#define CHECK_CONTAINS(needle, haystack)                                                           \
  do {                                                                                             \
    const char *check_n_ = (needle), *check_h_ = (haystack);                                       \
    if (check_h_ && strstr(check_h_, check_n_)) {                                                  \
      check_passed++;                                                                              \
    } else {                                                                                       \
      check_failed++;                                                                              \
      fprintf(stderr, "%s:%d: expected \"%s\" to contain \"%s\"\n", __FILE__, __LINE__,            \
              check_h_ ? check_h_ : "(null)", check_n_);                                           \
    }                                                                                              \
  } while (0)

static inline int check_summary(void)
{
  printf("%d passed, %d failed\n", check_passed, check_failed);
  return check_failed ? 1 : 0;
}

#endif
