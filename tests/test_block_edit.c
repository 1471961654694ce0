/* test_block_edit.c: the block editor's model without a window: insert, move, delete, nest,
   numbers, sensors, else, rename, undo/redo, the keyboard cursor, and a round-trip property
   test over random edit sequences (after each: text -> parse -> blocks equals the tree). */
#include <stdlib.h>
#include <string.h>

#include "block_edit.h"
#include "check.h"

static char *text_of(BlockEdit *ed)
{
  static char buf[8192];
  char *t = block_edit_text(ed, NULL);
  snprintf(buf, sizeof buf, "%s", t ? t : "(null)");
  free(t);
  return buf;
}

static BlockPath path1(int i)
{
  return (BlockPath){.n = 1, .idx = {i}};
}

static BlockPath path2(int i, int slot, int j)
{
  BlockPath p = path1(i);
  return block_path_child(&p, slot, j);
}

static BlockEdit *from_text(const char *src)
{
  BlockEdit *ed = block_edit_new();
  CHECK(block_edit_set_text(ed, src, strlen(src), NULL));
  return ed;
}

/* The tree the text parses to equals the model's tree, and counts agree. */
static bool round_trips(BlockEdit *ed)
{
  size_t len;
  char *t = block_edit_text(ed, &len);
  ProgramError err;
  Program *p = t ? program_parse(t, len, &err) : NULL;
  bool ok = p && program_blocks_equal(p->first, block_edit_first(ed)) &&
            program_count_blocks(p) == block_edit_count(ed);
  if (!ok)
    fprintf(stderr, "round trip failed for:\n%s\n", t ? t : "(null)");
  program_free(p);
  free(t);
  return ok;
}

static void test_insert_and_nest(void)
{
  BlockEdit *ed = block_edit_new();
  Block *fwd = block_new_named(BLOCK_CALL, "forward");
  Block *rep = block_new_named(BLOCK_REPEAT, "i");
  rep->number = 4;
  BlockPath top = path1(0);
  CHECK(block_edit_insert(ed, &top, fwd));
  CHECK_STR("forward()\n", text_of(ed));
  CHECK(block_edit_insert(ed, &top, rep));
  BlockPath body = path2(0, 0, 0);
  CHECK(block_edit_insert(ed, &body, fwd));
  CHECK_STR("for i = 1, 4 do\n  forward()\nend\nforward()\n", text_of(ed));
  CHECK_INT(3, block_edit_count(ed));
  BlockPath bad = path2(1, 0, 0); /* forward has no body */
  CHECK(!block_edit_insert(ed, &bad, fwd));
  BlockPath past = path1(5);
  CHECK(!block_edit_insert(ed, &past, fwd));
  CHECK(round_trips(ed));
  block_free(fwd);
  block_free(rep);
  block_edit_free(ed);
}

static void test_if_arms_and_else(void)
{
  BlockEdit *ed = from_text("if path_ahead() then\n  forward()\nend\n");
  BlockPath p = path1(0);
  CHECK(block_edit_set_else(ed, &p, true));
  CHECK(!block_edit_set_else(ed, &p, true));
  Block *tl = block_new_named(BLOCK_CALL, "turn_left");
  BlockPath in_else = path2(0, 1, 0);
  CHECK(block_edit_insert(ed, &in_else, tl));
  CHECK_STR("if path_ahead() then\n  forward()\nelse\n  turn_left()\nend\n", text_of(ed));
  CHECK(block_edit_set_sensor(ed, &p, 0, "path_left", true));
  CHECK_STR("if not path_left() then\n  forward()\nelse\n  turn_left()\nend\n", text_of(ed));
  CHECK(!block_edit_set_sensor(ed, &p, 3, "path_left", false));
  CHECK(!block_edit_set_sensor(ed, &p, 0, "bad name", false));
  CHECK(block_edit_set_else(ed, &p, false));
  CHECK_STR("if not path_left() then\n  forward()\nend\n", text_of(ed));
  CHECK(round_trips(ed));
  block_free(tl);
  block_edit_free(ed);
}

