#include <limits.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 12345u;
static unsigned rnd(void) {
  rng_state = rng_state * 1103515245u + 12345u; /* LCG, unsigned wraps */
  return rng_state >> 8;
}

/* Reference: out[i] = in[(i + k) % n] through a copy. */
static void ref_left(const int *in, int *out, size_t n, size_t k) {
  for (size_t i = 0; i < n; i++) out[i] = in[(i + k) % n];
}

int main(void) {
  int base[40], x[40], expect[40];
  int v[] = {1, 2, 3, 4, 5, 6, 7};
  rotate_left_reverse(v, 7, 3);
  const int e1[] = {4, 5, 6, 7, 1, 2, 3};
  CHECK(memcmp(v, e1, sizeof v) == 0);
  rotate_right_blockswap(v, 7, 3);
  for (int i = 0; i < 7; i++) CHECK(v[i] == i + 1);
  rotate_left_juggle(v, 7, 10);
  CHECK(memcmp(v, e1, sizeof v) == 0);
  rotate_signed(v, 7, -3);
  for (int i = 0; i < 7; i++) CHECK(v[i] == i + 1);
  rotate_signed(v, 7, LONG_MIN); /* right by |LONG_MIN| % 7 */
  {
    size_t r = (size_t)((0ul - (unsigned long)LONG_MIN) % 7ul);
    for (size_t i = 0; i < 7; i++) CHECK(v[(i + r) % 7] == (int)i + 1);
  }
  rotate_left_reverse(NULL, 0, 5);
  rotate_left_juggle(NULL, 0, 5);
  rotate_right_blockswap(NULL, 0, 5);
  rotate_signed(NULL, 0, -5);
  int single[] = {42};
  rotate_left_juggle(single, 1, 99);
  rotate_right_blockswap(single, 1, 99);
  CHECK(single[0] == 42);

  for (size_t n = 1; n <= 30; n++) {
    for (size_t i = 0; i < n; i++) base[i] = (int)(rnd() % 5);
    for (size_t k = 0; k <= 2 * n + 1; k++) {
      ref_left(base, expect, n, k);
      memcpy(x, base, n * sizeof(int));
      rotate_left_reverse(x, n, k);
      CHECK(memcmp(x, expect, n * sizeof(int)) == 0);
      memcpy(x, base, n * sizeof(int));
      rotate_left_juggle(x, n, k);
      CHECK(memcmp(x, expect, n * sizeof(int)) == 0);
      memcpy(x, base, n * sizeof(int));
      rotate_right_blockswap(x, n, (n - k % n) % n);
      CHECK(memcmp(x, expect, n * sizeof(int)) == 0);
      memcpy(x, base, n * sizeof(int));
      rotate_signed(x, n, (long)k);
      CHECK(memcmp(x, expect, n * sizeof(int)) == 0);
      rotate_signed(x, n, -(long)k);
      CHECK(memcmp(x, base, n * sizeof(int)) == 0);
      long off = rotation_offset(base, expect, n);
      CHECK(off >= 0 && (size_t)off <= k % n);
      ref_left(base, x, n, (size_t)off);
      CHECK(memcmp(x, expect, n * sizeof(int)) == 0);
    }
  }
  /* distinct values: offset is exact */
  for (size_t n = 1; n <= 30; n++) {
    for (size_t i = 0; i < n; i++) base[i] = (int)i * 3;
    for (size_t k = 0; k < n; k++) {
      ref_left(base, expect, n, k);
      CHECK(rotation_offset(base, expect, n) == (long)k);
    }
    memcpy(x, base, n * sizeof(int));
    x[n - 1] = -1;
    CHECK(rotation_offset(base, x, n) == -1);
  }
  CHECK(rotation_offset(NULL, NULL, 0) == 0);
  return 0;
}
