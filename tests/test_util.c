/* test_util.c: the shared helpers: UTF-8 cuts never split a character, the one yes/no rule,
   edit distance, the growable buffer, mkdir -p, and settings lines of any length. */
#include "check.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static void test_utf8_cut(void)
{
  const char *cafe = "Caf\xC3\xA9"; /* Café: 5 bytes */
  CHECK_INT(5, util_utf8_cut(cafe, 5, 5));
  CHECK_INT(5, util_utf8_cut(cafe, 5, 40));
  CHECK_INT(3, util_utf8_cut(cafe, 5, 4)); /* never half an é */
  CHECK_INT(3, util_utf8_cut(cafe, 5, 3));
  const char *snow = "\xE2\x98\x83\xE2\x98\x83"; /* two snowmen */
  CHECK_INT(3, util_utf8_cut(snow, 6, 5));
  CHECK_INT(0, util_utf8_cut(snow, 6, 2));
  char out[5];
  CHECK(!util_copy(out, sizeof out, "Salle-Caf\xC3\xA9"));
  CHECK_STR("Sall", out);
  char out2[6];
  CHECK(!util_copy(out2, sizeof out2, "Caf\xC3\xA9!"));
  CHECK_STR("Caf\xC3\xA9", out2);
  char out3[16];
  CHECK(util_copy(out3, sizeof out3, "Salle-Caf\xC3\xA9"));
  CHECK_STR("Salle-Caf\xC3\xA9", out3);
}

static void test_utf8_char_len(void)
{
  CHECK_INT(1, util_utf8_char_len("a", 1));
  CHECK_INT(2, util_utf8_char_len("\xC3\xA9", 2));
  CHECK_INT(0, util_utf8_char_len("\xC3\xA9", 1)); /* cut short */
  CHECK_INT(3, util_utf8_char_len("\xE2\x98\x83", 3));
  CHECK_INT(4, util_utf8_char_len("\xF0\x9F\x98\x80", 4));
  CHECK_INT(0, util_utf8_char_len("\xA9", 1));             /* a stray continuation */
  CHECK_INT(0, util_utf8_char_len("\xC0\xAF", 2));         /* overlong '/' */
  CHECK_INT(0, util_utf8_char_len("\xED\xA0\x80", 3));     /* a surrogate */
  CHECK_INT(0, util_utf8_char_len("\xE0\x80\xAF", 3));     /* overlong */
  CHECK_INT(0, util_utf8_char_len("\xF5\x80\x80\x80", 4)); /* past U+10FFFF */
}

static void test_printable(void)
{
  char s[] = "a\x1b[2J\tb\nc\x7f\xc2\x9b\xff\xc3\xa9\x07";
  util_printable(s, strlen(s));
  CHECK_STR("a?[2J\tb\nc????\xc3\xa9?", s);
  char nul[3] = {'x', '\0', 'y'};
  util_printable(nul, 3);
  CHECK(nul[1] == '?');
}

static void test_trim(void)
{
  char s[] = " \t hello world \r\n";
  CHECK_STR("hello world", util_trim(s));
  char blank[] = " \t\r\n";
  CHECK_STR("", util_trim(blank));
  size_t n = 8;
  const char *t = util_trim_span("  ab c \t", &n);
  CHECK_INT(4, n);
  CHECK(strncmp(t, "ab c", 4) == 0);
}

static void test_yes_no(void)
{
  const char *yes[] = {"yes", "YES", " On ", "true", "True\r", "1"};
  const char *no[] = {"no", "No", "OFF", "false", " 0 "};
  for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
    bool v = false;
    CHECK(util_parse_yes_no(yes[i], &v) && v);
    CHECK(util_is_yes(yes[i]));
  }
  for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
    bool v = true;
    CHECK(util_parse_yes_no(no[i], &v) && !v);
    CHECK(!util_is_yes(no[i]));
  }
  bool v = true;
  CHECK(!util_parse_yes_no("yess", &v));
  CHECK(v); /* untouched */
  CHECK(!util_parse_yes_no("", &v));
  CHECK(!util_parse_yes_no(NULL, &v));
  CHECK(!util_is_yes("2"));
}

