#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* Rotations; the count is taken modulo the width (any unsigned value is allowed). */
uint8_t rotl8(uint8_t x, unsigned n);
uint32_t rotl32(uint32_t x, unsigned n);
uint32_t rotr32(uint32_t x, unsigned n);
uint64_t rotl64(uint64_t x, unsigned n);
uint64_t rotr64(uint64_t x, unsigned n);
/* Funnel shift left: the high 64 bits of (hi:lo) << (n mod 64). */
uint64_t funnel_shl64(uint64_t hi, uint64_t lo, unsigned n);
/* Rotates a multi-word bit string left by n bits in place. Bit i of the string is bit (i % 64) of
 * words[i / 64]; total length is 64 * nwords bits. Returns -1 if scratch allocation fails. */
int rotl_words(uint64_t *words, size_t nwords, size_t n);
/* The smallest rotation (as an unsigned value) of x among its 32 rotations. */
uint32_t min_rotation32(uint32_t x);

#endif
