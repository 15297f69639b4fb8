#include "solution.hpp"

#include <stack>
#include <vector>

static char opener_for(char c) {
  switch (c) {
    case ')': return '(';
    case ']': return '[';
    case '}': return '{';
    case '>': return '<';
    default: return 0;
  }
}

static bool is_opener(char c) { return c == '(' || c == '[' || c == '{' || c == '<'; }

long long first_error_index(const std::string& s) {
  std::stack<std::size_t> st;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (is_opener(c)) {
      st.push(i);
    } else if (char o = opener_for(c)) {
      if (st.empty() || s[st.top()] != o) return static_cast<long long>(i);
      st.pop();
    }
  }
  if (st.empty()) return -1;
  std::size_t earliest = st.top();
  while (!st.empty()) {
    earliest = st.top();
    st.pop();
  }
  return static_cast<long long>(earliest);
}

bool is_balanced(const std::string& s) { return first_error_index(s) == -1; }

int max_depth(const std::string& s) {
  if (!is_balanced(s)) return -1;
  int depth = 0, best = 0;
  for (char c : s) {
    if (is_opener(c)) {
      ++depth;
      if (depth > best) best = depth;
    } else if (opener_for(c)) {
      --depth;
    }
  }
  return best;
}

int min_insertions_to_balance(const std::string& parens) {
  int open = 0, inserts = 0;
  for (char c : parens) {
    if (c == '(') {
      ++open;
    } else if (c == ')') {
      if (open > 0) --open;
      else ++inserts;
    }
  }
  return inserts + open;
}

int longest_valid_parens(const std::string& parens) {
  std::vector<long long> st;
  st.push_back(-1);
  long long best = 0;
  for (std::size_t i = 0; i < parens.size(); ++i) {
    long long idx = static_cast<long long>(i);
    if (parens[i] == '(') {
      st.push_back(idx);
    } else {
      st.pop_back();
      if (st.empty()) {
        st.push_back(idx);
      } else if (idx - st.back() > best) {
        best = idx - st.back();
      }
    }
  }
  return static_cast<int>(best);
}
