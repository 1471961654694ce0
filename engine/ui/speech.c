/* speech.c: sentences read aloud with espeak-ng, streamed into an SDL audio queue from a worker
   thread, so the game loop never waits for the synthesiser. Owns the espeak-ng state (one per
   process) and its own audio device; knows no screen and no words (the caller passes them).
   Without espeak-ng at build time this file is a stub and speech_available() is false. */
#include "speech.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

static bool forced_off;

void speech_force_unavailable(bool off)
{
  forced_off = off;
}

#ifndef CODEBRIDGE_HAVE_ESPEAK

bool speech_available(void)
{
  return false;
}

Speech *speech_new(const char *lang)
{
  (void)lang;
  return NULL;
}

void speech_free(Speech *s)
{
  (void)s;
}

void speech_say(Speech *s, const char *text)
{
  (void)s;
  (void)text;
}

void speech_stop(Speech *s)
{
  (void)s;
}

bool speech_busy(Speech *s)
{
  (void)s;
  return false;
}

bool speech_synth(Speech *s, const char *text, short **samples, size_t *count, int *rate)
{
  (void)s;
  (void)text;
  *samples = NULL;
  *count = 0;
  *rate = 0;
  return false;
}

#else

#include <espeak-ng/speak_lib.h>

#define SPEECH_WORDS_PER_MINUTE 145 /* a little slower than espeak's 175: for young listeners */
#define SPEECH_MAX_SECONDS 120      /* a buffer from speech_synth never grows past this */

/* Where the synthesiser's samples go: an audio device (speaking) or a buffer (speech_synth). */
typedef struct {
  SDL_AudioDeviceID dev;
  short *buf;
  size_t n, cap, max;
  SDL_atomic_t *cancel;
} Sink;

struct Speech {
  char lang[16];
  SDL_AudioDeviceID dev;
  SDL_Thread *thread;
  SDL_mutex *lock; /* guards pending, speaking, quit */
  SDL_cond *wake;
  char *pending; /* the next sentence to say, owned */
  bool speaking, quit;
  SDL_atomic_t cancel; /* set: the sentence being made stops at its next chunk */
};

static int engine_rate;   /* samples a second; 0 before the first try, -1 when it failed */
static SDL_mutex *engine; /* one synthesis at a time: espeak-ng has one global state */
static Sink *sink;        /* the synthesis running now, under engine */

/* espeak-ng hands over its samples in chunks; returning 1 stops the synthesis. */
static int on_samples(short *wav, int n, espeak_EVENT *events)
{
  (void)events;
  Sink *k = sink;
  if (!k)
    return 1;
  if (wav && n > 0) {
    if (k->dev) {
      SDL_QueueAudio(k->dev, wav, (Uint32)n * sizeof *wav);
    } else if (k->n + (size_t)n <= k->max) {
      if (k->n + (size_t)n > k->cap) {
        size_t cap = (k->n + (size_t)n) * 2;
        short *grown = realloc(k->buf, cap * sizeof *grown);
        if (!grown)
          return 1;
        k->buf = grown;
        k->cap = cap;
      }
      memcpy(k->buf + k->n, wav, (size_t)n * sizeof *wav);
      k->n += (size_t)n;
    }
  }
  return k->cancel && SDL_AtomicGet(k->cancel) ? 1 : 0;
}

/* espeak-ng starts once per process; its voice data may be missing even when the library is
   there, and then there is no speech. */
bool speech_available(void)
{
  if (forced_off)
    return false;
  if (engine_rate == 0) {
    engine_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, NULL, 0);
    if (engine_rate > 0) {
      espeak_SetSynthCallback(on_samples);
      espeak_SetParameter(espeakRATE, SPEECH_WORDS_PER_MINUTE, 0);
      engine = SDL_CreateMutex();
    }
    if (engine_rate <= 0 || !engine) {
      SDL_Log("speech: espeak-ng could not start (no voice data?): reading aloud is off");
      engine_rate = -1;
    }
  }
  return engine_rate > 0;
}

static void choose_voice(const char *lang)
{
  espeak_VOICE v;
  memset(&v, 0, sizeof v);
  v.languages = lang;
  if (espeak_SetVoiceByProperties(&v) != EE_OK) {
    v.languages = "en";
    espeak_SetVoiceByProperties(&v);
  }
}

