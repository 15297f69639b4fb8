#pragma once
#include <cstddef>
#include <memory>
#include <string>

// Polymorphic expression tree over a single variable x.
class Expr {
public:
  virtual ~Expr() = default;
  virtual double eval(double x) const = 0;
  virtual std::unique_ptr<Expr> derivative() const = 0;
  virtual std::unique_ptr<Expr> clone() const = 0;
  virtual std::string str() const = 0;  // fully parenthesised binary ops
  virtual std::size_t nodeCount() const = 0;
};

// Grammar: expr := term (('+'|'-') term)* ; term := unary (('*'|'/') unary)* ;
// unary := '-' unary | power ; power := atom ('^' non-negative integer)? ;
// atom := number | 'x' | '(' expr ')'. Spaces allowed. Returns nullptr on error.
std::unique_ptr<Expr> parseExpr(const std::string& text);
