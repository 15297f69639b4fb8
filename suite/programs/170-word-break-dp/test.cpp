#include "check.h"
#include "solution.hpp"

#include <algorithm>

namespace {
typedef std::vector<std::string> VS;
unsigned s = 4815162u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference: plain recursion over prefixes, collecting sentences.
void rec(const std::string& str, std::size_t pos, const VS& dict, std::string cur, VS& out) {
  if (pos == str.size()) {
    out.push_back(cur);
    return;
  }
  VS distinct = dict;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  for (const std::string& w : distinct)
    if (!w.empty() && str.compare(pos, w.size(), w) == 0 && pos + w.size() <= str.size())
      rec(str, pos + w.size(), dict, cur.empty() ? w : cur + " " + w, out);
}
std::size_t word_count(const std::string& sentence) {
  return sentence.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(sentence.begin(), sentence.end(), ' '));
}
}  // namespace

int main() {
  CHECK(word_break("leetcode", {"leet", "code"}));
  CHECK(word_break("applepenapple", {"apple", "pen"}));
  CHECK(!word_break("catsandog", {"cats", "dog", "sand", "and", "cat"}));
  CHECK(word_break("", {}));
  CHECK(!word_break("a", {}));
  CHECK(!word_break("a", {""}));
  CHECK(count_segmentations("catsanddog", {"cat", "cats", "and", "sand", "dog"}) == 2);
  CHECK(all_segmentations("catsanddog", {"cat", "cats", "and", "sand", "dog"}) ==
        VS({"cat sand dog", "cats and dog"}));
  CHECK(all_segmentations("pineapplepenapple", {"apple", "pen", "applepen", "pine", "pineapple"}) ==
        VS({"pine apple pen apple", "pine applepen apple", "pineapple pen apple"}));
  CHECK(all_segmentations("", {"a"}).empty());
  CHECK(count_segmentations(std::string(60, 'a'), {"a", "aa"}) == 2504730781961ULL);  // Fibonacci(61)
  CHECK(count_segmentations(std::string(30, 'a'), {"a", "aa", "a"}) == 1346269ULL);
  CHECK(fewest_words_segmentation("pineapplepenapple", {"apple", "pen", "applepen", "pine", "pineapple"}).size() ==
        std::string("pineapple pen apple").size());
  CHECK(word_count(fewest_words_segmentation("pineapplepenapple", {"apple", "pen", "applepen", "pine", "pineapple"})) == 3);
  CHECK(fewest_words_segmentation("aaaa", {"a", "aa"}) == "aa aa");
  CHECK(fewest_words_segmentation("ab", {"a"}) == "");
  CHECK(fewest_words_segmentation("", {"a"}) == "");

  for (int iter = 0; iter < 200; ++iter) {
    VS dict;
    std::size_t k = rnd() % 5;
    for (std::size_t d = 0; d < k; ++d) {
      std::string w;
      std::size_t len = 1 + rnd() % 3;
      for (std::size_t c = 0; c < len; ++c) w += static_cast<char>('a' + rnd() % 2);
      dict.push_back(w);
    }
    std::string str;
    std::size_t n = rnd() % 11;
    for (std::size_t c = 0; c < n; ++c) str += static_cast<char>('a' + rnd() % 2);
    VS ref;
    rec(str, 0, dict, "", ref);
    std::sort(ref.begin(), ref.end());
    if (str.empty()) ref.clear();
    CHECK(all_segmentations(str, dict) == ref);
    if (!str.empty()) {
      CHECK(count_segmentations(str, dict) == ref.size());
      CHECK(word_break(str, dict) == !ref.empty());
    }
    std::string few = fewest_words_segmentation(str, dict);
    if (ref.empty()) {
      CHECK(few.empty());
    } else {
      std::size_t min_words = word_count(ref[0]);
      for (const std::string& r : ref) min_words = std::min(min_words, word_count(r));
      CHECK(word_count(few) == min_words);
      CHECK(std::find(ref.begin(), ref.end(), few) != ref.end());
    }
  }
  return 0;
}
