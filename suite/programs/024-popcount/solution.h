#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

unsigned popcount32_swar(uint32_t x);   /* parallel bit counting */
unsigned popcount64_swar(uint64_t x);
unsigned popcount64_kernighan(uint64_t x); /* clears the lowest set bit repeatedly */
unsigned popcount64_table(uint64_t x);     /* 8-bit lookup table */
/* Total number of set bits in a buffer of n bytes. */
uint64_t popcount_buffer(const unsigned char *buf, size_t n);
/* Hamming distance between two equal-length word arrays. */
uint64_t hamming_distance_words(const uint64_t *a, const uint64_t *b, size_t n);
/* Index of the k-th (0-based) set bit of x, or 64 if x has at most k set bits. */
unsigned select_bit64(uint64_t x, unsigned k);

#endif
