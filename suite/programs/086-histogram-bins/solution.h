#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* counts[b] = number of bytes equal to b (counts has 256 entries, zeroed here). */
void byte_histogram(const uint8_t *data, size_t n, uint32_t counts[256]);
/* Histogram of ints into nbins equal-width bins over [lo, hi) (hi > lo,
 * nbins >= 1): bin = (v - lo) * nbins / (hi - lo), computed in 64 bits.
 * Values below lo go to *underflow, values >= hi to *overflow. */
void int_histogram(const int32_t *v, size_t n, int32_t lo, int32_t hi, uint32_t *bins, size_t nbins,
                   uint32_t *underflow, uint32_t *overflow);
/* Most frequent byte (smallest value on ties); 0 for empty input. */
uint8_t byte_mode(const uint8_t *data, size_t n);
/* Smallest value b such that at least q of the bytes (0 < q <= n) are <= b. */
uint8_t byte_quantile(const uint8_t *data, size_t n, size_t q);
/* Shannon entropy of the byte distribution in bits (0 for empty input). */
double byte_entropy(const uint8_t *data, size_t n);
/* Histogram equalisation lookup table: lut[b] = round(255 * cdf(b) / n)
 * where cdf(b) counts bytes <= b. */
void equalize_lut(const uint8_t *data, size_t n, uint8_t lut[256]);

#endif
