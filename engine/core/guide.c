/* guide.c: the teacher's guide of a pack: printable HTML, one A4 page a level and an index.
   The solution is drawn as blocks (nested boxes in the blocks' own words and colours, from
   scripts/blocks.lua); the common mistakes include what pupils really see, found by running
   near-miss programs (one move short, one too many, the flat program) through the runner.
   Words from scripts/lang/guide_en.lua. Writes only into the folder it is given. */
#include "guide.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "block_style.h"
#include "fileio.h"
#include "level_teach.h"
#include "messages.h"
#include "pack.h"
#include "program.h"
#include "runner.h"
#include "util.h"

#define CELL 22 /* px of one map square in the SVG (scaled down to fit the column) */

static const char *const css =
    "@page{size:A4;margin:14mm}"
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;color:#1d2430;margin:0;"
    "line-height:1.35}"
    "h1{font-size:17pt;margin:0 0 2mm}h2{font-size:11.5pt;margin:4mm 0 1.5mm;color:#24507a;"
    "border-bottom:1px solid #c9d3de}"
    ".sub{color:#55606e;margin:0 0 3mm}.cols{display:flex;gap:7mm;align-items:flex-start}"
    ".left{flex:0 0 78mm}.right{flex:1}p{margin:0 0 2mm}ul{margin:0 0 2mm;padding-left:5mm}"
    "svg{max-width:78mm;height:auto;display:block}"
    ".b{border-radius:2mm;padding:1mm 2.5mm;margin:0.8mm 0;font-weight:bold;font-size:9.5pt;"
    "-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".c{border-left:3mm solid;border-radius:2mm;margin:0.8mm 0;padding:0 0 1mm 0;"
    "-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".c>.b{margin:0;border-radius:0 2mm 2mm 0}.in{padding-left:3mm}"
    ".key{font-size:8.5pt;color:#55606e}.ks b{color:#24507a}"
    "table{border-collapse:collapse}td,th{border:1px solid #c9d3de;padding:1mm 2mm;"
    "text-align:left;vertical-align:top}"
    ".dense .b{padding:0.3mm 2mm;margin:0.4mm 0;font-size:8.5pt}"
    "@media print{a{color:inherit;text-decoration:none}}";

/* ---- small pieces ---- */

static void esc(UtilBuf *o, const char *s)
{
  for (; s && *s; s++) {
    switch (*s) {
    case '<':
      util_buf_puts(o, "&lt;");
      break;
    case '>':
      util_buf_puts(o, "&gt;");
      break;
    case '&':
      util_buf_puts(o, "&amp;");
      break;
    case '"':
      util_buf_puts(o, "&quot;");
      break;
    default:
      util_buf_putc(o, *s);
    }
  }
}

/* The words of key with {name} filled by value (one pair), escaped. */
static void words(UtilBuf *o, const char *key, const char *name, const char *value)
{
  char line[1200];
  messages_format(line, sizeof line, key, name, value, NULL);
  esc(o, line);
}

static void head(UtilBuf *o, const char *title)
{
  util_buf_puts(o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
  esc(o, title);
  util_buf_printf(o, "</title><style>%s</style></head><body>\n", css);
}

/* ---- the map as a picture ---- */

static void map_square(UtilBuf *o, const Level *lv, int x, int y)
{
  const World *w = &lv->start;
  char ch = world_cell(w, x, y);
  const WorldTileKind *k = world_kind(w, ch);
  unsigned fill = ch == '#' ? 0x5b6470 : ch == 'G' ? 0xffd84d : k ? k->colour : 0xf4f1ea;
  if (ch == '.')
    fill = 0xf4f1ea;
  util_buf_printf(o,
                  "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#%06x\" "
                  "stroke=\"#c8c2b4\" stroke-width=\"0.5\"/>",
                  x * CELL, y * CELL, CELL, CELL, fill);
  if (ch == 'G')
    util_buf_printf(o,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" "
                    "font-weight=\"bold\">G</text>",
                    x * CELL + CELL / 2, y * CELL + CELL / 2 + 4);
  if (world_items_at(w, x, y) > 0)
    util_buf_printf(o, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"#2e9d57\"/>",
                    x * CELL + CELL / 2, y * CELL + CELL / 2, CELL / 4);
}

static void map_robot(UtilBuf *o, const World *w)
{
  static const int tip[4][6] = {
      {0, -8, -7, 7, 7, 7}, {8, 0, -7, -7, -7, 7}, {0, 8, -7, -7, 7, -7}, {-8, 0, 7, -7, 7, 7}};
  int cx = w->robot_x * CELL + CELL / 2, cy = w->robot_y * CELL + CELL / 2;
  const int *t = tip[w->dir];
  util_buf_printf(o, "<polygon points=\"%d,%d %d,%d %d,%d\" fill=\"#d8452b\"/>", cx + t[0],
                  cy + t[1], cx + t[2], cy + t[3], cx + t[4], cy + t[5]);
}

static void map_svg(UtilBuf *o, const Level *lv)
{
  const World *w = &lv->start;
  util_buf_printf(o,
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                  "width=\"%d\" height=\"%d\">",
                  w->w * CELL, w->h * CELL, w->w * CELL, w->h * CELL);
  for (int y = 0; y < w->h; y++)
    for (int x = 0; x < w->w; x++)
      map_square(o, lv, x, y);
  map_robot(o, w);
  util_buf_puts(o, "</svg>\n<p class=\"key\">&#9650; Robo &nbsp; G ");
  char key[48];
  snprintf(key, sizeof key, "goal_%s", lv->goal_picture);
  esc(o, messages_get(key));
  if (w->items_left > 0) {
    util_buf_puts(o, " &nbsp; &#9679; ");
    esc(o, lv->item_picture);
  }
  util_buf_puts(o, "</p>\n");
}

/* ---- the solution as blocks ---- */

typedef struct {
  const Level *lv;
  BlockStyle *style;
  const char *lang;
} Draw;

static const char *label_of(const Draw *d, const char *key)
{
  const LevelCommand *c = key ? level_command(d->lv, key) : NULL;
  if (c && c->custom && level_text(&c->label, d->lang)[0])
    return level_text(&c->label, d->lang);
  const char *s = key ? block_style_label(d->style, key) : NULL;
  return s ? s : key ? key : "";
}

/* A template from blocks.lua ("repeat {n} times") with its fields filled. */
static void fill(const Draw *d, const char *tkey, const Block *b, const char *sensor, bool neg,
                 char *out, size_t cap)
{
  const char *t = label_of(d, tkey);
  char n[32], s[96];
  if (b->kind == BLOCK_REPEAT && b->count_var)
    snprintf(n, sizeof n, "%s", b->count_var);
  else
    snprintf(n, sizeof n, "%lld", b->number);
  snprintf(s, sizeof s, "%s%s", neg ? label_of(d, "not") : "", neg ? " " : "");
  snprintf(s + strlen(s), sizeof s - strlen(s), "%s", sensor ? label_of(d, sensor) : "");
  const char *name = b->kind == BLOCK_REPEAT && b->count_var ? b->count_var
                     : b->name                               ? b->name
                                                             : "";
  size_t k = 0;
  for (const char *p = t; *p && k + 1 < cap;) {
    const char *v = strncmp(p, "{n}", 3) == 0        ? n
                    : strncmp(p, "{sensor}", 8) == 0 ? s
                    : strncmp(p, "{name}", 6) == 0   ? name
                                                     : NULL;
    if (!v) {
      out[k++] = *p++;
      continue;
    }
    k += (size_t)snprintf(out + k, cap - k, "%s", v);
    k = k < cap ? k : cap - 1;
    p = strchr(p, '}') + 1;
  }
  out[k] = '\0';
}

static const char *category(const Draw *d, const Block *b)
{
  switch (b->kind) {
  case BLOCK_CALL:
    return level_command(d->lv, b->name) ? block_style_command_category(d->style, b->name)
                                         : "functions";
  case BLOCK_REPEAT:
    return b->count_var ? "variables" : "control";
  case BLOCK_REPEAT_UNTIL:
  case BLOCK_IF:
    return "control";
  case BLOCK_DEFINE:
    return "functions";
  case BLOCK_SET:
  case BLOCK_CHANGE:
    return "variables";
  case BLOCK_COMMENT:
    return "comment";
  default:
    return "code";
  }
}

static void box(UtilBuf *o, const Draw *d, const char *cat, const char *text)
{
  unsigned bg = block_style_colour(d->style, cat, 0x8a8f98), ink = block_style_ink(d->style, cat);
  util_buf_printf(o, "<div class=\"b\" style=\"background:#%06x;color:#%06x\">", bg, ink);
  esc(o, text);
  util_buf_puts(o, "</div>");
}

static void blocks(UtilBuf *o, const Draw *d, const Block *b);

/* A block that holds others: its label, then its body indented beside a bar of its colour. */
static void holder(UtilBuf *o, const Draw *d, const char *cat, const char *text, const Block *body)
{
  util_buf_printf(o, "<div class=\"c\" style=\"border-color:#%06x\">",
                  block_style_colour(d->style, cat, 0x8a8f98));
  box(o, d, cat, text);
  util_buf_puts(o, "<div class=\"in\">");
  blocks(o, d, body);
  util_buf_puts(o, "</div></div>");
}

static void one_block(UtilBuf *o, const Draw *d, const Block *b)
{
  char text[256];
  const char *cat = category(d, b);
  switch (b->kind) {
  case BLOCK_CALL:
    snprintf(text, sizeof text, "%s",
             level_command(d->lv, b->name) ? label_of(d, b->name) : b->name);
    return box(o, d, cat, text);
  case BLOCK_REPEAT:
    fill(d, b->count_var ? "repeat_var" : "repeat", b, NULL, false, text, sizeof text);
    return holder(o, d, cat, text, b->body);
  case BLOCK_REPEAT_UNTIL:
    fill(d, "repeat_until", b, b->name, false, text, sizeof text);
    return holder(o, d, cat, text, b->body);
  case BLOCK_DEFINE:
    fill(d, "define", b, NULL, false, text, sizeof text);
    return holder(o, d, cat, text, b->body);
  case BLOCK_IF:
    for (const BlockArm *a = b->arms; a; a = a->next) {
      fill(d, a == b->arms ? "if" : "elseif_arm", b, a->sensor, a->negate, text, sizeof text);
      holder(o, d, cat, text, a->body);
    }
    if (b->has_else)
      holder(o, d, cat, label_of(d, "else"), b->else_body);
    return;
  case BLOCK_SET:
  case BLOCK_CHANGE:
    fill(d, b->kind == BLOCK_SET ? "set" : "change", b, NULL, false, text, sizeof text);
    return box(o, d, cat, text);
  default:
    snprintf(text, sizeof text, "%.*s", (int)(b->text_len < 200 ? b->text_len : 200), b->text);
    return box(o, d, cat, text);
  }
}

static void blocks(UtilBuf *o, const Draw *d, const Block *b)
{
  for (; b; b = b->next)
    one_block(o, d, b);
}

static void program_picture(UtilBuf *o, const Draw *d, const char *src)
{
  Program *p = program_parse(src, strlen(src), NULL);
  if (!p)
    return;
  box(o, d, "start", label_of(d, "start"));
  blocks(o, d, p->first);
  program_free(p);
}

/* ---- common mistakes, seen by running them ---- */

/* The solution's actions as a flat program, one command a line; without the last action when
   drop_last. */
static char *flat_program(const Level *lv, const RunTrace *t, bool drop_last)
{
  static const char *const names[] = {"", "forward", "turn_left", "turn_right", "pick_up"};
  UtilBuf o = {0};
  int n = t->nframes - (drop_last ? 1 : 0);
  for (int i = 1; i < n; i++) {
    const RunFrame *f = &t->frames[i];
    const char *name = f->action == ACT_CUSTOM ? lv->commands[f->command].name : names[f->action];
    util_buf_printf(&o, "%s()\n", name);
  }
  return util_buf_take(&o);
}

/* Runs a near miss and quotes what the pupil is told, under the guide's sentence key. */
static void near_miss(UtilBuf *o, const Level *lv, const char *src, const char *key)
{
  RunTrace *t = src ? runner_run(lv, src, strlen(src), NULL) : NULL;
  if (t && t->message[0]) {
    util_buf_puts(o, "<li>");
    words(o, key, "message", t->message);
    util_buf_puts(o, "</li>\n");
  }
  runner_free(t);
}

static void mistakes(UtilBuf *o, const Level *lv, const RunTrace *sol)
{
  char key[48], b[16], s[16];
  util_buf_puts(o, "<ul>\n<li>");
  snprintf(key, sizeof key, "mistakes_%s", lv->concept[0] ? lv->concept : "sequence");
  esc(o, messages_get(key));
  util_buf_puts(o, "</li>\n");
  char *flat = flat_program(lv, sol, false);
  RunTrace *ft = flat ? runner_run(lv, flat, strlen(flat), NULL) : NULL;
  if (ft && ft->outcome == RUN_SOLVED && ft->blocks > sol->blocks) {
    snprintf(b, sizeof b, "%d", ft->blocks);
    snprintf(s, sizeof s, "%d", ft->stars);
    char line[400];
    messages_format(line, sizeof line, "guide_flat", "blocks", b, "stars", s, NULL);
    util_buf_puts(o, "<li>");
    esc(o, line);
    util_buf_puts(o, "</li>\n");
  }
  runner_free(ft);
  free(flat);
  char *shorter = sol->nframes > 1 ? flat_program(lv, sol, true) : NULL;
  near_miss(o, lv, shorter, "guide_short");
  free(shorter);
  if (level_command(lv, "forward")) { /* the intended solution with one more move after it */
    UtilBuf longer = {0};
    util_buf_printf(&longer, "%s\nforward()\n", lv->solution);
    char *text = util_buf_take(&longer);
    near_miss(o, lv, text, "guide_extra");
    free(text);
  }
  if (lv->start_program)
    near_miss(o, lv, lv->start_program, "guide_start_result");
  util_buf_puts(o, "</ul>\n");
}

/* ---- one level's page ---- */

static void facts(UtilBuf *o, const Level *lv, const RunTrace *sol, const char *lang)
{
  char key[48], v[16];
  util_buf_printf(o, "<h2>%s</h2><p>", messages_get("guide_goal"));
  esc(o, level_text(&lv->story, lang));
  util_buf_puts(o, "</p><p>");
  snprintf(v, sizeof v, "%d", lv->par);
  words(o, "guide_stars", "par", v);
  for (int i = 0; i < TEACH_NBLOCKS; i++)
    if (lv->require & (1u << i)) {
      util_buf_puts(o, " ");
      words(o, "guide_requires", "block", level_teach_block_name(1u << i));
    }
  if (lv->fog) {
    util_buf_puts(o, " ");
    esc(o, messages_get("guide_fog"));
  }
  util_buf_puts(o, "</p>\n");
  if (lv->predict) {
    int x, y;
    char xs[16], ys[16], line[300];
    const char *src = lv->start_program ? lv->start_program : lv->solution;
    RunTrace *t = runner_run(lv, src, strlen(src), NULL);
    if (!t)
      return;
    runner_end_square(t, &x, &y);
    runner_free(t);
    snprintf(xs, sizeof xs, "%d", x + 1);
    snprintf(ys, sizeof ys, "%d", y + 1);
    messages_format(line, sizeof line, "guide_predict", "x", xs, "y", ys, NULL);
    util_buf_puts(o, "<p>");
    esc(o, line);
    util_buf_puts(o, "</p>\n");
  }
  (void)sol;
  util_buf_printf(o, "<h2>%s</h2><p>", messages_get("guide_concept"));
  snprintf(key, sizeof key, "concept_%s", lv->concept[0] ? lv->concept : "sequence");
  esc(o, messages_get(key));
  util_buf_printf(o, "</p>\n<h2>%s</h2>", messages_get("guide_curriculum"));
  if (lv->ncurriculum == 0)
    util_buf_printf(o, "<p>%s</p>", messages_get("guide_no_curriculum"));
  for (int i = 0; i < lv->ncurriculum; i++) {
    snprintf(key, sizeof key, "ks_%s", lv->curriculum[i]);
    for (char *p = key; *p; p++)
      *p = *p == '.' ? '_' : *p;
    util_buf_puts(o, "<p class=\"ks\"><b>");
    esc(o, lv->curriculum[i]);
    util_buf_puts(o, "</b> ");
    const char *text = messages_get(key);
    esc(o, strcmp(text, key) == 0 ? "" : text);
    util_buf_puts(o, "</p>");
  }
  if (lv->notes) {
    util_buf_printf(o, "\n<h2>%s</h2><p>", messages_get("guide_notes"));
    esc(o, lv->notes);
    util_buf_puts(o, "</p>");
  }
}

char *guide_level_page(const Level *lv, int number, const char *pack_title, const char *lang)
{
  UtilBuf o = {0};
  char err[256], n[16], b[16], s[16];
  Draw d = {lv, block_style_load(lang, err, sizeof err), lang};
  RunTrace *sol = runner_run(lv, lv->solution, strlen(lv->solution), NULL);
  if (!d.style || !sol) {
    block_style_free(d.style);
    runner_free(sol);
    return NULL;
  }
  head(&o, level_text(&lv->title, lang));
  snprintf(n, sizeof n, "%d", number);
  util_buf_puts(&o, "<p class=\"sub\">");
  esc(&o, pack_title);
  util_buf_puts(&o, " &middot; ");
  words(&o, "guide_level", "n", n);
  util_buf_puts(&o, "</p><h1>");
  esc(&o, level_text(&lv->title, lang));
  /* Two long programs (a debugging level's start and its answer) are drawn smaller, so the
     page still fits on one sheet of A4. */
  int total = sol->blocks + (lv->start_program ? sol->blocks : 0);
  util_buf_printf(&o, "</h1>\n<div class=\"cols\"><div class=\"left%s\">",
                  total > 24 ? " dense" : "");
  util_buf_printf(&o, "<h2>%s</h2>", messages_get("guide_map"));
  map_svg(&o, lv);
  if (lv->start_program) {
    util_buf_printf(&o, "<h2>%s</h2>", messages_get("guide_start_program"));
    program_picture(&o, &d, lv->start_program);
  }
  snprintf(b, sizeof b, "%d", sol->blocks);
  snprintf(s, sizeof s, "%d", sol->steps);
  char line[300];
  messages_format(line, sizeof line, "guide_solution", "blocks", b, "steps", s, NULL);
  util_buf_puts(&o, "<h2>");
  esc(&o, line);
  util_buf_puts(&o, "</h2>");
  program_picture(&o, &d, lv->solution);
  util_buf_puts(&o, "</div>\n<div class=\"right\">");
  facts(&o, lv, sol, lang);
  util_buf_printf(&o, "\n<h2>%s</h2>\n", messages_get("guide_mistakes"));
  mistakes(&o, lv, sol);
  util_buf_printf(&o, "<h2>%s</h2><p>", messages_get("guide_warmup"));
  char key[48];
  snprintf(key, sizeof key, "warmup_%s", lv->concept[0] ? lv->concept : "sequence");
  esc(&o, messages_get(key));
  util_buf_puts(&o, "</p></div></div>\n</body></html>\n");
  runner_free(sol);
  block_style_free(d.style);
  return util_buf_take(&o);
}

/* ---- the pack ---- */

static bool write_file(const char *dir, const char *name, char *text, char *err, size_t cap)
{
  char path[2100];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  bool ok = text && fileio_write_atomic(path, text, strlen(text), err, cap);
  if (!text)
    snprintf(err, cap, "out of memory");
  free(text);
  return ok;
}

bool guide_write_pack(const char *pack_dir, const char *out_dir, const char *lang, int *pages,
                      char *err, size_t cap)
{
  LevelError lerr;
  *pages = 0;
  err[0] = '\0';
  Pack *p = pack_load(pack_dir, &lerr);
  if (!p) {
    snprintf(err, cap, "%s:%d: %s", lerr.file, lerr.line > 0 ? lerr.line : 1, lerr.message);
    return false;
  }
  if (!util_mkdir_p(out_dir)) {
    snprintf(err, cap, "cannot make the folder %s", out_dir);
    pack_free(p);
    return false;
  }
  const char *title = level_text(&p->title, lang);
  UtilBuf index = {0};
  head(&index, title);
  util_buf_puts(&index, "<h1>");
  esc(&index, title);
  util_buf_printf(&index, " &middot; %s</h1>\n<p class=\"sub\">", messages_get("guide_title"));
  esc(&index, level_text(&p->description, lang));
  util_buf_puts(&index, " ");
  words(&index, "guide_ages", "ages", p->ages);
  util_buf_printf(&index, "</p><p>%s</p>\n<table>\n", messages_get("guide_index_intro"));
  bool ok = true;
  for (int i = 0; ok && i < p->nlevels; i++) {
    Level *lv = level_load(p->level_paths[i], &lerr);
    if (!lv) {
      snprintf(err, cap, "%s:%d: %s", lerr.file, lerr.line > 0 ? lerr.line : 1, lerr.message);
      continue;
    }
    char name[96];
    snprintf(name, sizeof name, "%02d-%s.html", i + 1, lv->id);
    util_buf_printf(&index, "<tr><td>%d</td><td><a href=\"%s\">", i + 1, name);
    esc(&index, level_text(&lv->title, lang));
    util_buf_puts(&index, "</a></td><td>");
    esc(&index, lv->concept);
    util_buf_puts(&index, "</td><td>");
    for (int k = 0; k < lv->ncurriculum; k++)
      util_buf_printf(&index, "%s%s", k ? ", " : "", lv->curriculum[k]);
    util_buf_puts(&index, "</td></tr>\n");
    ok = write_file(out_dir, name, guide_level_page(lv, i + 1, title, lang), err, cap);
    *pages += ok;
    level_free(lv);
  }
  util_buf_puts(&index, "</table>\n</body></html>\n");
  ok = ok && write_file(out_dir, "index.html", util_buf_take(&index), err, cap);
  util_buf_free(&index);
  pack_free(p);
  return ok;
}
