#include "solution.hpp"

template <typename T, std::size_t N>
FixedStack<T, N>::FixedStack() : data_(), top_(0) {}

template <typename T, std::size_t N>
bool FixedStack<T, N>::push(const T& v) {
  if (top_ == N) return false;
  data_[top_++] = v;
  return true;
}

template <typename T, std::size_t N>
bool FixedStack<T, N>::pop(T& out) {
  if (top_ == 0) return false;
  out = data_[--top_];
  return true;
}

template <typename T, std::size_t N>
bool FixedStack<T, N>::peek(T& out) const {
  if (top_ == 0) return false;
  out = data_[top_ - 1];
  return true;
}

template <typename T, std::size_t N>
std::size_t FixedStack<T, N>::size() const { return top_; }

template <typename T, std::size_t N>
bool FixedStack<T, N>::empty() const { return top_ == 0; }

template <typename T, std::size_t N>
bool FixedStack<T, N>::full() const { return top_ == N; }

template class FixedStack<int, 4>;
template class FixedStack<double, 8>;
template class FixedStack<long long, 32>;
template class FixedStack<char, 64>;

bool evalRpn(const std::string& expr, long long& result) {
  FixedStack<long long, 32> st;
  std::size_t i = 0;
  const std::size_t n = expr.size();
  while (i < n) {
    while (i < n && expr[i] == ' ') ++i;
    if (i >= n) break;
    std::size_t j = i;
    while (j < n && expr[j] != ' ') ++j;
    std::string tok = expr.substr(i, j - i);
    i = j;
    bool isNum = true;
    std::size_t k = 0;
    if (tok.size() > 1 && tok[0] == '-') k = 1;
    for (; k < tok.size(); ++k)
      if (tok[k] < '0' || tok[k] > '9') isNum = false;
    if (isNum) {
      long long v = 0;
      bool neg = tok[0] == '-';
      for (std::size_t p = neg ? 1 : 0; p < tok.size(); ++p) v = v * 10 + (tok[p] - '0');
      if (!st.push(neg ? -v : v)) return false;
      continue;
    }
    if (tok.size() != 1) return false;
    long long b, a;
    if (!st.pop(b) || !st.pop(a)) return false;
    long long r;
    switch (tok[0]) {
      case '+': r = a + b; break;
      case '-': r = a - b; break;
      case '*': r = a * b; break;
      case '/': if (b == 0) return false; r = a / b; break;
      case '%': if (b == 0) return false; r = a % b; break;
      default: return false;
    }
    st.push(r);
  }
  if (st.size() != 1) return false;
  st.pop(result);
  return true;
}

bool bracketsBalanced(const std::string& s) {
  FixedStack<char, 64> st;
  for (char c : s) {
    if (c == '(' || c == '[' || c == '{') {
      if (!st.push(c)) return false;
    } else if (c == ')' || c == ']' || c == '}') {
      char open;
      if (!st.pop(open)) return false;
      if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{'))
        return false;
    }
  }
  return st.empty();
}
