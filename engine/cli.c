/* cli.c: the command line of SPEC section 3 (check, run, blocks; report and screenshot are
   handed on), thin over core. Prints outcomes on stdout, problems on stderr. The words here
   are for teachers at a terminal; what a pupil reads comes from scripts/lang/. */
#include "cli.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "fileio.h"
#include "guide.h"
#include "level.h"
#include "level_check.h"
#include "messages.h"
#include "pack.h"
#include "paths.h"
#include "program.h"
#include "progress.h"
#include "runner.h"
#include "session.h"
#include "sys.h"
#include "util.h"
#ifdef CODEBRIDGE_WITH_UI
#include "game.h"
#endif

#define MAX_PACKS 64
#ifndef CODEBRIDGE_VERSION
#define CODEBRIDGE_VERSION "(unknown version)"
#endif

static int usage(void)
{
  fprintf(stderr,
          "usage: codebridge [--levels DIR] [--progress DIR] [--fullscreen] [--teacher]\n"
          "                                            start the game\n"
          "       codebridge check PATH...            check level files or folders\n"
          "       codebridge run LEVEL PROGRAM [--predict X,Y] [--progress DIR --pupil NAME "
          "[--class C]]\n"
          "       codebridge blocks [--text] PROGRAM  show a program as blocks\n"
          "       codebridge new-level FILE           write a commented level to start from\n"
          "       codebridge report DIR... [--out DIR] [--levels DIR]\n"
          "       codebridge guide PACK --out DIR     a teacher's guide: a printable page a level\n"
          "       codebridge screenshot LEVEL [--program FILE] [--size WxH] [--at STEP] "
          "--out FILE.bmp\n"
          "       codebridge where                    show the folders and settings files in use\n"
          "       codebridge --version\n");
  return 2;
}

/* Everything check and run print about a level passes through here: its id, its messages
   and what its own code raised are the level author's text and could hold terminal escape
   codes. Control characters become '?', as in a program's output. */
static void say(FILE *f, const char *fmt, ...)
{
  char buf[8192];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0)
    return;
  size_t len = (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1;
  util_printable(buf, len);
  fwrite(buf, 1, len, f);
}

/* Writes what a program printed, each line behind "> " so it can never pass for an outcome,
   with control characters replaced (util_printable) so it cannot steer the terminal. */
static void print_output(const char *out, size_t len)
{
  char *safe = len > 0 ? malloc(len + 1) : NULL; /* nothing printed: out may be NULL */
  if (!safe)
    return;
  memcpy(safe, out, len);
  util_printable(safe, len);
  bool line_start = true;
  for (size_t i = 0; i < len; i++) {
    if (line_start)
      fputs("> ", stdout);
    line_start = safe[i] == '\n';
    putchar(safe[i]);
  }
  if (!line_start)
    putchar('\n');
  free(safe);
}

static void print_reason(const RunTrace *t)
{
  if (t->line > 0)
    say(stdout, "line %d: %s\n", t->line, t->message);
  else
    say(stdout, "%s\n", t->message);
}

/* "never ran: lines 4, 7": action blocks the run never reached (runner_teach.c). */
static void print_never_ran(const RunTrace *t)
{
  if (t->nnever_ran == 0)
    return;
  say(stdout, "never ran: line%s ", t->nnever_ran > 1 ? "s" : "");
  for (int i = 0; i < t->nnever_ran; i++)
    say(stdout, "%s%d", i ? ", " : "", t->never_ran[i]);
  say(stdout, "\n");
}

/* ---- check ---- */

/* Always FILE:LINE: message, the shape editors and the SPEC know; line 1 when the problem
   belongs to the whole file (it cannot be read, a field is missing). */
static void print_level_error(const LevelError *e)
{
  say(stdout, "%s:%d: %s\n", e->file, e->line > 0 ? e->line : 1, e->message);
}

/* The solution against its level, judged by level_check (the editor's Save uses it too). */
static bool check_solution(const Level *lv)
{
  LevelCheck c;
  bool ok = level_check(lv, &c);
  if (ok) {
    say(stdout, "ok %s: solution solved in %d steps, %d blocks\n", lv->id, c.steps, c.blocks);
    if (c.par_above)
      say(stderr,
          "%s:%d: note: par is %d but the solution uses %d blocks, so doing what it does "
          "earns fewer than three stars: set par = %d, or shorten the solution\n",
          lv->path, c.line, lv->par, c.blocks, c.blocks);
  } else if (c.result == LEVEL_CHECK_LEVEL_BROKEN) {
    say(stdout, "%s\n", c.message);
  } else {
    say(stdout, "%s:%d: %s\n", lv->path, c.line, c.message);
  }
  return ok;
}