static void test_edit_distance(void)
{
  CHECK_INT(0, util_edit_distance("forward", "forward", false));
  CHECK_INT(1, util_edit_distance("foward", "forward", false));
  CHECK_INT(2, util_edit_distance("Forwad", "forward", false));
  CHECK_INT(1, util_edit_distance("Forwad", "forward", true));
  CHECK_INT(3, util_edit_distance("", "abc", false));
  char longw[UTIL_EDIT_MAX_LEN + 2];
  memset(longw, 'a', sizeof longw - 1);
  longw[sizeof longw - 1] = '\0';
  CHECK_INT(INT_MAX, util_edit_distance(longw, "a", false));
}

static void test_buf(void)
{
  UtilBuf b = {0};
  util_buf_puts(&b, "abc");
  util_buf_putc(&b, '-');
  util_buf_printf(&b, "%d", 42);
  CHECK_STR("abc-42", b.data);
  char big[1000];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  util_buf_printf(&b, "[%s]", big); /* longer than the small stack buffer */
  CHECK_INT(6 + 1001, b.len);
  CHECK(b.data[b.len - 1] == ']');
  char *s = util_buf_take(&b);
  CHECK(s && strlen(s) == 1007);
  CHECK(b.data == NULL && b.len == 0);
  free(s);
  char *empty = util_buf_take(&b);
  CHECK_STR("", empty);
  free(empty);
  util_buf_free(&b);
}

static void test_mkdir_p(void)
{
  char dir[] = "/tmp/cb-util-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char deep[256];
  snprintf(deep, sizeof deep, "%s/a/b//c", dir);
  CHECK(util_mkdir_p(deep));
  struct stat st;
  CHECK(stat(deep, &st) == 0 && S_ISDIR(st.st_mode));
  CHECK(util_mkdir_p(deep)); /* already there */
  char file[256];
  snprintf(file, sizeof file, "%s/a/file", dir);
  FILE *f = fopen(file, "w");
  CHECK(f != NULL);
  if (f)
    fclose(f);
  char under_file[300];
  snprintf(under_file, sizeof under_file, "%s/x", file);
  CHECK(!util_mkdir_p(under_file)); /* a file stands in the way */
  CHECK(!util_mkdir_p(file));
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  CHECK(system(cmd) == 0);
}

/* A setting hidden after byte 4096 of a comment line must not take effect. */
static void test_settings_long_lines(void)
{
  char path[] = "/tmp/cb-util-set-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  FILE *f = fdopen(fd, "w");
  CHECK(f != NULL);
  if (!f)
    return;
  fputs("# a comment", f);
  for (int i = 0; i < 5000; i++)
    fputc('x', f);
  fputs("unlock_all = yes\n", f);
  fputs("teacher = yes\r\n", f);
  fputs("long = ", f);
  for (int i = 0; i < 9000; i++)
    fputc('v', f);
  fputs("\nlast = on", f); /* no newline at the end */
  fclose(f);
  char v[16];
  CHECK(!util_settings_get(path, "unlock_all", v, sizeof v));
  CHECK(util_settings_get(path, "teacher", v, sizeof v));
  CHECK_STR("yes", v);
  CHECK(!util_settings_get(path, "long", v, sizeof v)); /* no room: not found */
  char big[10000];
  CHECK(util_settings_get(path, "long", big, sizeof big));
  CHECK_INT(9000, strlen(big));
  CHECK(util_settings_get(path, "last", v, sizeof v));
  CHECK_STR("on", v);
  unlink(path);
  CHECK(!util_settings_get(path, "teacher", v, sizeof v)); /* no file */
}

int main(void)
{
  test_utf8_cut();
  test_utf8_char_len();
  test_printable();
  test_trim();
  test_yes_no();
  test_edit_distance();
  test_buf();
  test_mkdir_p();
  test_settings_long_lines();
  return check_summary();
}
