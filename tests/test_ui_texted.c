/* test_ui_texted.c: the code editor's text model: moves, UTF-8, editing, auto-indent, Tab,
   undo grouping, clipboard strings and the size cap, all as a pupil would meet them. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "lua_colour.h"
#include "texted.h"

static TextEd *with(const char *text)
{
  TextEd *ed = texted_new(0);
  texted_set_text(ed, text, strlen(text));
  return ed;
}

static void type_all(TextEd *ed, const char *s)
{
  char one[2] = {0, 0};
  for (; *s; s++) {
    one[0] = *s;
    if (*s == '\n')
      texted_newline(ed);
    else
      texted_type(ed, one);
  }
}

static void test_moves(void)
{
  TextEd *ed = with("for i = 1, 3 do\n  forward()\nend");
  CHECK_INT(3, texted_line_count(ed));
  texted_move(ed, TEXTED_DOWN, false);
  CHECK_INT(1, texted_cursor_line(ed));
  texted_move(ed, TEXTED_HOME, false); /* first press: to the code, past the indent */
  CHECK_INT(2, texted_cursor_col(ed));
  texted_move(ed, TEXTED_HOME, false); /* second press: column 0 */
  CHECK_INT(0, texted_cursor_col(ed));
  texted_move(ed, TEXTED_END, false);
  CHECK_INT(11, texted_cursor_col(ed));
  texted_move(ed, TEXTED_DOWN, false); /* "end" is shorter: the column clamps ... */
  CHECK_INT(3, texted_cursor_col(ed));
  texted_move(ed, TEXTED_UP, false); /* ... and comes back on the longer line */
  CHECK_INT(11, texted_cursor_col(ed));
  texted_move(ed, TEXTED_DOC_START, false);
  texted_move(ed, TEXTED_WORD_RIGHT, false);
  CHECK_INT(3, (int)texted_cursor(ed)); /* after "for" */
  texted_move(ed, TEXTED_WORD_RIGHT, false);
  CHECK_INT(5, (int)texted_cursor(ed)); /* after "i" */
  texted_move(ed, TEXTED_WORD_LEFT, false);
  CHECK_INT(4, (int)texted_cursor(ed));
  texted_move(ed, TEXTED_DOC_END, false);
  CHECK_INT((int)texted_length(ed), (int)texted_cursor(ed));
  texted_set_page_lines(ed, 2);
  texted_move(ed, TEXTED_PAGE_UP, false);
  CHECK_INT(0, texted_cursor_line(ed));
  texted_move(ed, TEXTED_PAGE_DOWN, false);
  CHECK_INT(2, texted_cursor_line(ed));
  texted_free(ed);
}

static void test_utf8(void)
{
  TextEd *ed = with("héllo 🙂");
  texted_move(ed, TEXTED_DOC_END, false);
  CHECK_INT(7, texted_cursor_col(ed)); /* seven characters, 11 bytes */
  texted_move(ed, TEXTED_LEFT, false);
  CHECK_INT(7, (int)texted_cursor(ed)); /* before the 4-byte emoji */
  texted_backspace(ed, false);
  texted_move(ed, TEXTED_DOC_END, false);
  texted_backspace(ed, false); /* removes the whole emoji, not one byte */
  CHECK_STR("héllo", texted_text(ed));
  texted_set_cursor(ed, 2, false); /* inside é: snaps to its start */
  CHECK_INT(1, (int)texted_cursor(ed));
  texted_delete(ed, false);
  CHECK_STR("hllo", texted_text(ed));
  texted_type(ed, "é");
  CHECK_STR("héllo", texted_text(ed));
  texted_set_cursor_line_col(ed, 0, 2, false);
  CHECK_INT(3, (int)texted_cursor(ed));
  texted_free(ed);
}

