#include "solution.h"

int64_t dot_i32(const int32_t *a, const int32_t *b, size_t n) {
  int64_t s = 0;
  for (size_t i = 0; i < n; i++) s += (int64_t)a[i] * b[i];
  return s;
}

int32_t dot_i16(const int16_t *a, const int16_t *b, size_t n) {
  int32_t s = 0;
  for (size_t i = 0; i < n; i++) s += (int32_t)a[i] * b[i];
  return s;
}

uint32_t dot_u8(const uint8_t *a, const uint8_t *b, size_t n) {
  uint32_t s = 0;
  for (size_t i = 0; i < n; i++) s += (uint32_t)a[i] * b[i];
  return s;
}

uint64_t sad_u8(const uint8_t *a, const uint8_t *b, size_t n) {
  uint64_t s = 0;
  for (size_t i = 0; i < n; i++) {
    int d = (int)a[i] - (int)b[i];
    s += (uint64_t)(d < 0 ? -d : d);
  }
  return s;
}

uint32_t dot_wrap_u32(const uint32_t *a, const uint32_t *b, size_t n) {
  uint32_t s = 0;
  for (size_t i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

int64_t dist2_i32(const int32_t *a, const int32_t *b, size_t n) {
  int64_t s = 0;
  for (size_t i = 0; i < n; i++) {
    int64_t d = (int64_t)a[i] - b[i];
    s += d * d;
  }
  return s;
}
