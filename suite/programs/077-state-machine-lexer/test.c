#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 123123u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

struct expect { enum tok_kind kind; const char *text; };

static void check_lex(const char *src, const struct expect *e, size_t n) {
  struct token toks[64];
  size_t got = lex_all(src, toks, 64);
  CHECK(got == n);
  for (size_t i = 0; i < n; i++) {
    CHECK(toks[i].kind == e[i].kind);
    CHECK(toks[i].len == strlen(e[i].text));
    CHECK(strncmp(src + toks[i].start, e[i].text, toks[i].len) == 0);
  }
}

int main(void) {
  CHECK(strcmp(tok_kind_name(TOK_FLOAT), "float") == 0);
  CHECK(strcmp(tok_kind_name(TOK_ERROR), "error") == 0);
  CHECK(strcmp(tok_kind_name(TOK_END), "end") == 0);

  const struct expect e1[] = {{TOK_KEYWORD, "while"}, {TOK_LPAREN, "("}, {TOK_IDENT, "x1"}, {TOK_OP, "<="},
                              {TOK_FLOAT, "3.25e-2"}, {TOK_OP, "&&"}, {TOK_OP, "!"}, {TOK_IDENT, "done_"},
                              {TOK_RPAREN, ")"}, {TOK_LBRACE, "{"}, {TOK_IDENT, "x1"}, {TOK_OP, "="},
                              {TOK_IDENT, "f"}, {TOK_LPAREN, "("}, {TOK_STRING, "\"a\\\"b\\n\""},
                              {TOK_COMMA, ","}, {TOK_INT, "42"}, {TOK_RPAREN, ")"}, {TOK_SEMI, ";"},
                              {TOK_RBRACE, "}"}, {TOK_END, ""}};
  check_lex("while (x1 <= 3.25e-2 && !done_) {\n  x1 = f(\"a\\\"b\\n\", 42); // note\n}", e1, 21);

  const struct expect e2[] = {{TOK_INT, "1"}, {TOK_OP, "/"}, {TOK_INT, "2"}, {TOK_END, ""}};
  check_lex("1 /* block * comment ** */ / /**/ 2 // tail", e2, 4);
  const struct expect e3[] = {{TOK_END, ""}};
  check_lex("", e3, 1);
  check_lex("   \n\t // only a comment", e3, 1);
  const struct expect e4[] = {{TOK_INT, "12"}, {TOK_ERROR, "."}};
  check_lex("12.x", e4, 2);
  const struct expect e5[] = {{TOK_INT, "1"}, {TOK_IDENT, "e"}, {TOK_OP, "+"}, {TOK_IDENT, "x"}, {TOK_END, ""}};
  check_lex("1e+x", e5, 5);
  const struct expect e6[] = {{TOK_FLOAT, "1e10"}, {TOK_FLOAT, "2E+3"}, {TOK_FLOAT, "0.5"}, {TOK_END, ""}};
  check_lex("1e10 2E+3 0.5", e6, 4);
  const struct expect e7[] = {{TOK_IDENT, "a"}, {TOK_ERROR, "\"abc"}};
  check_lex("a \"abc", e7, 2);
  const struct expect e8[] = {{TOK_ERROR, "\"bad\\"}};
  check_lex("\"bad\\q\"", e8, 1);
  const struct expect e9[] = {{TOK_IDENT, "x"}, {TOK_ERROR, "/* never closed"}};
  check_lex("x /* never closed", e9, 2);
  const struct expect e10[] = {{TOK_OP, "=="}, {TOK_OP, "!="}, {TOK_OP, ">="}, {TOK_OP, ">"}, {TOK_OP, "||"},
                               {TOK_OP, "%"}, {TOK_ERROR, "&"}};
  check_lex("== != >= > || % & b", e10, 7);
  const struct expect e11[] = {{TOK_KEYWORD, "if"}, {TOK_IDENT, "iff"}, {TOK_KEYWORD, "else"}, {TOK_IDENT, "elsewhere"},
                               {TOK_KEYWORD, "return"}, {TOK_IDENT, "returns"}, {TOK_IDENT, "i"}, {TOK_ERROR, "@"}};
  check_lex("if iff else elsewhere return returns i @", e11, 8);
  const struct expect e12[] = {{TOK_IDENT, "a"}, {TOK_ERROR, "\"x"}};
  check_lex("a \"x\nb\"", e12, 2);

  /* lex_next directly: position tracking and END is sticky */
  size_t pos = 0;
  const char *src = "  ab  ";
  struct token t = lex_next(src, &pos);
  CHECK(t.kind == TOK_IDENT && t.start == 2 && t.len == 2 && pos == 4);
  t = lex_next(src, &pos);
  CHECK(t.kind == TOK_END && t.len == 0 && pos == 6);
  t = lex_next(src, &pos);
  CHECK(t.kind == TOK_END && pos == 6);
  struct token few[2];
  CHECK(lex_all("a b c d", few, 2) == 2 && few[1].start == 2);

  /* random programs from a token pool, separated by whitespace or comments */
  static const struct expect pool[] = {
      {TOK_IDENT, "foo"}, {TOK_IDENT, "_x9"}, {TOK_KEYWORD, "while"}, {TOK_KEYWORD, "if"},
      {TOK_INT, "0"}, {TOK_INT, "123456"}, {TOK_FLOAT, "3.14"}, {TOK_FLOAT, "6e-7"},
      {TOK_FLOAT, "1.5E+10"}, {TOK_STRING, "\"\""}, {TOK_STRING, "\"hi there\""},
      {TOK_STRING, "\"tab\\t\\\\\""}, {TOK_OP, "+"}, {TOK_OP, "-"}, {TOK_OP, "*"}, {TOK_OP, "/"},
      {TOK_OP, "<"}, {TOK_OP, "<="}, {TOK_OP, "=="}, {TOK_OP, "!"}, {TOK_OP, "&&"},
      {TOK_LPAREN, "("}, {TOK_RPAREN, ")"}, {TOK_LBRACE, "{"}, {TOK_RBRACE, "}"},
      {TOK_COMMA, ","}, {TOK_SEMI, ";"}};
  static const char *seps[] = {" ", "\n", "\t ", " /* c */ ", " // line\n", " /**/"};
  const size_t np = sizeof pool / sizeof pool[0];
  for (int iter = 0; iter < 2000; iter++) {
    char buf[2048];
    size_t kinds[40], starts[40], n = rnd() % 40, len = 0;
    if (rnd() % 2) { strcpy(buf, seps[rnd() % 6]); len = strlen(buf); } else buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
      size_t k = rnd() % np;
      kinds[i] = k;
      starts[i] = len;
      strcpy(buf + len, pool[k].text);
      len += strlen(pool[k].text);
      strcpy(buf + len, seps[rnd() % 6]);
      len += strlen(buf + len);
    }
    struct token toks[64];
    size_t got = lex_all(buf, toks, 64);
    CHECK(got == n + 1);
    for (size_t i = 0; i < n; i++) {
      CHECK(toks[i].kind == pool[kinds[i]].kind);
      CHECK(toks[i].start == starts[i]);
      CHECK(toks[i].len == strlen(pool[kinds[i]].text));
    }
    CHECK(toks[n].kind == TOK_END && toks[n].start == len);
  }
  /* random byte soup: tokens are ordered, in bounds, and lexing terminates */
  for (int iter = 0; iter < 2000; iter++) {
    char buf[64];
    size_t n = rnd() % 60;
    for (size_t i = 0; i < n; i++) buf[i] = " \n\"\\/*a1.e+-=&|!(){};,#x"[rnd() % 24];
    buf[n] = '\0';
    struct token toks[64];
    size_t got = lex_all(buf, toks, 64);
    CHECK(got >= 1 && got <= 61);
    size_t prev_end = 0;
    for (size_t i = 0; i < got; i++) {
      CHECK(toks[i].start >= prev_end && toks[i].start + toks[i].len <= n);
      CHECK(toks[i].len > 0 || toks[i].kind == TOK_END || toks[i].kind == TOK_ERROR);
      prev_end = toks[i].start + toks[i].len;
    }
    CHECK(toks[got - 1].kind == TOK_END || toks[got - 1].kind == TOK_ERROR);
  }
  return 0;
}