/* Checks one level file; ids, when given, collects the pack's ids to catch repeats. */
static bool check_level(const char *path, char ids[][64], int *nids)
{
  LevelError err;
  Level *lv = level_load(path, &err);
  if (!lv) {
    print_level_error(&err);
    return false;
  }
  bool ok = true;
  for (int i = 0; ids && i < *nids; i++) {
    if (strcmp(ids[i], lv->id) == 0) {
      say(stdout,
          "%s:%d: the id '%s' is used by another level of this pack: give each level its "
          "own id\n",
          path, level_check_field_line(lv->source, "id", NULL), lv->id);
      ok = false;
    }
  }
  if (ids && *nids < PACK_MAX_LEVELS)
    snprintf(ids[(*nids)++], 64, "%s", lv->id);
  ok = check_solution(lv) && ok;
  level_free(lv);
  return ok;
}

static void report_pack_error(const LevelError *err, void *ud)
{
  print_level_error(err);
  *(bool *)ud = false;
}

static bool check_folder(const char *dir)
{
  Pack *packs[MAX_PACKS];
  bool ok = true;
  int n = pack_find_all(dir, packs, MAX_PACKS, report_pack_error, &ok);
  if (n == 0 && ok) {
    say(stdout, "%s:1: no level files in this folder\n", dir);
    return false;
  }
  for (int p = 0; p < n; p++) {
    static char ids[PACK_MAX_LEVELS][64];
    int nids = 0;
    for (int i = 0; i < packs[p]->nlevels; i++)
      ok = check_level(packs[p]->level_paths[i], ids, &nids) && ok;
    pack_free(packs[p]);
  }
  return ok;
}

/* A pack.lua named on its own means its pack: a teacher checking it means the whole folder. */
static bool check_path(const char *path)
{
  const char *slash = sys_last_sep(path);
  const char *base = slash ? slash + 1 : path;
  if (strcmp(base, "pack.lua") == 0 && !fileio_is_dir(path)) {
    char dir[1024];
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) : 1, slash ? path : ".");
    return check_folder(dir);
  }
  return fileio_is_dir(path) ? check_folder(path) : check_level(path, NULL, NULL);
}

static int cmd_check(int argc, char **argv)
{
  if (argc < 1)
    return usage();
  bool ok = true;
  for (int i = 0; i < argc; i++)
    ok = check_path(argv[i]) && ok;
  return ok ? 0 : 1;
}

/* ---- run ---- */

typedef struct {
  const char *level, *program, *progress_dir, *pupil, *class_name;
  const char *predict; /* "X,Y": the square the pupil says Robo will stop on */
} RunArgs;

static bool parse_run_args(int argc, char **argv, RunArgs *a)
{
  memset(a, 0, sizeof *a);
  for (int i = 0; i < argc; i++) {
    const char **opt = strcmp(argv[i], "--progress") == 0  ? &a->progress_dir
                       : strcmp(argv[i], "--predict") == 0 ? &a->predict
                       : strcmp(argv[i], "--pupil") == 0   ? &a->pupil
                       : strcmp(argv[i], "--class") == 0   ? &a->class_name
                                                           : NULL;
    if (opt) {
      if (++i == argc)
        return false;
      *opt = argv[i];
    } else if (!a->level) {
      a->level = argv[i];
    } else if (!a->program) {
      a->program = argv[i];
    } else {
      return false;
    }
  }
  return a->program && (a->progress_dir == NULL) == (a->pupil == NULL);
}

/* "prediction: right" or "prediction: wrong (Robo stopped at 4,2)", squares counted from 1 as
   the world API counts them; for "predict then run" levels. */
static void print_prediction(const RunArgs *a, const RunTrace *t)
{
  int x = 0, y = 0, ex, ey;
  if (!a->predict)
    return;
  if (sscanf(a->predict, "%d,%d", &x, &y) != 2) {
    printf("prediction: give the square as X,Y, like 4,2\n");
    return;
  }
  runner_end_square(t, &ex, &ey);
  if (runner_predicted(t, x - 1, y - 1))
    printf("prediction: right\n");
  else
    printf("prediction: wrong (Robo stopped at %d,%d)\n", ex + 1, ey + 1);
}

