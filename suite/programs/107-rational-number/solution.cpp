#include "solution.hpp"

namespace {
long long gcdLL(long long a, long long b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) { long long t = a % b; a = b; b = t; }
  return a;
}
}  // namespace

Rational::Rational(long long n, long long d) : n_(n), d_(d) {
  if (d_ < 0) { n_ = -n_; d_ = -d_; }
  long long g = gcdLL(n_, d_);
  if (g > 1) { n_ /= g; d_ /= g; }
}

Rational Rational::operator+(const Rational& o) const {
  long long g = gcdLL(d_, o.d_);
  long long l = d_ / g * o.d_;
  return Rational(n_ * (l / d_) + o.n_ * (l / o.d_), l);
}
Rational Rational::operator-(const Rational& o) const { return *this + (-o); }
Rational Rational::operator*(const Rational& o) const {
  long long g1 = gcdLL(n_, o.d_), g2 = gcdLL(o.n_, d_);
  if (g1 == 0) g1 = 1;
  if (g2 == 0) g2 = 1;
  return Rational((n_ / g1) * (o.n_ / g2), (d_ / g2) * (o.d_ / g1));
}
Rational Rational::operator/(const Rational& o) const { return *this * Rational(o.d_, o.n_); }
Rational Rational::operator-() const { return Rational(-n_, d_); }
bool Rational::operator==(const Rational& o) const { return n_ == o.n_ && d_ == o.d_; }
bool Rational::operator!=(const Rational& o) const { return !(*this == o); }
bool Rational::operator<(const Rational& o) const { return (*this - o).n_ < 0; }
long long Rational::floor() const {
  long long q = n_ / d_;
  if (n_ % d_ != 0 && n_ < 0) --q;
  return q;
}
std::string Rational::str() const {
  return d_ == 1 ? std::to_string(n_) : std::to_string(n_) + "/" + std::to_string(d_);
}

bool parseRational(const std::string& s, Rational& out) {
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && s[i] == '-') { neg = true; ++i; }
  long long parts[2] = {0, 1};
  int which = 0;
  std::size_t digits = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '/' && which == 0 && digits > 0) { which = 1; parts[1] = 0; digits = 0; continue; }
    if (c < '0' || c > '9' || digits >= 15) return false;
    parts[which] = parts[which] * 10 + (c - '0');
    ++digits;
  }
  if (digits == 0 || parts[1] == 0) return false;
  out = Rational(neg ? -parts[0] : parts[0], parts[1]);
  return true;
}

Rational harmonic(int n) {
  Rational h;
  for (int k = 1; k <= n; ++k) h = h + Rational(1, k);
  return h;
}

std::vector<long long> continuedFraction(Rational r) {
  std::vector<long long> out;
  for (;;) {
    long long a = r.floor();
    out.push_back(a);
    Rational frac = r - Rational(a);
    if (frac.num() == 0) break;
    r = Rational(frac.den(), frac.num());
  }
  return out;
}

Rational fromContinuedFraction(const std::vector<long long>& cf) {
  if (cf.empty()) return Rational(0);
  Rational r(cf.back());
  for (std::size_t i = cf.size() - 1; i-- > 0;) r = Rational(cf[i]) + Rational(r.den(), r.num());
  return r;
}

std::vector<long long> egyptian(Rational r) {
  std::vector<long long> out;
  while (r.num() > 0) {
    long long d = (r.den() + r.num() - 1) / r.num();  // ceil(den/num)
    out.push_back(d);
    r = r - Rational(1, d);
  }
  return out;
}

Rational bestApprox(double x, long long maxDen) {
  long long ln = 0, ld = 1, hn = 1, hd = 1;  // bounds 0/1 and 1/1
  for (;;) {
    long long mn = ln + hn, md = ld + hd;
    if (md > maxDen) break;
    if (static_cast<double>(mn) < x * static_cast<double>(md)) { ln = mn; ld = md; }
    else if (static_cast<double>(mn) > x * static_cast<double>(md)) { hn = mn; hd = md; }
    else return Rational(mn, md);
  }
  double el = x - static_cast<double>(ln) / static_cast<double>(ld);
  double eh = static_cast<double>(hn) / static_cast<double>(hd) - x;
  return el <= eh ? Rational(ln, ld) : Rational(hn, hd);
}
