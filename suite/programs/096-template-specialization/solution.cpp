#include "solution.hpp"
#include <climits>

namespace {

template <typename T> struct Codec;  // primary template intentionally undefined

template <> struct Codec<bool> {
  static void put(std::string& o, bool b) { o += b ? "b1" : "b0"; }
  static bool get(const std::string& s, std::size_t& p, bool& b) {
    if (p + 2 > s.size() || s[p] != 'b' || (s[p + 1] != '0' && s[p + 1] != '1')) return false;
    b = s[p + 1] == '1';
    p += 2;
    return true;
  }
};

bool readNumber(const std::string& s, std::size_t& p, long long lo, long long hi, long long& v) {
  bool neg = false;
  if (p < s.size() && s[p] == '-') { neg = true; ++p; }
  std::size_t start = p;
  long long mag = 0;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
    if (p - start >= 12) return false;
    mag = mag * 10 + (s[p] - '0');
    ++p;
  }
  if (p == start) return false;
  v = neg ? -mag : mag;
  return v >= lo && v <= hi;
}

template <> struct Codec<int> {
  static void put(std::string& o, int v) { o += 'i'; o += std::to_string(v); o += ';'; }
  static bool get(const std::string& s, std::size_t& p, int& v) {
    if (p >= s.size() || s[p] != 'i') return false;
    ++p;
    long long x;
    if (!readNumber(s, p, INT_MIN, INT_MAX, x)) return false;
    if (p >= s.size() || s[p] != ';') return false;
    ++p;
    v = static_cast<int>(x);
    return true;
  }
};

template <> struct Codec<std::string> {
  static void put(std::string& o, const std::string& v) {
    o += 's'; o += std::to_string(v.size()); o += ':'; o += v;
  }
  static bool get(const std::string& s, std::size_t& p, std::string& v) {
    if (p >= s.size() || s[p] != 's') return false;
    ++p;
    long long n;
    if (!readNumber(s, p, 0, 1000000, n)) return false;
    if (p >= s.size() || s[p] != ':') return false;
    ++p;
    if (static_cast<std::size_t>(n) > s.size() - p) return false;
    v = s.substr(p, static_cast<std::size_t>(n));
    p += static_cast<std::size_t>(n);
    return true;
  }
};

template <typename T> struct Codec<std::vector<T>> {
  static void put(std::string& o, const std::vector<T>& v) {
    o += 'v'; o += std::to_string(v.size()); o += '[';
    for (const T& x : v) Codec<T>::put(o, x);
    o += ']';
  }
  static bool get(const std::string& s, std::size_t& p, std::vector<T>& v) {
    if (p >= s.size() || s[p] != 'v') return false;
    ++p;
    long long n;
    if (!readNumber(s, p, 0, 1000000, n)) return false;
    if (p >= s.size() || s[p] != '[') return false;
    ++p;
    v.clear();
    for (long long i = 0; i < n; ++i) {
      T x{};
      if (!Codec<T>::get(s, p, x)) return false;
      v.push_back(x);
    }
    if (p >= s.size() || s[p] != ']') return false;
    ++p;
    return true;
  }
};

template <typename A, typename B> struct Codec<std::pair<A, B>> {
  static void put(std::string& o, const std::pair<A, B>& v) {
    o += 'p'; Codec<A>::put(o, v.first); Codec<B>::put(o, v.second);
  }
  static bool get(const std::string& s, std::size_t& p, std::pair<A, B>& v) {
    if (p >= s.size() || s[p] != 'p') return false;
    ++p;
    return Codec<A>::get(s, p, v.first) && Codec<B>::get(s, p, v.second);
  }
};

template <typename T> struct TypeName;
template <> struct TypeName<bool> { static std::string get() { return "bool"; } };
template <> struct TypeName<int> { static std::string get() { return "int"; } };
template <> struct TypeName<std::string> { static std::string get() { return "string"; } };
template <typename T> struct TypeName<std::vector<T>> {
  static std::string get() { return "vector<" + TypeName<T>::get() + ">"; }
};
template <typename A, typename B> struct TypeName<std::pair<A, B>> {
  static std::string get() { return "pair<" + TypeName<A>::get() + "," + TypeName<B>::get() + ">"; }
};

template <typename T> bool decodeAll(const std::string& s, T& out) {
  std::size_t p = 0;
  return Codec<T>::get(s, p, out) && p == s.size();
}

}  // namespace

bool operator==(const Record& a, const Record& b) {
  return a.id == b.id && a.name == b.name && a.active == b.active && a.scores == b.scores && a.tags == b.tags;
}

std::string encodeRecord(const Record& r) {
  std::string o = "R";
  Codec<int>::put(o, r.id);
  Codec<std::string>::put(o, r.name);
  Codec<bool>::put(o, r.active);
  Codec<std::vector<int>>::put(o, r.scores);
  Codec<std::vector<std::pair<std::string, int>>>::put(o, r.tags);
  return o;
}

bool decodeRecord(const std::string& s, Record& out) {
  if (s.empty() || s[0] != 'R') return false;
  std::size_t p = 1;
  Record r;
  if (!Codec<int>::get(s, p, r.id) || !Codec<std::string>::get(s, p, r.name) ||
      !Codec<bool>::get(s, p, r.active) || !Codec<std::vector<int>>::get(s, p, r.scores) ||
      !Codec<std::vector<std::pair<std::string, int>>>::get(s, p, r.tags) || p != s.size())
    return false;
  out = r;
  return true;
}

std::string encodeIntList(const std::vector<int>& v) {
  std::string o;
  Codec<std::vector<int>>::put(o, v);
  return o;
}

bool decodeIntList(const std::string& s, std::vector<int>& out) { return decodeAll(s, out); }

std::string recordTagsTypeName() { return TypeName<std::vector<std::pair<std::string, int>>>::get(); }
std::string nestedTypeName() { return TypeName<std::vector<std::vector<bool>>>::get(); }
