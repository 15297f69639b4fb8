#include "solution.hpp"
#include <cstdlib>

namespace {
using P = std::unique_ptr<Expr>;

struct Num : Expr {
  double v;
  explicit Num(double v_) : v(v_) {}
  double eval(double) const override { return v; }
  P derivative() const override { return P(new Num(0)); }
  P clone() const override { return P(new Num(v)); }
  std::string str() const override {
    std::string s = std::to_string(v);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
  }
  std::size_t nodeCount() const override { return 1; }
};

struct Var : Expr {
  double eval(double x) const override { return x; }
  P derivative() const override { return P(new Num(1)); }
  P clone() const override { return P(new Var()); }
  std::string str() const override { return "x"; }
  std::size_t nodeCount() const override { return 1; }
};

struct Neg : Expr {
  P a;
  explicit Neg(P a_) : a(std::move(a_)) {}
  double eval(double x) const override { return -a->eval(x); }
  P derivative() const override { return P(new Neg(a->derivative())); }
  P clone() const override { return P(new Neg(a->clone())); }
  std::string str() const override { return "(-" + a->str() + ")"; }
  std::size_t nodeCount() const override { return 1 + a->nodeCount(); }
};

struct Bin : Expr {
  char op;
  P l, r;
  Bin(char o, P l_, P r_) : op(o), l(std::move(l_)), r(std::move(r_)) {}
  double eval(double x) const override {
    double a = l->eval(x), b = r->eval(x);
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      default: return a / b;
    }
  }
  P derivative() const override {
    switch (op) {
      case '+': case '-': return P(new Bin(op, l->derivative(), r->derivative()));
      case '*':
        return P(new Bin('+', P(new Bin('*', l->derivative(), r->clone())), P(new Bin('*', l->clone(), r->derivative()))));
      default: {  // (l'r - lr') / r^2
        P num(new Bin('-', P(new Bin('*', l->derivative(), r->clone())), P(new Bin('*', l->clone(), r->derivative()))));
        return P(new Bin('/', std::move(num), P(new Bin('*', r->clone(), r->clone()))));
      }
    }
  }
  P clone() const override { return P(new Bin(op, l->clone(), r->clone())); }
  std::string str() const override { return "(" + l->str() + " " + op + " " + r->str() + ")"; }
  std::size_t nodeCount() const override { return 1 + l->nodeCount() + r->nodeCount(); }
};

struct Pow : Expr {
  P base;
  unsigned n;
  Pow(P b, unsigned n_) : base(std::move(b)), n(n_) {}
  double eval(double x) const override {
    double b = base->eval(x), r = 1.0;
    for (unsigned i = 0; i < n; ++i) r *= b;
    return r;
  }
  P derivative() const override {  // n * b^(n-1) * b'
    if (n == 0) return P(new Num(0));
    P outer(new Bin('*', P(new Num(n)), P(new Pow(base->clone(), n - 1))));
    return P(new Bin('*', std::move(outer), base->derivative()));
  }
  P clone() const override { return P(new Pow(base->clone(), n)); }
  std::string str() const override { return "(" + base->str() + "^" + std::to_string(n) + ")"; }
  std::size_t nodeCount() const override { return 1 + base->nodeCount(); }
};

struct Parser {
  const std::string& s;
  std::size_t i = 0;
  explicit Parser(const std::string& t) : s(t) {}
  void ws() { while (i < s.size() && s[i] == ' ') ++i; }
  bool eat(char c) { ws(); if (i < s.size() && s[i] == c) { ++i; return true; } return false; }
  P expr() {
    P l = term();
    while (l) {
      if (eat('+')) { P r = term(); if (!r) return nullptr; l = P(new Bin('+', std::move(l), std::move(r))); }
      else if (eat('-')) { P r = term(); if (!r) return nullptr; l = P(new Bin('-', std::move(l), std::move(r))); }
      else break;
    }
    return l;
  }
  P term() {
    P l = unary();
    while (l) {
      if (eat('*')) { P r = unary(); if (!r) return nullptr; l = P(new Bin('*', std::move(l), std::move(r))); }
      else if (eat('/')) { P r = unary(); if (!r) return nullptr; l = P(new Bin('/', std::move(l), std::move(r))); }
      else break;
    }
    return l;
  }
  P unary() {
    if (eat('-')) { P a = unary(); return a ? P(new Neg(std::move(a))) : nullptr; }
    P a = atom();
    if (a && eat('^')) {
      ws();
      std::size_t start = i;
      unsigned n = 0;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < 3) n = n * 10 + static_cast<unsigned>(s[i++] - '0');
      if (i == start) return nullptr;
      a = P(new Pow(std::move(a), n));
    }
    return a;
  }
  P atom() {
    ws();
    if (i >= s.size()) return nullptr;
    if (s[i] == 'x') { ++i; return P(new Var()); }
    if (s[i] == '(') {
      ++i;
      P e = expr();
      if (!e || !eat(')')) return nullptr;
      return e;
    }
    std::size_t start = i;
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) ++i;
    if (i == start) return nullptr;
    return P(new Num(std::strtod(s.substr(start, i - start).c_str(), nullptr)));
  }
};
}  // namespace

std::unique_ptr<Expr> parseExpr(const std::string& text) {
  Parser p(text);
  P e = p.expr();
  p.ws();
  if (!e || p.i != text.size()) return nullptr;
  return e;
}
