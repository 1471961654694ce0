/* platform.c: SDL start-up, the window, the renderer choice, and the only SDL event loop.
   Turns events into an Input for the screens. Knows no screen and no game rule. */
#define _DEFAULT_SOURCE /* madvise, setenv */
#include "platform.h"
#include "web.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#endif

/* Mesa's CPU rasterisers: an "accelerated" renderer running on them costs more than SDL's
   own software renderer (the issue measured 84 MB and 115 ms against 8 MB and 36 ms). */
static bool gl_is_software(const char *gl_renderer)
{
  static const char *const soft[] = {"llvmpipe", "softpipe", "swrast", "Software Rasterizer"};
  if (!gl_renderer || !*gl_renderer)
    return true;
  for (size_t i = 0; i < sizeof soft / sizeof soft[0]; i++)
    if (strstr(gl_renderer, soft[i]))
      return true;
  return false;
}

/* Asking the GL driver for its name needs a GL context, and making one costs what we are
   trying to avoid. So "auto" first looks without one: Mesa told to use software, or (on Linux)
   no GPU render node at all, means software. Otherwise it tries the accelerated renderer and
   open_window checks the GL driver's name, falling back when it is a CPU rasteriser. */
bool platform_want_software(const char *setting)
{
  const char *env = getenv("CODEBRIDGE_RENDERER");
  const char *choice = (env && *env) ? env : (setting && *setting ? setting : "auto");
  if (strcmp(choice, "software") == 0)
    return true;
  if (strcmp(choice, "accelerated") == 0)
    return false;
  const char *lib = getenv("LIBGL_ALWAYS_SOFTWARE");
  if (lib && *lib && strcmp(lib, "0") != 0)
    return true;
  const char *gallium = getenv("GALLIUM_DRIVER");
  if (gallium && *gallium && gl_is_software(gallium))
    return true;
#ifdef __linux__
  SDL_RWops *node = SDL_RWFromFile("/dev/dri/renderD128", "rb");
  if (!node)
    return true;
  SDL_RWclose(node);
#endif
  return false;
}

/* The name of the GL driver behind an "opengl" renderer, or "" when it cannot be asked. */
static const char *gl_driver_name(SDL_Renderer *r)
{
  SDL_RendererInfo info;
  if (SDL_GetRendererInfo(r, &info) != 0 || strncmp(info.name, "opengl", 6) != 0)
    return "";
  typedef const unsigned char *(*GetString)(unsigned);
  GetString get = (GetString)SDL_GL_GetProcAddress("glGetString");
  const unsigned char *name = get ? get(0x1F01 /* GL_RENDERER */) : NULL;
  return name ? (const char *)name : "";
}

/* SDL_Init connects to the D-Bus session bus (IME, screensaver). With no bus address in the
   environment and no per-user bus socket, libdbus "autolaunches": it forks and execs
   dbus-launch, which costs a fork of the whole process (and copy-on-write faults after it) and a
   wait for the child, and where dbus-launch is installed starts a bus daemon just for us. There
   is no session bus to find then, so libdbus is told so. A bus named in the environment, or the
   systemd user bus at $XDG_RUNTIME_DIR/bus, is used as before. */
static void skip_dbus_autolaunch(void)
{
#ifdef __linux__
  const char *addr = getenv("DBUS_SESSION_BUS_ADDRESS");
  if (addr && *addr)
    return;
  const char *run = getenv("XDG_RUNTIME_DIR");
  char bus[1024];
  struct stat st;
  if (run && *run && snprintf(bus, sizeof bus, "%s/bus", run) < (int)sizeof bus &&
      stat(bus, &st) == 0)
    return;
  setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 0);
#endif
}

/* The software renderer draws straight into the window's framebuffer (4 MB at 1366x768, shared
   memory with the X server). Its first clear would take one page fault per 4 KB page; asking
   the kernel to map the pages in one call is cheaper (measured here: that call and the clear
   about 12 ms of CPU, the clear alone about 20). Kernels before 5.14 refuse it: no harm done. */
static void prefault_framebuffer(Platform *p)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  SDL_Surface *s = SDL_GetWindowSurface(p->window); /* the one the renderer draws into */
  if (!s || !s->pixels)
    return;
  uintptr_t page = 4096, start = (uintptr_t)s->pixels & ~(page - 1);
  uintptr_t end = (uintptr_t)s->pixels + (size_t)s->pitch * (size_t)s->h;
  (void)madvise((void *)start, end - start, MADV_POPULATE_WRITE);
#else
  (void)p;
#endif
}

static bool open_offscreen(Platform *p, const PlatformOptions *opt, char *err, size_t errlen)
{
  p->surface =
      SDL_CreateRGBSurfaceWithFormat(0, opt->width, opt->height, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!p->surface) {
    snprintf(err, errlen, "platform: no surface: %s", SDL_GetError());
    return false;
  }
  p->renderer = SDL_CreateSoftwareRenderer(p->surface);
  if (!p->renderer) {
    snprintf(err, errlen, "platform: no software renderer: %s", SDL_GetError());
    return false;
  }
  p->out_w = opt->width;
  p->out_h = opt->height;
  p->pixel_ratio = 1;
  p->software = true;
  snprintf(p->renderer_name, sizeof p->renderer_name, "software");
  return true;
}

