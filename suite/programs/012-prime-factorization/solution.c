#include "solution.h"

static void push(factorization *f, uint64_t p, unsigned e) {
  f->prime[f->count] = p;
  f->exponent[f->count] = e;
  f->count++;
}

static uint64_t strip(uint64_t *n, uint64_t p, factorization *f) {
  unsigned e = 0;
  while (*n % p == 0) {
    *n /= p;
    e++;
  }
  if (e) push(f, p, e);
  return *n;
}

void factorize(uint64_t n, factorization *f) {
  f->count = 0;
  if (n < 2) return;
  strip(&n, 2, f);
  strip(&n, 3, f);
  strip(&n, 5, f);
  /* wheel of 30: offsets from 7 */
  static const unsigned gaps[8] = {4, 2, 4, 2, 4, 6, 2, 6};
  uint64_t p = 7;
  unsigned gi = 0;
  while (p <= n / p) {
    strip(&n, p, f);
    p += gaps[gi];
    gi = (gi + 1) & 7u;
  }
  if (n > 1) push(f, n, 1);
}

uint64_t divisor_count(const factorization *f) {
  uint64_t d = 1;
  for (unsigned i = 0; i < f->count; i++) d *= (uint64_t)f->exponent[i] + 1;
  return d;
}

uint64_t radical(const factorization *f) {
  uint64_t r = 1;
  for (unsigned i = 0; i < f->count; i++) r *= f->prime[i];
  return r;
}

uint64_t largest_prime_factor(uint64_t n) {
  factorization f;
  factorize(n, &f);
  return f.count ? f.prime[f.count - 1] : 0;
}
