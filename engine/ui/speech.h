/* speech.h: reading sentences aloud, offline, with espeak-ng in the voice of the game's
   language. Speaking runs on its own thread and streams into SDL audio, so the game loop never
   waits; a new sentence or speech_stop() cuts the old one off. Built without espeak-ng (or on a
   machine without its voice data) speech_available() is false and nothing is spoken. */
#ifndef SPEECH_H
#define SPEECH_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Speech Speech;

/* A speaker for lang ("en"; an unknown language falls back to English). NULL when speech is not
   available here (no espeak-ng, no voice data) or out of memory: callers then show no speaker. */
Speech *speech_new(const char *lang);
void speech_free(Speech *s); /* accepts NULL; stops speaking */

/* True when this build and machine can speak (espeak-ng linked and its data found). */
bool speech_available(void);

/* Says text from the start, cutting off whatever was being said. Returns at once. */
void speech_say(Speech *s, const char *text);
/* Stops speaking now: what is queued is dropped. */
void speech_stop(Speech *s);
/* True while a sentence is being made or played. */
bool speech_busy(Speech *s);

/* Makes the sound of text into a new buffer of mono 16-bit samples at *rate per second, on the
   calling thread (for tests and tools). The caller frees *samples. False when not available. */
bool speech_synth(Speech *s, const char *text, short **samples, size_t *count, int *rate);

/* For tests: pretend this machine has no speech (true) or look again (false). */
void speech_force_unavailable(bool off);

#endif
