#ifndef SOLUTION_H
#define SOLUTION_H

/* Taylor-series implementations with argument reduction (|x| <= 1e6). */
double series_sin(double x);
double series_cos(double x);
/* atan via argument halving and the Taylor series; defined for all finite x. */
double series_atan(double x);
/* exp via range reduction x = k ln2 + r and the Taylor series of exp(r); |x| <= 700. */
double series_exp(double x);

#endif
