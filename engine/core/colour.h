/* colour.h: colour arithmetic for readable screens: WCAG contrast, the ink that reads on a
   fill, and how colours look to the one child in twelve boys with red-green colour blindness.
   Colours are 0xRRGGBB. Pure C: the theme, the block style and their tests use it. */
#ifndef COLOUR_H
#define COLOUR_H

#include <stdbool.h>

typedef enum {
  COLOUR_SEEN,   /* as most people see it */
  COLOUR_PROTAN, /* no red cones (protanopia) */
  COLOUR_DEUTAN, /* no green cones (deuteranopia) */
} ColourVision;

#define COLOUR_INK_DARK 0x1D2733u
#define COLOUR_INK_LIGHT 0xFFFFFFu

/* WCAG 2 contrast ratio, 1 (same) to 21 (black on white). */
double colour_contrast(unsigned a, unsigned b);

/* The ink (dark or white) with the better contrast on fill; with strongest (the high contrast
   setting), the dark ink is pure black. */
unsigned colour_ink(unsigned fill, bool strongest);

/* The colour as it looks with that kind of colour vision (Machado et al. 2009, full severity). */
unsigned colour_as_seen(unsigned c, ColourVision vision);

/* How far apart two colours look: CIE76 delta E in L*a*b* (about 2.3 is just noticeable; blocks
   a child must tell apart at a glance want 12 or more). */
double colour_distance(unsigned a, unsigned b);

#endif
