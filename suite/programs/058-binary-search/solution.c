#include "solution.h"

size_t lower_bound_int(const int *a, size_t n, int key) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

size_t upper_bound_int(const int *a, size_t n, int key) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

long binary_search_int(const int *a, size_t n, int key) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid] == key) return (long)mid;
    if (a[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

size_t count_equal(const int *a, size_t n, int key) {
  return upper_bound_int(a, n, key) - lower_bound_int(a, n, key);
}

long search_rotated(const int *a, size_t n, int key) {
  if (n == 0) return -1;
  size_t lo = 0, hi = n - 1; /* inclusive */
  while (lo <= hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid] == key) return (long)mid;
    if (a[lo] <= a[mid]) {
      /* left half [lo, mid] sorted */
      if (a[lo] <= key && key < a[mid]) {
        if (mid == 0) return -1;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    } else {
      /* right half [mid, hi] sorted */
      if (a[mid] < key && key <= a[hi]) {
        lo = mid + 1;
      } else {
        if (mid == 0) return -1;
        hi = mid - 1;
      }
    }
  }
  return -1;
}

uint64_t isqrt_u64(uint64_t x) {
  uint64_t lo = 0, hi = 4294967295u; /* answer fits in 32 bits */
  if (hi > x) hi = x;
  while (lo < hi) {
    uint64_t mid = lo + (hi - lo + 1) / 2;
    if (mid <= x / mid) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
