/* report_html.c: report.html, one self-contained page for a teacher: the class grid coloured by
   stars, progress per concept and per National Curriculum statement, the stuck list, each
   pupil's latest programs, inline SVG charts. No scripts, no links out; every text escaped.
   Reads the merged data of report.c and the saved programs; writes only the page. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fileio.h"
#include "report_internal.h"
#include "sys.h"
#include "util.h"

#define PROGRAM_SHOWN_MAX (64u << 10)

typedef struct {
  const char *id, *text;
} Statement;

/* England National Curriculum, computing, KS1 and KS2 (DfE 2013): the statements a route
   level can show. Short forms of the statutory wording. */
static const Statement statements[] = {
    {"KS1.1", "understand what algorithms are, how they are implemented as programs, and that "
              "programs follow precise and unambiguous instructions"},
    {"KS1.2", "create and debug simple programs"},
    {"KS1.3", "use logical reasoning to predict the behaviour of simple programs"},
    {"KS2.1", "design, write and debug programs that accomplish specific goals; solve problems "
              "by decomposing them into smaller parts"},
    {"KS2.2", "use sequence, selection and repetition in programs; work with variables and "
              "various forms of input and output"},
    {"KS2.3", "use logical reasoning to explain how simple algorithms work and to detect and "
              "correct errors in algorithms and programs"},
};
#define NSTATEMENTS 6

/* Which statements each concept (report_concepts order) gives evidence for. */
static const char *const concept_statements[REPORT_CONCEPTS][4] = {
    {"KS1.1", "KS1.3", "KS2.2", NULL}, /* sequence */
    {"KS1.2", "KS2.2", NULL},          /* repetition */
    {"KS1.3", "KS2.2", "KS2.3", NULL}, /* selection */
    {"KS2.1", NULL},                   /* functions */
    {"KS2.2", NULL},                   /* variables */
    {"KS1.2", "KS2.1", "KS2.3", NULL}, /* debugging */
};

static const char *const concept_words[REPORT_CONCEPTS] = {
    "Sequence: steps in order",
    "Repetition: loops",
    "Selection: if and else",
    "Functions: naming a set of steps",
    "Variables: counting and remembering",
    "Debugging: finding and fixing mistakes"};

/* --- writing helpers ----------------------------------------------------------------------- */

static void esc_n(FILE *f, const char *s, size_t n)
{
  size_t start = 0;
  for (size_t i = 0; i < n; i++) {
    const char *rep = NULL;
    switch (s[i]) {
    case '&':
      rep = "&amp;";
      break;
    case '<':
      rep = "&lt;";
      break;
    case '>':
      rep = "&gt;";
      break;
    case '"':
      rep = "&quot;";
      break;
    case '\'':
      rep = "&#39;";
      break;
    case '\0':
      rep = "";
      break; /* binary junk in a program file: dropped */
    default:
      continue;
    }
    fwrite(s + start, 1, i - start, f); /* the plain run before it, in one call */
    fputs(rep, f);
    start = i + 1;
  }
  fwrite(s + start, 1, n - start, f);
}

static void esc(FILE *f, const char *s)
{
  esc_n(f, s, strlen(s));
}

static void duration(long seconds, char *out, size_t cap)
{
  long min = (seconds + 30) / 60;
  if (seconds == 0)
    snprintf(out, cap, "-");
  else if (min < 1)
    snprintf(out, cap, "under 1 min");
  else if (min < 60)
    snprintf(out, cap, "%ld min", min);
  else
    snprintf(out, cap, "%ld h %ld min", min / 60, min % 60);
}

static const char *stars_text(int best)
{
  static const char *const t[] = {"&#10007;", "&#9733;", "&#9733;&#9733;", "&#9733;&#9733;&#9733;"};
  return best >= 0 && best <= 3 ? t[best] : "";
}

/* Cuts s to at most max bytes without splitting a character. */
static void cut_utf8(char *s, size_t max)
{
  s[util_utf8_cut(s, strlen(s), max)] = '\0';
}

static int concept_index(const char *concept)
{
  for (int i = 0; i < REPORT_CONCEPTS; i++)
    if (strcmp(concept, report_concepts[i]) == 0)
      return i;
  return -1;
}

/* --- the page's frame ---------------------------------------------------------------------- */

