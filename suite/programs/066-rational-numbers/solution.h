#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>

/* Reduced fraction with den > 0; zero is 0/1. Callers keep magnitudes below
 * about 2^31 so that intermediate products fit in long long. */
struct rational {
  long long num;
  long long den;
};

/* Builds num/den in lowest terms; returns false if den == 0. */
bool rat_make(long long num, long long den, struct rational *out);
struct rational rat_add(struct rational a, struct rational b);
struct rational rat_sub(struct rational a, struct rational b);
struct rational rat_mul(struct rational a, struct rational b);
/* false on division by zero */
bool rat_div(struct rational a, struct rational b, struct rational *out);
/* -1, 0, 1 */
int rat_cmp(struct rational a, struct rational b);
double rat_to_double(struct rational a);
/* floor of a as an integer */
long long rat_floor(struct rational a);
/* Continued fraction terms of a (up to max); returns the count written. */
int rat_continued_fraction(struct rational a, long long *terms, int max);

#endif
