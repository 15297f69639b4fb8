#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  CHECK(encodeIntList({}) == "v0[]");
  CHECK(encodeIntList({1, -2, 30}) == "v3[i1;i-2;i30;]");
  std::vector<int> out{99};
  CHECK(decodeIntList("v0[]", out) && out.empty());
  CHECK(decodeIntList("v2[i-2147483648;i2147483647;]", out));
  CHECK((out == std::vector<int>{-2147483647 - 1, 2147483647}));
  CHECK(!decodeIntList("v1[i2147483648;]", out));
  CHECK(!decodeIntList("v2[i1;]", out));
  CHECK(!decodeIntList("v1[i1;]x", out));
  CHECK(!decodeIntList("v1[i;]", out));
  CHECK(!decodeIntList("v1[i99999999999999999999;]", out));
  CHECK(!decodeIntList("", out));

  Record r{42, "Ada Lovelace", true, {90, 85, -1}, {{"math", 1}, {"", 0}, {"s:3", -7}}};
  std::string enc = encodeRecord(r);
  CHECK(enc == "Ri42;s12:Ada Lovelaceb1v3[i90;i85;i-1;]v3[ps4:mathi1;ps0:i0;ps3:s:3i-7;]");
  Record back{};
  CHECK(decodeRecord(enc, back));
  CHECK(back == r);

  Record empty{0, "", false, {}, {}};
  CHECK(encodeRecord(empty) == "Ri0;s0:b0v0[]v0[]");
  CHECK(decodeRecord(encodeRecord(empty), back) && back == empty);

  // every strict prefix of a valid encoding must be rejected and leave `back` untouched
  for (std::size_t n = 0; n < enc.size(); ++n) {
    Record probe = empty;
    CHECK(!decodeRecord(enc.substr(0, n), probe));
    CHECK(probe == empty);
  }
  CHECK(!decodeRecord(enc + "x", back));
  CHECK(!decodeRecord("Ri1;s5:abcb1v0[]v0[]", back));
  CHECK(!decodeRecord("Ri1;s0:b2v0[]v0[]", back));

  // round trip many generated records
  for (int k = 0; k < 50; ++k) {
    Record g;
    g.id = k * 7919 - 100000;
    g.name = std::string(static_cast<std::size_t>(k % 9), static_cast<char>('a' + k % 26));
    g.active = k % 3 == 0;
    for (int j = 0; j < k % 5; ++j) g.scores.push_back(j * k - 3);
    for (int j = 0; j < k % 4; ++j) g.tags.push_back({std::string(static_cast<std::size_t>(j), ']'), j - k});
    Record d{};
    CHECK(decodeRecord(encodeRecord(g), d));
    CHECK(d == g);
  }

  CHECK(recordTagsTypeName() == "vector<pair<string,int>>");
  CHECK(nestedTypeName() == "vector<vector<bool>>");
  return 0;
}