static const char *const style =
    "body{font-family:'Segoe UI',Arial,Helvetica,sans-serif;margin:24px;color:#1d2733;"
    "background:#fff;font-size:15px}"
    "h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;"
    "border-bottom:2px solid #dde3ea;padding-bottom:4px}h3{font-size:16px;margin:20px 0 6px}"
    ".sub{color:#55606e;margin:0 0 16px}"
    ".cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}"
    ".card{border:1px solid #dde3ea;border-radius:8px;padding:10px 16px;min-width:120px}"
    ".card b{display:block;font-size:24px}"
    ".key span{display:inline-block;padding:3px 10px;margin:2px 4px 2px 0;border-radius:4px;"
    "border:1px solid #ccd3db;font-size:13px}"
    "table{border-collapse:collapse}"
    ".grid td,.grid th{border:1px solid #d5dbe2;text-align:center;padding:0}"
    ".grid th.name{text-align:left;padding:2px 8px;white-space:nowrap;font-weight:600;"
    "background:#f6f8fa}"
    ".grid th.lv{vertical-align:bottom;background:#f6f8fa;padding:4px 2px;font-weight:500}"
    ".grid th.lv div{writing-mode:vertical-rl;transform:rotate(180deg);max-height:170px;"
    "overflow:hidden;white-space:nowrap;font-size:12px}"
    ".grid td{width:38px;height:26px;font-size:12px}.grid td a{display:block;color:inherit;"
    "text-decoration:none;line-height:26px}"
    ".grid td.tot{width:auto;padding:0 8px;font-weight:600}"
    ".n{background:#fff}.s0{background:#fbd9a5;color:#6b3d00}.s1{background:#d6e9f8}"
    ".s2{background:#8cc3ea}.s3{background:#0b5d99;color:#fff}"
    ".grid tr.all th,.grid tr.all td{background:#f6f8fa;font-weight:600;border-top:2px solid "
    "#99a3ad}"
    ".ican li{margin:2px 0}.ican .ks{color:#55606e;font-size:12px}"
    ".list td,.list th{border-bottom:1px solid #e3e7ec;padding:4px 10px;text-align:left}"
    ".list th{background:#f6f8fa}"
    "details{margin:4px 0}summary{cursor:pointer;padding:4px 0}"
    "pre{background:#f6f8fa;border:1px solid #dde3ea;padding:8px;overflow:auto;"
    "font-size:13px;max-height:400px}"
    ".note{color:#55606e;font-size:13px}.warn{color:#8a1c12}"
    "svg text{font-family:inherit;font-size:12px;fill:#1d2733}"
    "@media print{body{margin:8mm;font-size:11px}.noprint,.programs{display:none}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    "h2{break-after:avoid}table,svg{break-inside:avoid}"
    ".grid td{width:26px;height:18px}.grid td a{line-height:18px}}";

static void page_head(FILE *f, const Report *r)
{
  char when[64];
  time_t now = time(NULL);
  struct tm lt;
  localtime_r(&now, &lt);
  strftime(when, sizeof when, "%d %B %Y at %H:%M", &lt);
  fprintf(f,
          "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
          "<title>Codebridge class report</title><style>%s</style></head><body>\n"
          "<h1>Codebridge class report</h1>\n<p class=\"sub\">Made on %s from %d progress "
          "file%s. Everything is in this one file: it works without the internet.</p>\n",
          style, when, r->nfiles, r->nfiles == 1 ? "" : "s");
}

static void cards(FILE *f, const Report *r)
{
  int solved = 0, classes = 0;
  for (int i = 0; i < r->npupils; i++) {
    classes += i == 0 || !report_same_class(r, r->pupil_order[i - 1], r->pupil_order[i]);
    for (int l = 0; l < r->pupils[i].ncells; l++) {
      const ReportCell *c = report_cell(r, i, l);
      solved += c && c->best > 0;
    }
  }
  fprintf(f,
          "<div class=\"cards\"><div class=\"card\"><b>%d</b>pupils</div><div class=\"card\">"
          "<b>%d</b>class%s</div><div class=\"card\"><b>%d</b>levels</div><div class=\"card\">"
          "<b>%d</b>levels solved in all</div><div class=\"card\"><b>%ld</b>tries</div></div>\n",
          r->npupils, classes, classes == 1 ? "" : "es", r->nlevels, solved, r->attempts);
  fputs("<p class=\"key\">Key: <span class=\"n\">not tried yet</span><span class=\"s0\">&#10007;"
        " tried, not solved yet</span><span class=\"s1\">&#9733; solved</span><span "
        "class=\"s2\">&#9733;&#9733; solved well</span><span class=\"s3\">&#9733;&#9733;&#9733; "
        "solved with the fewest blocks</span></p>\n<p class=\"note noprint\">Click a coloured "
        "square to see that pupil's latest program for the level.</p>\n",
        f);
}