/* Else-if arms from blocks: added before the else, removed without losing their blocks. */
static void test_elseif_arms(void)
{
  BlockEdit *ed = from_text("if path_ahead() then\n  forward()\nelse\n  turn_left()\nend\n");
  BlockPath p = path1(0), in_else = path2(0, 1, 0);
  block_edit_set_cursor(ed, &in_else); /* on turn_left, in the else */
  CHECK(block_edit_add_arm(ed, &p, "path_left"));
  CHECK_STR("if path_ahead() then\n  forward()\nelseif path_left() then\nelse\n  turn_left()\n"
            "end\n",
            text_of(ed));
  BlockPath c = block_edit_cursor(ed);
  CHECK_STR("turn_left", block_edit_at(ed, &c)->name);   /* the cursor stayed on its block */
  CHECK(!block_edit_add_arm(ed, &in_else, "path_left")); /* not an if */
  CHECK(!block_edit_add_arm(ed, &p, "not a name"));
  BlockPath in_arm1 = path2(0, 1, 0);
  Block *tr = block_new_named(BLOCK_CALL, "turn_right");
  CHECK(block_edit_insert(ed, &in_arm1, tr));
  block_edit_set_cursor(ed, &in_arm1);
  BlockPath ifp;
  int arm = -1;
  CHECK(block_edit_cursor_if(ed, &ifp, &arm));
  CHECK(block_path_equal(&ifp, &p));
  CHECK_INT(1, arm);
  CHECK(round_trips(ed));
  CHECK(!block_edit_remove_arm(ed, &p, 0)); /* the if itself stays */
  CHECK(!block_edit_remove_arm(ed, &p, 2));
  CHECK(block_edit_remove_arm(ed, &p, 1)); /* turn_right moves to the end of the arm above */
  CHECK_STR("if path_ahead() then\n  forward()\n  turn_right()\nelse\n  turn_left()\nend\n",
            text_of(ed));
  c = block_edit_cursor(ed);
  CHECK_STR("turn_right", block_edit_at(ed, &c)->name);
  CHECK(block_edit_undo(ed));
  CHECK_STR("if path_ahead() then\n  forward()\nelseif path_left() then\n  turn_right()\nelse\n"
            "  turn_left()\nend\n",
            text_of(ed));
  block_free(tr);
  block_edit_free(ed);
}

static void test_numbers_and_names(void)
{
  BlockEdit *ed = from_text("local n = 0\nn = n + 1\nfor i = 1, n do\nend\n"
                            "function hop()\nend\nhop()\n");
  BlockPath set = path1(0), change = path1(1), rep = path1(2), def = path1(3), call = path1(4);
  CHECK(block_edit_set_number(ed, &set, 5000));
  CHECK(block_edit_set_number(ed, &change, -7));
  CHECK(block_edit_rename(ed, &def, "zigzag"));
  CHECK(!block_edit_rename(ed, &def, "end"));
  CHECK(!block_edit_rename(ed, &def, "2go"));
  CHECK(block_edit_rename(ed, &rep, "count"));
  CHECK_STR("local n = 999\nn = n - 7\nfor i = 1, count do\nend\nfunction zigzag()\nend\n"
            "zigzag()\n",
            text_of(ed));
  CHECK(block_edit_set_number(ed, &rep, -3)); /* a number replaces the variable */
  CHECK(block_edit_set_number(ed, &change, -5000));
  CHECK(!block_edit_set_number(ed, &call, 3));
  CHECK_STR("local n = 999\nn = n - 999\nfor i = 1, 0 do\nend\nfunction zigzag()\nend\n"
            "zigzag()\n",
            text_of(ed));
  CHECK(round_trips(ed));
  block_edit_free(ed);
}

