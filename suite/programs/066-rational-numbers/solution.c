#include "solution.h"

static long long gcd_ll(long long a, long long b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    long long t = a % b;
    a = b;
    b = t;
  }
  return a;
}

static struct rational normalize(long long num, long long den) {
  struct rational r;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  long long g = gcd_ll(num, den);
  if (g == 0) g = 1;
  r.num = num / g;
  r.den = den / g;
  if (r.num == 0) r.den = 1;
  return r;
}

bool rat_make(long long num, long long den, struct rational *out) {
  if (den == 0) return false;
  *out = normalize(num, den);
  return true;
}

struct rational rat_add(struct rational a, struct rational b) {
  /* use lcm of denominators to keep numbers small */
  long long g = gcd_ll(a.den, b.den);
  long long da = a.den / g, db = b.den / g;
  return normalize(a.num * db + b.num * da, a.den * db);
}

struct rational rat_sub(struct rational a, struct rational b) {
  b.num = -b.num;
  return rat_add(a, b);
}

struct rational rat_mul(struct rational a, struct rational b) {
  /* cross-cancel first */
  long long g1 = gcd_ll(a.num, b.den), g2 = gcd_ll(b.num, a.den);
  if (g1 == 0) g1 = 1;
  if (g2 == 0) g2 = 1;
  return normalize((a.num / g1) * (b.num / g2), (a.den / g2) * (b.den / g1));
}

bool rat_div(struct rational a, struct rational b, struct rational *out) {
  if (b.num == 0) return false;
  struct rational inv = normalize(b.den, b.num);
  *out = rat_mul(a, inv);
  return true;
}

int rat_cmp(struct rational a, struct rational b) {
  long long l = a.num * b.den, r = b.num * a.den;
  return (l > r) - (l < r);
}

double rat_to_double(struct rational a) { return (double)a.num / (double)a.den; }

long long rat_floor(struct rational a) {
  long long q = a.num / a.den; /* truncates toward zero */
  if (a.num % a.den != 0 && a.num < 0) q--;
  return q;
}

int rat_continued_fraction(struct rational a, long long *terms, int max) {
  int k = 0;
  long long p = a.num, q = a.den;
  while (k < max) {
    struct rational cur = {p, q};
    long long t = rat_floor(cur);
    terms[k++] = t;
    long long rem = p - t * q; /* 0 <= rem < q */
    if (rem == 0) break;
    p = q;
    q = rem;
  }
  return k;
}
