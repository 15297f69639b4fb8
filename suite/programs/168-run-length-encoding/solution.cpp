#include "solution.hpp"

std::vector<std::pair<char, std::size_t>> runs_of(const std::string& s) {
  std::vector<std::pair<char, std::size_t>> out;
  for (char c : s) {
    if (!out.empty() && out.back().first == c) ++out.back().second;
    else out.push_back({c, 1});
  }
  return out;
}

std::string rle_encode(const std::string& s) {
  std::string out;
  for (const auto& r : runs_of(s)) {
    out += std::to_string(r.second);
    out += r.first;
  }
  return out;
}

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Shared decoder; `count_required` distinguishes the strict and compact formats.
bool decode(const std::string& enc, std::string& out, std::size_t max_len, bool count_required) {
  std::string result;
  std::size_t i = 0;
  while (i < enc.size()) {
    std::size_t count = 0;
    bool have_count = false;
    while (i < enc.size() && is_digit(enc[i])) {
      std::size_t d = static_cast<std::size_t>(enc[i] - '0');
      if (d > max_len || count > (max_len - d) / 10) return false;  // would exceed max_len
      count = count * 10 + d;
      have_count = true;
      ++i;
    }
    if (i == enc.size()) return false;  // dangling count (or nothing after it)
    if (!have_count) {
      if (count_required) return false;
      count = 1;
    }
    if (count == 0) return false;
    if (count > max_len - result.size()) return false;
    result.append(count, enc[i]);
    ++i;
  }
  out = result;
  return true;
}
}  // namespace

bool rle_decode(const std::string& enc, std::string& out, std::size_t max_len) {
  return decode(enc, out, max_len, true);
}

std::string rle_encode_compact(const std::string& s) {
  std::string out;
  for (const auto& r : runs_of(s)) {
    if (r.second > 1) out += std::to_string(r.second);
    out += r.first;
  }
  return out;
}

bool rle_decode_compact(const std::string& enc, std::string& out, std::size_t max_len) {
  return decode(enc, out, max_len, false);
}

std::string look_and_say(const std::string& s) {
  std::string out;
  for (const auto& r : runs_of(s)) {
    out += std::to_string(r.second);
    out += r.first;
  }
  return out;
}
