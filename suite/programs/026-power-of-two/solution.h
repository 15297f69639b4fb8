#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stdint.h>

bool is_pow2_u64(uint64_t x);           /* false for 0 */
/* Smallest power of two >= x; 1 for x == 0; 0 if it does not fit (x > 2^31 / 2^63). */
uint32_t next_pow2_u32(uint32_t x);
uint64_t next_pow2_u64(uint64_t x);
uint64_t prev_pow2_u64(uint64_t x);      /* largest power of two <= x; 0 for x == 0 */
int floor_log2_u64(uint64_t x);          /* -1 for x == 0 */
int ceil_log2_u64(uint64_t x);           /* -1 for x == 0 */
/* Round x up to a multiple of align (a power of two); false on overflow. */
bool align_up_u64(uint64_t x, uint64_t align, uint64_t *out);

#endif
