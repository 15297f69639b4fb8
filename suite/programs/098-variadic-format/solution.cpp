#include "solution.hpp"

namespace {

void render(std::string& o, const std::string& v) { o += v; }
void render(std::string& o, const char* v) { o += v; }
void render(std::string& o, char v) { o += v; }
void render(std::string& o, bool v) { o += v ? "true" : "false"; }
void render(std::string& o, int v) { o += std::to_string(v); }
void render(std::string& o, long long v) { o += std::to_string(v); }
void render(std::string& o, unsigned v) { o += std::to_string(v); }
void render(std::string& o, double v) {
  bool neg = v < 0;
  double a = neg ? -v : v;
  long long cents = static_cast<long long>(a * 100.0 + 0.5);
  if (neg && cents != 0) o += '-';
  o += std::to_string(cents / 100);
  o += '.';
  long long c = cents % 100;
  if (c < 10) o += '0';
  o += std::to_string(c);
}

// Copies literal text up to and including the next placeholder; returns true if a
// placeholder "{}" was consumed.
bool advance(const std::string& pat, std::size_t& i, std::string& o) {
  while (i < pat.size()) {
    char c = pat[i];
    if (c == '{' && i + 1 < pat.size() && pat[i + 1] == '{') { o += '{'; i += 2; continue; }
    if (c == '}' && i + 1 < pat.size() && pat[i + 1] == '}') { o += '}'; i += 2; continue; }
    if (c == '{' && i + 1 < pat.size() && pat[i + 1] == '}') { i += 2; return true; }
    o += c;
    ++i;
  }
  return false;
}

void formatRest(const std::string& pat, std::size_t& i, std::string& o) {
  while (advance(pat, i, o)) o += "<?>";
}

template <typename T, typename... Rest>
void formatRest(const std::string& pat, std::size_t& i, std::string& o, const T& first, const Rest&... rest) {
  if (advance(pat, i, o)) {
    render(o, first);
    formatRest(pat, i, o, rest...);
  } else {
    o += " | ";
    render(o, first);
    ((o += ' ', render(o, rest)), ...);
  }
}

template <typename... Args>
std::string format(const std::string& pat, const Args&... args) {
  std::string o;
  std::size_t i = 0;
  formatRest(pat, i, o, args...);
  return o;
}

template <typename T, typename... Rest>
std::string join(const std::string& sep, const T& first, const Rest&... rest) {
  std::string o;
  render(o, first);
  ((o += sep, render(o, rest)), ...);
  return o;
}

template <typename T>
std::string cell(int width, const T& v) {
  std::string s;
  render(s, v);
  while (static_cast<int>(s.size()) < width) s += ' ';
  return s;
}

template <typename... Ts>
std::string row(int width, const Ts&... cells) {
  std::string o = "|";
  ((o += ' ', o += cell(width, cells), o += " |"), ...);
  return o;
}

}  // namespace

std::string fmtPoint(int x, int y) { return format("({}, {})", x, y); }
std::string fmtPerson(const std::string& name, int age, bool admin) {
  return format("{} is {} years old (admin: {})", name, age, admin);
}
std::string fmtMoney(const char* currency, double amount) { return format("{}{}", currency, amount); }
std::string fmtMixed(char c, long long big, unsigned u, double d, const std::string& s) {
  return format("[{}|{}|{}|{}|{}]", c, big, u, d, s);
}
std::string fmtRaw(const std::string& pattern) { return format(pattern); }
std::string fmtOne(const std::string& pattern, int a) { return format(pattern, a); }
std::string fmtThree(const std::string& pattern, int a, int b, int c) { return format(pattern, a, b, c); }
std::string joinFour(const std::string& a, int b, double c, bool d) { return join(", ", a, b, c, d); }
std::string tableRow(int width, const std::string& a, long long b, const std::string& c) {
  return row(width, a, b, c);
}