/* --- the class grid ------------------------------------------------------------------------ */

static void grid_head(FILE *f, const Report *r)
{
  fputs("<table class=\"grid\"><thead><tr><th class=\"name\">Pupil</th>", f);
  for (int i = 0; i < r->nlevels; i++) {
    const ReportLevel *lv = &r->levels[r->level_order[i]];
    char buf[300];
    fprintf(f, "<th class=\"lv\" title=\"");
    esc(f, lv->pack);
    fputc('/', f);
    esc(f, lv->level);
    fprintf(f, "\"><div>%d. ", i + 1);
    esc(f, report_level_name(lv, buf, sizeof buf));
    fputs("</div></th>", f);
  }
  fputs("<th class=\"lv\"><div>Levels solved</div></th><th class=\"lv\"><div>Stars</div></th>"
        "</tr></thead><tbody>\n",
        f);
}

static void grid_cell(FILE *f, const Report *r, int pi, int li)
{
  const ReportCell *c = report_cell(r, pi, li);
  if (!c) {
    fputs("<td class=\"n\"></td>", f);
    return;
  }
  /* The row and column already name the pupil and level: the tooltip stays short, since a
     school's report has tens of thousands of cells. */
  char spent[40];
  duration(c->seconds, spent, sizeof spent);
  fprintf(f, "<td class=\"s%d\" title=\"%d tr%s, %s\"><a href=\"#prog-%d-%d\">%s</a></td>", c->best,
          c->attempts, c->attempts == 1 ? "y" : "ies", spent, pi, li, stars_text(c->best));
}

/* The last row: how many of the class solved each level, and the class's sums. */
static void grid_totals(FILE *f, const Report *r, int from, int to)
{
  int all_solved = 0, all_stars = 0;
  fputs("<tr class=\"all\"><th class=\"name\">Solved by</th>", f);
  for (int l = 0; l < r->nlevels; l++) {
    int by = 0;
    for (int i = from; i < to; i++) {
      const ReportCell *c = report_cell(r, r->pupil_order[i], r->level_order[l]);
      by += c && c->best > 0;
      all_stars += c && c->best > 0 ? c->best : 0;
    }
    all_solved += by;
    fprintf(f, "<td title=\"%d of %d pupils\">%d</td>", by, to - from, by);
  }
  fprintf(f, "<td class=\"tot\">%d</td><td class=\"tot\">%d</td></tr>\n", all_solved, all_stars);
}

static void grid_rows(FILE *f, const Report *r, int from, int to)
{
  for (int i = from; i < to; i++) {
    int pi = r->pupil_order[i], solved = 0, stars = 0;
    fputs("<tr><th class=\"name\">", f);
    esc(f, r->pupils[pi].name);
    fputs("</th>", f);
    for (int l = 0; l < r->nlevels; l++) {
      int li = r->level_order[l];
      grid_cell(f, r, pi, li);
      const ReportCell *c = report_cell(r, pi, li);
      solved += c && c->best > 0;
      stars += c && c->best > 0 ? c->best : 0;
    }
    fprintf(f, "<td class=\"tot\">%d</td><td class=\"tot\">%d</td></tr>\n", solved, stars);
  }
  grid_totals(f, r, from, to);
  fputs("</tbody></table>\n", f);
}

/* --- charts (inline SVG) ------------------------------------------------------------------- */

/* A horizontal bar per level: the share of the class that solved it (green) and that tried
   without solving (red), the rest not tried. */
