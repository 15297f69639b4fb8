#include "solution.h"

int32_t min_i32(const int32_t *a, size_t n) {
  int32_t m = a[0];
  for (size_t i = 1; i < n; i++) m = a[i] < m ? a[i] : m;
  return m;
}

int32_t max_i32(const int32_t *a, size_t n) {
  int32_t m = a[0];
  for (size_t i = 1; i < n; i++) m = a[i] > m ? a[i] : m;
  return m;
}

size_t argmin_i32(const int32_t *a, size_t n) {
  size_t best = 0;
  for (size_t i = 1; i < n; i++)
    if (a[i] < a[best]) best = i;
  return best;
}

size_t argmax_i32(const int32_t *a, size_t n) {
  size_t best = 0;
  for (size_t i = 1; i < n; i++)
    if (a[i] > a[best]) best = i;
  return best;
}

void minmax_i32(const int32_t *a, size_t n, int32_t *mn, int32_t *mx) {
  int32_t lo, hi;
  size_t i;
  if (n % 2) {
    lo = hi = a[0];
    i = 1;
  } else {
    if (a[0] < a[1]) {
      lo = a[0];
      hi = a[1];
    } else {
      lo = a[1];
      hi = a[0];
    }
    i = 2;
  }
  for (; i + 1 < n; i += 2) {
    int32_t x = a[i], y = a[i + 1];
    if (x > y) {
      int32_t t = x;
      x = y;
      y = t;
    }
    if (x < lo) lo = x;
    if (y > hi) hi = y;
  }
  *mn = lo;
  *mx = hi;
}

float min_f32(const float *a, size_t n) {
  float m = a[0];
  for (size_t i = 1; i < n; i++)
    if (a[i] < m) m = a[i];
  return m;
}

float max_abs_f32(const float *a, size_t n) {
  float m = 0.0f;
  for (size_t i = 0; i < n; i++) {
    float v = a[i] < 0 ? -a[i] : a[i];
    if (v > m) m = v;
  }
  return m;
}

uint8_t max_u8(const uint8_t *a, size_t n) {
  unsigned m = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned v = a[i];
    unsigned mask = 0u - (unsigned)(v > m); /* all ones when v > m */
    m = (v & mask) | (m & ~mask);
  }
  return (uint8_t)m;
}

uint32_t range_i32(const int32_t *a, size_t n) {
  int32_t lo, hi;
  minmax_i32(a, n, &lo, &hi);
  return (uint32_t)((int64_t)hi - (int64_t)lo);
}

void clamp_i32(int32_t *a, size_t n, int32_t lo, int32_t hi) {
  for (size_t i = 0; i < n; i++) {
    int32_t v = a[i];
    v = v < lo ? lo : v;
    v = v > hi ? hi : v;
    a[i] = v;
  }
}
