#include "check.h"
#include "solution.hpp"
#include <memory>
#include <string>

static double numDeriv(const Expr& e, double x) {
  const double h = 1e-5;
  return (e.eval(x + h) - e.eval(x - h)) / (2 * h);
}

int main() {
  std::unique_ptr<Expr> e = parseExpr("1 + 2 * 3");
  CHECK(e != nullptr);
  CHECK_NEAR(e->eval(0), 7.0, 0);
  CHECK(e->str() == "(1 + (2 * 3))");
  CHECK(e->nodeCount() == 5);

  e = parseExpr("(1 + 2) * 3 - 4 / 2");
  CHECK_NEAR(e->eval(0), 7.0, 0);
  CHECK(e->str() == "(((1 + 2) * 3) - (4 / 2))");
  e = parseExpr("10 - 4 - 3");  // left associative
  CHECK_NEAR(e->eval(0), 3.0, 0);
  e = parseExpr("-x^2");
  CHECK(e->str() == "(-(x^2))");
  CHECK_NEAR(e->eval(3), -9.0, 0);
  e = parseExpr("--x");
  CHECK_NEAR(e->eval(5), 5.0, 0);
  e = parseExpr("x^0 + 2.5*x");
  CHECK_NEAR(e->eval(4), 11.0, 0);
  CHECK(e->str() == "((x^0) + (2.5 * x))");

  CHECK(parseExpr("") == nullptr);
  CHECK(parseExpr("1 +") == nullptr);
  CHECK(parseExpr("(1 + 2") == nullptr);
  CHECK(parseExpr("1 + 2)") == nullptr);
  CHECK(parseExpr("y") == nullptr);
  CHECK(parseExpr("x^") == nullptr);
  CHECK(parseExpr("x^-1") == nullptr);
  CHECK(parseExpr("2 3") == nullptr);

  // polynomial: 3x^3 - 2x + 7, derivative 9x^2 - 2
  std::unique_ptr<Expr> p = parseExpr("3*x^3 - 2*x + 7");
  std::unique_ptr<Expr> dp = p->derivative();
  for (int i = -5; i <= 5; ++i) {
    double x = i * 0.7;
    CHECK_NEAR(p->eval(x), 3 * x * x * x - 2 * x + 7, 1e-12);
    CHECK_NEAR(dp->eval(x), 9 * x * x - 2, 1e-12);
  }
  std::unique_ptr<Expr> ddp = dp->derivative();
  CHECK_NEAR(ddp->eval(2.0), 36.0, 1e-12);

  // quotient rule: f = (x^2 + 1) / (x - 3)
  std::unique_ptr<Expr> q = parseExpr("(x^2 + 1) / (x - 3)");
  std::unique_ptr<Expr> dq = q->derivative();
  for (double x : {-2.0, 0.0, 1.5, 4.0, 10.0}) {
    double expect = (2 * x * (x - 3) - (x * x + 1)) / ((x - 3) * (x - 3));
    CHECK_NEAR(dq->eval(x), expect, 1e-12);
    CHECK_NEAR(dq->eval(x), numDeriv(*q, x), 1e-5);
  }

  // chain through powers of sub-expressions: ((x + 1)^3)' = 3 (x + 1)^2
  std::unique_ptr<Expr> c = parseExpr("(x + 1)^3 * -x");
  std::unique_ptr<Expr> dc = c->derivative();
  for (double x : {-1.0, 0.5, 2.0}) CHECK_NEAR(dc->eval(x), numDeriv(*c, x), 1e-5);

  std::unique_ptr<Expr> copy = c->clone();
  c.reset();
  CHECK_NEAR(copy->eval(2.0), -54.0, 1e-12);
  CHECK(copy->nodeCount() == 7);
  return 0;
}
