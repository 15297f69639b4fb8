#include "solution.hpp"

#include <algorithm>

std::size_t lis_length(const std::vector<int>& a) {
  std::vector<int> tails;
  for (int x : a) {
    auto it = std::lower_bound(tails.begin(), tails.end(), x);
    if (it == tails.end()) tails.push_back(x);
    else *it = x;
  }
  return tails.size();
}

std::size_t lnds_length(const std::vector<int>& a) {
  std::vector<int> tails;
  for (int x : a) {
    auto it = std::upper_bound(tails.begin(), tails.end(), x);
    if (it == tails.end()) tails.push_back(x);
    else *it = x;
  }
  return tails.size();
}

std::vector<int> lis_sequence(const std::vector<int>& a) {
  std::vector<int> tails;              // values
  std::vector<std::size_t> tail_idx;   // index in a of each tail
  std::vector<long> parent(a.size(), -1);
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::size_t pos = static_cast<std::size_t>(std::lower_bound(tails.begin(), tails.end(), a[i]) - tails.begin());
    if (pos > 0) parent[i] = static_cast<long>(tail_idx[pos - 1]);
    if (pos == tails.size()) {
      tails.push_back(a[i]);
      tail_idx.push_back(i);
    } else {
      tails[pos] = a[i];
      tail_idx[pos] = i;
    }
  }
  std::vector<int> seq;
  if (tails.empty()) return seq;
  for (long i = static_cast<long>(tail_idx.back()); i != -1; i = parent[static_cast<std::size_t>(i)])
    seq.push_back(a[static_cast<std::size_t>(i)]);
  std::reverse(seq.begin(), seq.end());
  return seq;
}

unsigned long long count_lis(const std::vector<int>& a) {
  std::size_t n = a.size();
  if (n == 0) return 0;
  std::vector<std::size_t> len(n, 1);
  std::vector<unsigned long long> cnt(n, 1);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < i; ++j) {
      if (a[j] >= a[i]) continue;
      if (len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        cnt[i] = cnt[j];
      } else if (len[j] + 1 == len[i]) {
        cnt[i] += cnt[j];
      }
    }
  std::size_t best = *std::max_element(len.begin(), len.end());
  unsigned long long total = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (len[i] == best) total += cnt[i];
  return total;
}

std::size_t min_deletions_to_sorted(const std::vector<int>& a) { return a.size() - lis_length(a); }
