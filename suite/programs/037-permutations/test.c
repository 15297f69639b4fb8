#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static const uint64_t fact[] = {1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800};

static int cmp_perm(const unsigned char *a, const unsigned char *b, unsigned n) { return memcmp(a, b, n); }

static int is_perm(const unsigned char *p, unsigned n) {
  unsigned seen = 0;
  for (unsigned i = 0; i < n; i++) {
    if (p[i] >= n || (seen >> p[i]) & 1u) return 0;
    seen |= 1u << p[i];
  }
  return 1;
}

int main(void) {
  enum { N = 7 };
  unsigned char *lex = malloc(5040 * N), *heap = malloc(5040 * N);
  CHECK(lex != NULL && heap != NULL);
  for (unsigned n = 0; n <= N; n++) {
    size_t c1 = permutations_lex(n, lex, 5040);
    size_t c2 = permutations_heap(n, heap, 5040);
    CHECK(c1 == fact[n] && c2 == fact[n]);
    if (n == 0) continue;
    for (size_t i = 0; i < c1; i++) {
      CHECK(is_perm(lex + i * n, n));
      CHECK(is_perm(heap + i * n, n));
      if (i) CHECK(cmp_perm(lex + (i - 1) * n, lex + i * n, n) < 0); /* strictly increasing */
      CHECK(permutation_rank(lex + i * n, n) == i);
      if (i) {
        /* Heap's algorithm: consecutive permutations differ by one swap */
        unsigned diff = 0;
        for (unsigned k = 0; k < n; k++) diff += heap[(i - 1) * n + k] != heap[i * n + k];
        CHECK(diff == 2);
      }
    }
    /* Heap's output is a permutation of all permutations: sort ranks via a seen table */
    unsigned char *seen = calloc(c2, 1);
    CHECK(seen != NULL);
    for (size_t i = 0; i < c2; i++) {
      uint64_t r = permutation_rank(heap + i * n, n);
      CHECK(r < c2 && !seen[r]);
      seen[r] = 1;
    }
    free(seen);
  }
  CHECK(permutations_heap(1, heap, 1) == 1 && heap[0] == 0);
  CHECK(permutations_heap(8, NULL, 0) == fact[8]);
  const unsigned char h3[6][3] = {{0, 1, 2}, {1, 0, 2}, {2, 0, 1}, {0, 2, 1}, {1, 2, 0}, {2, 1, 0}};
  CHECK(permutations_heap(3, heap, 6) == 6);
  for (int i = 0; i < 6; i++) CHECK(cmp_perm(heap + 3 * i, h3[i], 3) == 0);

  /* next_permutation walks the same order as the recursive generator */
  int a[N];
  for (int i = 0; i < N; i++) a[i] = i;
  for (size_t i = 0; i < 5040; i++) {
    for (int k = 0; k < N; k++) CHECK(a[k] == lex[i * N + (size_t)k]);
    bool more = next_permutation(a, N);
    CHECK(more == (i + 1 < 5040));
  }
  for (int i = 0; i < N; i++) CHECK(a[i] == i); /* wrapped to sorted */
  /* multiset: 1,1,2,2,3 has 5!/(2!2!) = 30 distinct permutations */
  int m[5] = {1, 1, 2, 2, 3};
  int count = 1;
  while (next_permutation(m, 5)) count++;
  CHECK(count == 30);
  CHECK(m[0] == 1 && m[1] == 1 && m[2] == 2 && m[3] == 2 && m[4] == 3);
  int one[1] = {7};
  CHECK(!next_permutation(one, 1) && one[0] == 7);
  CHECK(!next_permutation(one, 0));
  int neg[3] = {-5, 0, -5};
  CHECK(next_permutation(neg, 3) && neg[0] == 0 && neg[1] == -5 && neg[2] == -5);

  /* rank / unrank round trips, including n = 20 (20! < 2^63) */
  unsigned char p[20], q[20];
  for (unsigned i = 0; i < 20; i++) p[i] = (unsigned char)(19 - i);
  CHECK(permutation_rank(p, 20) == 2432902008176640000ull - 1);
  permutation_unrank(0, 20, q);
  for (unsigned i = 0; i < 20; i++) CHECK(q[i] == i);
  uint64_t r = 1234567890123456789ull;
  permutation_unrank(r, 20, q);
  CHECK(is_perm(q, 20));
  CHECK(permutation_rank(q, 20) == r);
  for (uint64_t rr = 0; rr < 2432902008176640000ull; rr += 24329020081766400ull + 7) {
    permutation_unrank(rr, 20, q);
    CHECK(permutation_rank(q, 20) == rr);
  }
  for (uint64_t rr = 0; rr < 120; rr++) {
    permutation_unrank(rr, 5, q);
    CHECK(is_perm(q, 5));
  }
  /* unrank agrees with lexicographic generation for n = 6 */
  CHECK(permutations_lex(6, lex, 720) == 720);
  for (uint64_t rr = 0; rr < 720; rr++) {
    permutation_unrank(rr, 6, q);
    CHECK(cmp_perm(q, lex + rr * 6, 6) == 0);
  }
  free(lex);
  free(heap);
  return 0;
}
