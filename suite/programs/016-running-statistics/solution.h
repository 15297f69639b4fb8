#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Welford's online algorithm for mean / variance plus min / max. */
typedef struct {
  size_t n;
  double mean;
  double m2; /* sum of squared deviations from the mean */
  double min;
  double max;
} running_stats;

void stats_init(running_stats *s);
void stats_push(running_stats *s, double x);
/* Combines two accumulators (Chan et al. parallel formula) into *out (may alias a or b). */
void stats_merge(const running_stats *a, const running_stats *b, running_stats *out);
double stats_mean(const running_stats *s);              /* 0 when empty */
double stats_variance_population(const running_stats *s); /* 0 when n < 1 */
double stats_variance_sample(const running_stats *s);     /* 0 when n < 2 */
/* Median of v[0..n-1] (n >= 1), computed on a scratch copy; v is not modified.
 * Returns 0.0 on allocation failure or n == 0. */
double median(const double *v, size_t n);

#endif
