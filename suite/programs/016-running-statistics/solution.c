#include "solution.h"
#include <stdlib.h>
#include <string.h>

void stats_init(running_stats *s) {
  s->n = 0;
  s->mean = 0.0;
  s->m2 = 0.0;
  s->min = 0.0;
  s->max = 0.0;
}

void stats_push(running_stats *s, double x) {
  s->n++;
  if (s->n == 1) {
    s->min = s->max = x;
  } else {
    if (x < s->min) s->min = x;
    if (x > s->max) s->max = x;
  }
  double delta = x - s->mean;
  s->mean += delta / (double)s->n;
  s->m2 += delta * (x - s->mean);
}

void stats_merge(const running_stats *a, const running_stats *b, running_stats *out) {
  running_stats r;
  if (a->n == 0) {
    r = *b;
  } else if (b->n == 0) {
    r = *a;
  } else {
    double na = (double)a->n, nb = (double)b->n, n = na + nb;
    double delta = b->mean - a->mean;
    r.n = a->n + b->n;
    r.mean = a->mean + delta * nb / n;
    r.m2 = a->m2 + b->m2 + delta * delta * na * nb / n;
    r.min = a->min < b->min ? a->min : b->min;
    r.max = a->max > b->max ? a->max : b->max;
  }
  *out = r;
}

double stats_mean(const running_stats *s) { return s->n ? s->mean : 0.0; }

double stats_variance_population(const running_stats *s) { return s->n ? s->m2 / (double)s->n : 0.0; }

double stats_variance_sample(const running_stats *s) { return s->n > 1 ? s->m2 / (double)(s->n - 1) : 0.0; }

/* quickselect: k-th smallest (0-based) of w[0..n-1], reorders w */
static double select_kth(double *w, size_t n, size_t k) {
  size_t lo = 0, hi = n - 1;
  while (lo < hi) {
    double pivot = w[lo + (hi - lo) / 2];
    size_t i = lo, j = hi;
    while (i <= j) {
      while (w[i] < pivot) i++;
      while (w[j] > pivot) j--;
      if (i <= j) {
        double t = w[i];
        w[i] = w[j];
        w[j] = t;
        i++;
        if (j == 0) break;
        j--;
      }
    }
    if (k <= j) {
      hi = j;
    } else if (k >= i) {
      lo = i;
    } else {
      return w[k];
    }
  }
  return w[k];
}

double median(const double *v, size_t n) {
  if (n == 0) return 0.0;
  double *w = malloc(n * sizeof *w);
  if (w == NULL) return 0.0;
  memcpy(w, v, n * sizeof *w);
  double m;
  if (n % 2 == 1) {
    m = select_kth(w, n, n / 2);
  } else {
    double hi = select_kth(w, n, n / 2);
    /* the lower middle is the maximum of the part left of n/2 after selection */
    double lo = w[0];
    for (size_t i = 1; i < n / 2; i++)
      if (w[i] > lo) lo = w[i];
    m = 0.5 * (lo + hi);
  }
  free(w);
  return m;
}