/* Records the attempt through the session, as the game does, so teachers and tests can
   without a window: the same line, the pack named as the game names it. */
static bool record_attempt(const RunArgs *a, const Level *lv, const RunTrace *t, const char *src,
                           size_t len)
{
  SessionOptions o = {0};
  o.progress_dir = a->progress_dir;
  o.bundled_dir = ""; /* only this level's pack matters: nothing else is loaded */
  o.unlock_all = 0;
  Session *s = session_open(&o);
  if (!s) {
    say(stderr, "codebridge: out of memory\n");
    return false;
  }
  bool ok = session_progress_dir(s) != NULL;
  char err[1200] = "", pack[PROGRESS_ID_MAX];
  if (!ok) {
    snprintf(err, sizeof err, "%s", session_progress_error(s));
  } else {
    session_set_pupil(s, a->pupil, a->class_name ? a->class_name : "");
    session_pack_id_of(lv->path, pack, sizeof pack);
    SessionAttempt at = {0, false};
    ok = session_record_level(s, pack, lv, t, &at, src, len, err, sizeof err);
  }
  if (!ok)
    say(stderr, "codebridge: %s\n", err);
  session_free(s);
  return ok;
}

static int cmd_run(int argc, char **argv)
{
  RunArgs a;
  if (!parse_run_args(argc, argv, &a))
    return usage();
  LevelError lerr;
  Level *lv = level_load(a.level, &lerr);
  if (!lv) {
    say(stderr, "%s:%d: %s\n", lerr.file, lerr.line > 0 ? lerr.line : 1, lerr.message);
    return 2;
  }
  char err[1200];
  size_t len;
  char *src = fileio_read(a.program, FILEIO_MAX_SOURCE, &len, err, sizeof err);
  if (!src) {
    say(stderr, "codebridge: %s\n", err);
    level_free(lv);
    return 2;
  }
  RunTrace *t = runner_run(lv, src, len, NULL);
  if (!t) {
    say(stderr, "codebridge: out of memory\n");
    free(src);
    level_free(lv);
    return 2;
  }
  say(stdout, "%s steps=%d blocks=%d stars=%d\n", runner_outcome_name(t->outcome), t->steps,
      t->blocks, t->stars);
  if (t->outcome != RUN_SOLVED || t->message[0])
    print_reason(t);
  print_never_ran(t);
  print_prediction(&a, t);
  print_output(t->output, t->output_len);
  int code = t->outcome == RUN_SOLVED ? 0 : 1;
  if (a.progress_dir && !record_attempt(&a, lv, t, src, len))
    code = 2;
  runner_free(t);
  free(src);
  level_free(lv);
  return code;
}

/* ---- guide ---- */

/* codebridge guide PACK --out DIR: the teacher's guide, one printable page a level. */
static int cmd_guide(int argc, char **argv)
{
  const char *pack = NULL, *out = NULL;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
      out = argv[++i];
    else if (!pack && argv[i][0] != '-')
      pack = argv[i];
    else
      return usage();
  }
  if (!pack || !out)
    return usage();
  char err[1200];
  int pages = 0;
  bool ok = guide_write_pack(pack, out, "en", &pages, err, sizeof err);
  if (err[0])
    fprintf(stderr, "%s\n", err);
  if (!ok)
    return 1;
  printf("Wrote %s/index.html and %d level pages.\n", out, pages);
  return 0;
}

/* ---- blocks ---- */

static int cmd_blocks(int argc, char **argv)
{
  bool text = argc == 2 && strcmp(argv[0], "--text") == 0;
  if (argc != 1 + text)
    return usage();
  char err[1200];
  size_t len;
  char *src = fileio_read(argv[text], FILEIO_MAX_SOURCE, &len, err, sizeof err);
  if (!src) {
    fprintf(stderr, "codebridge: %s\n", err);
    return 2;
  }
  ProgramError perr;
  Program *p = program_parse(src, len, &perr);
  if (!p) {
    MessageReason r;
    char sentence[512];
    messages_explain_program(src, len, &perr, NULL, 0, &r);
    free(src);
    printf("line %d: %s\n", r.line, messages_sentence(&r, sentence, sizeof sentence));
    return 1;
  }
  free(src);
  size_t out_len = 0;
  char *out = text ? program_text_ex(p, &out_len) : program_outline(p);
  if (out && !text)
    out_len = strlen(out);
  fwrite(out ? out : "", 1, out ? out_len : 0, stdout); /* code text may hold NUL bytes */
  free(out);
  program_free(p);
  return out ? 0 : 2;
}

