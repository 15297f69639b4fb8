#include "solution.hpp"

#include <algorithm>
#include <unordered_set>

std::vector<int> sorted_distinct(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

std::size_t remove_all(std::vector<int>& v, int x) {
  std::size_t before = v.size();
  v.erase(std::remove(v.begin(), v.end(), x), v.end());
  return before - v.size();
}

std::vector<int> dedup_keep_order(const std::vector<int>& v) {
  std::unordered_set<int> seen;
  std::vector<int> out;
  for (int x : v)
    if (seen.insert(x).second) out.push_back(x);
  return out;
}

std::string squeeze(const std::string& s) {
  std::string out = s;
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<int> keep_at_most_k_in_runs(const std::vector<int>& v, std::size_t k) {
  std::vector<int> out;
  std::size_t run = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    run = (i > 0 && v[i] == v[i - 1]) ? run + 1 : 1;
    if (run <= k) out.push_back(v[i]);
  }
  return out;
}

std::string strip_vowels(const std::string& s) {
  std::string out = s;
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](char c) {
                             switch (c) {
                               case 'a': case 'e': case 'i': case 'o': case 'u':
                               case 'A': case 'E': case 'I': case 'O': case 'U':
                                 return true;
                               default:
                                 return false;
                             }
                           }),
            out.end());
  return out;
}

std::size_t dedup_sorted_allow_two(std::vector<int>& v) {
  std::size_t w = 0;
  for (std::size_t r = 0; r < v.size(); ++r) {
    if (w < 2 || v[r] != v[w - 2]) v[w++] = v[r];
  }
  v.resize(w);
  return w;
}
