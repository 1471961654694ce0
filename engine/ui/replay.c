/* replay.c: trace playback and the robot's in-between poses.
   Pure C: no SDL and no clock; time arrives through replay_advance(). It never runs Lua or
   changes the trace: the runner decided everything, this only shows it at a chosen pace. */
#include "replay.h"

#include <math.h>
#include <stddef.h>

#define PI 3.14159265358979323846

/* Seconds per action, slowest to fastest: 1 s is slow enough for a five-year-old to follow
   a turn, 0.12 s lets a long program finish in seconds. */
static const double STEP_SECONDS[REPLAY_SPEEDS] = {1.0, 0.6, 0.4, 0.25, 0.12};
#define SHAKE_SQUARES 0.15f /* how far a bump pushes the robot towards the wall */

void replay_init(Replay *r, const RunTrace *trace)
{
  *r = (Replay){.trace = trace, .state = REPLAY_STOPPED, .speed = REPLAY_SPEED_DEFAULT};
}

int replay_last_frame(const Replay *r)
{
  return r->trace && r->trace->nframes > 0 ? r->trace->nframes - 1 : 0;
}

static bool empty(const Replay *r)
{
  return !r->trace || r->trace->nframes == 0;
}

/* Lands on a whole frame and holds: the last frame means the run is over. */
static void hold(Replay *r, int frame)
{
  r->frame = frame;
  r->target = frame;
  r->progress = 0;
  r->state = frame >= replay_last_frame(r) ? REPLAY_FINISHED : REPLAY_PAUSED;
}

void replay_play(Replay *r)
{
  if (empty(r))
    return;
  if (r->frame >= replay_last_frame(r)) {
    hold(r, replay_last_frame(r));
    return;
  }
  r->target = replay_last_frame(r);
  r->state = REPLAY_PLAYING;
}

void replay_pause(Replay *r)
{
  if (r->state == REPLAY_PLAYING)
    r->state = REPLAY_PAUSED;
}

void replay_step(Replay *r)
{
  if (empty(r))
    return;
  if (r->frame >= replay_last_frame(r)) {
    hold(r, replay_last_frame(r));
    return;
  }
  /* While a step is under way (playing or paused part way), Step finishes that one. */
  r->target = r->frame + 1;
  r->state = REPLAY_PLAYING;
}

void replay_step_back(Replay *r)
{
  if (empty(r))
    return;
  if (r->state == REPLAY_STOPPED && r->frame == 0)
    return;
  int frame = r->progress > 0 ? r->frame : r->frame - 1; /* part way: back to its start */
  if (frame < 0)
    frame = 0;
  r->frame = r->target = frame;
  r->progress = 0;
  r->state = REPLAY_PAUSED;
}

void replay_stop(Replay *r)
{
  r->frame = r->target = 0;
  r->progress = 0;
  r->state = REPLAY_STOPPED;
}

void replay_seek(Replay *r, int frame)
{
  if (empty(r))
    return;
  if (frame < 0)
    frame = 0;
  if (frame > replay_last_frame(r))
    frame = replay_last_frame(r);
  hold(r, frame);
}

void replay_set_speed(Replay *r, int speed)
{
  r->speed = speed < 1 ? 1 : speed > REPLAY_SPEEDS ? REPLAY_SPEEDS : speed;
}

void replay_set_reduced_motion(Replay *r, bool on)
{
  r->reduced_motion = on;
}
double replay_step_seconds(const Replay *r)
{
  return STEP_SECONDS[r->speed - 1];
}

bool replay_animating(const Replay *r)
{
  return r->state == REPLAY_PLAYING && r->frame < r->target;
}

bool replay_finished(const Replay *r)
{
  return r->state == REPLAY_FINISHED;
}
bool replay_editable(const Replay *r)
{
  return r->state == REPLAY_STOPPED || empty(r);
}

bool replay_advance(Replay *r, double dt)
{
  if (!replay_animating(r))
    return false;
  /* Progress is a fraction of a step, so a speed change mid-step keeps the pose continuous. */
  r->progress += dt / replay_step_seconds(r);
  while (r->progress >= 1.0 && r->frame < r->target) {
    r->frame++;
    r->progress -= 1.0;
  }
  if (r->frame >= r->target) {
    if (r->target >= replay_last_frame(r))
      hold(r, r->frame);
    else { /* a Step landed: pause there */
      r->progress = 0;
      r->state = REPLAY_PAUSED;
    }
  }
  return true; /* the landing frame must be drawn too */
}

/* ---- poses ---- */

/* Slow in, slow out: the robot starts and stops gently instead of sliding at one speed. */
static float ease(double f)
{
  return (float)(f * f * (3.0 - 2.0 * f));
}

static float dir_angle(WorldDir d)
{
  return 90.0f * (float)d;
}

/* Turns the shortest way: east to north is -90, never +270. */
static float turn_between(float a, float b, float e)
{
  float diff = fmodf(b - a + 540.0f, 360.0f) - 180.0f;
  float angle = fmodf(a + diff * e + 360.0f, 360.0f);
  return angle;
}

/* A bump: a push towards the wall and back, twice, dying away; zero at both ends. */
static void shake(ReplayPose *p, WorldDir d, double f)
{
  static const int DX[4] = {0, 1, 0, -1}, DY[4] = {-1, 0, 1, 0};
  float s = SHAKE_SQUARES * (float)(fabs(sin(2.0 * PI * f)) * (1.0 - f));
  p->shake_x = s * (float)DX[d];
  p->shake_y = s * (float)DY[d];
}

static bool in_step(const Replay *r)
{
  return r->progress > 0 || replay_animating(r);
}

static ReplayPose still_pose(const RunFrame *f, int frame)
{
  ReplayPose p = {0};
  p.x = (float)f->robot_x;
  p.y = (float)f->robot_y;
  p.angle = dir_angle(f->dir);
  p.world_frame = p.line_frame = frame;
  p.line = f->line;
  p.bumped = frame > 0 && f->bumped;
  return p;
}

ReplayPose replay_pose(const Replay *r)
{
  if (empty(r))
    return (ReplayPose){0};
  const RunFrame *frames = r->trace->frames;
  if (!in_step(r) || r->frame >= replay_last_frame(r))
    return still_pose(&frames[r->frame], r->frame);
  const RunFrame *a = &frames[r->frame], *b = &frames[r->frame + 1];
  double f = r->progress;
  float e = r->reduced_motion ? 1.0f : ease(f);
  ReplayPose p = still_pose(b, r->frame + 1);
  p.x = (float)a->robot_x + ((float)b->robot_x - (float)a->robot_x) * e;
  p.y = (float)a->robot_y + ((float)b->robot_y - (float)a->robot_y) * e;
  p.angle = turn_between(dir_angle(a->dir), dir_angle(b->dir), e);
  /* Items vanish half way through a pick-up (at once with reduced motion). */
  p.world_frame = (r->reduced_motion || f >= 0.5) ? r->frame + 1 : r->frame;
  if (b->bumped && !r->reduced_motion)
    shake(&p, b->dir, f);
  return p;
}
