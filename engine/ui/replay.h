/* replay.h: plays back a RunTrace as animation: play, pause, step, step back, stop, seek,
   speed, and the robot's smooth pose at any moment. Pure C: no SDL, no clock. The caller
   passes elapsed time to replay_advance(), so the same inputs always give the same poses.
   Draws nothing: the world view reads the pose, the code view reads the line.

   How the challenge screen drives it:
     after runner_run():  replay_init(&rp, trace); replay_play(&rp) (or replay_step for Step);
     each loop turn:      if (replay_advance(&rp, seconds_since_last_turn)) redraw;
                          while replay_animating(&rp), sleep at most one frame (~16 ms);
     to draw:             ReplayPose p = replay_pose(&rp);
                          runner_frame_world(trace, level, p.world_frame, &world) for tiles
                          and items; the robot at (p.x + p.shake_x, p.y + p.shake_y) turned
                          p.angle; code_view_set_running_line(cv, p.line); the print panel
                          shows trace->frames[p.world_frame].output_len bytes of output;
     replay_finished():   show the result;  replay_editable(): the editor may edit again. */
#ifndef REPLAY_H
#define REPLAY_H

#include <stdbool.h>

#include "runner.h"

#define REPLAY_SPEEDS 5 /* 1 slowest .. 5 fastest */
#define REPLAY_SPEED_DEFAULT 3

typedef enum {
  REPLAY_STOPPED,  /* at the start, editing allowed */
  REPLAY_PLAYING,  /* moving (playing on, or finishing one step) */
  REPLAY_PAUSED,   /* holding on a frame (or part way through a step) */
  REPLAY_FINISHED, /* reached the last frame: show the result */
} ReplayState;

/* Where to draw the robot now. Squares are map cells: x is the column, y the row. */
typedef struct {
  float x, y;             /* fractional while moving between squares */
  float angle;            /* degrees clockwise from north (0 north, 90 east), in [0, 360) */
  float shake_x, shake_y; /* extra offset in squares while bumping; 0 otherwise */
  int world_frame;        /* draw tiles, items and output as after this frame */
  int line_frame;         /* the frame whose action is running or just ran */
  int line;               /* its source line to highlight; 0 for none */
  bool bumped;            /* this action hit a wall (the view may flash) */
} ReplayPose;

typedef struct {
  const RunTrace *trace; /* borrowed: must outlive the replay */
  ReplayState state;
  int frame;       /* the last frame fully reached */
  int target;      /* PLAYING stops when frame reaches it */
  double progress; /* 0..1 through the step from frame to frame + 1 */
  int speed;       /* 1..REPLAY_SPEEDS */
  bool reduced_motion;
} Replay;

/* Starts STOPPED at frame 0. trace may be NULL (nothing run yet): every call then holds. */
void replay_init(Replay *r, const RunTrace *trace);

void replay_play(Replay *r);            /* from the current frame to the end */
void replay_pause(Replay *r);           /* holds where it is, even part way through a step */
void replay_step(Replay *r);            /* one action forward, animated, then pause */
void replay_step_back(Replay *r);       /* one frame back, at once, paused */
void replay_stop(Replay *r);            /* back to the start: editing allowed again */
void replay_seek(Replay *r, int frame); /* jump there, paused (the last frame: finished) */

void replay_set_speed(Replay *r, int speed); /* clamps to 1..REPLAY_SPEEDS */
/* Reduced motion: the robot jumps to each square instead of gliding, and does not shake. */
void replay_set_reduced_motion(Replay *r, bool on);
double replay_step_seconds(const Replay *r); /* how long one action takes at this speed */

/* Moves time on by dt seconds. True while something moves, i.e. the caller should draw
   again soon; false when the replay holds still (the loop may sleep). */
bool replay_advance(Replay *r, double dt);

ReplayPose replay_pose(const Replay *r);
bool replay_animating(const Replay *r);
bool replay_finished(const Replay *r); /* the result should show */
bool replay_editable(const Replay *r); /* only when stopped */
int replay_last_frame(const Replay *r);

#endif