static void test_selection_and_clipboard(void)
{
  TextEd *ed = with("forward()\nturn_left()");
  texted_move(ed, TEXTED_WORD_RIGHT, true);
  char *s = texted_copy(ed);
  CHECK_STR("forward", s);
  free(s);
  s = texted_cut(ed);
  CHECK_STR("forward", s);
  CHECK_STR("()\nturn_left()", texted_text(ed));
  texted_move(ed, TEXTED_DOC_END, false);
  texted_paste(ed, "\r\n");
  texted_paste(ed, s);
  free(s);
  CHECK_STR("()\nturn_left()\nforward", texted_text(ed));
  CHECK(texted_copy(ed) == NULL);
  texted_select_all(ed);
  texted_type(ed, "x");
  CHECK_STR("x", texted_text(ed));
  texted_set_text(ed, "a b", 3);
  texted_move(ed, TEXTED_RIGHT, true);
  texted_move(ed, TEXTED_RIGHT, false); /* right with a selection: to its end */
  CHECK_INT(1, (int)texted_cursor(ed));
  CHECK(!texted_has_selection(ed));
  texted_set_text(ed, "go forward()", 12);
  texted_set_cursor(ed, 5, false);
  texted_select_word(ed);
  s = texted_copy(ed);
  CHECK_STR("forward", s);
  free(s);
  texted_free(ed);
}

static void test_auto_indent(void)
{
  TextEd *ed = texted_new(0);
  type_all(ed, "for i = 1, 3 do\nforward()\nend\n");
  CHECK_STR("for i = 1, 3 do\n  forward()\nend\n", texted_text(ed));
  texted_set_text(ed, "", 0);
  type_all(ed, "if at_goal() then\nprint(1)\nelse\nturn_left()\nend");
  CHECK_STR("if at_goal() then\n  print(1)\nelse\n  turn_left()\nend", texted_text(ed));
  texted_set_text(ed, "", 0);
  type_all(ed, "while true do\nif x then\nforward()\nelseif y then\nend\nend");
  CHECK_STR("while true do\n  if x then\n    forward()\n  elseif y then\n  end\nend",
            texted_text(ed));
  texted_set_text(ed, "", 0);
  type_all(ed, "function go(n)\nrepeat\nforward()\nuntil at_goal()\nend");
  CHECK_STR("function go(n)\n  repeat\n    forward()\n  until at_goal()\nend", texted_text(ed));
  texted_set_text(ed, "", 0); /* a one-line block and a comment open nothing */
  type_all(ed, "function f() end\nx = 1 -- do\ny");
  CHECK_STR("function f() end\nx = 1 -- do\ny", texted_text(ed));
  texted_set_text(ed, "  forward()", 11); /* Enter in the middle keeps the indent */
  texted_set_cursor(ed, 9, false);
  texted_newline(ed);
  CHECK_STR("  forward\n  ()", texted_text(ed));
  texted_set_text(ed, "", 0); /* a word that starts like a keyword does not dedent */
  type_all(ed, "for i=1,2 do\nending = 1");
  CHECK_STR("for i=1,2 do\n  ending = 1", texted_text(ed));
  texted_free(ed);
}

static void test_tab(void)
{
  TextEd *ed = with("a\nb\nc");
  texted_tab(ed);
  CHECK_STR("  a\nb\nc", texted_text(ed));
  texted_untab(ed);
  CHECK_STR("a\nb\nc", texted_text(ed));
  texted_select_all(ed);
  texted_tab(ed);
  CHECK_STR("  a\n  b\n  c", texted_text(ed));
  CHECK(texted_has_selection(ed));
  texted_untab(ed);
  CHECK_STR("a\nb\nc", texted_text(ed));
  texted_undo(ed);
  CHECK_STR("  a\n  b\n  c", texted_text(ed));
  texted_set_cursor(ed, 4, false); /* the "  b" line */
  texted_untab(ed);
  CHECK_STR("  a\nb\n  c", texted_text(ed));
  texted_free(ed);
}

