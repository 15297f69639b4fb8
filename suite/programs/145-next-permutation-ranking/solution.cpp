#include "solution.hpp"

#include <algorithm>
#include <limits>

std::vector<std::string> distinct_permutations(std::string s) {
  std::sort(s.begin(), s.end());
  std::vector<std::string> out;
  do {
    out.push_back(s);
  } while (std::next_permutation(s.begin(), s.end()));
  return out;
}

static unsigned long long factorial(int n) {
  unsigned long long f = 1;
  for (int i = 2; i <= n; ++i) f *= static_cast<unsigned long long>(i);
  return f;
}

std::vector<int> kth_permutation(int n, unsigned long long k) {
  std::vector<int> pool;
  for (int i = 1; i <= n; ++i) pool.push_back(i);
  std::vector<int> out;
  for (int remaining = n; remaining >= 1; --remaining) {
    unsigned long long block = factorial(remaining - 1);
    std::size_t idx = static_cast<std::size_t>(k / block);
    k %= block;
    out.push_back(pool[idx]);
    pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(idx));
  }
  return out;
}

unsigned long long permutation_rank(const std::vector<int>& perm) {
  unsigned long long rank = 0;
  int n = static_cast<int>(perm.size());
  for (int i = 0; i < n; ++i) {
    unsigned long long smaller_after = 0;
    for (int j = i + 1; j < n; ++j)
      if (perm[static_cast<std::size_t>(j)] < perm[static_cast<std::size_t>(i)]) ++smaller_after;
    rank += smaller_after * factorial(n - 1 - i);
  }
  return rank;
}

bool my_next_permutation(std::vector<int>& v) {
  if (v.size() < 2) return false;
  std::size_t i = v.size() - 1;
  while (i > 0 && v[i - 1] >= v[i]) --i;
  if (i == 0) {
    std::reverse(v.begin(), v.end());
    return false;
  }
  std::size_t j = v.size() - 1;
  while (v[j] <= v[i - 1]) --j;
  std::swap(v[i - 1], v[j]);
  std::reverse(v.begin() + static_cast<std::ptrdiff_t>(i), v.end());
  return true;
}

long long next_greater_same_digits(long long n) {
  if (n < 0) return -1;
  std::string digits = std::to_string(n);
  if (!std::next_permutation(digits.begin(), digits.end())) return -1;
  const std::string max_str = std::to_string(std::numeric_limits<long long>::max());
  if (digits.size() == max_str.size() && digits > max_str) return -1;
  long long r = 0;
  for (char c : digits) r = r * 10 + (c - '0');
  return r;
}