static void chart_levels(FILE *f, const Report *r, int from, int to)
{
  int n = to - from, h = 22, w = 760, label = 240, barw = w - label - 60;
  fprintf(f,
          "<h3>How much of the class solved each level</h3>\n<svg role=\"img\" "
          "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">"
          "<title>Share of pupils who solved each level</title>\n",
          w, r->nlevels * h + 10, w, r->nlevels * h + 10);
  for (int l = 0; l < r->nlevels; l++) {
    int li = r->level_order[l], solved = 0, tried = 0;
    for (int i = from; i < to; i++) {
      const ReportCell *c = report_cell(r, r->pupil_order[i], li);
      solved += c && c->best > 0;
      tried += c != NULL;
    }
    char buf[300], name[300];
    snprintf(name, sizeof name, "%d. %s", l + 1,
             report_level_name(&r->levels[li], buf, sizeof buf));
    cut_utf8(name, 38); /* labels stay on one line */
    int ws = barw * solved / n, wt = barw * (tried - solved) / n, y = l * h + 4;
    fprintf(f, "<text x=\"0\" y=\"%d\">", y + 13);
    esc(f, name);
    fprintf(f,
            "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#eef1f4\"/>"
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#0b5d99\"/>"
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#e69f00\"/>"
            "<text x=\"%d\" y=\"%d\">%d%%</text>\n",
            label, y, barw, label, y, ws, label + ws, y, wt, label + barw + 6, y + 13,
            100 * solved / n);
  }
  fputs("</svg>\n<p class=\"note\">Dark blue: solved. Orange: tried, not solved yet. Grey: not "
        "tried yet.</p>\n",
        f);
}

static void bar(FILE *f, int percent)
{
  fprintf(f,
          "<span style=\"white-space:nowrap\"><svg width=\"204\" height=\"16\" "
          "xmlns=\"http://www.w3.org/2000/svg\"><rect "
          "width=\"200\" height=\"14\" fill=\"#eef1f4\"/><rect width=\"%d\" height=\"14\" "
          "fill=\"#4a90d9\"/></svg> %d%%</span>",
          2 * percent, percent);
}

/* --- concepts and curriculum statements ---------------------------------------------------- */

static bool concept_gives(int concept, const char *statement)
{
  for (int k = 0; concept >= 0 && concept_statements[concept][k]; k++)
    if (strcmp(concept_statements[concept][k], statement) == 0)
      return true;
  return false;
}

/* Percent of (pupil, level) pairs solved, over the class's pupils and the levels accepted by
   want (a concept index, or a statement id when concept < 0). -1 when no level qualifies. */
static int share_solved(const Report *r, int from, int to, int concept, const char *statement)
{
  long solved = 0, total = 0;
  for (int l = 0; l < r->nlevels; l++) {
    int ci = concept_index(r->levels[l].concept);
    if (ci < 0 || (concept >= 0 ? ci != concept : !concept_gives(ci, statement)))
      continue;
    for (int i = from; i < to; i++) {
      const ReportCell *c = report_cell(r, r->pupil_order[i], l);
      solved += c && c->best > 0;
      total++;
    }
  }
  return total ? (int)(100 * solved / total) : -1;
}

static void concepts_table(FILE *f, const Report *r, int from, int to)
{
  fputs("<h3>Progress per concept</h3>\n<table class=\"list\"><tr><th>Concept</th><th>Curriculum"
        " statements</th><th>Levels solved by the class</th></tr>\n",
        f);
  for (int c = 0; c < REPORT_CONCEPTS; c++) {
    int pct = share_solved(r, from, to, c, NULL);
    if (pct < 0)
      continue;
    fprintf(f, "<tr><td>%s</td><td>", concept_words[c]);
    for (int k = 0; concept_statements[c][k]; k++)
      fprintf(f, "%s%s", k ? ", " : "", concept_statements[c][k]);
    fputs("</td><td>", f);
    bar(f, pct);
    fputs("</td></tr>\n", f);
  }
  fputs("</table>\n<h3>Progress per National Curriculum statement</h3>\n<table class=\"list\">"
        "<tr><th>Statement</th><th>Pupils should be taught to</th><th>Evidence from levels "
        "solved</th></tr>\n",
        f);
  for (int s = 0; s < NSTATEMENTS; s++) {
    int pct = share_solved(r, from, to, -1, statements[s].id);
    fprintf(f, "<tr><td>%s</td><td>%s</td><td>", statements[s].id, statements[s].text);
    if (pct < 0)
      fputs("<span class=\"note\">no level for this yet</span>", f);
    else
      bar(f, pct);
    fputs("</td></tr>\n", f);
  }
  fputs("</table>\n", f);
}

