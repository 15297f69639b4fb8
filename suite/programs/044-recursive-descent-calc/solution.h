#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdint.h>

typedef enum {
  CALC_OK = 0,
  CALC_SYNTAX,     /* malformed expression / trailing garbage */
  CALC_DIV_ZERO,   /* division or modulo by zero */
  CALC_OVERFLOW,   /* result or intermediate outside int64_t */
  CALC_TOO_DEEP    /* more than 200 nested parentheses / unary operators */
} calc_status;

/* Evaluates an integer expression with binary + - * / % (C semantics: truncating division),
 * unary + and -, parentheses, decimal literals and spaces/tabs, by recursive descent with the
 * usual precedence (unary binds tightest, then * / %, then + -, all left associative).
 * On success stores the value in *out; on failure *out is left unchanged. */
calc_status calc_eval(const char *expr, int64_t *out);

#endif
