/* test_ui_replay.c: trace playback through a synthetic RunTrace: poses at given times,
   smooth turns the short way, a bump that shakes and comes back, step and step back, speed
   changes, reduced motion, and the end of the run. */
#include <math.h>

#include "check.h"
#include "replay.h"

#define NEAR(want, got) CHECK(fabs((double)(want) - (double)(got)) < 1e-3)

/* A small run: forward, turn left, forward into a wall (bump), turn left, pick up. */
static RunFrame FRAMES[] = {
    {ACT_START, 0, 0, false, 1, 1, DIR_EAST, 1, 0, 0, 0, 0},
    {ACT_FORWARD, 0, 1, false, 2, 1, DIR_EAST, 1, 0, 1, 0, 0},
    {ACT_TURN_LEFT, 0, 2, false, 2, 1, DIR_NORTH, 1, 0, 2, 0, 0},
    {ACT_FORWARD, 0, 3, true, 2, 1, DIR_NORTH, 1, 0, 3, 0, 0},
    {ACT_TURN_LEFT, 0, 4, false, 2, 1, DIR_WEST, 1, 0, 4, 0, 0},
    {ACT_PICK_UP, 0, 5, false, 2, 1, DIR_WEST, 0, 1, 5, 1, 0},
};

static RunTrace make_trace(void)
{
  RunTrace t = {0};
  t.outcome = RUN_UNSOLVED;
  t.frames = FRAMES;
  t.nframes = (int)(sizeof FRAMES / sizeof FRAMES[0]);
  return t;
}

static void test_play_poses(void)
{
  RunTrace t = make_trace();
  Replay r;
  replay_init(&r, &t);
  CHECK(replay_editable(&r));
  ReplayPose p = replay_pose(&r);
  NEAR(1, p.x);
  NEAR(90, p.angle);
  CHECK_INT(0, p.line);
  CHECK(!replay_advance(&r, 1.0)); /* stopped: time changes nothing, the loop may sleep */
  replay_play(&r);
  CHECK(!replay_editable(&r));
  double s = replay_step_seconds(&r);
  CHECK(replay_advance(&r, s * 0.5));
  p = replay_pose(&r);
  NEAR(1.5, p.x); /* half way between squares */
  NEAR(1, p.y);
  CHECK_INT(1, p.line); /* the running line is the forward() call */
  replay_advance(&r, s * 0.25);
  p = replay_pose(&r);
  CHECK(p.x > 1.75f && p.x < 2.0f); /* eased: slowing down near the square */
  replay_advance(&r, s * 0.75);     /* into the turn, half way */
  p = replay_pose(&r);
  NEAR(2, p.x);
  NEAR(45, p.angle); /* east (90) to north (0): the short way */
  CHECK_INT(2, p.line);
  replay_advance(&r, s * 0.5);
  replay_advance(&r, s * 0.25); /* a quarter into the bump */
  p = replay_pose(&r);
  CHECK(p.bumped);
  CHECK(p.shake_y < -0.01f); /* pushed north, towards the wall */
  NEAR(0, p.shake_x);
  NEAR(2, p.x);
  NEAR(1, p.y);
  replay_advance(&r, s * 0.75); /* the bump is over: back exactly where it started */
  p = replay_pose(&r);
  NEAR(0, p.shake_x);
  NEAR(0, p.shake_y);
  NEAR(2, p.x);
  NEAR(1, p.y);
  replay_advance(&r, s * 0.5); /* north (0) to west (270) turns left through 315 */
  p = replay_pose(&r);
  NEAR(315, p.angle);
  replay_advance(&r, s * 0.5 + s * 0.25); /* early in the pick-up: the item still shows */
  CHECK_INT(4, replay_pose(&r).world_frame);
  replay_advance(&r, s * 0.5);
  CHECK_INT(5, replay_pose(&r).world_frame);
  CHECK(!replay_finished(&r));
  CHECK(replay_advance(&r, s * 0.5)); /* the landing frame is drawn once more ... */
  CHECK(replay_finished(&r));
  CHECK(!replay_advance(&r, s)); /* ... then nothing moves */
  p = replay_pose(&r);
  NEAR(270, p.angle);
  CHECK_INT(5, p.line);
  replay_stop(&r);
  CHECK(replay_editable(&r));
  CHECK_INT(0, replay_pose(&r).world_frame);
}

