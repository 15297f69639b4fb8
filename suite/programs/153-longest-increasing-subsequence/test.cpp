#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
typedef std::vector<int> VI;
unsigned s = 192837u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Brute force over all subsets (small n only).
void brute(const VI& a, std::size_t& strict, std::size_t& nondec, unsigned long long& count) {
  strict = nondec = 0;
  count = 0;
  std::size_t n = a.size();
  for (unsigned mask = 1; mask < (1u << n); ++mask) {
    bool inc = true, nd = true;
    long prev = -1;
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!(mask >> i & 1u)) continue;
      ++k;
      if (prev >= 0) {
        if (a[static_cast<std::size_t>(prev)] >= a[i]) inc = false;
        if (a[static_cast<std::size_t>(prev)] > a[i]) nd = false;
      }
      prev = static_cast<long>(i);
    }
    if (inc) {
      if (k > strict) {
        strict = k;
        count = 0;
      }
      if (k == strict) ++count;
    }
    if (nd && k > nondec) nondec = k;
  }
  if (n == 0) count = 0;
}
bool is_subsequence(const VI& sub, const VI& a) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < a.size() && j < sub.size(); ++i)
    if (a[i] == sub[j]) ++j;
  return j == sub.size();
}
}  // namespace

int main() {
  CHECK(lis_length({}) == 0);
  CHECK(lis_sequence({}).empty());
  CHECK(count_lis({}) == 0);
  CHECK(lis_length({5}) == 1);
  CHECK(lis_length({10, 9, 2, 5, 3, 7, 101, 18}) == 4);
  CHECK(lis_length({0, 1, 0, 3, 2, 3}) == 4);
  CHECK(lis_length({7, 7, 7, 7}) == 1);
  CHECK(lnds_length({7, 7, 7, 7}) == 4);
  CHECK(lnds_length({3, 1, 2, 2, 1, 3}) == 4);
  CHECK(count_lis({1, 3, 5, 4, 7}) == 2);
  CHECK(count_lis({2, 2, 2, 2, 2}) == 5);
  CHECK(lis_sequence({3, 10, 2, 1, 20}) == VI({3, 10, 20}));
  CHECK(lis_sequence({INT_MAX, INT_MIN, 0}) == VI({INT_MIN, 0}));
  CHECK(min_deletions_to_sorted({5, 1, 2, 3, 0}) == 2);
  {
    VI big;
    for (int i = 0; i < 2000; ++i) big.push_back((i * 7919) % 2000);
    std::size_t L = lis_length(big);
    VI seq = lis_sequence(big);
    CHECK(seq.size() == L);
    CHECK(is_subsequence(seq, big));
    for (std::size_t i = 1; i < seq.size(); ++i) CHECK(seq[i - 1] < seq[i]);
  }
  for (int iter = 0; iter < 300; ++iter) {
    std::size_t n = rnd() % 11;
    VI a(n);
    for (std::size_t i = 0; i < n; ++i) a[i] = static_cast<int>(rnd() % 9) - 4;
    std::size_t strict = 0, nondec = 0;
    unsigned long long count = 0;
    brute(a, strict, nondec, count);
    CHECK(lis_length(a) == strict);
    CHECK(lnds_length(a) == nondec);
    CHECK(count_lis(a) == count);
    CHECK(min_deletions_to_sorted(a) == n - strict);
    VI seq = lis_sequence(a);
    CHECK(seq.size() == strict);
    CHECK(is_subsequence(seq, a));
    for (std::size_t i = 1; i < seq.size(); ++i) CHECK(seq[i - 1] < seq[i]);
  }
  return 0;
}
