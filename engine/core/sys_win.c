/* sys_win.c: sys.h on Windows, the only file that includes windows.h. Every path is UTF-8 in
   Codebridge and UTF-16 here (the W functions), so names like Zoë survive on any code page.
   Files are opened with CreateFileW and handed to the C runtime as descriptors, so callers
   read and write them like POSIX ones; failures are turned into errno values. */
#define WIN32_LEAN_AND_MEAN
#include "sys.h"

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include <shellapi.h> /* after windows.h, which it needs */

/* --- text and errors --------------------------------------------------------------------- */

/* A malloc'd UTF-16 copy of a UTF-8 string, or NULL (EINVAL) when it is not UTF-8. */
static wchar_t *widen(const char *s)
{
  int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
  wchar_t *w = n > 0 ? malloc((size_t)n * sizeof *w) : NULL;
  if (!w || MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n) != n) {
    free(w);
    errno = n > 0 ? ENOMEM : EINVAL;
    return NULL;
  }
  return w;
}

static bool narrow(const wchar_t *w, char *out, size_t cap)
{
  int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, out, (int)(cap > 0x7fffffff ? 0x7fffffff : cap),
                              NULL, NULL);
  if (n <= 0) {
    errno = ENAMETOOLONG;
    return false;
  }
  return true;
}

static void forward_slashes(char *s)
{
  for (; *s; s++)
    if (*s == '\\')
      *s = '/';
}

static int errno_from(DWORD e)
{
  switch (e) {
  case ERROR_FILE_NOT_FOUND:
  case ERROR_PATH_NOT_FOUND:
  case ERROR_INVALID_DRIVE:
  case ERROR_BAD_NETPATH:
  case ERROR_BAD_NET_NAME:
    return ENOENT;
  case ERROR_ACCESS_DENIED:
  case ERROR_WRITE_PROTECT:
  case ERROR_PRIVILEGE_NOT_HELD:
    return EACCES;
  case ERROR_SHARING_VIOLATION:
  case ERROR_LOCK_VIOLATION:
    return EBUSY;
  case ERROR_FILE_EXISTS:
  case ERROR_ALREADY_EXISTS:
    return EEXIST;
  case ERROR_DISK_FULL:
  case ERROR_HANDLE_DISK_FULL:
    return ENOSPC;
  case ERROR_FILENAME_EXCED_RANGE:
    return ENAMETOOLONG;
  case ERROR_INVALID_NAME:
  case ERROR_DIRECTORY:
    return EINVAL;
  case ERROR_NOT_SAME_DEVICE:
    return EXDEV;
  case ERROR_INVALID_FUNCTION:
  case ERROR_NOT_SUPPORTED:
    return ENOSYS;
  default:
    return EIO;
  }
}

static bool failed(void)
{
  errno = errno_from(GetLastError());
  return false;
}

/* --- files ------------------------------------------------------------------------------- */

static DWORD disposition(int flags)
{
  if ((flags & SYS_CREATE) && (flags & SYS_EXCL))
    return CREATE_NEW;
  if (flags & SYS_CREATE)
    return (flags & SYS_TRUNC) ? CREATE_ALWAYS : OPEN_ALWAYS;
  return (flags & SYS_TRUNC) ? TRUNCATE_EXISTING : OPEN_EXISTING;
}

static DWORD access_for(int flags)
{
  DWORD a = FILE_READ_ATTRIBUTES | SYNCHRONIZE;
  if (flags & SYS_READ)
    a |= GENERIC_READ;
  if (flags & SYS_APPEND)
    a |= FILE_APPEND_DATA; /* without FILE_WRITE_DATA: every write goes to the end, whole */
  else if (flags & SYS_WRITE)
    a |= GENERIC_WRITE;
  return a;
}

static bool is_reparse(HANDLE h)
{
  BY_HANDLE_FILE_INFORMATION info;
  return GetFileInformationByHandle(h, &info) &&
         (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT);
}

