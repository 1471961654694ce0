/* sound.h: the game's four short sounds (run, step, bump, win), synthesised by our own code
   and played through SDL audio, with an off switch. The audio device opens on the first sound,
   so a silent session never pays for it. Knows no screen. */
#ifndef SOUND_H
#define SOUND_H

#include <stdbool.h>

typedef enum { SOUND_RUN, SOUND_STEP, SOUND_BUMP, SOUND_WIN, SOUND_COUNT } SoundId;

typedef struct Sound Sound;

Sound *sound_new(void);    /* NULL only when out of memory; a machine with no audio is fine */
void sound_free(Sound *s); /* accepts NULL */
void sound_enable(Sound *s, bool on);
bool sound_enabled(const Sound *s);
/* Queues the sound (replacing what still plays). Does nothing when off or with no device. */
void sound_play(Sound *s, SoundId id);

/* The samples of a sound (mono, signed 16-bit at SOUND_RATE), for tests. */
#define SOUND_RATE 22050
const short *sound_samples(const Sound *s, SoundId id, int *count);

#endif
