/* sys_posix.c: sys.h on Linux and other POSIX systems: thin wrappers over open, rename,
   opendir and friends. Paths are bytes already (UTF-8 by convention), so nothing converts. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "sys.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int sys_open(const char *path, int flags)
{
  int rw = (flags & SYS_READ) && (flags & (SYS_WRITE | SYS_APPEND)) ? O_RDWR
           : (flags & (SYS_WRITE | SYS_APPEND))                     ? O_WRONLY
                                                                    : O_RDONLY;
  int f = rw | ((flags & SYS_CREATE) ? O_CREAT : 0) | ((flags & SYS_EXCL) ? O_EXCL : 0) |
          ((flags & SYS_TRUNC) ? O_TRUNC : 0) | ((flags & SYS_APPEND) ? O_APPEND : 0) |
          ((flags & SYS_NOFOLLOW) ? O_NOFOLLOW : 0) | ((flags & SYS_NONBLOCK) ? O_NONBLOCK : 0);
  int fd;
  do
    fd = open(path, f | O_CLOEXEC, 0644);
  while (fd < 0 && errno == EINTR);
  return fd;
}

long sys_read(int fd, void *buf, size_t n)
{
  ssize_t got;
  do
    got = read(fd, buf, n);
  while (got < 0 && errno == EINTR);
  return (long)got;
}

long sys_pread(int fd, void *buf, size_t n, long long offset)
{
  ssize_t got;
  do
    got = pread(fd, buf, n, (off_t)offset);
  while (got < 0 && errno == EINTR);
  return (long)got;
}

bool sys_write_all(int fd, const void *data, size_t n)
{
  const char *p = data;
  while (n > 0) {
    ssize_t put = write(fd, p, n);
    if (put < 0 && errno == EINTR)
      continue;
    if (put <= 0)
      return false;
    p += put;
    n -= (size_t)put;
  }
  return true;
}

bool sys_sync(int fd)
{
  return fsync(fd) == 0;
}

bool sys_close(int fd)
{
  return close(fd) == 0;
}

FILE *sys_fopen(const char *path, const char *mode)
{
  return fopen(path, mode);
}

static void fill(const struct stat *s, SysStat *st)
{
  st->kind = S_ISREG(s->st_mode)   ? SYS_FILE
             : S_ISDIR(s->st_mode) ? SYS_DIR
             : S_ISLNK(s->st_mode) ? SYS_LINK
                                   : SYS_OTHER;
  st->size = (long long)s->st_size;
  st->mtime_ns = (long long)s->st_mtim.tv_sec * 1000000000LL + s->st_mtim.tv_nsec;
}

bool sys_stat(const char *path, SysStat *st)
{
  struct stat s;
  if (stat(path, &s) != 0)
    return false;
  fill(&s, st);
  return true;
}

bool sys_lstat(const char *path, SysStat *st)
{
  struct stat s;
  if (lstat(path, &s) != 0)
    return false;
  fill(&s, st);
  return true;
}

bool sys_fstat(int fd, SysStat *st)
{
  struct stat s;
  if (fstat(fd, &s) != 0)
    return false;
  fill(&s, st);
  return true;
}

SysKind sys_kind(const char *path)
{
  SysStat st = {.kind = SYS_NONE};
  return sys_stat(path, &st) ? st.kind : SYS_NONE;
}

bool sys_mkdir(const char *path)
{
  return (mkdir(path, 0755) == 0 || errno == EEXIST) && sys_kind(path) == SYS_DIR;
}

bool sys_mkdirs(const char *path)
{
  char buf[4096];
  if ((size_t)snprintf(buf, sizeof buf, "%s", path) >= sizeof buf) {
    errno = ENAMETOOLONG;
    return false;
  }
  for (char *p = buf + 1; *p; p++) {
    if (*p != '/')
      continue;
    *p = '\0';
    if (mkdir(buf, 0755) != 0 && errno != EEXIST)
      return false;
    *p = '/';
  }
  return sys_mkdir(buf);
}

bool sys_replace(const char *from, const char *to)
{
  return rename(from, to) == 0;
}

bool sys_link(const char *from, const char *to)
{
  return link(from, to) == 0;
}

bool sys_remove(const char *path)
{
  return unlink(path) == 0;
}

void sys_sync_parent(const char *path)
{
  char dir[4400];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = strrchr(dir, '/');
  if (!slash)
    return;
  *slash = '\0';
  int fd = open(dir[0] ? dir : "/", O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    (void)fsync(fd);
    close(fd);
  }
}

struct SysDir {
  DIR *d;
};

SysDir *sys_dir_open(const char *path)
{
  DIR *d = opendir(path);
  SysDir *sd = d ? malloc(sizeof *sd) : NULL;
  if (!sd) {
    if (d)
      closedir(d);
    return NULL;
  }
  sd->d = d;
  return sd;
}

const char *sys_dir_next(SysDir *sd)
{
  struct dirent *e;
  while ((e = readdir(sd->d)))
    if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
      return e->d_name;
  return NULL;
}

void sys_dir_close(SysDir *sd)
{
  if (!sd)
    return;
  closedir(sd->d);
  free(sd);
}

bool sys_is_sep(char c)
{
  return c == '/';
}

char *sys_last_sep(const char *path)
{
  return strrchr(path, '/');
}

bool sys_real_path(const char *path, char *out, size_t cap)
{
  char *full = realpath(path, NULL);
  bool ok = full && (size_t)snprintf(out, cap, "%s", full) < cap;
  free(full);
  return ok;
}

bool sys_exe_path(char *out, size_t cap)
{
  ssize_t n = readlink("/proc/self/exe", out, cap - 1);
  if (n <= 0 || (size_t)n >= cap - 1)
    return false;
  out[n] = '\0';
  return true;
}

bool sys_exe_dir(char *out, size_t cap)
{
  if (!sys_exe_path(out, cap))
    return false;
  char *slash = strrchr(out, '/');
  if (!slash)
    return false;
  *slash = '\0';
  return true;
}

bool sys_app_dir(SysPlace place, char *out, size_t cap)
{
  if (place == SYS_MACHINE_CONFIG)
    return (size_t)snprintf(out, cap, "/etc/codebridge") < cap;
  const char *xdg = getenv(place == SYS_USER_CONFIG ? "XDG_CONFIG_HOME" : "XDG_DATA_HOME");
  const char *home = getenv("HOME");
  if (xdg && *xdg == '/') /* the XDG rule: a relative value is ignored */
    return (size_t)snprintf(out, cap, "%s/codebridge", xdg) < cap;
  const char *rel = place == SYS_USER_CONFIG ? ".config" : ".local/share";
  return home && *home && (size_t)snprintf(out, cap, "%s/%s/codebridge", home, rel) < cap;
}

