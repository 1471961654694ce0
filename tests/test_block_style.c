/* test_block_style.c: every block is readable and every two kinds of block look different,
   for children with red-green colour blindness too, in both themes. Reads the real
   scripts/blocks.lua, so a colour changed there is checked here. */
#include <stdio.h>

#include "block_style.h"
#include "check.h"
#include "colour.h"

#define MIN_CONTRAST 4.5    /* WCAG AA for the words on a block */
#define MIN_CONTRAST_HC 7.0 /* WCAG AAA in the high contrast setting */
#define MIN_DISTANCE 10.0   /* delta E: two kinds of block told apart at a glance */

static void check_readable(const BlockStyle *s, const char *const *cats, int n, double min)
{
  for (int i = 0; i < n; i++) {
    unsigned fill = block_style_colour(s, cats[i], 0), ink = block_style_ink(s, cats[i]);
    double c = colour_contrast(fill, ink);
    if (c < min)
      fprintf(stderr, "  %s #%06X with ink #%06X: contrast %.2f\n", cats[i], fill, ink, c);
    CHECK(c >= min);
  }
}

static void check_distinct(const BlockStyle *s, const char *const *cats, int n)
{
  static const ColourVision visions[] = {COLOUR_SEEN, COLOUR_PROTAN, COLOUR_DEUTAN};
  static const char *const names[] = {"seen", "protan", "deutan"};
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      for (int v = 0; v < 3; v++) {
        unsigned a = block_style_colour(s, cats[i], 0), b = block_style_colour(s, cats[j], 0);
        double d = colour_distance(colour_as_seen(a, visions[v]), colour_as_seen(b, visions[v]));
        if (d < MIN_DISTANCE)
          fprintf(stderr, "  %s and %s look alike (%s): delta E %.1f\n", cats[i], cats[j], names[v],
                  d);
        CHECK(d >= MIN_DISTANCE);
      }
}

/* The colour arithmetic itself, on values known from the standards. */
static void test_colour(void)
{
  CHECK(colour_contrast(0x000000, 0xFFFFFF) > 20.9 && colour_contrast(0x000000, 0xFFFFFF) < 21.1);
  CHECK(colour_contrast(0x777777, 0xFFFFFF) > 4.4 && colour_contrast(0x777777, 0xFFFFFF) < 4.6);
  CHECK_INT(COLOUR_INK_DARK, colour_ink(0xFFE14D, false));
  CHECK_INT(COLOUR_INK_LIGHT, colour_ink(0x0A3F99, false));
  CHECK_INT(0x000000, colour_ink(0xFFE14D, true));
  /* Pure red and green, far apart to most eyes, come close without red or green cones. */
  double seen = colour_distance(0xD62828, 0x2E9E2E);
  double deutan = colour_distance(colour_as_seen(0xD62828, COLOUR_DEUTAN),
                                  colour_as_seen(0x2E9E2E, COLOUR_DEUTAN));
  CHECK(seen > 60);
  CHECK(deutan < seen / 2);
  CHECK_INT(0x808080, colour_as_seen(0x808080, COLOUR_PROTAN)); /* greys stay grey */
}

int main(void)
{
  test_colour();
  char err[300];
  BlockStyle *s = block_style_load("en", err, sizeof err);
  CHECK_STR("", err);
  const char *cats[32];
  int n = block_style_categories(s, cats, 32);
  CHECK(n >= 9);
  check_readable(s, cats, n, MIN_CONTRAST);
  check_distinct(s, cats, n);
  block_style_set_high_contrast(s, true);
  check_readable(s, cats, n, MIN_CONTRAST_HC);
  check_distinct(s, cats, n);
  CHECK(block_style_colour(s, "motion", 0) != 0x2A6FDB); /* high contrast really recolours */
  block_style_free(s);
  return check_summary();
}
