#include <stdint.h>
#include "check.h"
#include "solution.h"

static const uint64_t known[] = {1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680};

static int valid(const unsigned char *c, unsigned n) {
  for (unsigned i = 0; i < n; i++) {
    if (c[i] >= n) return 0;
    for (unsigned j = i + 1; j < n; j++) {
      int dc = (int)c[i] - (int)c[j], dr = (int)j - (int)i;
      if (dc == 0 || dc == dr || dc == -dr) return 0;
    }
  }
  return 1;
}

int main(void) {
  for (unsigned n = 0; n <= 11; n++) {
    CHECK(nqueens_count(n) == known[n]);
    if (n <= 9) CHECK(nqueens_count_arrays(n) == known[n]);
  }
  unsigned char cols[16];
  CHECK(!nqueens_first(2, cols));
  CHECK(!nqueens_first(3, cols));
  CHECK(nqueens_first(1, cols) && cols[0] == 0);
  CHECK(nqueens_first(4, cols) && cols[0] == 1 && cols[1] == 3 && cols[2] == 0 && cols[3] == 2);
  const unsigned char first8[8] = {0, 4, 7, 5, 2, 6, 1, 3};
  CHECK(nqueens_first(8, cols));
  for (int i = 0; i < 8; i++) CHECK(cols[i] == first8[i]);
  for (unsigned n = 4; n <= 14; n++) {
    CHECK(nqueens_first(n, cols));
    CHECK(valid(cols, n));
    /* fixing the full first solution as a prefix leaves exactly one completion */
    CHECK(nqueens_complete(n, cols, n) == 1);
  }

  /* summing completions over every first-row column gives the total */
  for (unsigned n = 1; n <= 10; n++) {
    uint64_t sum = 0;
    for (unsigned c = 0; c < n; c++) {
      unsigned char p[1] = {(unsigned char)c};
      uint64_t part = nqueens_complete(n, p, 1);
      sum += part;
      /* mirror symmetry */
      unsigned char m[1] = {(unsigned char)(n - 1 - c)};
      CHECK(nqueens_complete(n, m, 1) == part);
    }
    CHECK(sum == known[n]);
    CHECK(nqueens_complete(n, cols, 0) == known[n]);
  }
  /* two-row prefixes on 8x8 */
  uint64_t sum2 = 0;
  for (unsigned a = 0; a < 8; a++)
    for (unsigned b = 0; b < 8; b++) {
      unsigned char p[2] = {(unsigned char)a, (unsigned char)b};
      uint64_t part = nqueens_complete(8, p, 2);
      if (a == b || a == b + 1 || b == a + 1) CHECK(part == 0);
      sum2 += part;
    }
  CHECK(sum2 == 92);
  unsigned char clash[2] = {3, 3};
  CHECK(nqueens_complete(8, clash, 2) == 0);
  unsigned char off[1] = {9};
  CHECK(nqueens_complete(8, off, 1) == 0);
  CHECK(nqueens_complete(0, cols, 0) == 1);
  return 0;
}
