#pragma once
#include <string>
#include <utility>
#include <vector>

struct Record {
  int id;
  std::string name;
  bool active;
  std::vector<int> scores;
  std::vector<std::pair<std::string, int>> tags;
};

bool operator==(const Record& a, const Record& b);

// Serialization driven by a Codec<T> template with full specializations (bool, int,
// std::string) and partial specializations (std::vector<T>, std::pair<A, B>).
std::string encodeRecord(const Record& r);
bool decodeRecord(const std::string& s, Record& out);  // false on malformed input

std::string encodeIntList(const std::vector<int>& v);
bool decodeIntList(const std::string& s, std::vector<int>& out);

// Type descriptor built from a TypeName<T> template with specializations, e.g.
// "vector<pair<string,int>>".
std::string recordTagsTypeName();
std::string nestedTypeName();  // for std::vector<std::vector<bool>>
