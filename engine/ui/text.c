/* text.c: the glyph cache. Each (font, pixel size) is a "face"; each glyph of a face is
   rendered once, white, into a shelf-packed atlas page and drawn with a colour mod. Measuring
   reads the cached advances, so a warm frame calls neither FreeType nor malloc.
   Must not know about screens, themes or layout. */
#include "text.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_ttf.h>
#ifdef __unix__
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#define TEXT_MAX_FACES 32
#define TEXT_HASH 4096 /* glyph slots; the cache restarts when it is 3/4 full */
#define TEXT_PAGE 512
/* The first page is half as tall: it holds the first screen's few dozen glyphs, and SDL zeroes
   a page's whole size when it is made (0.5 MB less to zero and keep before the first frame). */
#define TEXT_FIRST_PAGE_H 256
#define TEXT_MAX_PAGES 6

typedef struct {
  uint32_t cp;
  short face; /* -1: empty slot */
  short page; /* -1: not drawable (no renderer, or an empty glyph such as a space) */
  SDL_Rect src;
  short off_x; /* where the bitmap starts relative to the pen */
  short advance;
} Glyph;

typedef struct {
  TextFont font;
  int px, ascent, height;
} Face;

struct Text {
  SDL_Renderer *renderer;
  TTF_Font *fonts[TEXT_FONTS];
  void *font_map[TEXT_FONTS]; /* the font files mapped into memory, or NULL */
  size_t font_len[TEXT_FONTS];
  int font_px[TEXT_FONTS]; /* the size each TTF_Font is currently set to */
  Face faces[TEXT_MAX_FACES];
  int nfaces;
  Glyph glyphs[TEXT_HASH];
  int nglyphs;
  SDL_Texture *pages[TEXT_MAX_PAGES];
  int npages, shelf_x, shelf_y, shelf_h;
};

static const char *const font_files[TEXT_FONTS] = {"Andika-Regular.ttf", "Andika-Bold.ttf",
                                                   "DejaVuSansMono.ttf"};

/* FreeType reads a font file through SDL's stdio stream: a seek and a small read per table and
   glyph, over 1600 system calls for the first screen. Mapped into memory the same reads are
   plain memory reads, and only the pages touched are loaded (shared with the page cache). */
static TTF_Font *open_font(Text *t, int i, const char *path, int px)
{
#ifdef __unix__
  int fd = open(path, O_RDONLY);
  struct stat st;
  if (fd >= 0 && fstat(fd, &st) == 0 && st.st_size > 0 && st.st_size < 0x7fffffff) {
    void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    SDL_RWops *rw = map != MAP_FAILED ? SDL_RWFromConstMem(map, (int)st.st_size) : NULL;
    TTF_Font *font = rw ? TTF_OpenFontRW(rw, 1, px) : NULL;
    if (font) {
      close(fd);
      t->font_map[i] = map;
      t->font_len[i] = (size_t)st.st_size;
      return font;
    }
    if (map != MAP_FAILED)
      munmap(map, (size_t)st.st_size);
  }
  if (fd >= 0)
    close(fd);
#else
  (void)t;
  (void)i;
#endif
  return TTF_OpenFont(path, px); /* its error message names what went wrong */
}

Text *text_new(SDL_Renderer *renderer, const char *font_dir, char *err, size_t errlen)
{
  if (!TTF_WasInit() && TTF_Init() != 0) {
    snprintf(err, errlen, "text: cannot start SDL_ttf: %s", TTF_GetError());
    return NULL;
  }
  Text *t = calloc(1, sizeof *t);
  if (!t) {
    snprintf(err, errlen, "text: out of memory");
    return NULL;
  }
  t->renderer = renderer;
  for (int i = 0; i < TEXT_FONTS; i++) {
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", font_dir, font_files[i]);
    t->font_px[i] = 20;
    t->fonts[i] = open_font(t, i, path, t->font_px[i]);
    if (!t->fonts[i]) {
      snprintf(err, errlen, "text: cannot open %s: %s", path, TTF_GetError());
      text_free(t);
      return NULL;
    }
  }
  text_clear(t);
  return t;
}

void text_free(Text *t)
{
  if (!t)
    return;
  for (int i = 0; i < TEXT_MAX_PAGES; i++)
    if (t->pages[i])
      SDL_DestroyTexture(t->pages[i]);
  for (int i = 0; i < TEXT_FONTS; i++) {
    if (t->fonts[i])
      TTF_CloseFont(t->fonts[i]);
#ifdef __unix__
    if (t->font_map[i])
      munmap(t->font_map[i], t->font_len[i]); /* after the font is closed */
#endif
  }
  free(t);
}

/* Pages stay allocated: the next glyphs overwrite them. SDL flushes queued draws that use a
   texture before updating it, so clearing in the middle of a frame is safe. */
