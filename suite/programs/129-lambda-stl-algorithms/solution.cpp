#include "solution.hpp"
#include <algorithm>
#include <numeric>

namespace {
bool isDigit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

void naturalSort(std::vector<std::string>& names) {
  auto cmp3 = [](const std::string& a, const std::string& b) -> int {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
      if (isDigit(a[i]) && isDigit(b[j])) {
        std::size_t si = i, sj = j;
        while (si < a.size() && a[si] == '0') ++si;
        while (sj < b.size() && b[sj] == '0') ++sj;
        std::size_t ei = si, ej = sj;
        while (ei < a.size() && isDigit(a[ei])) ++ei;
        while (ej < b.size() && isDigit(b[ej])) ++ej;
        if (ei - si != ej - sj) return ei - si < ej - sj ? -1 : 1;  // more significant digits = larger
        int c = a.compare(si, ei - si, b, sj, ej - sj);
        if (c != 0) return c < 0 ? -1 : 1;
        i = ei;
        j = ej;
      } else {
        char x = lower(a[i]), y = lower(b[j]);
        if (x != y) return x < y ? -1 : 1;
        ++i;
        ++j;
      }
    }
    if (i < a.size()) return 1;
    if (j < b.size()) return -1;
    return 0;
  };
  std::sort(names.begin(), names.end(), [&cmp3](const std::string& a, const std::string& b) {
    int c = cmp3(a, b);
    return c != 0 ? c < 0 : a < b;
  });
}

void signPartition(std::vector<int>& v) {
  auto mid = std::stable_partition(v.begin(), v.end(), [](int x) { return x < 0; });
  std::stable_partition(mid, v.end(), [](int x) { return x == 0; });
}

int medianOf(std::vector<int> v) {
  std::size_t k = (v.size() - 1) / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end(), [](int a, int b) { return a < b; });
  return v[k];
}

std::size_t removeNear(std::vector<int>& v, const std::vector<int>& centers, int radius) {
  std::size_t before = v.size();
  auto near = [&centers, radius](int x) {
    return std::any_of(centers.begin(), centers.end(), [x, radius](int c) {
      long long d = static_cast<long long>(x) - c;
      return (d < 0 ? -d : d) <= radius;
    });
  };
  v.erase(std::remove_if(v.begin(), v.end(), near), v.end());
  return before - v.size();
}

std::size_t countPalindromes(const std::string& text) {
  std::vector<std::string> words;
  auto it = text.begin();
  while (it != text.end()) {
    it = std::find_if(it, text.end(), [](char c) { return c != ' '; });
    auto end = std::find(it, text.end(), ' ');
    if (it != end) words.emplace_back(it, end);
    it = end;
  }
  return static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [](const std::string& w) {
    return std::equal(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(w.size() / 2), w.rbegin(),
                      [](char a, char b) { return lower(a) == lower(b); });
  }));
}

std::vector<std::string> groupRuns(const std::string& s) {
  std::vector<std::string> out;
  auto it = s.begin();
  while (it != s.end()) {
    char c = *it;
    auto end = std::find_if_not(it, s.end(), [c](char x) { return x == c; });
    out.emplace_back(it, end);
    it = end;
  }
  return out;
}

std::size_t longestIncreasingRunStart(const std::vector<int>& v) {
  std::size_t bestStart = 0, bestLen = 0;
  auto it = v.begin();
  while (it != v.end()) {
    auto stop = std::adjacent_find(it, v.end(), [](int a, int b) { return a >= b; });
    auto runEnd = stop == v.end() ? v.end() : stop + 1;
    std::size_t len = static_cast<std::size_t>(runEnd - it);
    if (len > bestLen) {
      bestLen = len;
      bestStart = static_cast<std::size_t>(it - v.begin());
    }
    it = runEnd;
  }
  return bestStart;
}

long long sumSquaresNotDivisible(const std::vector<int>& v, int k) {
  std::vector<int> kept;
  std::copy_if(v.begin(), v.end(), std::back_inserter(kept), [k](int x) { return k == 0 || x % k != 0; });
  return std::transform_reduce(kept.begin(), kept.end(), 0LL, [](long long a, long long b) { return a + b; },
                               [](int x) { return static_cast<long long>(x) * x; });
}
