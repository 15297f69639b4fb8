#include "solution.hpp"

#include <limits>
#include <vector>

namespace {
const long long kMax = std::numeric_limits<long long>::max();
const long long kMin = std::numeric_limits<long long>::min();

enum Kind { NUM, OP, LPAREN };

struct Token {  // op is one of + - * / % ^, or 'n' for unary minus; value is for NUM
  Kind kind;
  long long value;
  char op;
};

int precedence(char op) {
  if (op == '+' || op == '-') return 1;
  if (op == '*' || op == '/' || op == '%') return 2;
  return op == 'n' ? 3 : (op == '^' ? 4 : 0);
}

bool right_assoc(char op) { return op == '^' || op == 'n'; }

// Tokenises and converts to postfix (shunting-yard). Validates operand/operator alternation.
bool to_postfix_tokens(const std::string& expr, std::vector<Token>& out) {
  std::vector<Token> stack;
  bool expect_operand = true;
  for (std::size_t i = 0; i < expr.size();) {
    char c = expr[i];
    if (c >= '0' && c <= '9') {
      if (!expect_operand) return false;
      long long v = 0;
      for (; i < expr.size() && expr[i] >= '0' && expr[i] <= '9'; ++i) {
        int d = expr[i] - '0';
        if (v > (kMax - d) / 10) return false;
        v = v * 10 + d;
      }
      out.push_back({NUM, v, 0});
      expect_operand = false;
      continue;
    }
    ++i;
    if (c == ' ') continue;
    if (c == '(') {
      if (!expect_operand) return false;
      stack.push_back({LPAREN, 0, '('});
    } else if (c == ')') {
      if (expect_operand) return false;
      for (; !stack.empty() && stack.back().kind != LPAREN; stack.pop_back()) out.push_back(stack.back());
      if (stack.empty()) return false;
      stack.pop_back();
    } else if (expect_operand) {
      // Only unary minus may appear where an operand is expected; as a prefix operator it is
      // pushed without popping anything.
      if (c != '-') return false;
      stack.push_back({OP, 0, 'n'});
    } else {
      int p = precedence(c);
      if (p == 0 || c == 'n') return false;
      for (; !stack.empty() && stack.back().kind == OP; stack.pop_back()) {
        int q = precedence(stack.back().op);
        if (q < p || (q == p && right_assoc(c))) break;
        out.push_back(stack.back());
      }
      stack.push_back({OP, 0, c});
      expect_operand = true;
    }
  }
  if (expect_operand) return false;
  for (; !stack.empty(); stack.pop_back()) {
    if (stack.back().kind == LPAREN) return false;
    out.push_back(stack.back());
  }
  return true;
}

bool mul_checked(long long a, long long b, long long& r) {
  bool overflow = a != 0 && b != 0 &&
                  (a > 0 ? (b > 0 ? a > kMax / b : b < kMin / a) : (b > 0 ? a < kMin / b : b < kMax / a));
  if (!overflow) r = a * b;
  return !overflow;
}

bool apply(char op, long long a, long long b, long long& r) {
  switch (op) {
    case '+':
      if ((b > 0 && a > kMax - b) || (b < 0 && a < kMin - b)) return false;
      r = a + b;
      return true;
    case '-':
      if ((b < 0 && a > kMax + b) || (b > 0 && a < kMin + b)) return false;
      r = a - b;
      return true;
    case '*':
      return mul_checked(a, b, r);
    case '/':
    case '%':
      if (b == 0 || (a == kMin && b == -1)) return false;
      r = op == '/' ? a / b : a % b;
      return true;
    case '^':
      if (b < 0) return false;
      if (a == 0 || a == 1) r = (b == 0) ? 1 : a;
      else if (a == -1) r = (b % 2 == 0) ? 1 : -1;
      else  // |a| >= 2: overflow stops the loop after at most 63 steps
        for (r = 1; b > 0; --b)
          if (!mul_checked(r, a, r)) return false;
      return true;
    default:
      return false;
  }
}
}  // namespace

bool infix_to_postfix(const std::string& expr, std::string& postfix) {
  std::vector<Token> tokens;
  if (!to_postfix_tokens(expr, tokens)) return false;
  postfix.clear();
  for (const Token& t : tokens) {
    if (!postfix.empty()) postfix += ' ';
    postfix += t.kind == NUM ? std::to_string(t.value) : (t.op == 'n' ? "neg" : std::string(1, t.op));
  }
  return true;
}

bool evaluate_infix(const std::string& expr, long long& result) {
  std::vector<Token> tokens;
  if (!to_postfix_tokens(expr, tokens)) return false;
  std::vector<long long> st;
  for (const Token& t : tokens) {
    if (t.kind == NUM) {
      st.push_back(t.value);
    } else if (t.op == 'n') {
      if (st.empty() || st.back() == kMin) return false;
      st.back() = -st.back();
    } else {
      if (st.size() < 2) return false;
      long long b = st.back();
      st.pop_back();
      long long r = 0;
      if (!apply(t.op, st.back(), b, r)) return false;
      st.back() = r;
    }
  }
  if (st.size() != 1) return false;
  result = st[0];
  return true;
}
