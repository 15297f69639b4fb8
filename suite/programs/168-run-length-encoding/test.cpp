#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 8008135u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
}  // namespace

int main() {
  std::string out = "unchanged";
  CHECK(runs_of("").empty());
  CHECK(rle_encode("") == "");
  CHECK(rle_encode("a") == "1a");
  CHECK(rle_encode("aaabcc") == "3a1b2c");
  CHECK(rle_encode("  !!") == "2 2!");
  CHECK(rle_encode(std::string(12, 'z')) == "12z");
  CHECK(rle_encode_compact("aaabcc") == "3ab2c");
  CHECK(rle_encode_compact("abc") == "abc");
  CHECK(rle_decode("3a1b2c", out, 100) && out == "aaabcc");
  CHECK(rle_decode("", out, 100) && out == "");
  CHECK(rle_decode("12z", out, 100) && out == std::string(12, 'z'));
  out = "keep";
  CHECK(!rle_decode("a", out, 100) && out == "keep");
  CHECK(!rle_decode("3", out, 100));
  CHECK(!rle_decode("3a2", out, 100));
  CHECK(!rle_decode("0a", out, 100));
  CHECK(!rle_decode("101a", out, 100));
  CHECK(rle_decode("100a", out, 100) && out.size() == 100);
  CHECK(!rle_decode("60a41b", out, 100));
  CHECK(!rle_decode("99999999999999999999999999a", out, 1000));
  CHECK(out.size() == 100);
  CHECK(!rle_decode("5a", out, 0));
  CHECK(!rle_decode("29a", out, 3));
  CHECK(rle_decode("", out, 0) && out.empty());
  CHECK(rle_decode("3a", out, 3) && out == "aaa");
  CHECK(rle_decode_compact("3ab2c", out, 100) && out == "aaabcc");
  CHECK(rle_decode_compact("abc", out, 100) && out == "abc");
  CHECK(!rle_decode_compact("ab3", out, 100));
  CHECK(!rle_decode_compact("a0b", out, 100));
  CHECK(look_and_say("1") == "11");
  CHECK(look_and_say("11") == "21");
  CHECK(look_and_say("21") == "1211");
  CHECK(look_and_say("1211") == "111221");
  {
    std::string t = "1";
    for (int i = 0; i < 10; ++i) t = look_and_say(t);
    CHECK(t == "11131221133112132113212221");
  }
  {
    auto r = runs_of("aabbbac");
    CHECK(r.size() == 4);
    CHECK(r[0].first == 'a' && r[0].second == 2);
    CHECK(r[1].first == 'b' && r[1].second == 3);
    CHECK(r[3].first == 'c' && r[3].second == 1);
  }
  for (int iter = 0; iter < 300; ++iter) {
    std::string t;
    std::size_t n = rnd() % 40;
    for (std::size_t i = 0; i < n; ++i) t += "ab#"[rnd() % (1 + iter % 3)];
    std::string enc = rle_encode(t);
    CHECK(rle_decode(enc, out, t.size()) && out == t);
    std::string comp = rle_encode_compact(t);
    CHECK(comp.size() <= enc.size());
    CHECK(rle_decode_compact(comp, out, t.size() + 5) && out == t);
    if (!t.empty()) CHECK(!rle_decode(enc, out, t.size() - 1));
    // Encoding length: one char plus the decimal length of each run.
    std::size_t expect = 0;
    for (std::size_t i = 0; i < n;) {
      std::size_t j = i;
      while (j < n && t[j] == t[i]) ++j;
      expect += 1 + std::to_string(j - i).size();
      i = j;
    }
    CHECK(enc.size() == expect);
  }
  return 0;
}
