#include "solution.hpp"

#include <algorithm>

static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::map<std::string, int> word_frequencies(const std::string& text) {
  std::map<std::string, int> freq;
  std::string cur;
  for (char c : text) {
    if (is_letter(c)) {
      cur.push_back(lower(c));
    } else if (!cur.empty()) {
      ++freq[cur];
      cur.clear();
    }
  }
  if (!cur.empty()) ++freq[cur];
  return freq;
}

std::vector<std::pair<std::string, int>> top_words(const std::string& text, std::size_t k) {
  std::map<std::string, int> freq = word_frequencies(text);
  std::vector<std::pair<std::string, int>> items(freq.begin(), freq.end());
  std::sort(items.begin(), items.end(),
            [](const std::pair<std::string, int>& a, const std::pair<std::string, int>& b) {
              if (a.second != b.second) return a.second > b.second;
              return a.first < b.first;
            });
  if (items.size() > k) items.resize(k);
  return items;
}

int count_hapax(const std::string& text) {
  std::map<std::string, int> freq = word_frequencies(text);
  int n = 0;
  for (const auto& kv : freq)
    if (kv.second == 1) ++n;
  return n;
}