/* What a pupil can say they did, per concept, with the curriculum statements it shows. */
static const char *const i_can[REPORT_CONCEPTS] = {
    "I can put instructions in the right order to reach a goal",
    "I can use a loop to repeat instructions",
    "I can use if and else so my program decides what to do",
    "I can make a function: give a set of steps a name and use it again",
    "I can use a variable to count or remember something",
    "I can find and fix a mistake in a program"};

/* A pupil can say it when they solved two levels of the concept (one, where only one exists). */
static bool pupil_can(const Report *r, int pi, int concept)
{
  int levels = 0, solved = 0;
  for (int l = 0; l < r->nlevels; l++) {
    if (concept_index(r->levels[l].concept) != concept)
      continue;
    const ReportCell *c = report_cell(r, pi, l);
    levels++;
    solved += c && c->best > 0;
  }
  return solved > 0 && solved >= (levels < 2 ? levels : 2);
}

static void i_can_list(FILE *f, const Report *r, int from, int to)
{
  fputs("<h3>What each pupil can do</h3>\n<table class=\"list ican\"><tr><th>Pupil</th><th>"
        "I can&hellip;</th></tr>\n",
        f);
  for (int i = from; i < to; i++) {
    int pi = r->pupil_order[i], said = 0;
    fputs("<tr><td>", f);
    esc(f, r->pupils[pi].name);
    fputs("</td><td><ul style=\"margin:0;padding-left:18px\">", f);
    for (int c = 0; c < REPORT_CONCEPTS; c++) {
      if (!pupil_can(r, pi, c))
        continue;
      fprintf(f, "<li>%s <span class=\"ks\">(", i_can[c]);
      for (int k = 0; concept_statements[c][k]; k++)
        fprintf(f, "%s%s", k ? ", " : "", concept_statements[c][k]);
      fputs(")</span></li>", f);
      said++;
    }
    if (said)
      fputs("</ul></td></tr>\n", f);
    else
      fprintf(f, "</ul><span class=\"note\">%s</span></td></tr>\n",
              r->pupils[pi].nfiles ? "not yet: two levels of one kind solved will show here"
                                   : "not started yet");
  }
  fputs("</table>\n", f);
}

static bool concepts_known(const Report *r)
{
  for (int l = 0; l < r->nlevels; l++)
    if (concept_index(r->levels[l].concept) >= 0)
      return true;
  return false;
}

static void class_section(FILE *f, const Report *r, int from, int to)
{
  const char *cls = r->pupils[r->pupil_order[from]].class_name;
  /* "Class 4B", but not "Class Class 1" when the teacher named it so. */
  bool says_class = strncmp(cls, "Class", 5) == 0 || strncmp(cls, "class", 5) == 0;
  fputs(says_class ? "<h2>" : "<h2>Class ", f);
  esc(f, cls[0] ? cls : "(no class given)");
  fprintf(f, " <span class=\"note\">(%d pupil%s)</span></h2>\n", to - from,
          to - from == 1 ? "" : "s");
  grid_head(f, r);
  grid_rows(f, r, from, to);
  if (r->nlevels)
    chart_levels(f, r, from, to);
  if (concepts_known(r)) {
    concepts_table(f, r, from, to);
    i_can_list(f, r, from, to);
  } else
    fputs("<p class=\"note\">Concepts and curriculum statements appear when the report is "
          "given the level folders: <code>codebridge report FOLDER --levels LEVELS</code>.</p>\n",
          f);
}