/* School laptops have 1024x600 screens: a window taller than the screen would hide the top
   bar, so the first size never exceeds the desktop's usable area (keeping the 640x400 floor). */
static void fit_to_display(int *w, int *h)
{
  SDL_Rect usable;
  if (SDL_GetDisplayUsableBounds(0, &usable) != 0 || usable.w <= 0 || usable.h <= 0)
    return;
  if (*w > usable.w)
    *w = usable.w > 640 ? usable.w : 640;
  if (*h > usable.h)
    *h = usable.h > 400 ? usable.h : 400;
}

static bool open_window(Platform *p, const PlatformOptions *opt, const char *title, char *err,
                        size_t errlen)
{
  if (p->software)
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (opt->fullscreen)
    flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  int w = opt->width > 0 ? opt->width : 1024, h = opt->height > 0 ? opt->height : 640;
  fit_to_display(&w, &h);
  p->window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
  if (!p->window) {
    snprintf(err, errlen, "platform: no window: %s", SDL_GetError());
    return false;
  }
  SDL_SetWindowMinimumSize(p->window, 640, 400);
  Uint32 rflags = p->software ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED;
  p->renderer = SDL_CreateRenderer(p->window, -1, rflags);
  if (!p->renderer && !p->software) { /* the accelerated one failed: fall back */
    p->software = true;
    p->renderer = SDL_CreateRenderer(p->window, -1, SDL_RENDERER_SOFTWARE);
  }
  if (!p->renderer) {
    snprintf(err, errlen, "platform: no renderer: %s", SDL_GetError());
    return false;
  }
  if (!p->software && strcmp(getenv("CODEBRIDGE_RENDERER") ? getenv("CODEBRIDGE_RENDERER") : "",
                             "accelerated") != 0) {
    const char *gl = gl_driver_name(p->renderer);
    if (*gl && gl_is_software(gl)) { /* a CPU rasteriser: start again without GL */
      SDL_DestroyRenderer(p->renderer);
      SDL_DestroyWindow(p->window);
      p->renderer = NULL;
      p->window = NULL;
      p->software = true;
      return open_window(p, opt, title, err, errlen);
    }
  }
  SDL_RendererInfo info;
  if (SDL_GetRendererInfo(p->renderer, &info) == 0)
    snprintf(p->renderer_name, sizeof p->renderer_name, "%s", info.name);
  if (p->software && strcmp(p->renderer_name, "software") == 0)
    prefault_framebuffer(p);
  SDL_GetRendererOutputSize(p->renderer, &p->out_w, &p->out_h);
  int ww, wh;
  SDL_GetWindowSize(p->window, &ww, &wh);
  p->pixel_ratio = ww > 0 ? (float)p->out_w / (float)ww : 1;
  return true;
}

bool platform_open(Platform *p, const PlatformOptions *opt, const char *title, char *err,
                   size_t errlen)
{
  memset(p, 0, sizeof *p);
  p->software = opt->offscreen || opt->software;
  Uint32 sub = opt->offscreen ? 0 : SDL_INIT_VIDEO;
  skip_dbus_autolaunch();
  if (SDL_Init(sub | SDL_INIT_EVENTS) != 0) {
    snprintf(err, errlen, "platform: SDL did not start: %s", SDL_GetError());
    return false;
  }
  bool ok = opt->offscreen ? open_offscreen(p, opt, err, errlen)
                           : open_window(p, opt, title, err, errlen);
  if (!ok)
    platform_close(p);
  if (ok && !opt->offscreen)
    SDL_StopTextInput(); /* on only while an editor has focus */
  return ok;
}

void platform_close(Platform *p)
{
  if (p->renderer)
    SDL_DestroyRenderer(p->renderer);
  if (p->window)
    SDL_DestroyWindow(p->window);
  if (p->surface)
    SDL_FreeSurface(p->surface);
  p->renderer = NULL;
  p->window = NULL;
  p->surface = NULL;
}

static unsigned mods_of(Uint16 m)
{
  unsigned r = 0;
  if (m & KMOD_SHIFT)
    r |= INPUT_MOD_SHIFT;
  if (m & (KMOD_CTRL | KMOD_GUI))
    r |= INPUT_MOD_CTRL;
  if (m & KMOD_ALT)
    r |= INPUT_MOD_ALT;
  return r;
}

static InputEvent *push(Input *in, InputKind kind)
{
  if (in->n == INPUT_MAX_EVENTS)
    return NULL; /* a flood: the rest waits for the next frame */
  InputEvent *e = &in->ev[in->n++];
  memset(e, 0, sizeof *e);
  e->kind = kind;
  return e;
}

