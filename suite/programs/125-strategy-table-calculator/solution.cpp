#include "solution.hpp"
#include <climits>

Calculator::Calculator() {
  ops_['+'] = {1, false, [](long long a, long long b, long long& r) { r = a + b; return true; }};
  ops_['-'] = {1, false, [](long long a, long long b, long long& r) { r = a - b; return true; }};
  ops_['*'] = {2, false, [](long long a, long long b, long long& r) { r = a * b; return true; }};
  ops_['/'] = {2, false, [](long long a, long long b, long long& r) {
                 if (b == 0 || (a == LLONG_MIN && b == -1)) return false;
                 r = a / b;
                 return true;
               }};
  ops_['%'] = {2, false, [](long long a, long long b, long long& r) {
                 if (b == 0 || b == -1) { r = 0; return b != 0; }
                 r = a % b;
                 return true;
               }};
  ops_['^'] = {3, true, [](long long a, long long b, long long& r) {
                 if (b < 0) return false;
                 r = 1;
                 for (long long i = 0; i < b; ++i) r *= a;
                 return true;
               }};
  addFunction("min", 2, [](const std::vector<long long>& a, long long& r) { r = a[0] < a[1] ? a[0] : a[1]; return true; });
  addFunction("max", 2, [](const std::vector<long long>& a, long long& r) { r = a[0] > a[1] ? a[0] : a[1]; return true; });
  addFunction("abs", 1, [](const std::vector<long long>& a, long long& r) {
    if (a[0] == LLONG_MIN) return false;
    r = a[0] < 0 ? -a[0] : a[0];
    return true;
  });
  addFunction("gcd", 2, [](const std::vector<long long>& a, long long& r) {
    long long x = a[0] < 0 ? -a[0] : a[0], y = a[1] < 0 ? -a[1] : a[1];
    while (y) { long long t = x % y; x = y; y = t; }
    r = x;
    return true;
  });
  addFunction("sum", -1, [](const std::vector<long long>& a, long long& r) {
    r = 0;
    for (long long v : a) r += v;
    return true;
  });
}

void Calculator::addFunction(const std::string& name, int arity, Fn fn) { funcs_[name] = Entry{arity, std::move(fn)}; }

bool Calculator::hasFunction(const std::string& name) const { return funcs_.count(name) != 0; }

bool Calculator::evaluate(const std::string& expr, long long& out) const {
  return evaluateWith(expr, {}, out);
}

bool Calculator::evaluateWith(const std::string& s, const std::map<std::string, long long>& vars, long long& out) const {
  std::size_t i = 0;
  auto skip = [&]() { while (i < s.size() && s[i] == ' ') ++i; };
  // Precedence climbing; every parse step is a std::function so they can recurse.
  std::function<bool(int, long long&)> parseExpr;
  std::function<bool(long long&)> parseUnary = [&](long long& v) -> bool {
    skip();
    if (i >= s.size()) return false;
    char c = s[i];
    if (c == '-') {
      ++i;
      long long inner;
      // unary minus binds tighter than * but looser than ^ : -2^2 == -4
      if (!parseExpr(3, inner) || inner == LLONG_MIN) return false;
      v = -inner;
      return true;
    }
    if (c == '(') {
      ++i;
      if (!parseExpr(1, v)) return false;
      skip();
      if (i >= s.size() || s[i] != ')') return false;
      ++i;
      return true;
    }
    if (c >= '0' && c <= '9') {
      v = 0;
      std::size_t start = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (i - start >= 18) return false;
        v = v * 10 + (s[i++] - '0');
      }
      return true;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      std::size_t start = i;
      while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || s[i] == '_' ||
                              (s[i] >= '0' && s[i] <= '9')))
        ++i;
      std::string name = s.substr(start, i - start);
      skip();
      auto f = funcs_.find(name);
      if (f != funcs_.end() && i < s.size() && s[i] == '(') {
        ++i;
        std::vector<long long> args;
        skip();
        if (i < s.size() && s[i] == ')') { ++i; }
        else {
          for (;;) {
            long long a;
            if (!parseExpr(1, a)) return false;
            args.push_back(a);
            skip();
            if (i < s.size() && s[i] == ',') { ++i; continue; }
            if (i < s.size() && s[i] == ')') { ++i; break; }
            return false;
          }
        }
        int ar = f->second.arity;
        if ((ar >= 0 && static_cast<int>(args.size()) != ar) || (ar < 0 && args.empty())) return false;
        return f->second.fn(args, v);
      }
      auto var = vars.find(name);
      if (var == vars.end()) return false;
      v = var->second;
      return true;
    }
    return false;
  };
  parseExpr = [&](int minPrec, long long& lhs) -> bool {
    if (!parseUnary(lhs)) return false;
    for (;;) {
      skip();
      if (i >= s.size()) return true;
      auto op = ops_.find(s[i]);
      if (op == ops_.end() || op->second.prec < minPrec) return true;
      ++i;
      long long rhs;
      int nextMin = op->second.rightAssoc ? op->second.prec : op->second.prec + 1;
      if (!parseExpr(nextMin, rhs)) return false;
      if (!op->second.apply(lhs, rhs, lhs)) return false;
    }
  };
  long long v;
  if (!parseExpr(1, v)) return false;
  skip();
  if (i != s.size()) return false;
  out = v;
  return true;
}
