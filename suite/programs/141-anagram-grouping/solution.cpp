#include "solution.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

static std::array<int, 256> histogram(const std::string& s) {
  std::array<int, 256> h{};
  for (char c : s) ++h[static_cast<unsigned char>(c)];
  return h;
}

bool is_anagram(const std::string& a, const std::string& b) {
  return a.size() == b.size() && histogram(a) == histogram(b);
}

std::vector<std::vector<std::string>> group_anagrams(const std::vector<std::string>& words) {
  std::unordered_map<std::string, std::size_t> group_of;
  std::vector<std::vector<std::string>> groups;
  for (const std::string& w : words) {
    std::string key = w;
    std::sort(key.begin(), key.end());
    auto it = group_of.find(key);
    if (it == group_of.end()) {
      group_of.emplace(key, groups.size());
      groups.push_back({w});
    } else {
      groups[it->second].push_back(w);
    }
  }
  return groups;
}

std::vector<std::size_t> find_anagram_positions(const std::string& text, const std::string& pattern) {
  std::vector<std::size_t> out;
  std::size_t m = pattern.size();
  if (m == 0 || m > text.size()) return out;
  std::array<int, 256> need = histogram(pattern);
  std::array<int, 256> have{};
  int mismatched = 0;  // number of byte values where have != need
  for (int i = 0; i < 256; ++i)
    if (need[static_cast<std::size_t>(i)] != 0) ++mismatched;
  auto adjust = [&](unsigned char c, int delta) {
    bool before = have[c] == need[c];
    have[c] += delta;
    bool after = have[c] == need[c];
    if (before && !after) ++mismatched;
    if (!before && after) --mismatched;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    adjust(static_cast<unsigned char>(text[i]), 1);
    if (i >= m) adjust(static_cast<unsigned char>(text[i - m]), -1);
    if (i + 1 >= m && mismatched == 0) out.push_back(i + 1 - m);
  }
  return out;
}

int min_steps_to_anagram(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return -1;
  std::array<int, 256> ha = histogram(a), hb = histogram(b);
  int steps = 0;
  for (std::size_t i = 0; i < 256; ++i)
    if (ha[i] > hb[i]) steps += ha[i] - hb[i];
  return steps;
}
