#include <limits.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 314159u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

struct blob {
  char name[13];
  double weight;
  int tags[3];
};

static int lex_less(const int *a, const int *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return a[i] < b[i];
  return 0;
}

int main(void) {
  int x = 1, y = 2, z = 3;
  swap_int(&x, &y);
  CHECK(x == 2 && y == 1);
  swap_int(&x, &x);
  CHECK(x == 2);
  rotate3(&x, &y, &z);
  CHECK(x == 1 && y == 3 && z == 2);
  sort3(&x, &y, &z);
  CHECK(x == 1 && y == 2 && z == 3);
  x = INT_MAX; y = INT_MIN; z = 0;
  sort3(&x, &y, &z);
  CHECK(x == INT_MIN && y == 0 && z == INT_MAX);
  x = 5;
  sort3(&x, &x, &x);
  CHECK(x == 5);

  struct blob b1 = {"first", 1.5, {1, 2, 3}}, b2 = {"second", -2.25, {4, 5, 6}};
  swap_bytes(&b1, &b2, sizeof b1);
  CHECK(strcmp(b1.name, "second") == 0 && b1.weight == -2.25 && b1.tags[2] == 6);
  CHECK(strcmp(b2.name, "first") == 0 && b2.weight == 1.5 && b2.tags[0] == 1);
  swap_bytes(&b1, &b2, 0);
  CHECK(b1.tags[0] == 4);
  double d1 = 1.0, d2 = 2.0;
  swap_bytes(&d1, &d2, sizeof d1);
  CHECK(d1 == 2.0 && d2 == 1.0);

  int mn, mx;
  const int one[] = {-7};
  minmax(one, 1, &mn, &mx);
  CHECK(mn == -7 && mx == -7);
  const int vals[] = {3, INT_MIN, 9, INT_MAX, 0};
  minmax(vals, 5, &mn, &mx);
  CHECK(mn == INT_MIN && mx == INT_MAX);

  int r[] = {1, 2, 3, 4, 5};
  reverse_ptr(r, r + 5);
  CHECK(r[0] == 5 && r[2] == 3 && r[4] == 1);
  reverse_ptr(r, r + 4);
  CHECK(r[0] == 2 && r[3] == 5 && r[4] == 1);
  reverse_ptr(r, r);

  /* next_permutation enumerates n! distinct permutations in increasing order */
  const size_t fact[] = {1, 1, 2, 6, 24, 120, 720, 5040};
  for (size_t n = 0; n <= 7; n++) {
    int p[8], prev[8];
    for (size_t i = 0; i < n; i++) p[i] = (int)i;
    size_t count = 1;
    memcpy(prev, p, sizeof p);
    while (next_permutation(p, n)) {
      CHECK(lex_less(prev, p, n));
      memcpy(prev, p, sizeof p);
      count++;
    }
    CHECK(count == fact[n]);
    for (size_t i = 0; i < n; i++) CHECK(p[i] == (int)i); /* wrapped to sorted */
  }
  /* with duplicates: multinomial count 6!/(2!3!1!) = 60 */
  int md[] = {1, 1, 2, 2, 2, 3};
  size_t count = 1;
  while (next_permutation(md, 6)) count++;
  CHECK(count == 60);
  int last[] = {3, 2, 1};
  CHECK(!next_permutation(last, 3));
  CHECK(last[0] == 1 && last[2] == 3);
  int mid[] = {1, 3, 2};
  CHECK(next_permutation(mid, 3) && mid[0] == 2 && mid[1] == 1 && mid[2] == 3);

  for (int iter = 0; iter < 3000; iter++) {
    int a[40], orig[40];
    size_t n = rnd() % 40;
    for (size_t i = 0; i < n; i++) a[i] = (int)(rnd() % 200) - 100;
    memcpy(orig, a, sizeof a);
    if (n) {
      minmax(a, n, &mn, &mx);
      int rmn = a[0], rmx = a[0];
      for (size_t i = 1; i < n; i++) { rmn = a[i] < rmn ? a[i] : rmn; rmx = a[i] > rmx ? a[i] : rmx; }
      CHECK(mn == rmn && mx == rmx);
    }
    size_t ev = partition_even_first(a, n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) if (orig[i] % 2 == 0) CHECK(a[k++] == orig[i]);
    CHECK(k == ev);
    for (size_t i = 0; i < n; i++) if (orig[i] % 2 != 0) CHECK(a[k++] == orig[i]);
    CHECK(k == n);
    int saved[40];
    memcpy(saved, a, sizeof a);
    reverse_ptr(a, a + n);
    for (size_t i = 0; i < n; i++) CHECK(a[i] == saved[n - 1 - i]);
    reverse_ptr(a, a + n);
    CHECK(n == 0 || memcmp(a, saved, n * sizeof(int)) == 0);

    int p = (int)(rnd() % 1000) - 500, q = (int)(rnd() % 1000) - 500, s = (int)(rnd() % 1000) - 500;
    int P = p, Q = q, S = s;
    sort3(&p, &q, &s);
    CHECK(p <= q && q <= s);
    CHECK((long)p + q + s == (long)P + Q + S);
    CHECK((p == P || p == Q || p == S) && (s == P || s == Q || s == S));
  }
  return 0;
}
