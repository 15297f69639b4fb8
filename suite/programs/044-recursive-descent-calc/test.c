#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0xBB67AE8584CAA73Bull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

/* Builds a fully parenthesised random expression into buf (appending at *len) and returns its
 * value. Depth <= 3 and literals <= 99 keep every intermediate far inside int64_t. */
static int64_t gen(char *buf, size_t *len, int depth) {
  if (depth == 0 || next_u64() % 4 == 0) {
    int64_t v = (int64_t)(next_u64() % 100);
    char tmp[4];
    int n = 0;
    if (v >= 10) tmp[n++] = (char)('0' + v / 10);
    tmp[n++] = (char)('0' + v % 10);
    memcpy(buf + *len, tmp, (size_t)n);
    *len += (size_t)n;
    return v;
  }
  int negate = next_u64() % 5 == 0;
  if (negate) buf[(*len)++] = '-';
  buf[(*len)++] = '(';
  int64_t a = gen(buf, len, depth - 1);
  if (next_u64() % 2) buf[(*len)++] = ' ';
  size_t op_pos = (*len)++;
  if (next_u64() % 2) buf[(*len)++] = ' ';
  int64_t b = gen(buf, len, depth - 1);
  buf[(*len)++] = ')';
  static const char ops[] = "+-*/%";
  char op = ops[next_u64() % 5];
  if ((op == '/' || op == '%') && b == 0) op = '+';
  buf[op_pos] = op;
  int64_t r;
  switch (op) {
    case '+': r = a + b; break;
    case '-': r = a - b; break;
    case '*': r = a * b; break;
    case '/': r = a / b; break;
    default: r = a % b; break;
  }
  return negate ? -r : r;
}

#define EVAL_OK(s, expect)                             \
  do {                                                 \
    int64_t v_ = 0;                                    \
    CHECK(calc_eval((s), &v_) == CALC_OK);             \
    CHECK(v_ == (expect));                             \
  } while (0)

int main(void) {
  int64_t v = 12345;
  EVAL_OK("0", 0);
  EVAL_OK("42", 42);
  EVAL_OK("  7  ", 7);
  EVAL_OK("1+2*3", 7);
  EVAL_OK("(1+2)*3", 9);
  EVAL_OK("10-4-3", 3);          /* left associative */
  EVAL_OK("100/10/5", 2);
  EVAL_OK("7/2", 3);
  EVAL_OK("-7/2", -3);           /* truncation toward zero */
  EVAL_OK("-7%3", -1);
  EVAL_OK("7%-3", 1);
  EVAL_OK("--5", 5);
  EVAL_OK("-+-+5", 5);
  EVAL_OK("2*-3", -6);
  EVAL_OK("((((((((((1))))))))))", 1);
  EVAL_OK("2 * (3 + 4) * 5 - 6 / 2 % 4", 67);
  EVAL_OK("\t-(4 - 10) * -(2)\t", -12);
  EVAL_OK("4611686018427387904 + 4611686018427387903", INT64_MAX);
  EVAL_OK("-4611686018427387904 * 2", INT64_MIN);
  EVAL_OK("1 - -1 - +1 - -(-1)", 0);
  EVAL_OK("9223372036854775807", INT64_MAX);
  EVAL_OK("-9223372036854775807-1", INT64_MIN);
  EVAL_OK("(-9223372036854775807-1) % -1", 0);
  EVAL_OK("-1 - (-9223372036854775807-1)", INT64_MAX);
  EVAL_OK("(-9223372036854775807-1) - (-9223372036854775807-1)", 0);
  EVAL_OK("3037000499 * 3037000499", 9223372030926249001);

  CHECK(calc_eval("", &v) == CALC_SYNTAX);
  CHECK(calc_eval("   ", &v) == CALC_SYNTAX);
  CHECK(calc_eval("1+", &v) == CALC_SYNTAX);
  CHECK(calc_eval("(1+2", &v) == CALC_SYNTAX);
  CHECK(calc_eval("1+2)", &v) == CALC_SYNTAX);
  CHECK(calc_eval("1 2", &v) == CALC_SYNTAX);
  CHECK(calc_eval("*3", &v) == CALC_SYNTAX);
  CHECK(calc_eval("3x", &v) == CALC_SYNTAX);
  CHECK(calc_eval("()", &v) == CALC_SYNTAX);
  CHECK(calc_eval("1/0", &v) == CALC_DIV_ZERO);
  CHECK(calc_eval("5%(3-3)", &v) == CALC_DIV_ZERO);
  CHECK(calc_eval("9223372036854775808", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("9223372036854775807+1", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("-9223372036854775807-2", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("(-9223372036854775807-1)/-1", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("-(-9223372036854775807-1)", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("4611686018427387904 * 2", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("-4611686018427387904 * -2", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("-4611686018427387905 * 2", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("0 - (-9223372036854775807-1)", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("(-9223372036854775807-1) * -1", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("3037000500*3037000500", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("-3037000500*3037000500", &v) == CALC_OVERFLOW);
  CHECK(calc_eval("(0-3037000500)*(0-3037000500)", &v) == CALC_OVERFLOW);
  CHECK(v == 12345); /* untouched on failure */

  /* nesting limit */
  char deep[512];
  for (int i = 0; i < 200; i++) deep[i] = '(';
  deep[200] = '1';
  for (int i = 0; i < 200; i++) deep[201 + i] = ')';
  deep[401] = '\0';
  EVAL_OK(deep, 1);
  char deeper[512];
  for (int i = 0; i < 201; i++) deeper[i] = '(';
  deeper[201] = '1';
  for (int i = 0; i < 201; i++) deeper[202 + i] = ')';
  deeper[403] = '\0';
  CHECK(calc_eval(deeper, &v) == CALC_TOO_DEEP);
  char minus[300];
  memset(minus, '-', 250);
  minus[250] = '1';
  minus[251] = '\0';
  CHECK(calc_eval(minus, &v) == CALC_TOO_DEEP);
  minus[150] = '1';
  minus[151] = '\0';
  EVAL_OK(minus, 1); /* 150 minus signs */

  /* random fully parenthesised expressions against direct evaluation */
  char buf[512];
  for (int t = 0; t < 3000; t++) {
    size_t len = 0;
    int64_t expect = gen(buf, &len, 3);
    buf[len] = '\0';
    EVAL_OK(buf, expect);
  }
  return 0;
}
