#ifndef SOLUTION_H
#define SOLUTION_H

enum calc_status {
  CALC_OK,
  CALC_SYNTAX,    /* malformed expression */
  CALC_DIV_ZERO,  /* division or modulo by zero */
  CALC_OVERFLOW,  /* result does not fit in long long */
  CALC_NEG_EXP    /* negative exponent */
};

/* Applies one binary operator (+ - * / % ^) with overflow checking. '/' and
 * '%' truncate toward zero like C; '^' is integer power (exponent >= 0). */
enum calc_status calc_apply(char op, long long a, long long b, long long *out);
/* Evaluates an integer expression: decimal literals, parentheses, unary
 * minus/plus, binary + - * / % and right-associative ^ with the usual
 * precedence (^ binds tighter than unary minus: -2^2 == -4). Spaces are
 * allowed between tokens. */
enum calc_status calc_eval(const char *expr, long long *out);

#endif