void text_clear(Text *t)
{
  for (int i = 0; i < TEXT_HASH; i++)
    t->glyphs[i].face = -1;
  t->nglyphs = 0;
  t->shelf_x = t->shelf_y = t->shelf_h = 0;
  t->npages = t->pages[0] ? 1 : 0;
}

static void set_size(Text *t, TextFont font, int px)
{
  if (t->font_px[font] != px) {
    TTF_SetFontSize(t->fonts[font], px);
    t->font_px[font] = px;
  }
}

static int face_index(Text *t, TextFont font, int px)
{
  if (px < 4)
    px = 4;
  for (int i = 0; i < t->nfaces; i++)
    if (t->faces[i].font == font && t->faces[i].px == px)
      return i;
  if (t->nfaces == TEXT_MAX_FACES) { /* many size changes: start over */
    t->nfaces = 0;
    text_clear(t);
  }
  Face *f = &t->faces[t->nfaces];
  set_size(t, font, px);
  f->font = font;
  f->px = px;
  f->ascent = TTF_FontAscent(t->fonts[font]);
  f->height = TTF_FontLineSkip(t->fonts[font]);
  if (f->height < TTF_FontHeight(t->fonts[font]))
    f->height = TTF_FontHeight(t->fonts[font]);
  return t->nfaces++;
}

int text_line_height(Text *t, TextFont font, int px)
{
  return t->faces[face_index(t, font, px)].height;
}

int text_ascent(Text *t, TextFont font, int px)
{
  return t->faces[face_index(t, font, px)].ascent;
}

static int page_height(int page)
{
  return page == 0 ? TEXT_FIRST_PAGE_H : TEXT_PAGE;
}

/* Finds room for a w x h bitmap: left to right along a shelf, a new shelf below, a new page
   after the last shelf (a glyph taller than the first page goes to the next). False when every
   page is full. */
static bool atlas_place(Text *t, int w, int h, int *page, SDL_Rect *r)
{
  if (w > TEXT_PAGE || h > TEXT_PAGE)
    return false;
  if (t->npages == 0 || t->shelf_x + w > TEXT_PAGE) {
    t->shelf_y += t->shelf_h;
    t->shelf_x = t->shelf_h = 0;
  }
  if (t->npages == 0 || t->shelf_y + h > page_height(t->npages - 1)) {
    if (t->npages == TEXT_MAX_PAGES)
      return false;
    if (!t->pages[t->npages]) {
      t->pages[t->npages] =
          SDL_CreateTexture(t->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC,
                            TEXT_PAGE, page_height(t->npages));
      if (!t->pages[t->npages])
        return false;
      SDL_SetTextureBlendMode(t->pages[t->npages], SDL_BLENDMODE_BLEND);
    }
    t->npages++;
    t->shelf_x = t->shelf_y = t->shelf_h = 0;
  }
  *page = t->npages - 1;
  *r = (SDL_Rect){t->shelf_x, t->shelf_y, w, h};
  t->shelf_x += w + 1;
  if (h + 1 > t->shelf_h)
    t->shelf_h = h + 1;
  return true;
}

static void glyph_bitmap(Text *t, const Face *f, Glyph *g)
{
  static const SDL_Color white = {255, 255, 255, 255};
  g->page = -1;
  if (!t->renderer || g->cp == ' ' || g->cp == '\t')
    return;
  SDL_Surface *s = TTF_RenderGlyph32_Blended(t->fonts[f->font], g->cp, white);
  if (!s)
    return;
  SDL_Surface *conv = s->format->format == SDL_PIXELFORMAT_ARGB8888
                          ? s
                          : SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
  int page;
  if (conv && atlas_place(t, conv->w, conv->h, &page, &g->src)) {
    SDL_UpdateTexture(t->pages[page], &g->src, conv->pixels, conv->pitch);
    g->page = (short)page;
  }
  if (conv && conv != s)
    SDL_FreeSurface(conv);
  SDL_FreeSurface(s);
}

static uint32_t safe_cp(TTF_Font *font, uint32_t cp)
{
  if (cp == '\t')
    return ' ';
  return TTF_GlyphIsProvided32(font, cp) ? cp : 0xFFFD;
}

static Glyph *glyph_get(Text *t, int face, uint32_t cp)
{
  unsigned h = (cp * 2654435761u + (unsigned)face * 40503u) & (TEXT_HASH - 1);
  for (;; h = (h + 1) & (TEXT_HASH - 1)) {
    Glyph *g = &t->glyphs[h];
    if (g->face == face && g->cp == cp)
      return g;
    if (g->face < 0)
      break;
  }
  if (t->nglyphs >= TEXT_HASH * 3 / 4) { /* full: restart the cache, faces stay */
    text_clear(t);
    return glyph_get(t, face, cp);
  }
  const Face *f = &t->faces[face];
  Glyph *g = &t->glyphs[h];
  set_size(t, f->font, f->px);
  uint32_t shown = safe_cp(t->fonts[f->font], cp);
  int minx = 0, maxx = 0, miny = 0, maxy = 0, adv = 0;
  TTF_GlyphMetrics32(t->fonts[f->font], shown, &minx, &maxx, &miny, &maxy, &adv);
  g->face = (short)face;
  g->cp = shown;
  g->advance = (short)adv;
  g->off_x = (short)(minx < 0 ? minx : 0);
  glyph_bitmap(t, f, g);
  g->cp = cp;
  t->nglyphs++;
  return g;
}

