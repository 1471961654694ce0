/* sys.h: the operating system behind one small interface: files, folders, the program's own
   path, per-user and machine-wide folders, the clock. sys_posix.c (Linux, BSD, macOS) and
   sys_win.c (Windows) implement it; nothing else in Codebridge includes windows.h, unistd.h
   or dirent.h for these.
   Paths are UTF-8 everywhere: on Windows they go through the wide (UTF-16) APIs, so a pupil
   named Zoë gets the file Zoë.txt. Both / and \ separate folders on Windows; folders this
   module returns use /, which every Windows API accepts. Failures set errno. */
#ifndef SYS_H
#define SYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* --- files ------------------------------------------------------------------------------- */

enum {
  SYS_READ = 1 << 0,
  SYS_WRITE = 1 << 1,
  SYS_CREATE = 1 << 2,   /* make it when absent */
  SYS_EXCL = 1 << 3,     /* with SYS_CREATE: fail (EEXIST) when it is already there */
  SYS_TRUNC = 1 << 4,    /* empty it */
  SYS_APPEND = 1 << 5,   /* every write lands at the end, whole, even on a shared drive */
  SYS_NOFOLLOW = 1 << 6, /* refuse (ELOOP) a symbolic link or Windows reparse point */
  SYS_NONBLOCK = 1 << 7, /* a FIFO cannot hang the open */
};

/* A file descriptor (a C runtime one on Windows) or -1 with errno. */
int sys_open(const char *path, int flags);
/* Like read/write, retrying after a signal; -1 on failure. */
long sys_read(int fd, void *buf, size_t n);
long sys_pread(int fd, void *buf, size_t n, long long offset);
/* Writes all of data in one call where the system allows it; false on a short write. */
bool sys_write_all(int fd, const void *data, size_t n);
/* Data and size reach the disk (fsync, FlushFileBuffers). */
bool sys_sync(int fd);
bool sys_close(int fd);

/* fopen with a UTF-8 path. "x" in mode (never replace an existing file) works everywhere. */
FILE *sys_fopen(const char *path, const char *mode);

typedef enum { SYS_NONE, SYS_FILE, SYS_DIR, SYS_LINK, SYS_OTHER } SysKind;
typedef struct {
  SysKind kind;
  long long size;
  long long mtime_ns; /* last change, on a clock of the system's own: compare, never show */
} SysStat;

/* sys_stat follows links; sys_lstat reports a link (or reparse point) as SYS_LINK. */
bool sys_stat(const char *path, SysStat *st);
bool sys_lstat(const char *path, SysStat *st);
bool sys_fstat(int fd, SysStat *st);
SysKind sys_kind(const char *path); /* SYS_NONE when absent */

/* --- changing the disk ------------------------------------------------------------------- */

/* Makes one folder; true when it exists afterwards (also when it already did). */
bool sys_mkdir(const char *path);
/* Makes path and every missing folder above it. */
bool sys_mkdirs(const char *path);
/* Moves from over to, replacing to if it exists, as one step (rename; MoveFileEx with
   REPLACE_EXISTING and WRITE_THROUGH): readers see the old file or the new one. */
bool sys_replace(const char *from, const char *to);
/* A second name for a file; fails with EEXIST when to exists (no replace). */
bool sys_link(const char *from, const char *to);
bool sys_remove(const char *path);
/* The folder holding path has its entries on disk (a new name survives a power cut). */
void sys_sync_parent(const char *path);

/* --- folders ----------------------------------------------------------------------------- */

typedef struct SysDir SysDir;
/* NULL with errno when it cannot be read. */
SysDir *sys_dir_open(const char *path);
/* The next entry's name (UTF-8), never "." or ".."; NULL at the end. Valid until the next call. */
const char *sys_dir_next(SysDir *d);
void sys_dir_close(SysDir *d);

/* --- names ------------------------------------------------------------------------------- */

/* True for a folder separator: / everywhere, \ too on Windows. */
bool sys_is_sep(char c);
/* The last separator in path, or NULL. */
char *sys_last_sep(const char *path);
/* The absolute path with links resolved and no trailing separator (realpath). */
bool sys_real_path(const char *path, char *out, size_t cap);

/* --- where things are -------------------------------------------------------------------- */

/* The running program's full path, and its folder. */
bool sys_exe_path(char *out, size_t cap);
bool sys_exe_dir(char *out, size_t cap);

typedef enum {
  SYS_USER_CONFIG,    /* $XDG_CONFIG_HOME or ~/.config; %APPDATA% */
  SYS_USER_DATA,      /* $XDG_DATA_HOME or ~/.local/share; %APPDATA% */
  SYS_MACHINE_CONFIG, /* /etc; %ProgramData% (what an IT technician sets for every user) */
} SysPlace;
/* The Codebridge folder in place: ".../codebridge" (Linux) or "...\Codebridge" (Windows). */
bool sys_app_dir(SysPlace place, char *out, size_t cap);

/* An environment variable as UTF-8; false when unset or empty. */
bool sys_getenv(const char *name, char *out, size_t cap);
/* The computer's name (COMPUTERNAME on Windows, the host name elsewhere). */
bool sys_host_name(char *out, size_t cap);
long sys_pid(void);
/* Opens a document in the desktop's own program for it (report.html in the web browser):
   xdg-open, or the Windows shell. Returns at once, never waiting for the browser; false when
   nothing could be started. */
bool sys_open_document(const char *path);

/* --- time -------------------------------------------------------------------------------- */

/* Seconds on a clock that never jumps back. */
double sys_seconds(void);
/* CPU seconds this process has used; -1 when unknown. */
double sys_cpu_seconds(void);

/* --- the program's start ----------------------------------------------------------------- */

/* On Windows: argv as UTF-8 (from the wide command line) and a console that prints UTF-8.
   Elsewhere it changes nothing. */
void sys_start(int *argc, char ***argv);
/* For the game started by a double-click on Windows: a console that belongs to this process
   alone (not a command line's) is closed, so only the game's window shows. */
void sys_detach_console(void);

#endif
