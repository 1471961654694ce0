/* test_messages.c: the words a pupil reads: loaded from scripts/lang/, filled in, falling back
   to English, and Lua's messages read into friendly sentences that name what went wrong. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "messages.h"
#include "paths.h"

static const char *known[] = {"forward", "turn_left", "turn_right", "pick_up", "path_ahead"};

static MessageReason explain(const char *lua_message)
{
  MessageReason r;
  messages_explain_lua(lua_message, 3, known, 5, &r);
  return r;
}

static void test_reading_lua_errors(void)
{
  MessageReason r = explain("attempt to call a nil value (global 'foward')");
  CHECK_STR("unknown_command_suggest", r.key);
  CHECK_STR("foward", r.name);
  CHECK_STR("forward", r.suggestion);
  CHECK_INT(3, r.line);

  r = explain("attempt to call a nil value (global 'dance')");
  CHECK_STR("unknown_command", r.key); /* nothing near: no guess */

  r = explain("attempt to perform arithmetic on a nil value (global 'n')");
  CHECK_STR("unknown_variable", r.key);
  CHECK_STR("n", r.name);

  r = explain("'end' expected (to close 'for' at line 1) near <eof>");
  CHECK_STR("missing_end", r.key);
  CHECK_STR("for", r.opener);
  CHECK_INT(1, r.line); /* the repeat that needs its end, not the end of the file */

  CHECK_STR("missing_then", explain("'then' expected near 'forward'").key);
  CHECK_STR("missing_do", explain("'do' expected near 'forward'").key);
  CHECK_STR("unclosed_string", explain("unfinished string near '\"hi'").key);
  CHECK_STR("unclosed_bracket", explain("')' expected near <eof>").key);
  CHECK_STR("extra_end", explain("<eof> expected near 'end'").key);
  CHECK_STR("number_expected", explain("'for' limit must be a number").key);
  CHECK_STR("recursion", explain("stack overflow").key);
  CHECK_STR("out_of_memory", explain("not enough memory").key);
  CHECK_STR("runtime_error", explain("something nobody expected").key);
  CHECK_STR("too_big", explain("too many local variables (limit is 200) in main function "
                               "near '='")
                           .key);
  CHECK_STR("too_deep", explain("chunk has too many syntax levels").key);
}

static void test_did_you_mean(void)
{
  CHECK_STR("forward", messages_did_you_mean("Forward", known, 5));
  CHECK_STR("turn_left", messages_did_you_mean("turnleft", known, 5));
  CHECK_STR("turn_right", messages_did_you_mean("turn_rigth", known, 5));
  CHECK(messages_did_you_mean("xyz", known, 5) == NULL);
  CHECK(messages_did_you_mean("", known, 5) == NULL);
}

static void test_sentences(void)
{
  char out[512];
  MessageReason r = explain("'end' expected (to close 'for' at line 4) near <eof>");
  messages_sentence(&r, out, sizeof out);
  CHECK_CONTAINS("repeat", out); /* a child knows the block as "repeat", not "for" */
  CHECK_CONTAINS("“end”", out);

  r = explain("attempt to call a nil value (global 'foward')");
  messages_sentence(&r, out, sizeof out);
  CHECK_CONTAINS("“foward”", out);
  CHECK_CONTAINS("“forward”", out);

  messages_format(out, sizeof out, "too_many_steps", "max", "50", NULL);
  CHECK_CONTAINS("50", out);
  CHECK(strchr(out, '{') == NULL);
  CHECK_STR("no_such_key_anywhere", messages_get("no_such_key_anywhere"));
}

/* Every sentence the engine can choose is written in English, fills in cleanly, and is short
   enough to read. */
static void test_every_key_has_words(void)
{
  static const char *keys[] = {"missing_end",
                               "missing_do",
                               "missing_then",
                               "missing_until",
                               "unclosed_string",
                               "unclosed_long",
                               "unclosed_bracket",
                               "needs_parens",
                               "unexpected",
                               "extra_end",
                               "expected_token",
                               "expected_name",
                               "expected_equals",
                               "bad_number",
                               "bad_character",
                               "bad_escape",
                               "break_outside",
                               "too_deep",
                               "too_big",
                               "syntax",
                               "unknown_command",
                               "unknown_command_suggest",
                               "not_offered",
                               "no_arguments",
                               "not_a_command",
                               "unknown_variable",
                               "number_expected",
                               "compare_nothing",
                               "recursion",
                               "out_of_memory",
                               "too_big_value",
                               "runtime_error",
                               "bump",
                               "bump_blocks",
                               "bump_straight",
                               "loop_count",
                               "define_first",
                               "define_first_blocks",
                               "join_words",
                               "no_such_operator",
                               "repeat_times",
                               "else_if",
                               "misspelt_keyword",
                               "unsolved_goal_words",
                               "nothing_here",
                               "too_long_loop",
                               "too_many_steps",
                               "unsolved_reach",
                               "unsolved_collect",
                               "unsolved_goal",
                               "empty_program",
                               "level_broken",
                               "outcome_solved",
                               "outcome_unsolved",
                               "outcome_error",
                               "outcome_too-long",
                               "opener_for",
                               "opener_while",
                               "opener_if",
                               "opener_function",
                               "opener_repeat",
                               "opener_block"};
  char out[512];
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    CHECK(strcmp(messages_get(keys[i]), keys[i]) != 0);
    messages_format(out, sizeof out, keys[i], "name", "forward", "suggestion", "forward", "opener",
                    "repeat", "open_line", "3", "max", "1000", "detail", "x", "count", "2",
                    "needed", "3", "other_line", "4", "thing", "wall", NULL);
    CHECK(strchr(out, '{') == NULL && strlen(out) < 120);
  }
}

