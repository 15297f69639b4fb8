#include "check.h"
#include "solution.hpp"

#include <set>

namespace {
typedef std::vector<std::string> VS;
unsigned s = 22360679u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
std::string rand_word() {
  std::string w;
  std::size_t len = rnd() % 5;
  for (std::size_t i = 0; i < len; ++i) w += static_cast<char>('a' + rnd() % 3);
  return w;
}
bool has_prefix(const std::string& w, const std::string& p) { return w.compare(0, p.size(), p) == 0 && w.size() >= p.size(); }
}  // namespace

int main() {
  Trie t;
  CHECK(t.size() == 0);
  CHECK(!t.contains(""));
  CHECK(!t.starts_with("a"));
  CHECK(!t.starts_with(""));
  CHECK(t.insert("apple"));
  CHECK(!t.insert("apple"));
  CHECK(t.contains("apple"));
  CHECK(!t.contains("app"));
  CHECK(t.starts_with("app"));
  CHECK(t.insert("app"));
  CHECK(t.contains("app"));
  CHECK(t.insert("apply"));
  CHECK(t.insert("banana"));
  CHECK(t.insert("band"));
  CHECK(!t.insert("Band"));
  CHECK(!t.insert("a-b"));
  CHECK(t.count_prefix("ap") == 3);
  CHECK(t.count_prefix("ban") == 2);
  CHECK(t.count_prefix("") == 5);
  CHECK(t.count_prefix("c") == 0);
  CHECK(t.complete("ap", 10) == VS({"app", "apple", "apply"}));
  CHECK(t.complete("ap", 2) == VS({"app", "apple"}));
  CHECK(t.complete("", 100) == VS({"app", "apple", "apply", "banana", "band"}));
  CHECK(t.complete("x", 5).empty());
  CHECK(t.longest_stored_prefix_of("applesauce") == "apple");
  CHECK(t.longest_stored_prefix_of("apps") == "app");
  CHECK(t.longest_stored_prefix_of("ap") == "");
  CHECK(t.erase("apple"));
  CHECK(!t.erase("apple"));
  CHECK(!t.contains("apple") && t.contains("apply") && t.contains("app"));
  CHECK(t.count_prefix("appl") == 1);
  CHECK(t.complete("app", 10) == VS({"app", "apply"}));
  CHECK(t.size() == 4);
  CHECK(t.insert(""));
  CHECK(t.contains(""));
  CHECK(t.longest_stored_prefix_of("zzz") == "");
  CHECK(count_words_prefixing({"a", "ab", "abc", "b", "ab", ""}, "abcd") == 4);
  CHECK(count_words_prefixing({}, "abc") == 0);

  for (int round = 0; round < 10; ++round) {
    Trie tr;
    std::set<std::string> ref;
    for (int op = 0; op < 150; ++op) {
      std::string w = rand_word();
      unsigned kind = rnd() % 3;
      if (kind == 0) {
        CHECK(tr.insert(w) == ref.insert(w).second);
      } else if (kind == 1) {
        CHECK(tr.erase(w) == (ref.erase(w) == 1));
      }
      CHECK(tr.size() == ref.size());
      std::string q = rand_word();
      CHECK(tr.contains(q) == (ref.count(q) == 1));
      std::size_t cnt = 0;
      VS with_prefix;
      for (const std::string& x : ref)
        if (has_prefix(x, q)) {
          ++cnt;
          with_prefix.push_back(x);
        }
      CHECK(tr.count_prefix(q) == cnt);
      CHECK(tr.starts_with(q) == (cnt > 0));
      std::size_t limit = rnd() % 6;
      if (with_prefix.size() > limit) with_prefix.resize(limit);
      CHECK(tr.complete(q, limit) == with_prefix);
      std::string best;
      bool found = false;
      for (const std::string& x : ref)
        if (has_prefix(q, x) && (!found || x.size() > best.size())) {
          best = x;
          found = true;
        }
      CHECK(tr.longest_stored_prefix_of(q) == best);
    }
  }
  return 0;
}