/* ---- new-level ---- */

/* Writes the commented template (scripts/templates/level.lua) to a new file; never overwrites,
   so a teacher's level cannot be lost by a slip of the keyboard. */
static int cmd_new_level(int argc, char **argv)
{
  if (argc != 1)
    return usage();
  char tmpl[1200], err[1200];
  size_t len;
  char *text = fileio_read(paths_data(tmpl, sizeof tmpl, "scripts/templates/level.lua"),
                           FILEIO_MAX_SOURCE, &len, err, sizeof err);
  if (!text) {
    fprintf(stderr, "codebridge: %s\n", err);
    return 2;
  }
  FILE *out = sys_fopen(argv[0], "wx");
  bool ok = out && fwrite(text, 1, len, out) == len;
  ok = (out && fclose(out) == 0) && ok;
  free(text);
  if (!ok) {
    fprintf(stderr, "codebridge: %s: %s\n", argv[0],
            out ? "could not be written" : "already exists or cannot be created");
    return 1;
  }
  printf("Wrote %s. Change it, then run: codebridge check %s\n", argv[0], argv[0]);
  return 0;
}

/* ---- where: for the person who looks after the computers ---- */

static void print_file(const char *what, bool ok, const char *path)
{
  if (ok)
    printf("%-14s %s%s\n", what, path, sys_kind(path) != SYS_NONE ? "" : " (not there)");
}

static int cmd_where(int argc, char **argv)
{
  (void)argv;
  if (argc != 0)
    return usage();
  char path[CONFIG_PATH_MAX];
  printf("%-14s %s\n", "data:", paths_data_dir());
  print_file("machine:", config_machine_file(path, sizeof path), path);
  print_file("settings:", config_teacher_file(path, sizeof path), path);
  print_file("game settings:", config_game_file(path, sizeof path), path);
  bool ok = progress_resolve_dir(NULL, path, sizeof path);
  printf("%-14s %s\n", ok ? "progress:" : "no progress:", path);
  return ok ? 0 : 1;
}

/* ---- dispatch ---- */

static int start_game(int argc, char **argv)
{
#ifdef CODEBRIDGE_WITH_UI
  GameOptions opt = {0};
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--fullscreen") == 0)
      opt.fullscreen = true;
    else if (strcmp(argv[i], "--teacher") == 0)
      opt.teacher = true;
    else if (strcmp(argv[i], "--levels") == 0 && i + 1 < argc)
      opt.levels_dir = argv[++i];
    else if (strcmp(argv[i], "--progress") == 0 && i + 1 < argc)
      opt.progress_dir = argv[++i];
    else
      return usage();
  }
  sys_detach_console(); /* double-clicked on Windows: the game's window, no console */
  return game_main(&opt);
#else
  (void)argc;
  (void)argv;
  fprintf(stderr, "codebridge: this copy was built without the game (CODEBRIDGE_UI=OFF)\n");
  return 2;
#endif
}

int cli_main(int argc, char **argv)
{
  if (argc < 2 || argv[1][0] == '-') {
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
      return usage() - 2;
    if (argc == 2 && strcmp(argv[1], "--version") == 0)
      return printf("codebridge %s\n", CODEBRIDGE_VERSION) < 0;
    return start_game(argc - 1, argv + 1);
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "check") == 0)
    return cmd_check(argc - 2, argv + 2);
  if (strcmp(cmd, "run") == 0)
    return cmd_run(argc - 2, argv + 2);
  if (strcmp(cmd, "blocks") == 0)
    return cmd_blocks(argc - 2, argv + 2);
  if (strcmp(cmd, "new-level") == 0)
    return cmd_new_level(argc - 2, argv + 2);
  if (strcmp(cmd, "where") == 0)
    return cmd_where(argc - 2, argv + 2);
  if (strcmp(cmd, "guide") == 0)
    return cmd_guide(argc - 2, argv + 2);
  if (strcmp(cmd, "report") == 0)
    return cli_report(argc - 1, argv + 1);
#ifdef CODEBRIDGE_WITH_UI
  if (strcmp(cmd, "screenshot") == 0)
    return game_screenshot_cli(argc - 1, argv + 1);
#endif
  return usage();
}