static void synthesise(const Speech *s, const char *text, Sink *k)
{
  SDL_LockMutex(engine);
  sink = k;
  choose_voice(s->lang);
  espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
  sink = NULL;
  SDL_UnlockMutex(engine);
}

/* The worker: waits for a sentence, makes it into the audio queue chunk by chunk (playing starts
   with the first chunk), and drops what a cut-off sentence left queued. */
static int worker(void *arg)
{
  Speech *s = arg;
  SDL_LockMutex(s->lock);
  while (!s->quit) {
    if (!s->pending) {
      SDL_CondWait(s->wake, s->lock);
      continue;
    }
    char *text = s->pending;
    s->pending = NULL;
    s->speaking = true;
    SDL_AtomicSet(&s->cancel, 0);
    SDL_UnlockMutex(s->lock);
    Sink k = {.dev = s->dev, .cancel = &s->cancel};
    synthesise(s, text, &k);
    free(text);
    if (SDL_AtomicGet(&s->cancel))
      SDL_ClearQueuedAudio(s->dev);
    SDL_LockMutex(s->lock);
    s->speaking = false;
  }
  SDL_UnlockMutex(s->lock);
  return 0;
}

static SDL_AudioDeviceID open_device(void)
{
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
    return 0;
  SDL_AudioSpec want, have;
  SDL_zero(want);
  want.freq = engine_rate;
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = 1024;
  SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
  if (dev)
    SDL_PauseAudioDevice(dev, 0);
  else
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
  return dev;
}

Speech *speech_new(const char *lang)
{
  if (!speech_available())
    return NULL;
  Speech *s = calloc(1, sizeof *s);
  if (!s)
    return NULL;
  snprintf(s->lang, sizeof s->lang, "%s", lang && lang[0] ? lang : "en");
  s->dev = open_device();
  s->lock = SDL_CreateMutex();
  s->wake = SDL_CreateCond();
  if (s->dev && s->lock && s->wake)
    s->thread = SDL_CreateThread(worker, "speech", s);
  if (!s->thread) { /* no audio here: no speaker either */
    speech_free(s);
    return NULL;
  }
  return s;
}

void speech_free(Speech *s)
{
  if (!s)
    return;
  if (s->thread) {
    SDL_LockMutex(s->lock);
    s->quit = true;
    SDL_AtomicSet(&s->cancel, 1);
    SDL_CondSignal(s->wake);
    SDL_UnlockMutex(s->lock);
    SDL_WaitThread(s->thread, NULL);
  }
  if (s->dev) {
    SDL_CloseAudioDevice(s->dev);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
  }
  free(s->pending);
  if (s->wake)
    SDL_DestroyCond(s->wake);
  if (s->lock)
    SDL_DestroyMutex(s->lock);
  free(s);
}

void speech_say(Speech *s, const char *text)
{
  if (!s || !text)
    return;
  char *copy = strdup(text);
  SDL_LockMutex(s->lock);
  free(s->pending);
  s->pending = copy;
  SDL_AtomicSet(&s->cancel, 1); /* the sentence being said stops; the worker then takes this */
  SDL_ClearQueuedAudio(s->dev);
  SDL_CondSignal(s->wake);
  SDL_UnlockMutex(s->lock);
}

void speech_stop(Speech *s)
{
  if (!s)
    return;
  SDL_LockMutex(s->lock);
  free(s->pending);
  s->pending = NULL;
  SDL_AtomicSet(&s->cancel, 1);
  SDL_ClearQueuedAudio(s->dev);
  SDL_UnlockMutex(s->lock);
}

bool speech_busy(Speech *s)
{
  if (!s)
    return false;
  SDL_LockMutex(s->lock);
  bool busy = s->speaking || s->pending || SDL_GetQueuedAudioSize(s->dev) > 0;
  SDL_UnlockMutex(s->lock);
  return busy;
}

bool speech_synth(Speech *s, const char *text, short **samples, size_t *count, int *rate)
{
  *samples = NULL;
  *count = 0;
  *rate = engine_rate;
  if (!s || !text)
    return false;
  Sink k = {.max = (size_t)engine_rate * SPEECH_MAX_SECONDS};
  synthesise(s, text, &k);
  *samples = k.buf;
  *count = k.n;
  return k.buf != NULL;
}

#endif
