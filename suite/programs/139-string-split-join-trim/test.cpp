#include "check.h"
#include "solution.hpp"

namespace {
typedef std::vector<std::string> VS;
unsigned s = 5150u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
}  // namespace

int main() {
  CHECK(split("", ',') == VS({""}));
  CHECK(split("a", ',') == VS({"a"}));
  CHECK(split("a,b,c", ',') == VS({"a", "b", "c"}));
  CHECK(split(",a,,b,", ',') == VS({"", "a", "", "b", ""}));
  CHECK(split_on("a::b::::c", "::") == VS({"a", "b", "", "c"}));
  CHECK(split_on("abc", "abcd") == VS({"abc"}));
  CHECK(split_on("xyxyx", "xyx") == VS({"", "yx"}));
  CHECK(split_whitespace("").empty());
  CHECK(split_whitespace(" \t\n ").empty());
  CHECK(split_whitespace("  hello   world\tfoo\nbar ") == VS({"hello", "world", "foo", "bar"}));
  CHECK(join({}, ", ").empty());
  CHECK(join({"x"}, ", ") == "x");
  CHECK(join({"a", "b", "c"}, ", ") == "a, b, c");
  CHECK(join({"", ""}, "-") == "-");
  CHECK(trim("") == "");
  CHECK(trim("   ") == "");
  CHECK(trim("  a b  ") == "a b");
  CHECK(trim("\t\r\nx\v\f") == "x");
  CHECK(trim_left("  a  ") == "a  ");
  CHECK(trim_right("  a  ") == "  a");
  CHECK(normalize_spaces("  the   quick\t\tbrown  ") == "the quick brown");
  {
    std::vector<VS> p = parse_pairs(" a = 1 ; b=2;;flag ; c = x=y ;");
    CHECK(p.size() == 4);
    CHECK(p[0] == VS({"a", "1"}));
    CHECK(p[1] == VS({"b", "2"}));
    CHECK(p[2] == VS({"flag", ""}));
    CHECK(p[3] == VS({"c", "x=y"}));
    CHECK(parse_pairs("").empty());
    CHECK(parse_pairs(" ; ; ").empty());
  }
  // Round trips: join(split(s, d), d) == s for any s.
  const char alpha[] = "ab,; \t";
  for (int iter = 0; iter < 300; ++iter) {
    std::string t;
    std::size_t n = rnd() % 15;
    for (std::size_t i = 0; i < n; ++i) t += alpha[rnd() % 6];
    VS parts = split(t, ',');
    CHECK(join(parts, ",") == t);
    std::size_t commas = 0;
    for (char c : t) commas += c == ',';
    CHECK(parts.size() == commas + 1);
    CHECK(join(split_on(t, ", "), ", ") == t);
    std::string tr = trim(t);
    CHECK(tr.empty() || (tr.front() != ' ' && tr.front() != '\t' && tr.back() != ' ' && tr.back() != '\t'));
    CHECK(t.find(tr) != std::string::npos);
    std::string ns = normalize_spaces(t);
    CHECK(ns.find("  ") == std::string::npos);
    CHECK(split_whitespace(ns) == split_whitespace(t));
  }
  return 0;
}
