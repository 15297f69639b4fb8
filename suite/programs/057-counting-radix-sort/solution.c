#include <stdlib.h>
#include "solution.h"

void counting_sort_u8(uint8_t *a, size_t n) {
  size_t count[256] = {0};
  for (size_t i = 0; i < n; i++) count[a[i]]++;
  size_t k = 0;
  for (unsigned v = 0; v < 256; v++)
    for (size_t c = count[v]; c > 0; c--) a[k++] = (uint8_t)v;
}

int counting_sort_range(const int *a, size_t n, int lo, int hi, int *out) {
  if (lo > hi) return -1;
  long long span = (long long)hi - (long long)lo + 1;
  if (span > 65536) return -1;
  size_t *count = calloc((size_t)span + 1, sizeof *count);
  if (count == NULL) return -1;
  for (size_t i = 0; i < n; i++) {
    if (a[i] < lo || a[i] > hi) {
      free(count);
      return -1;
    }
    count[(long long)a[i] - lo + 1]++;
  }
  for (long long v = 1; v <= span; v++) count[v] += count[v - 1];
  for (size_t i = 0; i < n; i++) out[count[(long long)a[i] - lo]++] = a[i];
  free(count);
  return 0;
}

void radix_sort_u32(uint32_t *a, size_t n, uint32_t *tmp) {
  uint32_t *src = a, *dst = tmp;
  for (unsigned shift = 0; shift < 32; shift += 8) {
    size_t count[257] = {0};
    for (size_t i = 0; i < n; i++) count[((src[i] >> shift) & 0xFFu) + 1]++;
    for (int d = 0; d < 256; d++) count[d + 1] += count[d];
    for (size_t i = 0; i < n; i++) dst[count[(src[i] >> shift) & 0xFFu]++] = src[i];
    uint32_t *t = src;
    src = dst;
    dst = t;
  }
  /* four passes: the result is back in a */
}

void radix_sort_i32(int32_t *a, size_t n, int32_t *tmp) {
  uint32_t *ua = malloc(n ? n * sizeof *ua : 1);
  uint32_t *ut = malloc(n ? n * sizeof *ut : 1);
  if (ua == NULL || ut == NULL) {
    free(ua);
    free(ut);
    return;
  }
  for (size_t i = 0; i < n; i++) ua[i] = (uint32_t)a[i] ^ 0x80000000u;
  radix_sort_u32(ua, n, ut);
  for (size_t i = 0; i < n; i++) {
    uint32_t u = ua[i] ^ 0x80000000u;
    /* convert back without relying on out-of-range conversion */
    tmp[i] = u >= 0x80000000u ? (int32_t)(u - 0x80000000u) - INT32_MAX - 1 : (int32_t)u;
  }
  for (size_t i = 0; i < n; i++) a[i] = tmp[i];
  free(ua);
  free(ut);
}
