#include "check.h"
#include "solution.hpp"

int main() {
  // Empty and separator-only input.
  CHECK(word_frequencies("").empty());
  CHECK(word_frequencies("  ,,, 123 !! ").empty());
  CHECK(top_words("", 3).empty());
  CHECK(count_hapax("") == 0);

  // Single word, mixed case.
  {
    std::map<std::string, int> f = word_frequencies("Hello");
    CHECK(f.size() == 1);
    CHECK(f["hello"] == 1);
  }
  {
    std::map<std::string, int> f = word_frequencies("The cat and THE hat; the-end.");
    CHECK(f.size() == 5);
    CHECK(f["the"] == 3);
    CHECK(f["cat"] == 1);
    CHECK(f["and"] == 1);
    CHECK(f["hat"] == 1);
    CHECK(f["end"] == 1);
    CHECK(f.count("The") == 0);
  }
  // Digits split words.
  {
    std::map<std::string, int> f = word_frequencies("abc1abc2ABC3x");
    CHECK(f.size() == 2);
    CHECK(f["abc"] == 3);
    CHECK(f["x"] == 1);
  }
  // top_words ordering: count desc, then alphabetical.
  {
    std::string t = "b a c b a d b e e";
    std::vector<std::pair<std::string, int>> top = top_words(t, 3);
    CHECK(top.size() == 3);
    CHECK(top[0].first == "b" && top[0].second == 3);
    CHECK(top[1].first == "a" && top[1].second == 2);
    CHECK(top[2].first == "e" && top[2].second == 2);
    std::vector<std::pair<std::string, int>> all = top_words(t, 100);
    CHECK(all.size() == 5);
    CHECK(all[3].first == "c" && all[3].second == 1);
    CHECK(all[4].first == "d" && all[4].second == 1);
    CHECK(top_words(t, 0).empty());
    CHECK(count_hapax(t) == 2);
  }
  // A longer text with a hand-counted answer.
  {
    std::string t =
        "It was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness";
    std::map<std::string, int> f = word_frequencies(t);
    CHECK(f["it"] == 4);
    CHECK(f["was"] == 4);
    CHECK(f["the"] == 4);
    CHECK(f["of"] == 4);
    CHECK(f["times"] == 2);
    CHECK(f["age"] == 2);
    CHECK(f["best"] == 1);
    CHECK(f.size() == 10);
    std::vector<std::pair<std::string, int>> top = top_words(t, 6);
    CHECK(top[0].first == "it");
    CHECK(top[1].first == "of");
    CHECK(top[2].first == "the");
    CHECK(top[3].first == "was");
    CHECK(top[4].first == "age" && top[4].second == 2);
    CHECK(top[5].first == "times" && top[5].second == 2);
    CHECK(count_hapax(t) == 4);
  }
  // Generated text: word i repeated i times.
  {
    std::string t;
    const char* words[] = {"alpha", "Beta", "gamma", "DELTA", "epsilon"};
    for (int i = 0; i < 5; ++i)
      for (int r = 0; r <= i; ++r) {
        t += words[i];
        t += (r % 2 == 0) ? " " : "\n\t";
      }
    std::map<std::string, int> f = word_frequencies(t);
    CHECK(f["alpha"] == 1);
    CHECK(f["beta"] == 2);
    CHECK(f["gamma"] == 3);
    CHECK(f["delta"] == 4);
    CHECK(f["epsilon"] == 5);
    std::vector<std::pair<std::string, int>> top = top_words(t, 2);
    CHECK(top[0].first == "epsilon" && top[1].first == "delta");
    CHECK(count_hapax(t) == 1);
  }
  return 0;
}
