/* text.h: UTF-8 text for the UI: measuring, wrapping and drawing with a glyph cache (glyphs are
   rendered once per font and pixel size into atlas textures, then copied). Two typefaces:
   Andika for the interface, DejaVu Sans Mono for code. Reads font files; knows no layout. */
#ifndef TEXT_H
#define TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

typedef enum {
  TEXT_FONT_UI,      /* Andika Regular */
  TEXT_FONT_UI_BOLD, /* Andika Bold: headings and buttons */
  TEXT_FONT_CODE,    /* DejaVu Sans Mono */
  TEXT_FONTS
} TextFont;

typedef struct Text Text;

/* Opens the fonts in font_dir (assets/fonts). renderer may be NULL: measuring then works
   and drawing does nothing (layout tests). NULL with err filled when a font is missing. */
Text *text_new(SDL_Renderer *renderer, const char *font_dir, char *err, size_t errlen);
void text_free(Text *t); /* accepts NULL */

/* Drops every cached glyph (e.g. after the renderer changed). Sizes stay usable. */
void text_clear(Text *t);

/* Metrics at a pixel size: the height of one line (ascent + descent + gap) and the ascent. */
int text_line_height(Text *t, TextFont font, int px);
int text_ascent(Text *t, TextFont font, int px);

/* Width in pixels of len bytes of UTF-8 (invalid bytes count as U+FFFD). */
int text_width(Text *t, TextFont font, int px, const char *s, size_t len);
/* The same for a NUL-terminated string. */
int text_width_z(Text *t, TextFont font, int px, const char *s);
/* Advance of one code point (monospace code: every character is this wide). */
int text_advance(Text *t, TextFont font, int px, uint32_t codepoint);

/* Draws len bytes with the top of the line box at y; returns the x after the last glyph.
   Stops at a newline. */
int text_draw(Text *t, TextFont font, int px, int x, int y, SDL_Color c, const char *s, size_t len);
int text_draw_z(Text *t, TextFont font, int px, int x, int y, SDL_Color c, const char *s);

/* The byte offset in s (0..len, on a character boundary) nearest to pixel x from the start:
   where a click at x puts the cursor. */
size_t text_hit(Text *t, TextFont font, int px, const char *s, size_t len, int x);

/* How many bytes of s fit on one line of width pixels, breaking after a space when it can
   (a single word wider than the line is cut), and at a newline (which it counts). Returns at
   least one character when len > 0. */
size_t text_wrap(Text *t, TextFont font, int px, const char *s, size_t len, int width);

/* Lines s takes when wrapped to width (0 for an empty string). */
int text_wrap_count(Text *t, TextFont font, int px, const char *s, int width);
/* Draws s wrapped to width from y, at most max_lines lines (0: no limit); returns the y below
   the last line drawn. */
int text_draw_wrapped(Text *t, TextFont font, int px, int x, int y, int width, int max_lines,
                      SDL_Color c, const char *s);

/* Decodes one UTF-8 character at s (len > 0), storing its length in *n (1..4). */
uint32_t text_utf8_next(const char *s, size_t len, int *n);

#endif
