#include "solution.hpp"

Poly::Poly(std::initializer_list<long long> lowFirst) : c_(lowFirst) { trim(); }
Poly::Poly(const std::vector<long long>& lowFirst) : c_(lowFirst) { trim(); }

Poly Poly::monomial(long long coeff, int degree) {
  std::vector<long long> c(static_cast<std::size_t>(degree) + 1, 0);
  c.back() = coeff;
  return Poly(c);
}

void Poly::trim() {
  while (!c_.empty() && c_.back() == 0) c_.pop_back();
}

long long Poly::coeff(int i) const {
  return i >= 0 && i < static_cast<int>(c_.size()) ? c_[static_cast<std::size_t>(i)] : 0;
}

Poly Poly::operator+(const Poly& o) const {
  std::vector<long long> r(c_.size() > o.c_.size() ? c_.size() : o.c_.size(), 0);
  for (std::size_t i = 0; i < r.size(); ++i) r[i] = coeff(static_cast<int>(i)) + o.coeff(static_cast<int>(i));
  return Poly(r);
}

Poly Poly::operator-() const {
  std::vector<long long> r(c_);
  for (long long& v : r) v = -v;
  return Poly(r);
}

Poly Poly::operator-(const Poly& o) const { return *this + (-o); }

Poly Poly::operator*(const Poly& o) const {
  if (c_.empty() || o.c_.empty()) return Poly();
  std::vector<long long> r(c_.size() + o.c_.size() - 1, 0);
  for (std::size_t i = 0; i < c_.size(); ++i)
    for (std::size_t j = 0; j < o.c_.size(); ++j) r[i + j] += c_[i] * o.c_[j];
  return Poly(r);
}

long long Poly::operator()(long long x) const {
  long long acc = 0;
  for (std::size_t i = c_.size(); i-- > 0;) acc = acc * x + c_[i];
  return acc;
}

Poly Poly::derivative() const {
  if (c_.size() <= 1) return Poly();
  std::vector<long long> r(c_.size() - 1);
  for (std::size_t i = 1; i < c_.size(); ++i) r[i - 1] = c_[i] * static_cast<long long>(i);
  return Poly(r);
}

Poly Poly::compose(const Poly& inner) const {
  Poly acc;
  for (std::size_t i = c_.size(); i-- > 0;) acc = acc * inner + Poly{c_[i]};
  return acc;
}

bool Poly::divmodMonic(const Poly& d, Poly& q, Poly& r) const {
  if (d.c_.empty() || d.c_.back() != 1) return false;
  std::vector<long long> rem(c_);
  const std::size_t dn = d.c_.size();
  std::vector<long long> quot(rem.size() >= dn ? rem.size() - dn + 1 : 0, 0);
  for (std::size_t k = quot.size(); k-- > 0;) {
    long long f = rem[k + dn - 1];
    quot[k] = f;
    for (std::size_t j = 0; j < dn; ++j) rem[k + j] -= f * d.c_[j];
  }
  q = Poly(quot);
  r = Poly(rem);
  return true;
}

std::string Poly::str() const {
  if (c_.empty()) return "0";
  std::string s;
  for (std::size_t i = c_.size(); i-- > 0;) {
    long long v = c_[i];
    if (v == 0) continue;
    bool neg = v < 0;
    unsigned long long mag = neg ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
    if (s.empty()) s += neg ? "-" : "";
    else s += neg ? " - " : " + ";
    if (mag != 1 || i == 0) s += std::to_string(mag);
    if (i >= 1) s += "x";
    if (i >= 2) s += "^" + std::to_string(i);
  }
  return s;
}

Poly fromRoots(const std::vector<long long>& roots) {
  Poly p{1};
  for (long long r : roots) p = p * Poly{-r, 1};
  return p;
}
