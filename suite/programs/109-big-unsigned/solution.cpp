#include "solution.hpp"

namespace {
const std::uint32_t kBase = 1000000000u;
}

BigUInt::BigUInt(std::uint64_t v) {
  while (v > 0) {
    limbs_.push_back(static_cast<std::uint32_t>(v % kBase));
    v /= kBase;
  }
}

void BigUInt::trim() {
  while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
}

bool BigUInt::fromString(const std::string& s, BigUInt& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  BigUInt r;
  std::size_t end = s.size();
  while (end > 0) {
    std::size_t start = end >= 9 ? end - 9 : 0;
    std::uint32_t limb = 0;
    for (std::size_t i = start; i < end; ++i) limb = limb * 10 + static_cast<std::uint32_t>(s[i] - '0');
    r.limbs_.push_back(limb);
    end = start;
  }
  r.trim();
  out = r;
  return true;
}

std::string BigUInt::toString() const {
  if (limbs_.empty()) return "0";
  std::string s = std::to_string(limbs_.back());
  for (std::size_t i = limbs_.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs_[i]);
    s += std::string(9 - part.size(), '0');
    s += part;
  }
  return s;
}

BigUInt BigUInt::operator+(const BigUInt& o) const {
  BigUInt r;
  std::uint32_t carry = 0;
  for (std::size_t i = 0; i < limbs_.size() || i < o.limbs_.size() || carry; ++i) {
    std::uint64_t s = carry;
    if (i < limbs_.size()) s += limbs_[i];
    if (i < o.limbs_.size()) s += o.limbs_[i];
    r.limbs_.push_back(static_cast<std::uint32_t>(s % kBase));
    carry = static_cast<std::uint32_t>(s / kBase);
  }
  return r;
}

BigUInt BigUInt::operator-(const BigUInt& o) const {
  BigUInt r;
  std::int64_t borrow = 0;
  for (std::size_t i = 0; i < limbs_.size(); ++i) {
    std::int64_t d = static_cast<std::int64_t>(limbs_[i]) - borrow - (i < o.limbs_.size() ? o.limbs_[i] : 0);
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += kBase;
    r.limbs_.push_back(static_cast<std::uint32_t>(d));
  }
  r.trim();
  return r;
}

BigUInt BigUInt::operator*(const BigUInt& o) const {
  if (isZero() || o.isZero()) return BigUInt();
  std::vector<std::uint64_t> acc(limbs_.size() + o.limbs_.size() + 1, 0);
  for (std::size_t i = 0; i < limbs_.size(); ++i) {
    std::uint64_t carry = 0;
    for (std::size_t j = 0; j < o.limbs_.size() || carry; ++j) {
      std::uint64_t cur = acc[i + j] + carry;
      if (j < o.limbs_.size()) cur += static_cast<std::uint64_t>(limbs_[i]) * o.limbs_[j];
      acc[i + j] = cur % kBase;
      carry = cur / kBase;
    }
  }
  BigUInt r;
  for (std::uint64_t v : acc) r.limbs_.push_back(static_cast<std::uint32_t>(v));
  r.trim();
  return r;
}

BigUInt& BigUInt::operator+=(const BigUInt& o) { *this = *this + o; return *this; }
BigUInt& BigUInt::operator*=(const BigUInt& o) { *this = *this * o; return *this; }

std::uint32_t BigUInt::divSmall(std::uint32_t d, BigUInt& q) const {
  BigUInt r;
  r.limbs_.assign(limbs_.size(), 0);
  std::uint64_t rem = 0;
  for (std::size_t i = limbs_.size(); i-- > 0;) {
    std::uint64_t cur = rem * kBase + limbs_[i];
    r.limbs_[i] = static_cast<std::uint32_t>(cur / d);
    rem = cur % d;
  }
  r.trim();
  q = r;
  return static_cast<std::uint32_t>(rem);
}

bool BigUInt::operator==(const BigUInt& o) const { return limbs_ == o.limbs_; }

bool BigUInt::operator<(const BigUInt& o) const {
  if (limbs_.size() != o.limbs_.size()) return limbs_.size() < o.limbs_.size();
  for (std::size_t i = limbs_.size(); i-- > 0;)
    if (limbs_[i] != o.limbs_[i]) return limbs_[i] < o.limbs_[i];
  return false;
}

unsigned BigUInt::digitSum() const {
  unsigned s = 0;
  for (std::uint32_t l : limbs_)
    for (; l > 0; l /= 10) s += l % 10;
  return s;
}

BigUInt factorialBig(unsigned n) {
  BigUInt r(1);
  for (unsigned i = 2; i <= n; ++i) r *= BigUInt(i);
  return r;
}

BigUInt fibonacciBig(unsigned n) {
  BigUInt a(0), b(1);
  for (unsigned i = 0; i < n; ++i) {
    BigUInt t = a + b;
    a = b;
    b = t;
  }
  return a;
}

BigUInt powBig(std::uint32_t base, unsigned exp) {
  BigUInt r(1), b(base);
  while (exp > 0) {
    if (exp & 1u) r *= b;
    exp >>= 1;
    if (exp) b *= b;
  }
  return r;
}

BigUInt binomialBig(unsigned n, unsigned k) {
  if (k > n) return BigUInt();
  if (k > n - k) k = n - k;
  BigUInt r(1);
  for (unsigned i = 1; i <= k; ++i) {
    r *= BigUInt(n - k + i);
    BigUInt q;
    r.divSmall(i, q);  // exact: r is now C(n-k+i, i) * i
    r = q;
  }
  return r;
}
