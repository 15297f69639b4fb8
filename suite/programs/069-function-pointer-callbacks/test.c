#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 1618033u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static long long square(long long x) { return x * x; }
static long long inc(long long x) { return x + 1; }
static long long negate(long long x) { return -x; }
static long long half(long long x) { return x / 2; }
static long long op_mod_test(long long a, long long b) { return b == 0 ? a : a % b; }
static long long gcd_fold(long long a, long long b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b) { long long t = a % b; a = b; b = t; }
  return a;
}

static bool is_even(long long x, void *ctx) { (void)ctx; return x % 2 == 0; }
static bool greater_than(long long x, void *ctx) { return x > *(const long long *)ctx; }
static int calls;
static bool counting_true(long long x, void *ctx) {
  (void)x;
  (void)ctx;
  calls++;
  return true;
}
struct range { long long lo, hi; };
static bool in_range(long long x, void *ctx) {
  const struct range *r = ctx;
  return x >= r->lo && x <= r->hi;
}

int main(void) {
  long long a[] = {1, 2, 3, 4, 5, 6}, out[64];
  map_ll(a, out, 6, square);
  CHECK(out[0] == 1 && out[5] == 36);
  map_ll(out, out, 6, negate); /* in place */
  CHECK(out[2] == -9);
  map_ll(a, out, 0, square);
  CHECK(filter_ll(a, out, 6, is_even, NULL) == 3 && out[0] == 2 && out[2] == 6);
  long long three = 3;
  CHECK(filter_ll(a, out, 6, greater_than, &three) == 3 && out[0] == 4);
  CHECK(fold_ll(a, 6, 0, op_add) == 21);
  CHECK(fold_ll(a, 6, 1, op_mul) == 720);
  CHECK(fold_ll(a, 6, 100, op_sub) == 79);
  CHECK(fold_ll(a, 0, 42, op_mul) == 42);
  CHECK(fold_ll(a, 6, -1000, op_max) == 6);
  CHECK(fold_ll(a, 6, 1000, op_min) == 1);
  long long g[] = {84, -126, 210};
  CHECK(fold_ll(g, 3, 0, gcd_fold) == 42);
  CHECK(find_if_ll(a, 6, greater_than, &three) == 3);
  long long big = 100;
  CHECK(find_if_ll(a, 6, greater_than, &big) == 6);
  calls = 0;
  CHECK(find_if_ll(a, 6, counting_true, NULL) == 0 && calls == 1);
  calls = 0;
  CHECK(filter_ll(a, out, 6, counting_true, NULL) == 6 && calls == 6);

  const unary_fn chain[] = {inc, square, negate, half};
  CHECK(compose_apply(chain, 4, 3) == -8);
  CHECK(compose_apply(chain, 0, 3) == 3);
  CHECK(compose_apply(chain + 1, 1, -5) == 25);

  const struct op_entry table[] = {
      {"add", op_add}, {"sub", op_sub}, {"mul", op_mul}, {"max", op_max}, {"min", op_min}, {"mod", op_mod_test}};
  CHECK(lookup_op(table, 6, "mul") == op_mul);
  CHECK(lookup_op(table, 6, "mod") == op_mod_test);
  CHECK(lookup_op(table, 6, "div") == NULL);
  CHECK(lookup_op(table, 6, "ad") == NULL);
  CHECK(lookup_op(table, 6, "addx") == NULL);
  CHECK(lookup_op(table, 0, "add") == NULL);
  const char *prog[] = {"add", "mul", "sub", "mod"};
  const long long args[] = {5, 4, 2, 7};
  long long acc = 0;
  CHECK(run_ops(table, 6, prog, args, 4, 1, &acc) && acc == 22 % 7);
  const char *bad[] = {"add", "pow", "add"};
  CHECK(!run_ops(table, 6, bad, args, 3, 10, &acc) && acc == 15);
  CHECK(run_ops(table, 6, prog, args, 0, 9, &acc) && acc == 9);

  for (int iter = 0; iter < 2000; iter++) {
    long long v[64];
    size_t n = rnd() % 64;
    for (size_t i = 0; i < n; i++) v[i] = (long long)(rnd() % 2001) - 1000;
    struct range r = {(long long)(rnd() % 1001) - 500, 0};
    r.hi = r.lo + (long long)(rnd() % 600);
    size_t k = filter_ll(v, out, n, in_range, &r);
    size_t j = 0;
    for (size_t i = 0; i < n; i++)
      if (v[i] >= r.lo && v[i] <= r.hi) CHECK(j < k && out[j++] == v[i]);
    CHECK(j == k);
    size_t first = n;
    for (size_t i = 0; i < n; i++) if (v[i] >= r.lo && v[i] <= r.hi) { first = i; break; }
    CHECK(find_if_ll(v, n, in_range, &r) == first);
    long long sum = 0, mx = -5000, mn = 5000;
    for (size_t i = 0; i < n; i++) { sum += v[i]; if (v[i] > mx) mx = v[i]; if (v[i] < mn) mn = v[i]; }
    CHECK(fold_ll(v, n, 0, op_add) == sum);
    CHECK(fold_ll(v, n, -5000, op_max) == mx);
    CHECK(fold_ll(v, n, 5000, op_min) == mn);
    map_ll(v, out, n, inc);
    for (size_t i = 0; i < n; i++) CHECK(out[i] == v[i] + 1);
    /* random chain of unary functions vs direct application */
    unary_fn fs[6];
    const unary_fn pool[] = {inc, negate, half, square};
    size_t len = rnd() % 6;
    long long x = (long long)(rnd() % 100) - 50, expect = x;
    for (size_t i = 0; i < len; i++) {
      fs[i] = pool[rnd() % (expect > 1000000 || expect < -1000000 ? 3 : 4)];
      expect = fs[i](expect);
    }
    CHECK(compose_apply(fs, len, x) == expect);
  }
  return 0;
}
