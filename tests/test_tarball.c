/* test_tarball.c: the browser's "Save progress file": a progress folder packed into one tar
   gives `codebridge report` the same class as the folder itself (CSV byte for byte, the
   pupils' programs in the page); the system's tar reads it; a hostile tar cannot write
   outside its folder, and a damaged one is named, not trusted. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "fileio.h"
#include "report.h"
#include "tarball.h"

#define CLASS "fixtures/progress/class"

static char tmp[256];

static char *slurp(const char *path)
{
  char err[300];
  size_t len;
  return fileio_read(path, 64u << 20, &len, err, sizeof err);
}

static bool write_file(const char *path, const char *data, size_t len)
{
  FILE *f = fopen(path, "wb");
  bool ok = f && fwrite(data, 1, len, f) == len;
  if (f)
    fclose(f);
  return ok;
}

static int count_of(const char *text, const char *word)
{
  int n = 0;
  for (const char *p = text; p && (p = strstr(p, word)); p++)
    n++;
  return n;
}

static char *report_csv(const char *tree, const char *name, char **html)
{
  char csv[300], page[300], err[300];
  snprintf(csv, sizeof csv, "%s/%s.csv", tmp, name);
  snprintf(page, sizeof page, "%s/%s.html", tmp, name);
  Report *r = report_new();
  CHECK(report_add_tree(r, tree) > 0);
  CHECK(report_write_csv(r, csv, err, sizeof err));
  CHECK(report_write_html(r, page, err, sizeof err));
  report_free(r);
  *html = slurp(page);
  return slurp(csv);
}

static void test_report_reads_the_tar(void)
{
  char *tar = NULL, err[300], path[300];
  size_t len = 0;
  CHECK(tarball_pack_dir(CLASS, "progress", &tar, &len, err, sizeof err));
  CHECK(len > 1024 && len % 512 == 0);
  snprintf(path, sizeof path, "%s/codebridge-progress.tar", tmp);
  CHECK(write_file(path, tar, len));
  free(tar);
  CHECK(tarball_is_tar(path));
  CHECK(!tarball_is_tar(CLASS "/../class-expected.csv"));
  char *html_dir, *html_tar;
  char *from_dir = report_csv(CLASS, "dir", &html_dir);
  char *from_tar = report_csv(path, "tar", &html_tar);
  CHECK(from_dir && from_tar);
  if (from_dir && from_tar)
    CHECK_STR(from_dir, from_tar);
  /* the programs come along: the page shows the same latest programs */
  CHECK(count_of(html_dir, "forward()") > 0);
  CHECK_INT(count_of(html_dir, "forward()"), count_of(html_tar, "forward()"));
  free(from_dir), free(from_tar), free(html_dir), free(html_tar);

  /* and a teacher's own tar program unpacks it into the plain folder */
  char cmd[900];
  snprintf(cmd, sizeof cmd, "mkdir -p %s/x && tar -xf %s -C %s/x 2>&1 && test -d %s/x/progress",
           tmp, path, tmp, tmp);
  CHECK_INT(0, system(cmd));
}

/* A ustar header with the given name and type, content after it. */
static size_t hostile_entry(char *out, const char *name, char type, const char *content)
{
  memset(out, 0, 1024);
  snprintf(out, 100, "%s", name);
  snprintf(out + 100, 8, "%07o", 0644);
  snprintf(out + 124, 12, "%011o", (unsigned)strlen(content));
  out[156] = type;
  memcpy(out + 257, "ustar", 6);
  memcpy(out + 263, "00", 2);
  memset(out + 148, ' ', 8);
  unsigned sum = 0;
  for (int i = 0; i < 512; i++)
    sum += (unsigned char)out[i];
  snprintf(out + 148, 8, "%06o", sum);
  memcpy(out + 512, content, strlen(content));
  return strlen(content) ? 1024 : 512;
}

static void test_hostile_tar(void)
{
  char tar[5 * 1024 + 1024] = {0}, path[300], dest[300], err[300], probe[400];
  size_t n = 0;
  n += hostile_entry(tar + n, "../escaped.txt", '0', "no");
  n += hostile_entry(tar + n, "/tmp/codebridge-absolute.txt", '0', "no");
  n += hostile_entry(tar + n, "p/link", '2', "");
  n += hostile_entry(tar + n, "p/ok.txt", '0', "yes");
  memset(tar + n, 0, 1024);
  n += 1024;
  snprintf(path, sizeof path, "%s/hostile.tar", tmp);
  CHECK(write_file(path, tar, n));
  snprintf(dest, sizeof dest, "%s/hostile", tmp);
  mkdir(dest, 0755);
  CHECK(tarball_unpack(path, dest, err, sizeof err));
  snprintf(probe, sizeof probe, "%s/p/ok.txt", dest);
  char *ok = slurp(probe);
  CHECK(ok && strcmp(ok, "yes") == 0);
  free(ok);
  snprintf(probe, sizeof probe, "%s/escaped.txt", tmp);
  CHECK(access(probe, F_OK) != 0);
  CHECK(access("/tmp/codebridge-absolute.txt", F_OK) != 0);
  snprintf(probe, sizeof probe, "%s/p/link", dest);
  CHECK(access(probe, F_OK) != 0);

  /* a header whose checksum is wrong: refused with words, nothing written */
  tar[0] = 'X';
  CHECK(write_file(path, tar, n));
  CHECK(!tarball_unpack(path, dest, err, sizeof err));
  CHECK(strstr(err, "checksum") != NULL);
  tarball_remove_tree(dest);
  CHECK(access(dest, F_OK) != 0);
}

int main(void)
{
  snprintf(tmp, sizeof tmp, "/tmp/codebridge-test-tarball-XXXXXX");
  if (!mkdtemp(tmp))
    return 1;
  test_report_reads_the_tar();
  test_hostile_tar();
  tarball_remove_tree(tmp);
  return check_summary();
}
