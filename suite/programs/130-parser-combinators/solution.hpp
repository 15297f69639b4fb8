#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

// Parser combinators: a parser is a closure that, given the input and a start
// position, either fails or succeeds with a value and the position after it.
struct PResult {
  bool ok;
  std::size_t pos;
  long long num;                  // numeric payload
  std::vector<long long> list;    // list payload
  std::string text;               // textual payload
};
using Parser = std::function<PResult(const std::string& in, std::size_t pos)>;

Parser charP(char c);
Parser spaces();                                   // zero or more ' '
Parser integerP();                                 // optional '-' then digits (<= 18)
Parser identP();                                   // [a-z_][a-z0-9_]*
Parser seqKeepSecond(Parser a, Parser b);          // a then b, value of b
Parser seqKeepFirst(Parser a, Parser b);           // a then b, value of a
Parser alt(Parser a, Parser b);                    // a, or b if a fails
Parser token(Parser p);                            // p surrounded by optional spaces
Parser sepBy(Parser item, Parser sep);             // zero or more items, numbers into list
Parser mapNum(Parser p, std::function<long long(const PResult&)> f);

// Parses a complete "[1, -2, 3]" list of integers; false on any syntax error.
bool parseIntList(const std::string& s, std::vector<long long>& out);
// Parses "key = 12; other=-3;" assignment lists into a map (later keys overwrite).
bool parseAssignments(const std::string& s, std::map<std::string, long long>& out);
// Sums a nested list like "[1, [2, 3], [], [[4]]]"; false on syntax error.
bool sumNested(const std::string& s, long long& total);
