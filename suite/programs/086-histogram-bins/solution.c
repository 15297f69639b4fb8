#include <math.h>
#include "solution.h"

void byte_histogram(const uint8_t *data, size_t n, uint32_t counts[256]) {
  for (int b = 0; b < 256; b++) counts[b] = 0;
  for (size_t i = 0; i < n; i++) counts[data[i]]++;
}

void int_histogram(const int32_t *v, size_t n, int32_t lo, int32_t hi, uint32_t *bins, size_t nbins,
                   uint32_t *underflow, uint32_t *overflow) {
  for (size_t b = 0; b < nbins; b++) bins[b] = 0;
  *underflow = *overflow = 0;
  int64_t width = (int64_t)hi - lo;
  for (size_t i = 0; i < n; i++) {
    if (v[i] < lo) {
      (*underflow)++;
    } else if (v[i] >= hi) {
      (*overflow)++;
    } else {
      /* (v - lo) < 2^32 and nbins is small enough in practice; use unsigned
       * 64-bit to keep the product defined */
      uint64_t off = (uint64_t)((int64_t)v[i] - lo);
      bins[off * nbins / (uint64_t)width]++;
    }
  }
}

uint8_t byte_mode(const uint8_t *data, size_t n) {
  uint32_t counts[256];
  byte_histogram(data, n, counts);
  int best = 0;
  for (int b = 1; b < 256; b++)
    if (counts[b] > counts[best]) best = b;
  return (uint8_t)best;
}

uint8_t byte_quantile(const uint8_t *data, size_t n, size_t q) {
  uint32_t counts[256];
  byte_histogram(data, n, counts);
  size_t acc = 0;
  for (int b = 0; b < 256; b++) {
    acc += counts[b];
    if (acc >= q) return (uint8_t)b;
  }
  return 255;
}

double byte_entropy(const uint8_t *data, size_t n) {
  if (n == 0) return 0.0;
  uint32_t counts[256];
  byte_histogram(data, n, counts);
  double h = 0.0;
  for (int b = 0; b < 256; b++) {
    if (counts[b] == 0) continue;
    double p = (double)counts[b] / (double)n;
    h -= p * log2(p);
  }
  return h;
}

void equalize_lut(const uint8_t *data, size_t n, uint8_t lut[256]) {
  uint32_t counts[256];
  byte_histogram(data, n, counts);
  uint64_t cdf = 0;
  for (int b = 0; b < 256; b++) {
    cdf += counts[b];
    lut[b] = n ? (uint8_t)((255 * cdf + n / 2) / n) : 0;
  }
}
