/* sound.c: tiny synthesiser (sine and square tones with a fast attack and a decay) and the SDL
   audio queue. The samples are made once, on the first sound: a few kilobytes, no files.
   Must not touch the screen or any game state. */
#include "sound.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#define SOUND_MAX_SAMPLES (SOUND_RATE / 2) /* half a second is the longest */

struct Sound {
  bool on, tried, made; /* made: the samples are synthesised */
  SDL_AudioDeviceID dev;
  short samples[SOUND_COUNT][SOUND_MAX_SAMPLES];
  int count[SOUND_COUNT];
};

/* One note from start (seconds) lasting len: an envelope of 5 ms attack, then exponential
   decay, so nothing clicks. square mixes in odd harmonics for a buzzier "bump". */
static void note(short *out, int max, double start, double len, double freq, double vol,
                 bool square)
{
  int a = (int)(start * SOUND_RATE), n = (int)(len * SOUND_RATE);
  for (int i = 0; i < n && a + i < max; i++) {
    double t = (double)i / SOUND_RATE;
    double env = (t < 0.005 ? t / 0.005 : 1.0) * exp(-4.0 * t / len);
    double ph = 2 * 3.14159265358979 * freq * t;
    double v = square ? (sin(ph) + sin(3 * ph) / 3 + sin(5 * ph) / 5) : sin(ph);
    int s = out[a + i] + (int)(v * env * vol * 32767);
    out[a + i] = (short)(s > 32767 ? 32767 : s < -32768 ? -32768 : s);
  }
}

/* Not at start: a session with the sound off, or waiting on the first screen, never needs them
   (about a millisecond and 88 KB less before the first frame). */
static void synthesise(Sound *s)
{
  if (s->made)
    return;
  s->made = true;
  memset(s->samples, 0, sizeof s->samples);
  note(s->samples[SOUND_RUN], SOUND_MAX_SAMPLES, 0.00, 0.08, 523.3, 0.25, false); /* C5 E5 */
  note(s->samples[SOUND_RUN], SOUND_MAX_SAMPLES, 0.07, 0.10, 659.3, 0.25, false);
  s->count[SOUND_RUN] = (int)(0.17 * SOUND_RATE);
  note(s->samples[SOUND_STEP], SOUND_MAX_SAMPLES, 0.0, 0.05, 880.0, 0.12, false);
  s->count[SOUND_STEP] = (int)(0.05 * SOUND_RATE);
  note(s->samples[SOUND_BUMP], SOUND_MAX_SAMPLES, 0.0, 0.18, 110.0, 0.30, true);
  s->count[SOUND_BUMP] = (int)(0.18 * SOUND_RATE);
  static const double arpeggio[] = {523.3, 659.3, 784.0, 1046.5}; /* C E G C */
  for (int i = 0; i < 4; i++)
    note(s->samples[SOUND_WIN], SOUND_MAX_SAMPLES, 0.09 * i, i == 3 ? 0.3 : 0.12, arpeggio[i], 0.22,
         false);
  s->count[SOUND_WIN] =
      (int)(0.57 * SOUND_RATE) < SOUND_MAX_SAMPLES ? (int)(0.57 * SOUND_RATE) : SOUND_MAX_SAMPLES;
}

Sound *sound_new(void)
{
  Sound *s = calloc(1, sizeof *s);
  if (!s)
    return NULL;
  s->on = true;
  return s;
}

void sound_free(Sound *s)
{
  if (!s)
    return;
  if (s->dev)
    SDL_CloseAudioDevice(s->dev);
  free(s);
}

void sound_enable(Sound *s, bool on)
{
  s->on = on;
  if (!on && s->dev)
    SDL_ClearQueuedAudio(s->dev);
}

bool sound_enabled(const Sound *s)
{
  return s->on;
}

/* Opening audio can take a moment (a sound server): done once, on the first sound. A failure
   is remembered so a machine without audio does not retry on every step. */
static bool open_device(Sound *s)
{
  if (s->dev || s->tried)
    return s->dev != 0;
  s->tried = true;
  if (!SDL_WasInit(SDL_INIT_AUDIO) && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
    return false;
  SDL_AudioSpec want = {0};
  want.freq = SOUND_RATE;
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = 512;
  s->dev = SDL_OpenAudioDevice(NULL, 0, &want, NULL, 0);
  if (s->dev)
    SDL_PauseAudioDevice(s->dev, 0);
  return s->dev != 0;
}

void sound_play(Sound *s, SoundId id)
{
  if (!s || !s->on || !open_device(s))
    return;
  synthesise(s);
  SDL_ClearQueuedAudio(s->dev);
  SDL_QueueAudio(s->dev, s->samples[id], (Uint32)(s->count[id] * (int)sizeof(short)));
}

const short *sound_samples(const Sound *s, SoundId id, int *count)
{
  synthesise((Sound *)s); /* a cache filled on first use; s was never const (sound_new) */
  *count = s->count[id];
  return s->samples[id];
}
