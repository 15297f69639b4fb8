#include "solution.hpp"

#include <algorithm>
#include <unordered_set>

namespace {
std::unordered_set<std::string> make_set(const std::vector<std::string>& dict, std::size_t& max_len) {
  std::unordered_set<std::string> set;
  max_len = 0;
  for (const std::string& w : dict) {
    if (w.empty()) continue;
    set.insert(w);
    if (w.size() > max_len) max_len = w.size();
  }
  return set;
}
}  // namespace

bool word_break(const std::string& s, const std::vector<std::string>& dict) {
  return count_segmentations(s, dict) > 0;
}

unsigned long long count_segmentations(const std::string& s, const std::vector<std::string>& dict) {
  std::size_t max_len = 0;
  std::unordered_set<std::string> words = make_set(dict, max_len);
  std::vector<unsigned long long> ways(s.size() + 1, 0);  // ways[i]: segmentations of s[0, i)
  ways[0] = 1;
  for (std::size_t end = 1; end <= s.size(); ++end)
    for (std::size_t len = 1; len <= max_len && len <= end; ++len)
      if (ways[end - len] && words.count(s.substr(end - len, len))) ways[end] += ways[end - len];
  return ways[s.size()];
}

std::vector<std::string> all_segmentations(const std::string& s, const std::vector<std::string>& dict) {
  std::size_t max_len = 0;
  std::unordered_set<std::string> words = make_set(dict, max_len);
  // sentences[i]: all segmentations of the suffix s[i, n).
  std::vector<std::vector<std::string>> sentences(s.size() + 1);
  sentences[s.size()].push_back("");
  for (std::size_t start = s.size(); start-- > 0;) {
    for (std::size_t len = 1; len <= max_len && start + len <= s.size(); ++len) {
      std::string w = s.substr(start, len);
      if (!words.count(w)) continue;
      for (const std::string& rest : sentences[start + len])
        sentences[start].push_back(rest.empty() ? w : w + " " + rest);
    }
  }
  std::vector<std::string> out = sentences[0];
  if (s.empty()) out.clear();
  std::sort(out.begin(), out.end());
  return out;
}

std::string fewest_words_segmentation(const std::string& s, const std::vector<std::string>& dict) {
  if (s.empty()) return "";
  std::size_t max_len = 0;
  std::unordered_set<std::string> words = make_set(dict, max_len);
  const std::size_t none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> best(s.size() + 1, none), prev(s.size() + 1, 0);
  best[0] = 0;
  for (std::size_t end = 1; end <= s.size(); ++end)
    for (std::size_t len = 1; len <= max_len && len <= end; ++len) {
      std::size_t from = end - len;
      if (best[from] == none || !words.count(s.substr(from, len))) continue;
      if (best[from] + 1 < best[end]) {
        best[end] = best[from] + 1;
        prev[end] = from;
      }
    }
  if (best[s.size()] == none) return "";
  std::vector<std::string> parts;
  for (std::size_t end = s.size(); end > 0; end = prev[end]) parts.push_back(s.substr(prev[end], end - prev[end]));
  std::string out;
  for (std::size_t k = parts.size(); k-- > 0;) {
    out += parts[k];
    if (k) out += ' ';
  }
  return out;
}