uint32_t text_utf8_next(const char *s, size_t len, int *n)
{
  const unsigned char *u = (const unsigned char *)s;
  int need = util_utf8_char_len(s, len); /* 0: not a well-formed character */
  if (need == 0) {
    *n = 1;
    return 0xFFFD;
  }
  uint32_t cp = need == 1   ? u[0]
                : need == 2 ? (u[0] & 0x1f)
                : need == 3 ? (u[0] & 0x0f)
                            : (u[0] & 0x07);
  for (int i = 1; i < need; i++) {
    if ((u[i] & 0xc0) != 0x80) {
      *n = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (u[i] & 0x3f);
  }
  *n = need;
  return cp;
}

int text_advance(Text *t, TextFont font, int px, uint32_t codepoint)
{
  return glyph_get(t, face_index(t, font, px), codepoint)->advance;
}

int text_width(Text *t, TextFont font, int px, const char *s, size_t len)
{
  int face = face_index(t, font, px), w = 0, n;
  for (size_t i = 0; i < len && s[i] != '\n'; i += (size_t)n)
    w += glyph_get(t, face, text_utf8_next(s + i, len - i, &n))->advance;
  return w;
}

int text_width_z(Text *t, TextFont font, int px, const char *s)
{
  return text_width(t, font, px, s, strlen(s));
}

int text_draw(Text *t, TextFont font, int px, int x, int y, SDL_Color c, const char *s, size_t len)
{
  int face = face_index(t, font, px), n;
  for (size_t i = 0; i < len && s[i] != '\n'; i += (size_t)n) {
    const Glyph *g = glyph_get(t, face, text_utf8_next(s + i, len - i, &n));
    if (g->page >= 0) {
      SDL_Texture *tex = t->pages[g->page];
      SDL_Rect dst = {x + g->off_x, y, g->src.w, g->src.h};
      SDL_SetTextureColorMod(tex, c.r, c.g, c.b);
      SDL_SetTextureAlphaMod(tex, c.a);
      SDL_RenderCopy(t->renderer, tex, &g->src, &dst);
    }
    x += g->advance;
  }
  return x;
}

int text_draw_z(Text *t, TextFont font, int px, int x, int y, SDL_Color c, const char *s)
{
  return text_draw(t, font, px, x, y, c, s, strlen(s));
}

size_t text_hit(Text *t, TextFont font, int px, const char *s, size_t len, int x)
{
  int face = face_index(t, font, px), pen = 0, n;
  size_t i = 0;
  while (i < len && s[i] != '\n') {
    int adv = glyph_get(t, face, text_utf8_next(s + i, len - i, &n))->advance;
    if (x < pen + adv / 2)
      return i;
    pen += adv;
    i += (size_t)n;
  }
  return i;
}

size_t text_wrap(Text *t, TextFont font, int px, const char *s, size_t len, int width)
{
  int face = face_index(t, font, px), pen = 0, n;
  size_t i = 0, last_space = 0;
  while (i < len) {
    if (s[i] == '\n')
      return i + 1;
    uint32_t cp = text_utf8_next(s + i, len - i, &n);
    pen += glyph_get(t, face, cp)->advance;
    if (pen > width && i > 0)
      return last_space ? last_space : i;
    i += (size_t)n;
    if (cp == ' ')
      last_space = i;
  }
  return i;
}

int text_wrap_count(Text *t, TextFont font, int px, const char *s, int width)
{
  size_t len = strlen(s), i = 0;
  int lines = 0;
  while (i < len) {
    i += text_wrap(t, font, px, s + i, len - i, width);
    lines++;
  }
  return lines;
}

int text_draw_wrapped(Text *t, TextFont font, int px, int x, int y, int width, int max_lines,
                      SDL_Color c, const char *s)
{
  size_t len = strlen(s), i = 0;
  int lh = text_line_height(t, font, px), lines = 0;
  while (i < len && (max_lines <= 0 || lines < max_lines)) {
    size_t n = text_wrap(t, font, px, s + i, len - i, width);
    size_t shown = n;
    while (shown > 0 && (s[i + shown - 1] == ' ' || s[i + shown - 1] == '\n'))
      shown--;
    text_draw(t, font, px, x, y, c, s + i, shown);
    y += lh;
    i += n;
    lines++;
  }
  return y;
}
