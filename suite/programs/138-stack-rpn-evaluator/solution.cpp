#include "solution.hpp"

#include <limits>

std::vector<std::string> tokenize(const std::string& expr) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : expr) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

namespace {
const long long kMax = std::numeric_limits<long long>::max();
const long long kMin = std::numeric_limits<long long>::min();

bool parse_number(const std::string& t, long long& v) {
  std::size_t i = 0;
  bool neg = false;
  if (t[0] == '-') {
    neg = true;
    i = 1;
  }
  if (i >= t.size()) return false;
  // Accumulate as a negative number so that kMin parses.
  long long acc = 0;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c < '0' || c > '9') return false;
    int d = c - '0';
    if (acc < (kMin + d) / 10) return false;
    acc = acc * 10 - d;
  }
  if (!neg) {
    if (acc == kMin) return false;
    acc = -acc;
  }
  v = acc;
  return true;
}

bool checked_add(long long a, long long b, long long& r) {
  if ((b > 0 && a > kMax - b) || (b < 0 && a < kMin - b)) return false;
  r = a + b;
  return true;
}

bool checked_sub(long long a, long long b, long long& r) {
  if ((b < 0 && a > kMax + b) || (b > 0 && a < kMin + b)) return false;
  r = a - b;
  return true;
}

bool checked_mul(long long a, long long b, long long& r) {
  if (a == 0 || b == 0) {
    r = 0;
    return true;
  }
  if (a > 0) {
    if (b > 0 ? a > kMax / b : b < kMin / a) return false;
  } else {
    if (b > 0 ? a < kMin / b : b < kMax / a) return false;
  }
  r = a * b;
  return true;
}
}  // namespace

bool eval_rpn(const std::vector<std::string>& tokens, long long& result) {
  std::vector<long long> st;
  for (const std::string& t : tokens) {
    if (t.empty()) return false;
    if (t == "neg") {
      if (st.empty() || st.back() == kMin) return false;
      st.back() = -st.back();
    } else if (t == "dup") {
      if (st.empty()) return false;
      st.push_back(st.back());
    } else if (t == "swap") {
      if (st.size() < 2) return false;
      long long a = st.back();
      st.back() = st[st.size() - 2];
      st[st.size() - 2] = a;
    } else if (t.size() == 1 && (t[0] == '+' || t[0] == '-' || t[0] == '*' || t[0] == '/' || t[0] == '%')) {
      if (st.size() < 2) return false;
      long long b = st.back();
      st.pop_back();
      long long a = st.back();
      long long r = 0;
      switch (t[0]) {
        case '+': if (!checked_add(a, b, r)) return false; break;
        case '-': if (!checked_sub(a, b, r)) return false; break;
        case '*': if (!checked_mul(a, b, r)) return false; break;
        case '/':
          if (b == 0 || (a == kMin && b == -1)) return false;
          r = a / b;
          break;
        default:
          if (b == 0 || (a == kMin && b == -1)) return false;
          r = a % b;
          break;
      }
      st.back() = r;
    } else {
      long long v = 0;
      if (!parse_number(t, v)) return false;
      st.push_back(v);
    }
  }
  if (st.size() != 1) return false;
  result = st[0];
  return true;
}

bool eval_rpn_string(const std::string& expr, long long& result) {
  return eval_rpn(tokenize(expr), result);
}
