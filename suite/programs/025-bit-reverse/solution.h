#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

uint8_t reverse_bits8(uint8_t x);
uint32_t reverse_bits32(uint32_t x);  /* swap halves, bytes, nibbles, pairs, bits */
uint64_t reverse_bits64(uint64_t x);
/* Reverse only the low `width` bits (1..64) of x; higher bits of x are ignored (result < 2^width). */
uint64_t reverse_low_bits(uint64_t x, unsigned width);
uint32_t byte_swap32(uint32_t x);
uint64_t byte_swap64(uint64_t x);
/* In-place bit-reversal permutation of an array of length 2^log2n (as used by FFTs). */
void bit_reverse_permute(int *a, unsigned log2n);

#endif