int sys_open(const char *path, int flags)
{
  wchar_t *w = widen(path);
  if (!w)
    return -1;
  DWORD attrs = FILE_ATTRIBUTE_NORMAL | ((flags & SYS_NOFOLLOW) ? FILE_FLAG_OPEN_REPARSE_POINT : 0);
  HANDLE h =
      CreateFileW(w, access_for(flags), FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                  NULL, disposition(flags), attrs, NULL);
  DWORD why = GetLastError();
  DWORD found = h == INVALID_HANDLE_VALUE ? GetFileAttributesW(w) : 0;
  free(w);
  if (h == INVALID_HANDLE_VALUE) {
    bool folder = found != INVALID_FILE_ATTRIBUTES && (found & FILE_ATTRIBUTE_DIRECTORY);
    errno = folder ? EISDIR : errno_from(why);
    return -1;
  }
  if ((flags & SYS_NOFOLLOW) && is_reparse(h)) {
    CloseHandle(h);
    errno = ELOOP;
    return -1;
  }
  int fd = _open_osfhandle((intptr_t)h, (flags & (SYS_WRITE | SYS_APPEND)) ? 0 : _O_RDONLY);
  if (fd < 0) {
    CloseHandle(h);
    errno = EMFILE;
  }
  return fd;
}

long sys_read(int fd, void *buf, size_t n)
{
  return _read(fd, buf, n > 0x40000000 ? 0x40000000u : (unsigned)n);
}

long sys_pread(int fd, void *buf, size_t n, long long offset)
{
  OVERLAPPED at = {0};
  at.Offset = (DWORD)offset;
  at.OffsetHigh = (DWORD)(offset >> 32);
  DWORD got = 0;
  HANDLE h = (HANDLE)_get_osfhandle(fd);
  /* ReadFile at an offset moves the file's position; POSIX pread does not, and callers read on
     from where they were (progress.c checks the header, then streams from the start). */
  LARGE_INTEGER zero = {0}, was;
  if (!SetFilePointerEx(h, zero, &was, FILE_CURRENT))
    return failed(), -1;
  bool ok = ReadFile(h, buf, n > 0x40000000 ? 0x40000000u : (DWORD)n, &got, &at);
  DWORD why = GetLastError();
  SetFilePointerEx(h, was, NULL, FILE_BEGIN);
  if (!ok)
    return why == ERROR_HANDLE_EOF ? 0 : (errno = errno_from(why), -1);
  return (long)got;
}

bool sys_write_all(int fd, const void *data, size_t n)
{
  const char *p = data;
  while (n > 0) {
    int put = _write(fd, p, n > 0x40000000 ? 0x40000000u : (unsigned)n);
    if (put <= 0)
      return false;
    p += put;
    n -= (size_t)put;
  }
  return true;
}

bool sys_sync(int fd)
{
  return FlushFileBuffers((HANDLE)_get_osfhandle(fd)) || failed();
}

bool sys_close(int fd)
{
  return _close(fd) == 0;
}

FILE *sys_fopen(const char *path, const char *mode)
{
  char plain[8];
  size_t n = 0;
  for (const char *m = mode; *m && n + 1 < sizeof plain; m++)
    if (*m != 'x')
      plain[n++] = *m;
  plain[n] = '\0';
  if (strchr(mode, 'x')) { /* the old C runtime lacks "x": open exclusively, then wrap */
    int fd = sys_open(path, SYS_WRITE | SYS_CREATE | SYS_EXCL | (strchr(mode, '+') ? SYS_READ : 0));
    FILE *f = fd >= 0 ? _fdopen(fd, plain) : NULL;
    if (fd >= 0 && !f)
      _close(fd);
    return f;
  }
  wchar_t *w = widen(path), wmode[8];
  for (size_t i = 0; i <= n; i++)
    wmode[i] = (wchar_t)plain[i];
  FILE *f = w ? _wfopen(w, wmode) : NULL;
  free(w);
  return f;
}

static SysKind kind_of(DWORD attrs)
{
  if (attrs & FILE_ATTRIBUTE_DEVICE)
    return SYS_OTHER;
  return (attrs & FILE_ATTRIBUTE_DIRECTORY) ? SYS_DIR : SYS_FILE;
}

