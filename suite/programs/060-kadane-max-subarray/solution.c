#include "solution.h"

long long max_subarray(const int *a, size_t n, size_t *start, size_t *end) {
  *start = *end = 0;
  if (n == 0) return 0;
  long long best = a[0], cur = a[0];
  size_t cur_start = 0;
  for (size_t i = 1; i < n; i++) {
    if (cur < 0) {
      cur = a[i];
      cur_start = i;
    } else {
      cur += a[i];
    }
    if (cur > best) {
      best = cur;
      *start = cur_start;
      *end = i;
    }
  }
  return best;
}

long long max_circular_subarray(const int *a, size_t n) {
  long long total = 0, best_max = a[0], best_min = a[0], cur_max = 0, cur_min = 0;
  for (size_t i = 0; i < n; i++) {
    total += a[i];
    cur_max = (cur_max > 0 ? cur_max : 0) + a[i];
    cur_min = (cur_min < 0 ? cur_min : 0) + a[i];
    if (cur_max > best_max) best_max = cur_max;
    if (cur_min < best_min) best_min = cur_min;
  }
  /* if every element is negative, the wrap-around candidate would be empty */
  if (best_max < 0) return best_max;
  long long wrap = total - best_min;
  return wrap > best_max ? wrap : best_max;
}

long long max_product_subarray(const int *a, size_t n) {
  long long hi = a[0], lo = a[0], best = a[0];
  for (size_t i = 1; i < n; i++) {
    long long v = a[i];
    long long p1 = hi * v, p2 = lo * v;
    long long nh = v, nl = v;
    if (p1 > nh) nh = p1;
    if (p2 > nh) nh = p2;
    if (p1 < nl) nl = p1;
    if (p2 < nl) nl = p2;
    hi = nh;
    lo = nl;
    if (hi > best) best = hi;
  }
  return best;
}

long long max_window_sum(const int *a, size_t n, size_t k) {
  long long sum = 0;
  for (size_t i = 0; i < k; i++) sum += a[i];
  long long best = sum;
  for (size_t i = k; i < n; i++) {
    sum += (long long)a[i] - a[i - k];
    if (sum > best) best = sum;
  }
  return best;
}
