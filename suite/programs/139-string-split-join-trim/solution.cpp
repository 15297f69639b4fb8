#include "solution.hpp"

static bool is_ws(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::vector<std::string> split(const std::string& s, char delim) {
  std::vector<std::string> out;
  std::string::size_type start = 0;
  while (true) {
    std::string::size_type pos = s.find(delim, start);
    if (pos == std::string::npos) {
      out.push_back(s.substr(start));
      break;
    }
    out.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
  return out;
}

std::vector<std::string> split_on(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::string::size_type start = 0;
  while (true) {
    std::string::size_type pos = s.find(sep, start);
    if (pos == std::string::npos) {
      out.push_back(s.substr(start));
      break;
    }
    out.push_back(s.substr(start, pos - start));
    start = pos + sep.size();
  }
  return out;
}

std::vector<std::string> split_whitespace(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (is_ws(c)) {
      if (!cur.empty()) {
        out.push_back(cur);
        cur.clear();
      }
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string trim_left(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && is_ws(s[i])) ++i;
  return s.substr(i);
}

std::string trim_right(const std::string& s) {
  std::size_t n = s.size();
  while (n > 0 && is_ws(s[n - 1])) --n;
  return s.substr(0, n);
}

std::string trim(const std::string& s) { return trim_left(trim_right(s)); }

std::string normalize_spaces(const std::string& s) { return join(split_whitespace(s), " "); }

std::vector<std::vector<std::string>> parse_pairs(const std::string& s) {
  std::vector<std::vector<std::string>> out;
  for (const std::string& entry : split(s, ';')) {
    std::string e = trim(entry);
    if (e.empty()) continue;
    std::string::size_type eq = e.find('=');
    if (eq == std::string::npos) {
      out.push_back({e, ""});
    } else {
      out.push_back({trim(e.substr(0, eq)), trim(e.substr(eq + 1))});
    }
  }
  return out;
}