/* Keys that hold a fragment of a sentence, not a sentence: block names, things Robo bumps. */
static bool is_fragment(const char *key)
{
  return strncmp(key, "opener_", 7) == 0 || strncmp(key, "thing_", 6) == 0 ||
         strncmp(key, "goal_", 5) == 0 || strcmp(key, "line_prefix") == 0;
}

/* The first letter of the sentence starting at s is a capital, unless it opens with quoted
   code (“edn” should be “end”) or a word the engine fills in ({name}, choose a level). */
static bool starts_with_capital(const char *s)
{
  while (*s == ' ' || *s == '<' || *s == '(')
    s++;
  if (strncmp(s, "“", 3) == 0 || *s == '{' || *s == '\0')
    return true;
  return (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9');
}

/* Every sentence in English starts with a capital letter: the first one, and each after a
   full stop, a question mark or an exclamation mark. */
static void test_every_sentence_has_a_capital(void)
{
  int checked = 0;
  for (int i = 0; messages_key_at(i); i++) {
    const char *key = messages_key_at(i), *text = messages_get(key);
    if (is_fragment(key))
      continue;
    bool ok = starts_with_capital(text);
    for (const char *p = text; *p && ok; p++)
      if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' && (p == text || p[-1] != '.'))
        ok = starts_with_capital(p + 2);
    if (!ok)
      fprintf(stderr, "a sentence without a capital: %s = \"%s\"\n", key, text);
    CHECK(ok);
    checked++;
  }
  CHECK(checked > 150); /* both files were read: en.lua and ui_en.lua */
}

/* The robot has one name, Robo; and the blocks view, which has no line numbers, has a form
   of every sentence that names a line by number. */
static void test_robo_and_no_line_numbers_in_blocks(void)
{
  char blocks_key[96];
  for (int i = 0; messages_key_at(i); i++) {
    const char *key = messages_key_at(i), *text = messages_get(key);
    char lower[512];
    size_t n = 0;
    for (; text[n] && n + 1 < sizeof lower; n++)
      lower[n] = (char)(text[n] >= 'A' && text[n] <= 'Z' ? text[n] + 32 : text[n]);
    lower[n] = '\0';
    if (strstr(lower, "robot"))
      fprintf(stderr, "the robot is called Robo: %s = \"%s\"\n", key, text);
    CHECK(strstr(lower, "robot") == NULL);
    size_t kl = strlen(key);
    if (kl > 7 && strcmp(key + kl - 7, "_blocks") == 0)
      CHECK(strstr(lower, "line") == NULL);
    else if (strstr(text, "_line}") && !is_fragment(key)) {
      snprintf(blocks_key, sizeof blocks_key, "%s_blocks", key);
      CHECK(strcmp(messages_get(blocks_key), blocks_key) != 0);
    }
  }
  CHECK_STR("Robo's messages show here.", messages_get("ui_output_empty"));
}

/* A second language overrides English key by key; what it lacks stays English. */
static void test_language_fallback(void)
{
  char dir[] = "/tmp/cb-lang-XXXXXX", path[256], err[256];
  CHECK(mkdtemp(dir) != NULL);
  snprintf(path, sizeof path, "%s/scripts", dir);
  mkdir(path, 0700);
  snprintf(path, sizeof path, "%s/scripts/lang", dir);
  mkdir(path, 0700);
  snprintf(path, sizeof path, "%s/scripts/lang/en.lua", dir);
  FILE *f = fopen(path, "w");
  fputs("return { bump = 'Bump!', nothing_here = 'Nothing here.' }\n", f);
  fclose(f);
  snprintf(path, sizeof path, "%s/scripts/lang/pl.lua", dir);
  f = fopen(path, "w");
  fputs("return { bump = 'Bum!' }\n", f);
  fclose(f);
  setenv("CODEBRIDGE_DATA", dir, 1);
  paths_init(NULL);
  CHECK(messages_load("pl", err, sizeof err));
  CHECK_STR("Bum!", messages_get("bump"));
  CHECK_STR("Nothing here.", messages_get("nothing_here"));
  snprintf(path, sizeof path, "%s/scripts/lang/en.lua", dir);
  f = fopen(path, "w");
  fputs("return { while true do end", f); /* a broken language file: a message, no crash */
  fclose(f);
  CHECK(!messages_load("en", err, sizeof err));
  CHECK_CONTAINS("en.lua", err);
}

int main(void)
{
  char err[256];
  CHECK(messages_load("en", err, sizeof err));
  test_reading_lua_errors();
  test_did_you_mean();
  test_sentences();
  test_every_key_has_words();
  test_every_sentence_has_a_capital();
  test_robo_and_no_line_numbers_in_blocks();
  test_language_fallback();
  return check_summary();
}
