#include <stdint.h>
#include "check.h"
#include "solution.h"

/* closed forms for m <= 3 */
static uint64_t closed_A(unsigned m, uint64_t n) {
  switch (m) {
    case 0: return n + 1;
    case 1: return n + 2;
    case 2: return 2 * n + 3;
    default: return (8ull << n) - 3;
  }
}

/* number of invocations, from the recurrence on the call tree using closed forms */
static uint64_t calls_A(unsigned m, uint64_t n) {
  if (m == 0) return 1;
  if (m == 1) return 2 * n + 2;
  if (m == 2) return 5 + 2 * n * (n + 1) + 5 * n;
  uint64_t c = 1 + calls_A(2, 1); /* C(3, 0) */
  for (uint64_t k = 1; k <= n; k++) c = 1 + c + calls_A(2, closed_A(3, k - 1));
  return c;
}

int main(void) {
  uint64_t calls = 0;
  CHECK(ackermann(0, 0, &calls) == 1 && calls == 1);
  calls = 0;
  CHECK(ackermann(2, 3, &calls) == 9 && calls == 44);
  calls = 0;
  CHECK(ackermann(3, 3, &calls) == 61 && calls == 2432);
  calls = 0;
  CHECK(ackermann(3, 6, &calls) == 509 && calls == 172233);
  CHECK(ackermann(1, 1, NULL) == 3);
  CHECK(ackermann(0, UINT64_MAX - 1, NULL) == UINT64_MAX);

  for (unsigned m = 0; m <= 3; m++) {
    uint64_t maxn = m == 3 ? 5 : 40;
    for (uint64_t n = 0; n <= maxn; n++) {
      calls = 0;
      uint64_t v = ackermann(m, n, &calls);
      CHECK(v == closed_A(m, n));
      CHECK(calls == calls_A(m, n));
      CHECK(ackermann_iterative(m, n) == v);
    }
  }
  CHECK(ackermann_iterative(3, 6) == 509);
  CHECK(ackermann_iterative(4, 0) == 13);
  CHECK(ackermann(4, 0, NULL) == 13);
  CHECK(ackermann_iterative(1, 100000) == 100002); /* stack grows to ~10^5 entries */

  uint64_t h = 0;
  CHECK(hyperop(0, 7, 41, &h) && h == 42);
  CHECK(hyperop(1, 7, 41, &h) && h == 48);
  CHECK(hyperop(2, 7, 41, &h) && h == 287);
  CHECK(hyperop(3, 2, 10, &h) && h == 1024);
  CHECK(hyperop(3, 3, 0, &h) && h == 1);
  CHECK(hyperop(2, 3, 0, &h) && h == 0);
  CHECK(hyperop(4, 2, 3, &h) && h == 16);      /* 2^2^2 */
  CHECK(hyperop(4, 2, 4, &h) && h == 65536);   /* 2^2^2^2 */
  CHECK(hyperop(4, 3, 2, &h) && h == 27);
  CHECK(hyperop(4, 3, 3, &h) && h == 7625597484987ull);
  CHECK(hyperop(4, 0, 1, &h) && h == 0);
  CHECK(hyperop(4, 0, 2, &h) && h == 1);
  CHECK(hyperop(4, 1, 1000, &h) && h == 1);
  CHECK(!hyperop(4, 2, 5, &h));                 /* 2^65536 */
  CHECK(!hyperop(4, 3, 4, &h));
  CHECK(hyperop(3, 2, 63, &h) && h == 1ull << 63);
  CHECK(!hyperop(3, 2, 64, &h));
  CHECK(!hyperop(5, 2, 2, &h));
  CHECK(!hyperop(0, 0, 1ull << 63, &h));
  CHECK(hyperop(1, 1ull << 62, 1ull << 62, &h) && h == 1ull << 63);
  CHECK(!hyperop(1, 1ull << 62, (1ull << 62) + 1, &h));
  /* relation to Ackermann: A(m, n) = H_m(2, n + 3) - 3 for 1 <= m <= 3 */
  for (unsigned m = 1; m <= 3; m++)
    for (uint64_t n = 0; n <= 5; n++) {
      CHECK(hyperop(m, 2, n + 3, &h));
      CHECK(h - 3 == ackermann(m, n, NULL));
    }
  /* grid of small values against direct arithmetic */
  for (uint64_t a = 0; a < 12; a++)
    for (uint64_t b = 0; b < 12; b++) {
      CHECK(hyperop(2, a, b, &h) && h == a * b);
      uint64_t p = 1;
      for (uint64_t i = 0; i < b; i++) p *= a;
      CHECK(hyperop(3, a, b, &h) && h == p);
    }
  return 0;
}
