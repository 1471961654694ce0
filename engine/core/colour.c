/* colour.c: contrast, ink choice, colour-blindness simulation and colour distance.
   Pure C, no state. The numbers are the published standards' (sRGB, WCAG 2, CIE L*a*b*). */
#include "colour.h"

#include <math.h>

static double channel(unsigned c, int shift)
{
  return ((c >> shift) & 0xFF) / 255.0;
}

/* sRGB to linear light, and back. */
static double to_linear(double v)
{
  return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double to_srgb(double v)
{
  v = v < 0 ? 0 : v > 1 ? 1 : v;
  return v <= 0.0031308 ? 12.92 * v : 1.055 * pow(v, 1 / 2.4) - 0.055;
}

static void linear_rgb(unsigned c, double out[3])
{
  out[0] = to_linear(channel(c, 16));
  out[1] = to_linear(channel(c, 8));
  out[2] = to_linear(channel(c, 0));
}

static double luminance(unsigned c)
{
  double l[3];
  linear_rgb(c, l);
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

double colour_contrast(unsigned a, unsigned b)
{
  double la = luminance(a), lb = luminance(b);
  return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

unsigned colour_ink(unsigned fill, bool strongest)
{
  if (colour_contrast(fill, COLOUR_INK_DARK) < colour_contrast(fill, COLOUR_INK_LIGHT))
    return COLOUR_INK_LIGHT;
  return strongest ? 0x000000u : COLOUR_INK_DARK;
}

/* Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB. */
static const double protan[3][3] = {{0.152286, 1.052583, -0.204868},
                                    {0.114503, 0.786281, 0.099216},
                                    {-0.003882, -0.048116, 1.051998}};
static const double deutan[3][3] = {{0.367322, 0.860646, -0.227968},
                                    {0.280085, 0.672501, 0.047413},
                                    {-0.011820, 0.042940, 0.968881}};

unsigned colour_as_seen(unsigned c, ColourVision vision)
{
  if (vision == COLOUR_SEEN)
    return c & 0xFFFFFFu;
  const double(*m)[3] = vision == COLOUR_PROTAN ? protan : deutan;
  double l[3];
  linear_rgb(c, l);
  unsigned out = 0;
  for (int i = 0; i < 3; i++) {
    double v = m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2];
    out = out << 8 | (unsigned)lround(255 * to_srgb(v));
  }
  return out;
}

static double lab_f(double t)
{
  return t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116.0;
}

static void lab(unsigned c, double out[3])
{
  double l[3];
  linear_rgb(c, l);
  double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
  double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
  out[0] = 116 * lab_f(y) - 16;
  out[1] = 500 * (lab_f(x) - lab_f(y));
  out[2] = 200 * (lab_f(y) - lab_f(z));
}

double colour_distance(unsigned a, unsigned b)
{
  double p[3], q[3];
  lab(a, p);
  lab(b, q);
  return sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) +
              (p[2] - q[2]) * (p[2] - q[2]));
}