static void test_move_and_delete(void)
{
  BlockEdit *ed;
  BlockPath from, into;
  ed = from_text("forward()\nturn_left()\nfor i = 1, 2 do\n  pick_up()\nend\nturn_right()\n");
  from = path1(1);
  into = path2(2, 0, 1);
  CHECK(block_edit_move(ed, &from, &into, false));
  CHECK_STR("forward()\nfor i = 1, 2 do\n  pick_up()\n  turn_left()\nend\nturn_right()\n",
            text_of(ed));
  BlockPath stack_from = path1(1), top = path1(0);
  CHECK(block_edit_move(ed, &stack_from, &top, true)); /* the repeat and turn_right */
  CHECK_STR("for i = 1, 2 do\n  pick_up()\n  turn_left()\nend\nturn_right()\nforward()\n",
            text_of(ed));
  BlockPath self = path2(0, 0, 0), rep = path1(0);
  CHECK(!block_edit_move(ed, &rep, &self, false)); /* into itself */
  CHECK(!block_edit_move(ed, &rep, &top, false));  /* where it is */
  CHECK(block_edit_delete(ed, &rep, false));
  CHECK_STR("turn_right()\nforward()\n", text_of(ed));
  CHECK(block_edit_undo(ed));
  CHECK(block_edit_undo(ed));
  CHECK(block_edit_undo(ed));
  CHECK_STR("forward()\nturn_left()\nfor i = 1, 2 do\n  pick_up()\nend\nturn_right()\n",
            text_of(ed));
  CHECK(!block_edit_undo(ed));
  CHECK(block_edit_redo(ed));
  CHECK(block_edit_redo(ed));
  CHECK(block_edit_redo(ed));
  CHECK(!block_edit_redo(ed));
  CHECK_STR("turn_right()\nforward()\n", text_of(ed));
  CHECK(round_trips(ed));
  block_edit_free(ed);
}

static void test_stack_move_refused(void)
{
  BlockEdit *ed = from_text("forward()\nturn_left()\nfor i = 1, 2 do\nend\n");
  BlockPath from = path1(1), into = path2(2, 0, 0);
  unsigned long before = block_edit_changed(ed);
  CHECK(!block_edit_move(ed, &from, &into, true));
  CHECK_INT(before, block_edit_changed(ed));
  CHECK_STR("forward()\nturn_left()\nfor i = 1, 2 do\nend\n", text_of(ed));
  CHECK(!block_edit_undo(ed)); /* a refused move records nothing */
  block_edit_free(ed);
}

static void test_code_and_comments_move(void)
{
  BlockEdit *ed = from_text("-- go\nprint(\"hi\")\nforward()\n");
  CHECK_INT(BLOCK_COMMENT, block_edit_first(ed)->kind);
  BlockPath code = path1(1), end = path1(3);
  CHECK(block_edit_move(ed, &code, &end, false));
  CHECK_STR("-- go\nforward()\nprint(\"hi\")\n", text_of(ed));
  BlockPath comment = path1(0);
  CHECK(block_edit_delete(ed, &comment, false));
  CHECK_STR("forward()\nprint(\"hi\")\n", text_of(ed));
  CHECK(!block_edit_set_number(ed, &code, 3));
  ProgramError err;
  CHECK(!block_edit_set_text(ed, "for i = 1, 3 do", 15, &err)); /* a syntax error: unchanged */
  CHECK_INT(PROGRAM_MISSING_END, err.code);
  CHECK_STR("forward()\nprint(\"hi\")\n", text_of(ed));
  block_edit_free(ed);
}