static void window_event(Platform *p, Input *in, const SDL_WindowEvent *w)
{
  switch (w->event) {
  case SDL_WINDOWEVENT_SIZE_CHANGED:
  case SDL_WINDOWEVENT_RESIZED:
    if (p->renderer && p->window) {
      SDL_GetRendererOutputSize(p->renderer, &p->out_w, &p->out_h);
      int ww, wh;
      SDL_GetWindowSize(p->window, &ww, &wh);
      p->pixel_ratio = ww > 0 ? (float)p->out_w / (float)ww : 1;
    }
    in->resized = true;
    break;
  case SDL_WINDOWEVENT_EXPOSED:
  case SDL_WINDOWEVENT_SHOWN:
  case SDL_WINDOWEVENT_RESTORED:
    in->exposed = true;
    break;
  case SDL_WINDOWEVENT_FOCUS_LOST:
    in->focus_lost = true;
    break;
  default:
    break;
  }
}

/* Mouse positions arrive in window points; layouts work in output pixels. */
static void mouse_at(const Platform *p, Input *in, InputEvent *e, int x, int y)
{
  float r = p->pixel_ratio > 0 ? p->pixel_ratio : 1;
  in->mouse_x = (int)((float)x * r);
  in->mouse_y = (int)((float)y * r);
  if (e) {
    e->x = in->mouse_x;
    e->y = in->mouse_y;
  }
}

/* SDL's wheel event carries no keys: Shift+wheel (sideways) needs the keys held when it is
   read. A trackpad's sideways swipe arrives in x. The amounts stay as the system set them
   ("natural" scrolling included: the pupil chose it). */
static void wheel_event(Input *in, const SDL_MouseWheelEvent *w)
{
  InputEvent *e = push(in, INPUT_WHEEL);
  if (!e)
    return;
  e->wheel = w->y;
  e->wheel_x = w->x;
  e->mods = mods_of((Uint16)SDL_GetModState());
  e->x = in->mouse_x;
  e->y = in->mouse_y;
}

static void read_event(Platform *p, Input *in, const SDL_Event *ev)
{
  InputEvent *e;
  switch (ev->type) {
  case SDL_QUIT:
    in->quit = true;
    break;
  case SDL_WINDOWEVENT:
    window_event(p, in, &ev->window);
    break;
  case SDL_KEYDOWN:
    if ((e = push(in, INPUT_KEY))) {
      e->key = ev->key.keysym.sym;
      e->mods = mods_of(ev->key.keysym.mod);
    }
    break;
  case SDL_TEXTINPUT:
    if ((e = push(in, INPUT_TEXT)))
      snprintf(e->text, sizeof e->text, "%s", ev->text.text);
    break;
  case SDL_MOUSEBUTTONDOWN:
  case SDL_MOUSEBUTTONUP:
    e = push(in, ev->type == SDL_MOUSEBUTTONDOWN ? INPUT_MOUSE_DOWN : INPUT_MOUSE_UP);
    mouse_at(p, in, e, ev->button.x, ev->button.y);
    in->mouse_down = ev->type == SDL_MOUSEBUTTONDOWN;
    if (e) {
      e->button = ev->button.button;
      e->clicks = ev->button.clicks;
    }
    break;
  case SDL_MOUSEMOTION:
    e = push(in, INPUT_MOUSE_MOVE);
    mouse_at(p, in, e, ev->motion.x, ev->motion.y);
    break;
  case SDL_MOUSEWHEEL:
    wheel_event(in, &ev->wheel);
    break;
  default:
    break;
  }
}

void platform_poll(Platform *p, Input *in, int wait_ms)
{
  in->n = 0;
  in->quit = in->resized = in->exposed = in->focus_lost = false;
  SDL_Event ev;
  if (wait_ms != 0 && !SDL_PollEvent(NULL)) {
    int got = wait_ms < 0 ? SDL_WaitEvent(&ev) : SDL_WaitEventTimeout(&ev, wait_ms);
    if (got)
      read_event(p, in, &ev);
  }
  while (SDL_PollEvent(&ev)) {
    read_event(p, in, &ev);
    if (in->n == INPUT_MAX_EVENTS)
      break;
  }
}

void platform_text_input(Platform *p, bool on)
{
  if (on == p->text_input_on)
    return;
  p->text_input_on = on;
  web_keyboard(on); /* a tablet's on-screen keyboard (browser build only) */
  if (on)
    SDL_StartTextInput();
  else
    SDL_StopTextInput();
}

void platform_set_fullscreen(Platform *p, bool on)
{
  if (p->window)
    SDL_SetWindowFullscreen(p->window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

void platform_present(Platform *p)
{
  if (p->window)
    SDL_RenderPresent(p->renderer);
}

char *platform_clipboard_get(void)
{
  char *s = SDL_GetClipboardText();
  if (!s)
    return calloc(1, 1);
  char *copy = strdup(s); /* the caller frees with free(), not SDL_free() */
  SDL_free(s);
  return copy ? copy : calloc(1, 1);
}

void platform_clipboard_set(const char *text)
{
  SDL_SetClipboardText(text);
}

uint64_t platform_ms(void)
{
  return SDL_GetTicks64();
}
