/* cli_report.c: `codebridge report DIR... [--out DIR] [--levels DIR]`: merges the progress files
   found under the folders given into report.csv and report.html and prints a summary.
   Thin over report.h; level titles and concepts come from pack.h / level.h when asked for. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "fileio.h"
#include "level.h"
#include "pack.h"
#include "paths.h"
#include "progress.h"
#include "report.h"
#include "sys.h"
#include "util.h"

#define MAX_PACKS 64

static int usage(void)
{
  fputs("usage: codebridge report FOLDER... [--out FOLDER] [--levels FOLDER] [--open]\n"
        "       codebridge report --open   (this laptop's progress, opened in the browser)\n"
        "  FOLDER: progress folders (copied from each laptop), searched with their sub-folders\n"
        "  --out: where report.csv and report.html go (default: this folder)\n"
        "  --levels: teachers' level packs, to show their titles and concepts (the bundled\n"
        "            packs are always known)\n"
        "  --open: show report.html in the web browser when it is written\n",
        stderr);
  return 2;
}

static void pack_problem(const LevelError *err, void *ud)
{
  (void)ud;
  fprintf(stderr, "report: levels: %s:%d: %s\n", err->file, err->line, err->message);
}

/* Registers every level of every pack under root, in play order; with only_played, only the
   packs some progress file names (a bundled pack nobody played adds no empty columns). */
static void load_levels(Report *r, const char *root, bool only_played)
{
  Pack *packs[MAX_PACKS];
  int n = pack_find_all(root, packs, MAX_PACKS, pack_problem, NULL);
  if (n == 0)
    fprintf(stderr, "report: no level packs in %s: showing level ids\n", root);
  for (int i = 0; i < n; i++) {
    for (int k = 0; k < packs[i]->nlevels && (!only_played || report_has_pack(r, packs[i]->id));
         k++) {
      LevelError err;
      Level *lv = level_load(packs[i]->level_paths[k], &err);
      if (!lv) {
        pack_problem(&err, NULL);
        continue;
      }
      report_add_level(r, packs[i]->id, lv->id, level_text(&lv->title, "en"), lv->concept);
      char ks[LEVEL_MAX_CURRICULUM * 18] = "";
      for (int c = 0; c < lv->ncurriculum; c++)
        snprintf(ks + strlen(ks), sizeof ks - strlen(ks), "%s%s", c ? ", " : "", lv->curriculum[c]);
      report_level_teaching(r, packs[i]->id, lv->id, ks, lv->notes);
      level_free(lv);
    }
    pack_free(packs[i]);
  }
}

static bool write_outputs(Report *r, const char *out)
{
  char csv[4200], html[4200], err[4400];
  if (!util_mkdir_p(out)) {
    fprintf(stderr, "report: cannot make the folder %s: %s\n", out, strerror(errno));
    return false;
  }
  snprintf(csv, sizeof csv, "%s/report.csv", out);
  snprintf(html, sizeof html, "%s/report.html", out);
  if (!report_write_csv(r, csv, err, sizeof err) || !report_write_html(r, html, err, sizeof err)) {
    fprintf(stderr, "report: %s\n", err);
    return false;
  }
  report_print_summary(r, stdout);
  printf("Wrote %s and %s\n", csv, html);
  return true;
}

/* `report --open` with no folder (the desktop menu's "Class report"): this laptop's progress,
   written to the per-user data folder, so it works from any working folder. */
static bool this_laptop(const char **dirs, int *ndirs, const char **out, bool out_given)
{
  static char progress[4200], folder[4200];
  if (!progress_resolve_dir(NULL, progress, sizeof progress)) {
    fprintf(stderr, "report: %s\n", progress);
    return false;
  }
  dirs[(*ndirs)++] = progress;
  if (!out_given && sys_app_dir(SYS_USER_DATA, folder, sizeof folder)) {
    strncat(folder, "/report", sizeof folder - strlen(folder) - 1);
    *out = folder;
  }
  return true;
}

int cli_report(int argc, char **argv)
{
  const char *out = ".", *dirs[256], *levels[16];
  int ndirs = 0, nlevels = 0;
  bool open_page = false, out_given = false;
  for (int i = 1; i < argc; i++) {
    bool has_value = i + 1 < argc;
    if (strcmp(argv[i], "--out") == 0 && has_value)
      out = argv[++i], out_given = true;
    else if (strcmp(argv[i], "--open") == 0)
      open_page = true;
    else if (strcmp(argv[i], "--levels") == 0 && has_value && nlevels < 16)
      levels[nlevels++] = argv[++i];
    else if (argv[i][0] == '-' || ndirs == 256)
      return usage();
    else
      dirs[ndirs++] = argv[i];
  }
  if (ndirs == 0 && !open_page)
    return usage();
  if (ndirs == 0 && !this_laptop(dirs, &ndirs, &out, out_given))
    return 2;
  Report *r = report_new();
  int found = 0;
  for (int i = 0; i < ndirs; i++)
    found += report_add_tree(r, dirs[i]);
  for (int i = 0; i < nlevels; i++)
    load_levels(r, levels[i], false);
  /* The bundled packs are always known: their titles and concepts need no --levels. */
  char bundled[4200];
  load_levels(r, paths_data(bundled, sizeof bundled, "levels"), true);
  if (found == 0 && !open_page) { /* from the menu, an empty page says more than nothing */
    fprintf(stderr, "report: no progress files found in the folder%s given\n",
            ndirs == 1 ? "" : "s");
    report_print_summary(r, stderr);
    report_free(r);
    return 2;
  }
  bool ok = write_outputs(r, out);
  report_free(r);
  char page[4200];
  snprintf(page, sizeof page, "%s/report.html", out);
  if (ok && open_page && !sys_open_document(page))
    fprintf(stderr, "report: open %s in a web browser to read it\n", page);
  return ok ? 0 : 1;
}