/* The levels in play order with what each teaches, for the teacher reading the grid. */
static void levels_table(FILE *f, const Report *r)
{
  bool any = false;
  for (int l = 0; l < r->nlevels && !any; l++)
    any = r->levels[l].curriculum || r->levels[l].notes;
  if (!any)
    return;
  fputs("<h2>The levels</h2>\n<table class=\"list\"><tr><th>#</th><th>Level</th><th>Concept</th>"
        "<th>Curriculum</th><th>Notes for the teacher</th></tr>\n",
        f);
  for (int i = 0; i < r->nlevels; i++) {
    const ReportLevel *lv = &r->levels[r->level_order[i]];
    char buf[300];
    fprintf(f, "<tr><td>%d</td><td>", i + 1);
    esc(f, report_level_name(lv, buf, sizeof buf));
    fputs("</td><td>", f);
    esc(f, lv->concept);
    fputs("</td><td>", f);
    esc(f, lv->curriculum ? lv->curriculum : "");
    fputs("</td><td>", f);
    esc(f, lv->notes ? lv->notes : "");
    fputs("</td></tr>\n", f);
  }
  fputs("</table>\n", f);
}

/* --- stuck list, programs, skipped --------------------------------------------------------- */

/* One line of names: the pupils of one standing, in class and name order. */
static void standing_line(FILE *f, Report *r, ReportStanding want, const char *title)
{
  int shown = 0;
  for (int i = 0; i < r->npupils; i++) {
    int pi = r->pupil_order[i];
    ReportPupilSummary sum;
    if (!report_pupil_summary(r, pi, &sum) || sum.standing != want)
      continue;
    fprintf(f, shown++ ? ", " : "<p><b>%s:</b> ", title);
    esc(f, r->pupils[pi].name);
    if (want == REPORT_STUCK) {
      fputs(" (", f);
      esc(f, sum.title ? sum.title : sum.level);
      fprintf(f, ", %d tries)", sum.level_tries);
    }
  }
  if (shown)
    fputs("</p>\n", f);
}

static void stuck_list(FILE *f, Report *r)
{
  ReportStuck stuck[20];
  int n = report_stuck(r, stuck, 20);
  fputs("<h2>Who may need help</h2>\n", f);
  standing_line(f, r, REPORT_STUCK,
                "Stuck now (3 or more tries on their latest level, not solved)");
  standing_line(f, r, REPORT_NOT_STARTED, "Not started yet");
  standing_line(f, r, REPORT_AHEAD, "Ahead (3 or more levels past the middle of the class)");
  if (n == 0) {
    fputs("<p>Nobody has tried a level twice without solving it.</p>\n", f);
    return;
  }
  fputs("<p>The most tries on a level without solving it yet.</p>\n<table class=\"list\"><tr>"
        "<th>Pupil</th><th>Class</th><th>Level</th><th>Tries</th><th>Time spent</th>"
        "<th>Last result</th><th></th></tr>\n",
        f);
  for (int i = 0; i < n; i++) {
    const ReportPupil *p = &r->pupils[stuck[i].pupil];
    const ReportCell *c = report_cell(r, stuck[i].pupil, stuck[i].level);
    char buf[300], spent[40];
    duration(c->seconds, spent, sizeof spent);
    fputs("<tr><td>", f);
    esc(f, p->name);
    fputs("</td><td>", f);
    esc(f, p->class_name);
    fputs("</td><td>", f);
    esc(f, report_level_name(&r->levels[stuck[i].level], buf, sizeof buf));
    fprintf(f, "</td><td>%d</td><td>%s</td><td>", c->attempts, spent);
    esc(f, c->last_outcome);
    fprintf(f,
            "</td><td class=\"noprint\"><a href=\"#prog-%d-%d\">see the program</a></td>"
            "</tr>\n",
            stuck[i].pupil, stuck[i].level);
  }
  fputs("</table>\n", f);
}

/* The latest program: beside the file holding the newest attempt, else beside any other file
   of this pupil (a laptop whose copy is older still has one). */
static char *latest_program(const Report *r, int pi, int li, const ReportCell *c, size_t *len)
{
  const ReportPupil *p = &r->pupils[pi];
  const ReportLevel *lv = &r->levels[li];
  for (int k = -1; k < p->nfiles; k++) {
    int file = k < 0 ? c->program_file : p->files[k];
    char path[4200], err[256];
    if (file < 0 || (k >= 0 && file == c->program_file) ||
        !progress_program_beside(r->files[file], lv->pack, lv->level, path, sizeof path))
      continue;
    char *text = fileio_read_no_link(path, PROGRAM_SHOWN_MAX, len, err, sizeof err);
    if (text)
      return text;
  }
  return NULL;
}