static long long ticks_ns(FILETIME t) /* 100 ns ticks since 1601 */
{
  return (long long)(((unsigned long long)t.dwHighDateTime << 32) | t.dwLowDateTime) * 100;
}

static bool info_of(HANDLE h, SysStat *st)
{
  BY_HANDLE_FILE_INFORMATION info;
  if (GetFileType(h) != FILE_TYPE_DISK) {
    st->kind = SYS_OTHER, st->size = 0, st->mtime_ns = 0;
    return true;
  }
  if (!GetFileInformationByHandle(h, &info))
    return failed();
  st->kind = kind_of(info.dwFileAttributes);
  st->size = (long long)(((unsigned long long)info.nFileSizeHigh << 32) | info.nFileSizeLow);
  st->mtime_ns = ticks_ns(info.ftLastWriteTime);
  return true;
}

/* With follow, a reparse point (link, junction) is looked through to what it names. */
static bool stat_path(const char *path, SysStat *st, bool follow)
{
  wchar_t *w = widen(path);
  WIN32_FILE_ATTRIBUTE_DATA a;
  if (!w)
    return false;
  bool ok = GetFileAttributesExW(w, GetFileExInfoStandard, &a) || failed();
  if (ok && (a.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) && follow) {
    HANDLE h =
        CreateFileW(w, FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    NULL, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
    ok = h != INVALID_HANDLE_VALUE ? info_of(h, st) : failed();
    if (h != INVALID_HANDLE_VALUE)
      CloseHandle(h);
  } else if (ok) {
    st->kind = (a.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) ? SYS_LINK
                                                                   : kind_of(a.dwFileAttributes);
    st->size = (long long)(((unsigned long long)a.nFileSizeHigh << 32) | a.nFileSizeLow);
    st->mtime_ns = ticks_ns(a.ftLastWriteTime);
  }
  free(w);
  return ok;
}

bool sys_stat(const char *path, SysStat *st)
{
  return stat_path(path, st, true);
}

bool sys_lstat(const char *path, SysStat *st)
{
  return stat_path(path, st, false);
}

bool sys_fstat(int fd, SysStat *st)
{
  HANDLE h = (HANDLE)_get_osfhandle(fd);
  if (h == INVALID_HANDLE_VALUE) {
    errno = EBADF;
    return false;
  }
  return info_of(h, st);
}

SysKind sys_kind(const char *path)
{
  SysStat st = {.kind = SYS_NONE};
  return sys_stat(path, &st) ? st.kind : SYS_NONE;
}

/* --- changing the disk ------------------------------------------------------------------- */

bool sys_mkdir(const char *path)
{
  wchar_t *w = widen(path);
  if (!w)
    return false;
  bool ok = CreateDirectoryW(w, NULL) || GetLastError() == ERROR_ALREADY_EXISTS || failed();
  free(w);
  if (ok && sys_kind(path) != SYS_DIR) {
    errno = EEXIST; /* a file of that name is in the way */
    return false;
  }
  return ok;
}

/* Folders above are made quietly (a drive "C:" or a share's "\\server\share" cannot be made
   and need not be); whether the last one exists afterwards is the answer. */
bool sys_mkdirs(const char *path)
{
  char buf[4096];
  if ((size_t)snprintf(buf, sizeof buf, "%s", path) >= sizeof buf) {
    errno = ENAMETOOLONG;
    return false;
  }
  for (char *p = buf + 1; *p; p++) {
    if (!sys_is_sep(*p) || sys_is_sep(p[-1]) || p[-1] == ':')
      continue;
    char sep = *p;
    *p = '\0';
    wchar_t *w = widen(buf);
    if (w)
      CreateDirectoryW(w, NULL);
    free(w);
    *p = sep;
  }
  return sys_mkdir(buf);
}

static bool two_paths(const char *a, const char *b, wchar_t **wa, wchar_t **wb)
{
  *wa = widen(a);
  *wb = *wa ? widen(b) : NULL;
  if (!*wb) {
    free(*wa);
    return false;
  }
  return true;
}

bool sys_replace(const char *from, const char *to)
{
  wchar_t *wf, *wt;
  if (!two_paths(from, to, &wf, &wt))
    return false;
  bool ok = MoveFileExW(wf, wt, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) || failed();
  free(wf);
  free(wt);
  return ok;
}

bool sys_link(const char *from, const char *to)
{
  wchar_t *wf, *wt;
  if (!two_paths(from, to, &wf, &wt))
    return false;
  bool ok = CreateHardLinkW(wt, wf, NULL) || failed();
  free(wf);
  free(wt);
  return ok;
}

bool sys_remove(const char *path)
{
  wchar_t *w = widen(path);
  bool ok = w && (DeleteFileW(w) || failed());
  free(w);
  return ok;
}

void sys_sync_parent(const char *path)
{
  (void)path; /* NTFS journals names; a folder cannot be flushed without admin rights */
}

/* --- folders ----------------------------------------------------------------------------- */

struct SysDir {
  HANDLE h;
  bool first; /* found holds an entry not yet returned */
  WIN32_FIND_DATAW found;
  char name[MAX_PATH * 3 + 1];
};

SysDir *sys_dir_open(const char *path)
{
  char pattern[4200];
  size_t n = strlen(path);
  bool sep = n > 0 && sys_is_sep(path[n - 1]);
  if ((size_t)snprintf(pattern, sizeof pattern, "%s%s*", path, sep ? "" : "/") >= sizeof pattern) {
    errno = ENAMETOOLONG;
    return NULL;
  }
  if (sys_kind(path) != SYS_DIR) {
    errno = sys_kind(path) == SYS_NONE ? ENOENT : ENOTDIR;
    return NULL;
  }
  wchar_t *w = widen(pattern);
  SysDir *d = w ? calloc(1, sizeof *d) : NULL;
  if (d) {
    d->h = FindFirstFileExW(w, FindExInfoBasic, &d->found, FindExSearchNameMatch, NULL, 0);
    d->first = d->h != INVALID_HANDLE_VALUE;
    if (!d->first && GetLastError() != ERROR_FILE_NOT_FOUND) {
      failed();
      free(d);
      d = NULL;
    }
  }
  free(w);
  return d;
}

const char *sys_dir_next(SysDir *d)
{
  while (d->h != INVALID_HANDLE_VALUE) {
    if (!d->first && !FindNextFileW(d->h, &d->found))
      return NULL;
    d->first = false;
    const wchar_t *f = d->found.cFileName;
    bool dots = f[0] == L'.' && (f[1] == 0 || (f[1] == L'.' && f[2] == 0));
    if (!dots && narrow(f, d->name, sizeof d->name))
      return d->name;
  }
  return NULL;
}

void sys_dir_close(SysDir *d)
{
  if (!d)
    return;
  if (d->h != INVALID_HANDLE_VALUE)
    FindClose(d->h);
  free(d);
}

/* --- names ------------------------------------------------------------------------------- */

bool sys_is_sep(char c)
{
  return c == '/' || c == '\\';
}

char *sys_last_sep(const char *path)
{
  char *a = strrchr(path, '/'), *b = strrchr(path, '\\');
  return a > b ? a : b;
}

bool sys_real_path(const char *path, char *out, size_t cap)
{
  wchar_t *w = widen(path), full[32768];
  DWORD n = w && GetFileAttributesW(w) != INVALID_FILE_ATTRIBUTES
                ? GetFullPathNameW(w, sizeof full / sizeof full[0], full, NULL)
                : 0;
  free(w);
  if (n == 0 || n >= sizeof full / sizeof full[0] || !narrow(full, out, cap))
    return n == 0 ? failed() : false;
  forward_slashes(out);
  size_t len = strlen(out);
  while (len > 3 && out[len - 1] == '/') /* keep "C:/" whole */
    out[--len] = '\0';
  return true;
}

/* --- where things are -------------------------------------------------------------------- */

bool sys_exe_path(char *out, size_t cap)
{
  wchar_t w[32768];
  DWORD n = GetModuleFileNameW(NULL, w, sizeof w / sizeof w[0]);
  if (n == 0 || n >= sizeof w / sizeof w[0] || !narrow(w, out, cap))
    return false;
  forward_slashes(out);
  return true;
}

bool sys_exe_dir(char *out, size_t cap)
{
  if (!sys_exe_path(out, cap))
    return false;
  char *slash = sys_last_sep(out);
  if (!slash)
    return false;
  *slash = '\0';
  return true;
}

bool sys_app_dir(SysPlace place, char *out, size_t cap)
{
  char base[2048];
  if (!sys_getenv(place == SYS_MACHINE_CONFIG ? "ProgramData" : "APPDATA", base, sizeof base))
    return false;
  forward_slashes(base);
  return (size_t)snprintf(out, cap, "%s/Codebridge", base) < cap;
}

bool sys_getenv(const char *name, char *out, size_t cap)
{
  wchar_t *w = widen(name), value[32768];
  DWORD n = w ? GetEnvironmentVariableW(w, value, sizeof value / sizeof value[0]) : 0;
  free(w);
  return n > 0 && n < sizeof value / sizeof value[0] && narrow(value, out, cap);
}

bool sys_host_name(char *out, size_t cap)
{
  wchar_t w[MAX_COMPUTERNAME_LENGTH + 1];
  DWORD n = sizeof w / sizeof w[0];
  return sys_getenv("COMPUTERNAME", out, cap) || (GetComputerNameW(w, &n) && narrow(w, out, cap));
}

long sys_pid(void)
{
  return (long)GetCurrentProcessId();
}

bool sys_open_document(const char *path)
{
  wchar_t *w = widen(path);
  bool ok = w && (INT_PTR)ShellExecuteW(NULL, L"open", w, NULL, NULL, SW_SHOWNORMAL) > 32;
  free(w);
  return ok;
}

/* --- time -------------------------------------------------------------------------------- */

double sys_seconds(void)
{
  LARGE_INTEGER now, freq;
  QueryPerformanceCounter(&now);
  QueryPerformanceFrequency(&freq);
  return (double)now.QuadPart / (double)freq.QuadPart;
}

double sys_cpu_seconds(void)
{
  FILETIME made, ended, kernel, user;
  if (!GetProcessTimes(GetCurrentProcess(), &made, &ended, &kernel, &user))
    return -1;
  unsigned long long k = ((unsigned long long)kernel.dwHighDateTime << 32) | kernel.dwLowDateTime;
  unsigned long long u = ((unsigned long long)user.dwHighDateTime << 32) | user.dwLowDateTime;
  return (double)(k + u) / 1e7; /* 100 ns ticks */
}

/* --- the program's start ----------------------------------------------------------------- */

/* The windowed build (no console of its own) still prints when started from a command line. */
static void attach_parent_console(void)
{
  HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
  if ((out && out != INVALID_HANDLE_VALUE) || !AttachConsole(ATTACH_PARENT_PROCESS))
    return;
  (void)freopen("CONOUT$", "w", stdout);
  (void)freopen("CONOUT$", "w", stderr);
}

void sys_start(int *argc, char ***argv)
{
  attach_parent_console();
  SetConsoleOutputCP(CP_UTF8);
  /* \n stays \n: output piped into a script or a file is the same as on Linux. */
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
  int n = 0;
  wchar_t **wide = CommandLineToArgvW(GetCommandLineW(), &n);
  char **utf8 = wide && n > 0 ? calloc((size_t)n + 1, sizeof *utf8) : NULL;
  for (int i = 0; utf8 && i < n; i++) {
    int len = WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, NULL, 0, NULL, NULL);
    utf8[i] = len > 0 ? malloc((size_t)len) : NULL;
    if (!utf8[i] || !WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, utf8[i], len, NULL, NULL))
      return; /* keep the C runtime's argv; these few bytes live as long as the program */
  }
  if (utf8) { /* kept for the whole run, like the argv it replaces */
    *argc = n;
    *argv = utf8;
  }
  LocalFree(wide);
}

void sys_detach_console(void)
{
  DWORD ids[2];
  if (GetConsoleProcessList(ids, 2) == 1) /* a console made for us alone: a double-click */
    FreeConsole();
}