static void test_undo_grouping(void)
{
  TextEd *ed = texted_new(0);
  type_all(ed, "forward forward");
  CHECK(texted_undo(ed)); /* the last word */
  CHECK_STR("forward ", texted_text(ed));
  CHECK(texted_undo(ed)); /* the first word with its space */
  CHECK_STR("", texted_text(ed));
  CHECK(!texted_undo(ed));
  CHECK(texted_redo(ed));
  CHECK_STR("forward ", texted_text(ed));
  CHECK(texted_redo(ed));
  CHECK_STR("forward forward", texted_text(ed));
  CHECK(!texted_redo(ed));
  texted_backspace(ed, false);
  texted_backspace(ed, false);
  texted_backspace(ed, false);
  CHECK_STR("forward forw", texted_text(ed));
  texted_undo(ed); /* three backspaces are one step */
  CHECK_STR("forward forward", texted_text(ed));
  CHECK_INT(15, (int)texted_cursor(ed));
  texted_move(ed, TEXTED_DOC_START, false);
  texted_delete(ed, false);
  texted_delete(ed, false);
  CHECK_STR("rward forward", texted_text(ed));
  texted_undo(ed);
  CHECK_STR("forward forward", texted_text(ed));
  type_all(ed, "ab"); /* a move splits typing */
  texted_move(ed, TEXTED_DOC_END, false);
  type_all(ed, "cd");
  texted_undo(ed);
  CHECK_STR("abforward forward", texted_text(ed));
  texted_undo(ed);
  type_all(ed, "x"); /* new typing after undo drops the redo */
  CHECK(!texted_redo(ed));
  texted_set_text(ed, "", 0); /* undo of `end` also undoes its dedent */
  type_all(ed, "if x then\nend");
  CHECK_STR("if x then\nend", texted_text(ed));
  texted_undo(ed);
  CHECK_STR("if x then\n  ", texted_text(ed));
  texted_redo(ed);
  CHECK_STR("if x then\nend", texted_text(ed));
  CHECK_INT((int)texted_length(ed), (int)texted_cursor(ed));
  texted_free(ed);
}

static void test_cap_and_changed(void)
{
  TextEd *ed = texted_new(10);
  unsigned long c0 = texted_changed(ed);
  CHECK(texted_type(ed, "12345678"));
  CHECK(texted_changed(ed) > c0);
  CHECK(!texted_paste(ed, "abc")); /* 11 bytes: refused whole */
  CHECK_STR("12345678", texted_text(ed));
  CHECK(texted_type(ed, "9"));
  CHECK(texted_type(ed, "0"));
  CHECK(!texted_type(ed, "x"));
  CHECK(!texted_newline(ed));
  CHECK_INT(10, (int)texted_length(ed));
  unsigned long c1 = texted_changed(ed);
  texted_move(ed, TEXTED_LEFT, false);
  CHECK_INT((long long)c1, (long long)texted_changed(ed)); /* moves are not changes */
  texted_select_all(ed);
  CHECK(texted_type(ed, "y")); /* replacing a selection frees room */
  CHECK(!texted_set_text(ed, "0123456789ab", 12));
  CHECK_STR("y", texted_text(ed));
  texted_free(ed);
  ed = texted_new(0); /* the default cap is 64 KiB */
  char *big = malloc(TEXTED_DEFAULT_MAX + 1);
  memset(big, 'a', TEXTED_DEFAULT_MAX + 1);
  CHECK(!texted_insert(ed, big, TEXTED_DEFAULT_MAX + 1));
  CHECK(texted_insert(ed, big, TEXTED_DEFAULT_MAX));
  free(big);
  texted_free(ed);
}

static void test_long_history(void)
{
  /* Thousands of steps: history trims its oldest groups and stays consistent. */
  TextEd *ed = texted_new(0);
  for (int i = 0; i < 6000; i++) {
    texted_type(ed, "a");
    texted_move(ed, TEXTED_LEFT, false);
    texted_move(ed, TEXTED_RIGHT, false);
  }
  CHECK_INT(6000, (int)texted_length(ed));
  int undone = 0;
  while (texted_undo(ed))
    undone++;
  CHECK(undone >= 1000 && undone < 6000);
  CHECK_INT(6000 - undone, (int)texted_length(ed));
  texted_free(ed);
}

