#include "solution.hpp"

#include <algorithm>

Poly poly_normalize(Poly p) {
  while (!p.empty() && p.back() == 0) p.pop_back();
  return p;
}

int poly_degree(const Poly& p) {
  Poly n = poly_normalize(p);
  return static_cast<int>(n.size()) - 1;
}

Poly poly_add(const Poly& a, const Poly& b) {
  Poly out(std::max(a.size(), b.size()), 0);
  for (std::size_t i = 0; i < a.size(); ++i) out[i] += a[i];
  for (std::size_t i = 0; i < b.size(); ++i) out[i] += b[i];
  return poly_normalize(out);
}

Poly poly_sub(const Poly& a, const Poly& b) {
  Poly out(std::max(a.size(), b.size()), 0);
  for (std::size_t i = 0; i < a.size(); ++i) out[i] += a[i];
  for (std::size_t i = 0; i < b.size(); ++i) out[i] -= b[i];
  return poly_normalize(out);
}

Poly poly_mul_naive(const Poly& a, const Poly& b) {
  if (a.empty() || b.empty()) return Poly();
  Poly out(a.size() + b.size() - 1, 0);
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < b.size(); ++j) out[i + j] += a[i] * b[j];
  return poly_normalize(out);
}

namespace {
// Multiplies two coefficient vectors of equal length n (zero-padded), returning 2n-1 coefficients.
Poly karatsuba(const Poly& a, const Poly& b) {
  std::size_t n = a.size();
  if (n <= 8) {
    Poly out(2 * n - 1, 0);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) out[i + j] += a[i] * b[j];
    return out;
  }
  std::size_t half = n / 2;
  std::size_t hi_len = n - half;
  Poly a0(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(half));
  Poly a1(a.begin() + static_cast<std::ptrdiff_t>(half), a.end());
  Poly b0(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(half));
  Poly b1(b.begin() + static_cast<std::ptrdiff_t>(half), b.end());
  a0.resize(hi_len, 0);
  b0.resize(hi_len, 0);
  Poly sa(hi_len), sb(hi_len);
  for (std::size_t i = 0; i < hi_len; ++i) {
    sa[i] = a0[i] + a1[i];
    sb[i] = b0[i] + b1[i];
  }
  Poly z0 = karatsuba(a0, b0);
  Poly z2 = karatsuba(a1, b1);
  Poly z1 = karatsuba(sa, sb);
  for (std::size_t i = 0; i < z1.size(); ++i) z1[i] -= z0[i] + z2[i];
  Poly out(2 * n - 1 + 2, 0);  // slack for padded pieces
  for (std::size_t i = 0; i < z0.size(); ++i) out[i] += z0[i];
  for (std::size_t i = 0; i < z1.size(); ++i) out[i + half] += z1[i];
  for (std::size_t i = 0; i < z2.size(); ++i) out[i + 2 * half] += z2[i];
  out.resize(2 * n - 1);
  return out;
}
}  // namespace

Poly poly_mul_karatsuba(const Poly& a, const Poly& b) {
  if (a.empty() || b.empty()) return Poly();
  std::size_t n = std::max(a.size(), b.size());
  Poly pa = a, pb = b;
  pa.resize(n, 0);
  pb.resize(n, 0);
  return poly_normalize(karatsuba(pa, pb));
}

long long poly_eval(const Poly& p, long long x) {
  long long acc = 0;
  for (std::size_t i = p.size(); i-- > 0;) acc = acc * x + p[i];
  return acc;
}

Poly poly_derivative(const Poly& p) {
  Poly out;
  for (std::size_t i = 1; i < p.size(); ++i) out.push_back(p[i] * static_cast<long long>(i));
  return poly_normalize(out);
}

Poly poly_compose(const Poly& p, const Poly& q) {
  Poly acc;
  for (std::size_t i = p.size(); i-- > 0;) acc = poly_add(poly_mul_karatsuba(acc, q), Poly(1, p[i]));
  return acc;
}

void poly_divmod_monic(const Poly& a, const Poly& m, Poly& q, Poly& r) {
  Poly rem = poly_normalize(a);
  Poly mod = poly_normalize(m);
  std::size_t dm = mod.size() - 1;
  q.clear();
  if (rem.size() < mod.size()) {
    r = rem;
    return;
  }
  q.assign(rem.size() - dm, 0);
  for (std::size_t i = rem.size(); i-- > dm;) {
    long long coef = rem[i];
    q[i - dm] = coef;
    if (coef == 0) continue;
    for (std::size_t j = 0; j <= dm; ++j) rem[i - dm + j] -= coef * mod[j];
  }
  rem.resize(dm);
  r = poly_normalize(rem);
  q = poly_normalize(q);
}
