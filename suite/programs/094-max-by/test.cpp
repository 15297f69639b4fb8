#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  std::vector<std::string> w{"pear", "banana", "kiwi", "apricot", "fig", "avocado"};
  CHECK(maxByIndex(w, StrLength()) == 3);  // "apricot" (7) before "avocado" (7)
  CHECK(minByIndex(w, StrLength()) == 4);
  std::vector<std::string> none;
  CHECK(maxByIndex(none, StrLength()) == 0);
  CHECK(minByIndex(none, StrLength()) == 0);
  std::vector<std::string> same{"ab", "cd", "ef"};
  CHECK(maxByIndex(same, StrLength()) == 0);
  CHECK(minByIndex(same, StrLength()) == 0);

  std::vector<long long> nums{3, -9, 4, 9, -1, 0};
  CHECK(maxByIndex(nums, AbsValue()) == 1);
  CHECK(minByIndex(nums, AbsValue()) == 5);
  std::vector<long long> one{-42};
  CHECK(maxByIndex(one, AbsValue()) == 0);

  CHECK(mostDistinctLetters({"aaaa", "abc", "AbCd", "xyz"}) == "AbCd");
  CHECK(mostDistinctLetters({"Mississippi", "tree"}) == "Mississippi");
  CHECK(mostDistinctLetters({}) == "");
  CHECK(mostDistinctLetters({"123", "!!"}) == "123");
  CHECK(mostDistinctLetters({"abcdefghijklmnopqrstuvwxyz", "The quick brown fox jumps over the lazy dog"}) ==
        "abcdefghijklmnopqrstuvwxyz");

  std::vector<Point> pts{{0, 0}, {5, 5}, {-3, 4}, {10, -1}, {2, 2}};
  CHECK(closestPoint(pts, 0, 0) == 0);
  CHECK(closestPoint(pts, 4, 4) == 1);
  CHECK(closestPoint(pts, -4, 4) == 2);
  CHECK(closestPoint(pts, 100, 0) == 3);
  CHECK(closestPoint(pts, 1, 1) == 0);  // tie between (0,0) and (2,2): first wins
  CHECK(closestPoint({}, 1, 1) == 0);
  CHECK(farthestManhattan(pts) == 3);
  CHECK(farthestManhattan({{1, -1}, {-1, 1}, {0, 2}}) == 0);

  // cross-check against a hand-written reference on a pseudo-random set
  std::vector<Point> many;
  unsigned s = 2463534242u;
  for (int i = 0; i < 500; ++i) {
    s ^= s << 13; s ^= s >> 17; s ^= s << 5;
    long long x = static_cast<long long>(s % 2001u) - 1000;
    s ^= s << 13; s ^= s >> 17; s ^= s << 5;
    long long y = static_cast<long long>(s % 2001u) - 1000;
    many.push_back({x, y});
  }
  for (long long q = -900; q <= 900; q += 300) {
    std::size_t ref = 0;
    long long bd = -1;
    for (std::size_t i = 0; i < many.size(); ++i) {
      long long d = (many[i].x - q) * (many[i].x - q) + (many[i].y + q) * (many[i].y + q);
      if (bd < 0 || d < bd) { bd = d; ref = i; }
    }
    CHECK(closestPoint(many, q, -q) == ref);
  }
  return 0;
}
