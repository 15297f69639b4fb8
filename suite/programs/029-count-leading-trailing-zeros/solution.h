#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdint.h>

/* No compiler builtins: portable implementations. Zero input returns the bit width. */
unsigned ctz32(uint32_t x);   /* binary search */
unsigned clz32(uint32_t x);   /* binary search */
unsigned ctz64(uint64_t x);   /* de Bruijn multiplication on the isolated lowest bit */
unsigned clz64(uint64_t x);   /* smear + popcount */
/* Length of the longest run of consecutive 1 bits. */
unsigned longest_ones_run(uint64_t x);
/* Number of trailing ones. */
unsigned cto64(uint64_t x);

#endif