static void test_cursor(void)
{
  BlockEdit *ed = from_text("forward()\nfor i = 1, 2 do\nend\nif at_goal() then\n  turn_left()\n"
                            "else\nend\n");
  /* stops: forward, repeat, its empty body, if, turn_left, empty else, end of program */
  CHECK_INT(7, block_edit_stop_count(ed));
  BlockPath c = block_edit_cursor(ed);
  CHECK(block_path_equal(&c, &(BlockPath){.n = 1}));
  CHECK(block_edit_cursor_move(ed, 1));
  CHECK(block_edit_cursor_move(ed, 1));
  c = block_edit_cursor(ed);
  BlockPath body = path2(1, 0, 0);
  CHECK(block_path_equal(&c, &body));
  Block *fwd = block_new_named(BLOCK_CALL, "forward");
  CHECK(block_edit_cursor_insert(ed, fwd)); /* Enter on an empty body fills it */
  CHECK_STR("forward()\nfor i = 1, 2 do\n  forward()\nend\nif at_goal() then\n  turn_left()\n"
            "else\nend\n",
            text_of(ed));
  CHECK(block_edit_cursor_insert(ed, fwd)); /* Enter on a block adds below it */
  CHECK_INT(6, block_edit_count(ed));
  CHECK(!block_edit_cursor_move(ed, -100));
  for (int i = 0; i < 20; i++)
    block_edit_cursor_move(ed, 1);
  CHECK(!block_edit_cursor_move(ed, 1));
  c = block_edit_cursor(ed);
  CHECK(block_path_equal(&c, &(BlockPath){.n = 1, .idx = {3}})); /* the end of the program */
  CHECK(!block_edit_cursor_delete(ed));                          /* nothing there */
  CHECK(block_edit_cursor_insert(ed, fwd));
  CHECK_STR("forward()\nfor i = 1, 2 do\n  forward()\n  forward()\nend\nif at_goal() then\n"
            "  turn_left()\nelse\nend\nforward()\n",
            text_of(ed));
  CHECK(block_edit_cursor_delete(ed));
  c = block_edit_cursor(ed);
  CHECK(block_path_equal(&c, &(BlockPath){.n = 1, .idx = {3}}));
  CHECK(round_trips(ed));
  block_free(fwd);
  block_edit_free(ed);
}

static void test_cursor_shift(void)
{
  BlockEdit *ed = from_text("forward()\nfor i = 1, 2 do\n  pick_up()\nend\nturn_left()\n");
  BlockPath top = path1(0);
  block_edit_set_cursor(ed, &top);
  CHECK(block_edit_cursor_shift(ed, 1)); /* forward goes into the repeat's body, first */
  CHECK_STR("for i = 1, 2 do\n  forward()\n  pick_up()\nend\nturn_left()\n", text_of(ed));
  CHECK(block_edit_cursor_shift(ed, 1));
  CHECK(block_edit_cursor_shift(ed, 1)); /* out of the body, below the repeat */
  CHECK_STR("for i = 1, 2 do\n  pick_up()\nend\nforward()\nturn_left()\n", text_of(ed));
  CHECK(block_edit_cursor_shift(ed, 1));
  CHECK(!block_edit_cursor_shift(ed, 1)); /* the last block stays last */
  CHECK_STR("for i = 1, 2 do\n  pick_up()\nend\nturn_left()\nforward()\n", text_of(ed));
  Block *b = block_edit_at(ed, &(BlockPath){.n = 1, .idx = {2}});
  BlockPath c = block_edit_cursor(ed);
  CHECK(b == block_edit_at(ed, &c)); /* the cursor followed the block */
  CHECK(block_edit_cursor_shift(ed, -1));
  CHECK(block_edit_cursor_shift(ed, -1)); /* up into the repeat, at its end */
  CHECK_STR("for i = 1, 2 do\n  pick_up()\n  forward()\nend\nturn_left()\n", text_of(ed));
  block_edit_free(ed);
}

/* ---- Property: random edits keep the text and the tree in step ------------------------ */

static const char *names[] = {"forward", "turn_left", "turn_right", "pick_up"};
static const char *sensors[] = {"path_ahead", "path_left", "at_goal", "item_here"};

static Block *random_block(void)
{
  Block *b;
  switch (rand() % 9) {
  case 0:
    b = block_new_named(BLOCK_REPEAT, "i");
    b->number = rand() % 12;
    return b;
  case 1:
    return block_new_named(BLOCK_REPEAT_UNTIL, sensors[rand() % 4]);
  case 2:
    b = block_new(BLOCK_IF);
    b->arms = block_arm_new(rand() % 2, sensors[rand() % 4]);
    b->has_else = rand() % 2;
    return b;
  case 3:
    return block_new_named(BLOCK_DEFINE, "zigzag");
  case 4:
    b = block_new_named(BLOCK_SET, "n");
    b->is_local = true;
    return b;
  case 5:
    b = block_new_named(BLOCK_CHANGE, "n");
    b->number = rand() % 7 - 3;
    return b;
  case 6:
    return block_new_text(BLOCK_COMMENT, "-- note", 7);
  case 7:
    return block_new_text(BLOCK_CODE, "print(\"hi\")", 11);
  default:
    return block_new_named(BLOCK_CALL, names[rand() % 4]);
  }
}

