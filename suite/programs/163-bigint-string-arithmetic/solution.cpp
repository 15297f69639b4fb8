#include "solution.hpp"

#include <algorithm>
#include <vector>

namespace {
std::string strip_zeros(const std::string& s) {
  std::size_t i = 0;
  while (i + 1 < s.size() && s[i] == '0') ++i;
  return s.substr(i);
}
}  // namespace

std::string add_strings(const std::string& a, const std::string& b) {
  std::string out;
  std::size_t i = a.size(), j = b.size();
  int carry = 0;
  while (i > 0 || j > 0 || carry) {
    int sum = carry;
    if (i > 0) sum += a[--i] - '0';
    if (j > 0) sum += b[--j] - '0';
    out.push_back(static_cast<char>('0' + sum % 10));
    carry = sum / 10;
  }
  std::reverse(out.begin(), out.end());
  return out.empty() ? "0" : out;
}

std::string subtract_strings(const std::string& a, const std::string& b) {
  std::string out;
  std::size_t i = a.size(), j = b.size();
  int borrow = 0;
  while (i > 0) {
    int d = (a[--i] - '0') - borrow;
    if (j > 0) d -= b[--j] - '0';
    if (d < 0) {
      d += 10;
      borrow = 1;
    } else {
      borrow = 0;
    }
    out.push_back(static_cast<char>('0' + d));
  }
  std::reverse(out.begin(), out.end());
  return strip_zeros(out);
}

std::string multiply_strings(const std::string& a, const std::string& b) {
  std::vector<int> acc(a.size() + b.size(), 0);
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;) {
      int p = (a[i] - '0') * (b[j] - '0') + acc[i + j + 1];
      acc[i + j + 1] = p % 10;
      acc[i + j] += p / 10;
    }
  std::string out;
  for (int d : acc) out.push_back(static_cast<char>('0' + d));
  return strip_zeros(out);
}

int compare_strings(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  int c = a.compare(b);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::string add_signed(const std::string& a, const std::string& b) {
  bool na = !a.empty() && a[0] == '-', nb = !b.empty() && b[0] == '-';
  std::string ma = na ? a.substr(1) : a, mb = nb ? b.substr(1) : b;
  std::string mag;
  bool neg;
  if (na == nb) {
    mag = add_strings(ma, mb);
    neg = na;
  } else if (compare_strings(ma, mb) >= 0) {
    mag = subtract_strings(ma, mb);
    neg = na;
  } else {
    mag = subtract_strings(mb, ma);
    neg = nb;
  }
  if (mag == "0") return mag;
  return neg ? "-" + mag : mag;
}

std::string divide_small(const std::string& a, unsigned divisor, unsigned& remainder) {
  std::string out;
  unsigned long long rem = 0;
  for (char c : a) {
    rem = rem * 10 + static_cast<unsigned>(c - '0');
    out.push_back(static_cast<char>('0' + rem / divisor));
    rem %= divisor;
  }
  remainder = static_cast<unsigned>(rem);
  return strip_zeros(out);
}

std::string factorial_string(unsigned n) {
  // Little-endian base-10 digits multiplied in place.
  std::vector<unsigned> digits(1, 1);
  for (unsigned k = 2; k <= n; ++k) {
    unsigned long long carry = 0;
    for (unsigned& d : digits) {
      unsigned long long v = static_cast<unsigned long long>(d) * k + carry;
      d = static_cast<unsigned>(v % 10);
      carry = v / 10;
    }
    while (carry) {
      digits.push_back(static_cast<unsigned>(carry % 10));
      carry /= 10;
    }
  }
  std::string out;
  for (std::size_t i = digits.size(); i-- > 0;) out.push_back(static_cast<char>('0' + digits[i]));
  return out;
}