char *report_program(Report *r, const char *pupil, const char *class_name, const char *pack,
                     const char *level, size_t *len)
{
  int pi = report_pupil_index(r, pupil, class_name), li = report_level_index(r, pack, level);
  const ReportCell *c = pi >= 0 && li >= 0 ? report_cell(r, pi, li) : NULL;
  size_t n;
  return c ? latest_program(r, pi, li, c, len ? len : &n) : NULL;
}

static void pupil_level_row(FILE *f, const Report *r, int pi, int li)
{
  const ReportCell *c = report_cell(r, pi, li);
  char buf[300], spent[40];
  duration(c->seconds, spent, sizeof spent);
  fprintf(f, "<details id=\"prog-%d-%d\"><summary><span class=\"s%d\">&nbsp;%s&nbsp;</span> ", pi,
          li, c->best, stars_text(c->best));
  esc(f, report_level_name(&r->levels[li], buf, sizeof buf));
  fprintf(f, ": %d tr%s, %s, last result ", c->attempts, c->attempts == 1 ? "y" : "ies", spent);
  esc(f, c->last_outcome);
  fputs("</summary>", f);
  size_t len = 0;
  char *text = latest_program(r, pi, li, c, &len);
  if (text) {
    fputs("<pre>", f);
    esc_n(f, text, len);
    fputs("</pre>", f);
  } else {
    fputs("<p class=\"note\">No program was saved for this level.</p>", f);
  }
  free(text);
  fputs("</details>\n", f);
}

static void programs(FILE *f, const Report *r)
{
  fputs("<div class=\"programs\"><h2>Each pupil's programs</h2>\n<p class=\"note\">Click a "
        "name, then a level, to read the pupil's latest program.</p>\n",
        f);
  for (int i = 0; i < r->npupils; i++) {
    int pi = r->pupil_order[i], solved = 0;
    long tries = 0;
    for (int l = 0; l < r->nlevels; l++) {
      const ReportCell *c = report_cell(r, pi, l);
      solved += c && c->best > 0;
      tries += c ? c->attempts : 0;
    }
    fprintf(f, "<details id=\"pupil-%d\"><summary><b>", pi);
    esc(f, r->pupils[pi].name);
    fputs("</b> (", f);
    esc(f, r->pupils[pi].class_name);
    fprintf(f, "): %d level%s solved, %ld tr%s</summary><div style=\"margin-left:20px\">\n", solved,
            solved == 1 ? "" : "s", tries, tries == 1 ? "y" : "ies");
    for (int l = 0; l < r->nlevels; l++)
      if (report_cell(r, pi, r->level_order[l]))
        pupil_level_row(f, r, pi, r->level_order[l]);
    fputs("</div></details>\n", f);
  }
  fputs("</div>\n", f);
}

static void skipped(FILE *f, const Report *r)
{
  if (r->nskips == 0)
    return;
  fprintf(f,
          "<h2>Files and lines left out (%d)</h2>\n<p class=\"note\">These could not be "
          "read. Everything else in those files was used.</p><ul class=\"warn\">\n",
          r->nskips);
  for (int i = 0; i < r->nskips; i++) {
    fputs("<li>", f);
    esc(f, r->skips[i]);
    fputs("</li>\n", f);
  }
  fputs("</ul>\n", f);
}

bool report_write_html(Report *r, const char *path, char *err, size_t errlen)
{
  report_sort(r);
  FILE *f = sys_fopen(path, "wb");
  if (!f) {
    snprintf(err, errlen, "%s: %s", path, strerror(errno));
    return false;
  }
  page_head(f, r);
  cards(f, r);
  for (int i = 0; i < r->npupils;) {
    int start = i;
    while (i < r->npupils && report_same_class(r, r->pupil_order[start], r->pupil_order[i]))
      i++;
    class_section(f, r, start, i);
  }
  stuck_list(f, r);
  levels_table(f, r);
  programs(f, r);
  skipped(f, r);
  fputs("<p class=\"note\">Made by Codebridge. Stars: 3 when the level was solved with the "
        "fewest blocks, 2 when close, 1 when solved.</p>\n</body></html>\n",
        f);
  bool ok = !ferror(f);
  ok = fclose(f) == 0 && ok;
  if (!ok)
    snprintf(err, errlen, "%s: could not write it all (is the disk full?)", path);
  return ok;
}