static void test_step_and_back(void)
{
  RunTrace t = make_trace();
  Replay r;
  replay_init(&r, &t);
  replay_step(&r);
  CHECK(replay_animating(&r));
  replay_advance(&r, replay_step_seconds(&r) * 3); /* a step stops after one action */
  CHECK_INT(REPLAY_PAUSED, r.state);
  CHECK_INT(1, r.frame);
  CHECK_INT(1, replay_pose(&r).line);
  replay_step(&r);
  replay_advance(&r, replay_step_seconds(&r) * 0.5);
  replay_step_back(&r); /* part way: back to the start of that step */
  CHECK_INT(1, r.frame);
  NEAR(90, replay_pose(&r).angle);
  replay_step_back(&r);
  CHECK_INT(0, r.frame);
  CHECK(!replay_editable(&r)); /* paused is not stopped: editing waits for Stop */
  replay_step_back(&r);
  CHECK_INT(0, r.frame);
  replay_seek(&r, 4);
  CHECK_INT(4, replay_pose(&r).line);
  replay_step(&r);
  replay_advance(&r, replay_step_seconds(&r));
  CHECK(replay_finished(&r)); /* stepping onto the last frame shows the result */
  replay_step_back(&r);
  CHECK(!replay_finished(&r));
  CHECK_INT(4, r.frame);
  replay_seek(&r, 99);
  CHECK(replay_finished(&r));
}

static void test_pause_and_speed(void)
{
  RunTrace t = make_trace();
  Replay r;
  replay_init(&r, &t);
  replay_set_speed(&r, 1);
  double slow = replay_step_seconds(&r);
  replay_set_speed(&r, 5);
  CHECK(replay_step_seconds(&r) < slow / 4);
  replay_set_speed(&r, 9);
  CHECK_INT(REPLAY_SPEEDS, r.speed);
  replay_set_speed(&r, 1);
  replay_play(&r);
  replay_advance(&r, slow * 0.5);
  replay_pause(&r);
  float x = replay_pose(&r).x;
  CHECK(!replay_advance(&r, 10.0)); /* paused part way: holds */
  NEAR(x, replay_pose(&r).x);
  replay_set_speed(&r, 5); /* speed changes keep the pose where it is */
  NEAR(x, replay_pose(&r).x);
  replay_play(&r);
  replay_advance(&r, replay_step_seconds(&r) * 0.5);
  CHECK_INT(1, r.frame); /* half a fast step finished the slow half step */
  /* A whole run at top speed in one big tick lands on the end. */
  replay_advance(&r, 100.0);
  CHECK(replay_finished(&r));
}

static void test_reduced_motion(void)
{
  RunTrace t = make_trace();
  Replay r;
  replay_init(&r, &t);
  replay_set_reduced_motion(&r, true);
  replay_play(&r);
  double s = replay_step_seconds(&r);
  replay_advance(&r, s * 0.1);
  ReplayPose p = replay_pose(&r);
  NEAR(2, p.x); /* jumps, no glide */
  replay_advance(&r, s);
  NEAR(0, replay_pose(&r).angle); /* the turn is done at once too */
  replay_advance(&r, s * 0.9);    /* the bump: no shake */
  p = replay_pose(&r);
  CHECK(p.bumped);
  NEAR(0, p.shake_x);
  NEAR(0, p.shake_y);
}

static void test_edge_traces(void)
{
  Replay r;
  replay_init(&r, NULL); /* nothing run yet */
  replay_play(&r);
  replay_step(&r);
  CHECK(replay_editable(&r));
  CHECK(!replay_advance(&r, 1));
  RunTrace t = make_trace();
  t.nframes = 1; /* a syntax error: only the start frame */
  t.outcome = RUN_ERROR;
  replay_init(&r, &t);
  replay_play(&r);
  CHECK(replay_finished(&r));
  CHECK_INT(0, replay_pose(&r).line);
}

int main(void)
{
  test_play_poses();
  test_step_and_back();
  test_pause_and_speed();
  test_reduced_motion();
  test_edge_traces();
  return check_summary();
}