/* Random editing, as a restless pupil would: the cursor always sits on a character start,
   the line index matches the text, and undoing everything gives back the starting text
   while redoing everything gives back the end. */
static void test_random_edits(void)
{
  static const char *const bits[] = {"a", "é", "🙂", " ", "do", "end", "(", "\n  x"};
  const char *start = "for i = 1, 3 do\n  forward()\nend\n";
  TextEd *ed = with(start);
  unsigned seed = 12345;
  bool ok = true;
  for (int i = 0; i < 1500 && ok; i++) {
    seed = seed * 1103515245u + 12345u;
    unsigned r = (seed >> 16) % 14;
    if (r < 4)
      texted_type(ed, bits[(seed >> 8) % 7]);
    else if (r == 4)
      texted_newline(ed);
    else if (r == 5)
      texted_backspace(ed, (seed >> 9) & 1);
    else if (r == 6)
      texted_delete(ed, (seed >> 9) & 1);
    else if (r == 7)
      texted_tab(ed);
    else if (r == 8)
      texted_untab(ed);
    else if (r == 9)
      texted_paste(ed, bits[7]);
    else if (r == 10)
      texted_undo(ed);
    else if (r == 11)
      texted_redo(ed);
    else
      texted_move(ed, (TextEdMove)((seed >> 8) % 12), (seed >> 12) & 1);
    const char *t = texted_text(ed);
    size_t len = texted_length(ed), c = texted_cursor(ed);
    int lines = 1;
    for (size_t k = 0; k < len; k++)
      lines += t[k] == '\n';
    ok = strlen(t) == len && c <= len && (c == len || ((unsigned char)t[c] & 0xC0) != 0x80) &&
         texted_anchor(ed) <= len && lines == texted_line_count(ed);
  }
  CHECK(ok);
  char *end = malloc(texted_length(ed) + 1);
  memcpy(end, texted_text(ed), texted_length(ed) + 1);
  while (texted_undo(ed)) {
  }
  CHECK_STR(start, texted_text(ed));
  while (texted_redo(ed)) {
  }
  CHECK_STR(end, texted_text(ed));
  free(end);
  texted_free(ed);
}

static void test_lua_colour(void)
{
  const char *line = "if x == 'a' then forward() end -- go";
  LuaColourState st = {0, false};
  LuaColourSpan sp[32];
  int n = lua_colour_line(line, strlen(line), &st, sp, 32);
  CHECK_INT(LUA_COLOUR_KEYWORD, sp[0].kind);
  CHECK_INT(LUA_COLOUR_COMMENT, sp[n - 1].kind);
  bool saw_cmd = false, saw_str = false;
  for (int i = 0; i < n; i++) {
    saw_cmd |= sp[i].kind == LUA_COLOUR_COMMAND && sp[i].len == 7;
    saw_str |= sp[i].kind == LUA_COLOUR_STRING && sp[i].len == 3;
  }
  CHECK(saw_cmd && saw_str);
  n = lua_colour_line("x = [[a", 7, &st, sp, 32); /* a long string runs onto the next line */
  CHECK(st.long_level > 0);
  n = lua_colour_line("b]] y", 5, &st, sp, 32);
  CHECK_INT(LUA_COLOUR_STRING, sp[0].kind);
  CHECK_INT(3, (int)sp[0].len);
  CHECK_INT(0, st.long_level);
  CHECK(lua_colour_opens_block("local t = {", 11, st));
  CHECK(!lua_colour_opens_block("t = {1, 2}", 10, st));
}

int main(void)
{
  test_moves();
  test_utf8();
  test_selection_and_clipboard();
  test_auto_indent();
  test_tab();
  test_undo_grouping();
  test_cap_and_changed();
  test_long_history();
  test_random_edits();
  test_lua_colour();
  return check_summary();
}
