#include "solution.hpp"

#include <algorithm>
#include <map>
#include <vector>

std::string replace_first_n(const std::string& s, const std::string& from, const std::string& to, std::size_t n) {
  if (from.empty()) return s;
  std::string out;
  std::string::size_type start = 0;
  std::size_t done = 0;
  while (done < n) {
    std::string::size_type pos = s.find(from, start);
    if (pos == std::string::npos) break;
    out.append(s, start, pos - start);
    out += to;
    start = pos + from.size();
    ++done;
  }
  out.append(s, start, std::string::npos);
  return out;
}

std::string replace_all(const std::string& s, const std::string& from, const std::string& to) {
  return replace_first_n(s, from, to, s.size() + 1);
}

std::size_t count_occurrences(const std::string& s, const std::string& sub, bool overlapping) {
  if (sub.empty()) return 0;
  std::size_t count = 0;
  std::string::size_type pos = s.find(sub);
  while (pos != std::string::npos) {
    ++count;
    pos = s.find(sub, pos + (overlapping ? 1 : sub.size()));
  }
  return count;
}

std::string reverse_words(const std::string& s) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) words.push_back(cur);
  std::reverse(words.begin(), words.end());
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) out += ' ';
    out += words[i];
  }
  return out;
}

std::string title_case(const std::string& s) {
  std::string out = s;
  bool start = true;
  for (char& c : out) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      start = false;
    } else {
      start = c == ' ' || c == '\t' || c == '\n' || c == '-';
    }
  }
  return out;
}

std::string expand_template(const std::string& tmpl, const std::string& vars) {
  std::map<std::string, std::string> table;
  std::string::size_type start = 0;
  while (start <= vars.size()) {
    std::string::size_type amp = vars.find('&', start);
    std::string entry = vars.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
    std::string::size_type eq = entry.find('=');
    if (eq != std::string::npos) table[entry.substr(0, eq)] = entry.substr(eq + 1);
    if (amp == std::string::npos) break;
    start = amp + 1;
  }
  std::string out;
  std::size_t i = 0;
  while (i < tmpl.size()) {
    if (tmpl[i] != '%') {
      out += tmpl[i++];
      continue;
    }
    std::string::size_type close = tmpl.find('%', i + 1);
    if (close == std::string::npos) {
      out.append(tmpl, i, std::string::npos);
      break;
    }
    std::string name = tmpl.substr(i + 1, close - i - 1);
    if (name.empty()) {
      out += '%';
      i = close + 1;
    } else {
      auto it = table.find(name);
      if (it != table.end()) {
        out += it->second;
        i = close + 1;
      } else {
        out += '%';
        out += name;
        i = close;  // the closing '%' may open the next placeholder
      }
    }
  }
  return out;
}