bool sys_getenv(const char *name, char *out, size_t cap)
{
  const char *v = getenv(name);
  return v && *v && (size_t)snprintf(out, cap, "%s", v) < cap;
}

bool sys_host_name(char *out, size_t cap)
{
#ifdef __EMSCRIPTEN__
  /* a browser cannot read the computer's name: the page made one up for this browser and
     keeps it with the progress (tools/web/pre.js) */
  if (sys_getenv("CODEBRIDGE_DEVICE", out, cap))
    return true;
#endif
  if (cap < 2 || gethostname(out, cap - 1) != 0)
    return false;
  out[cap - 1] = '\0';
  return out[0] != '\0';
}

long sys_pid(void)
{
  return (long)getpid();
}

/* The grandchild that becomes the browser. A byte through the pipe says exec failed; a pipe
   closed by a successful exec (close-on-exec) says nothing. */
static void exec_opener(const char *path, int report_fd)
{
  setsid();
  int null = open("/dev/null", O_RDWR);
  if (null >= 0) {
    dup2(null, 0), dup2(null, 1), dup2(null, 2);
    close(null);
  }
  execlp("xdg-open", "xdg-open", path, (char *)NULL);
  char failed = 1;
  ssize_t told = write(report_fd, &failed, 1); /* nothing more to do if even this fails */
  (void)told;
  _exit(127);
}

/* Two forks: the browser belongs to nobody here, so neither a zombie nor a wait is left. */
bool sys_open_document(const char *path)
{
  int fds[2];
  if (pipe(fds) != 0)
    return false;
  fcntl(fds[1], F_SETFD, FD_CLOEXEC);
  pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    if (fork() == 0)
      exec_opener(path, fds[1]);
    _exit(0);
  }
  close(fds[1]);
  char failed = 0;
  bool started = child > 0 && read(fds[0], &failed, 1) == 0;
  close(fds[0]);
  int status;
  while (child > 0 && waitpid(child, &status, 0) < 0 && errno == EINTR)
    ;
  return started;
}

double sys_seconds(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double sys_cpu_seconds(void)
{
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0)
    return -1;
  return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
         (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

void sys_start(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
}

void sys_detach_console(void)
{
}
