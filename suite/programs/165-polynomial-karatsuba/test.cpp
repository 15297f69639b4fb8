#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 3141u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
Poly rand_poly(std::size_t max_len, int range) {
  Poly p(rnd() % (max_len + 1));
  for (long long& c : p) c = static_cast<long long>(rnd() % (2 * range + 1)) - range;
  return p;
}
long long eval_pow(const Poly& p, long long x) {
  long long total = 0, power = 1;
  for (long long c : p) {
    total += c * power;
    power *= x;
  }
  return total;
}
}  // namespace

int main() {
  CHECK(poly_normalize({0, 0}).empty());
  CHECK(poly_degree({}) == -1);
  CHECK(poly_degree({5, 0, 0}) == 0);
  CHECK(poly_degree({1, 2, 3}) == 2);
  CHECK(poly_add({1, 2, 3}, {-1, -2, -3}).empty());
  CHECK(poly_sub({1, 2}, {1, 2, 3}) == Poly({0, 0, -3}));
  CHECK(poly_mul_naive({1, 1}, {1, 1}) == Poly({1, 2, 1}));
  CHECK(poly_mul_karatsuba({1, 1}, {-1, 1}) == Poly({-1, 0, 1}));
  CHECK(poly_mul_karatsuba({}, {1, 2}).empty());
  CHECK(poly_mul_karatsuba({0, 0}, {1, 2}).empty());
  CHECK(poly_eval({}, 5) == 0);
  CHECK(poly_eval({1, 2, 3}, 2) == 17);
  CHECK(poly_eval({-4, 0, 1}, -2) == 0);
  CHECK(poly_derivative({5}).empty());
  CHECK(poly_derivative({1, 2, 3, 4}) == Poly({2, 6, 12}));
  CHECK(poly_compose({0, 0, 1}, {1, 1}) == Poly({1, 2, 1}));
  CHECK(poly_compose({3}, {1, 1}) == Poly({3}));
  {
    Poly q, r;
    poly_divmod_monic({-1, 0, 0, 1}, {-1, 1}, q, r);  // x^3 - 1 = (x - 1)(x^2 + x + 1)
    CHECK(q == Poly({1, 1, 1}));
    CHECK(r.empty());
    poly_divmod_monic({5, 0, 1}, {1, 0, 1}, q, r);
    CHECK(q == Poly({1}) && r == Poly({4}));
    poly_divmod_monic({2, 3}, {0, 0, 1}, q, r);
    CHECK(q.empty() && r == Poly({2, 3}));
  }
  // (1 + x)^20 coefficients are binomials.
  {
    Poly p = {1};
    for (int i = 0; i < 20; ++i) p = poly_mul_karatsuba(p, {1, 1});
    CHECK(p.size() == 21);
    long long c = 1;
    for (long long k = 0; k <= 20; ++k) {
      CHECK(p[static_cast<std::size_t>(k)] == c);
      c = c * (20 - k) / (k + 1);
    }
    CHECK(poly_eval(p, 1) == 1048576);
    CHECK(poly_eval(p, -1) == 0);
  }
  for (int iter = 0; iter < 150; ++iter) {
    Poly a = rand_poly(40, 50), b = rand_poly(40, 50);
    Poly prod = poly_mul_naive(a, b);
    CHECK(poly_mul_karatsuba(a, b) == prod);
    CHECK(poly_mul_karatsuba(b, a) == prod);
    long long x = static_cast<long long>(rnd() % 3) - 1;
    CHECK(poly_eval(prod, x) == eval_pow(a, x) * eval_pow(b, x));
    CHECK(poly_eval(a, x) == eval_pow(a, x));
    CHECK(poly_sub(poly_add(a, b), b) == poly_normalize(a));
    // Product rule: (ab)' = a'b + ab'.
    CHECK(poly_derivative(prod) == poly_add(poly_mul_naive(poly_derivative(a), b), poly_mul_naive(a, poly_derivative(b))));
    // Division by a random monic divisor reconstructs the dividend (short dividend and small
    // divisor coefficients keep the quotient's coefficient growth far from overflow).
    Poly num = rand_poly(12, 50);
    Poly m = rand_poly(4, 2);
    m.push_back(1);
    Poly q, r;
    poly_divmod_monic(num, m, q, r);
    CHECK(poly_degree(r) < poly_degree(m));
    CHECK(poly_add(poly_mul_naive(q, m), r) == poly_normalize(num));
    // Exact division: (num * m) / m == num.
    poly_divmod_monic(poly_mul_naive(num, m), m, q, r);
    CHECK(q == poly_normalize(num) && r.empty());
    // Composition evaluated at small points.
    Poly p = rand_poly(4, 5), g = rand_poly(3, 3);
    Poly comp = poly_compose(p, g);
    for (long long t = -2; t <= 2; ++t) CHECK(poly_eval(comp, t) == eval_pow(p, eval_pow(g, t)));
  }
  return 0;
}