static void random_edit(BlockEdit *ed)
{
  int stops = block_edit_stop_count(ed);
  BlockPath c = block_edit_cursor(ed);
  block_edit_cursor_move(ed, rand() % 5 - 2);
  Block *tmpl = random_block();
  switch (rand() % 10) {
  case 0:
  case 1:
  case 2:
    block_edit_cursor_insert(ed, tmpl);
    break;
  case 3:
    block_edit_cursor_delete(ed);
    break;
  case 4:
    block_edit_cursor_shift(ed, rand() % 2 ? 1 : -1);
    break;
  case 5: { /* move the cursor's stack to another stop's place */
    BlockPath from = block_edit_cursor(ed);
    for (int i = rand() % (stops + 1); i > 0; i--)
      block_edit_cursor_move(ed, rand() % 2 ? 1 : -1);
    BlockPath to = block_edit_cursor_place(ed);
    block_edit_move(ed, &from, &to, rand() % 2);
    break;
  }
  case 6:
    c = block_edit_cursor(ed);
    block_edit_set_number(ed, &c, rand() % 2000 - 1000);
    block_edit_set_sensor(ed, &c, 0, sensors[rand() % 4], rand() % 2);
    block_edit_set_else(ed, &c, rand() % 2);
    if (rand() % 2)
      block_edit_add_arm(ed, &c, sensors[rand() % 4]);
    else
      block_edit_remove_arm(ed, &c, 1 + rand() % 2);
    break;
  case 7:
    block_edit_undo(ed);
    break;
  case 8:
    block_edit_redo(ed);
    break;
  default:
    c = block_edit_cursor(ed);
    block_edit_rename(ed, &c, rand() % 2 ? "hop" : "n");
  }
  block_free(tmpl);
}

static void test_round_trip_property(void)
{
  srand(4);
  int failures = 0, checked = 0;
  for (int run = 0; run < 40; run++) {
    BlockEdit *ed = block_edit_new();
    for (int step = 0; step < 60; step++) {
      random_edit(ed);
      checked++;
      if (!round_trips(ed) && ++failures > 3)
        break;
      BlockPath c = block_edit_cursor(ed); /* the cursor is always on a stop */
      block_edit_set_cursor(ed, &c);
      BlockPath c2 = block_edit_cursor(ed);
      if (!block_path_equal(&c, &c2))
        failures++;
    }
    block_edit_free(ed);
  }
  CHECK_INT(0, failures);
  CHECK(checked >= 2400);
}

static void test_sync_lines(void)
{
  BlockEdit *ed = block_edit_new();
  Block *rep = block_new_named(BLOCK_REPEAT, "i");
  rep->number = 3;
  rep->body = block_new_named(BLOCK_CALL, "forward");
  BlockPath top = path1(0);
  CHECK(block_edit_insert(ed, &top, rep));
  CHECK_INT(0, block_edit_first(ed)->body->first_line);
  block_edit_sync_lines(ed);
  CHECK_INT(1, block_edit_first(ed)->first_line);
  CHECK_INT(2, block_edit_first(ed)->body->first_line);
  block_free(rep);
  block_edit_free(ed);
}

int main(void)
{
  test_insert_and_nest();
  test_if_arms_and_else();
  test_elseif_arms();
  test_numbers_and_names();
  test_move_and_delete();
  test_stack_move_refused();
  test_code_and_comments_move();
  test_cursor();
  test_cursor_shift();
  test_round_trip_property();
  test_sync_lines();
  return check_summary();
}
