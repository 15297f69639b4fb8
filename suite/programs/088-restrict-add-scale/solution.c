#include "solution.h"

void add_f32(float *restrict out, const float *restrict a, const float *restrict b, size_t n) {
  for (size_t i = 0; i < n; i++) out[i] = a[i] + b[i];
}

void scale_f32(float *restrict out, const float *restrict a, float s, size_t n) {
  for (size_t i = 0; i < n; i++) out[i] = a[i] * s;
}

void axpby_f64(double *restrict out, const double *restrict a, double alpha, const double *restrict b,
               double beta, size_t n) {
  for (size_t i = 0; i < n; i++) out[i] = alpha * a[i] + beta * b[i];
}

void scale_inplace_f32(float *a, float s, size_t n) {
  for (size_t i = 0; i < n; i++) a[i] *= s;
}

static int32_t from_u32(uint32_t v) {
  return v <= (uint32_t)INT32_MAX ? (int32_t)v : (int32_t)(v - 0x80000000u) + INT32_MIN;
}

void add_i32_wrap(int32_t *restrict out, const int32_t *restrict a, const int32_t *restrict b, size_t n) {
  for (size_t i = 0; i < n; i++) out[i] = from_u32((uint32_t)a[i] + (uint32_t)b[i]);
}

void gain_u16(uint16_t *restrict out, const uint16_t *restrict a, uint32_t num, unsigned shift, size_t n) {
  for (size_t i = 0; i < n; i++) {
    uint64_t v = ((uint64_t)a[i] * num) >> shift;
    out[i] = (uint16_t)(v > 65535u ? 65535u : v);
  }
}

void mac_f32(float *restrict acc, const float *restrict a, const float *restrict b, size_t n) {
  for (size_t i = 0; i < n; i++) acc[i] += a[i] * b[i];
}
