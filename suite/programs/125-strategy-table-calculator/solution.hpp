#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

// Integer expression calculator whose operators and functions live in tables of
// lambdas. Binary operators: + - * / % (left-assoc) and ^ (right-assoc, exponent
// >= 0); unary minus; parentheses; function calls name(arg, ...). A strategy
// returns false to signal an error (division by zero, bad arity, ...).
// Results must fit in long long (the tests keep values small).
class Calculator {
public:
  using Fn = std::function<bool(const std::vector<long long>& args, long long& out)>;
  Calculator();  // installs min, max, abs, gcd, sum (variadic: arity -1)
  void addFunction(const std::string& name, int arity, Fn fn);  // arity -1 = any count >= 1
  bool hasFunction(const std::string& name) const;
  bool evaluate(const std::string& expr, long long& out) const;
  // Evaluates with variables substituted (identifiers that are not functions).
  bool evaluateWith(const std::string& expr, const std::map<std::string, long long>& vars, long long& out) const;

private:
  struct Entry {
    int arity;
    Fn fn;
  };
  std::map<std::string, Entry> funcs_;
  struct BinOp {
    int prec;
    bool rightAssoc;
    std::function<bool(long long, long long, long long&)> apply;
  };
  std::map<char, BinOp> ops_;
};
