#ifndef SOLUTION_H
#define SOLUTION_H

typedef struct {
  double re;
  double im;
} cplx;

cplx cplx_make(double re, double im);
cplx cplx_add(cplx a, cplx b);
cplx cplx_sub(cplx a, cplx b);
cplx cplx_mul(cplx a, cplx b);
/* Smith's algorithm (avoids overflow in |b|^2); b must be non-zero. */
cplx cplx_div(cplx a, cplx b);
cplx cplx_conj(cplx a);
double cplx_abs(cplx a); /* hypot-style scaling, no overflow */
double cplx_arg(cplx a);
cplx cplx_from_polar(double r, double theta);
cplx cplx_pow_int(cplx a, int n); /* binary exponentiation, negative n via division; a != 0 if n < 0 */
cplx cplx_exp(cplx a);
/* Escape-time iteration z <- z^2 + c from z = 0; returns the first iteration count at which
 * |z| > 2, or max_iter if it never escapes. */
int mandelbrot_escape(cplx c, int max_iter);
/* The n n-th roots of unity into out[0..n-1] (n >= 1). */
void roots_of_unity(int n, cplx *out);

#endif
