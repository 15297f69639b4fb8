#include "check.h"
#include "solution.hpp"
#include <cmath>
#include <vector>

static bool near(const Complex& a, const Complex& b, double tol) {
  return std::fabs(a.re() - b.re()) <= tol && std::fabs(a.im() - b.im()) <= tol;
}

int main() {
  Complex a(3, 4), b(1, -2);
  CHECK(a + b == Complex(4, 2));
  CHECK(a - b == Complex(2, 6));
  CHECK(a * b == Complex(11, -2));
  CHECK(near(a / b, Complex(-1, 2), 1e-15));
  CHECK(-a == Complex(-3, -4));
  CHECK(a.conj() == Complex(3, -4));
  CHECK_NEAR(a.norm(), 25.0, 0);
  CHECK_NEAR(a.abs(), 5.0, 1e-15);
  CHECK_NEAR(Complex(0, 1).arg(), 3.14159265358979323846 / 2, 1e-15);
  CHECK_NEAR(Complex(-1, 0).arg(), 3.14159265358979323846, 1e-15);
  CHECK(Complex(0, 1).powi(2) == Complex(-1, 0));
  CHECK(Complex(0, 1).powi(4) == Complex(1, 0));
  CHECK(Complex(1, 1).powi(8) == Complex(16, 0));
  CHECK(Complex(2, 0).powi(0) == Complex(1, 0));
  CHECK(near(Complex(0, 2).powi(-2), Complex(-0.25, 0), 1e-15));
  CHECK(near(Complex(1, 1).powi(-1), Complex(0.5, -0.5), 1e-15));
  Complex p = Complex::polar(2.0, 3.14159265358979323846 / 4);
  CHECK_NEAR(p.re(), std::sqrt(2.0), 1e-12);
  CHECK_NEAR(p.im(), std::sqrt(2.0), 1e-12);
  Complex acc(1, 0);
  acc += Complex(0, 1);
  acc *= Complex(1, -1);
  CHECK(acc == Complex(2, 0));

  CHECK(mandelbrotIterations(Complex(0, 0), 100) == 100);
  CHECK(mandelbrotIterations(Complex(-1, 0), 100) == 100);
  CHECK(mandelbrotIterations(Complex(1, 0), 100) == 3);  // 0,1,2,5
  CHECK(mandelbrotIterations(Complex(2, 2), 100) == 1);
  CHECK(mandelbrotIterations(Complex(0.3, 0.5), 1000) == 1000);
  CHECK(mandelbrotIterations(Complex(-2, 0), 50) == 50);
  int inside = 0;
  for (int i = 0; i < 40; ++i)
    for (int j = 0; j < 40; ++j)
      if (mandelbrotIterations(Complex(-2.0 + i * 0.065, -1.3 + j * 0.065), 60) == 60) ++inside;
  CHECK(inside > 200 && inside < 500);

  std::vector<Complex> x{Complex(1), Complex(2), Complex(3), Complex(4)};
  std::vector<Complex> X = dft(x);
  CHECK(near(X[0], Complex(10, 0), 1e-12));
  CHECK(near(X[1], Complex(-2, 2), 1e-12));
  CHECK(near(X[2], Complex(-2, 0), 1e-12));
  CHECK(near(X[3], Complex(-2, -2), 1e-12));
  std::vector<Complex> back = idft(X);
  for (std::size_t i = 0; i < x.size(); ++i) CHECK(near(back[i], x[i], 1e-12));
  std::vector<Complex> sig;
  for (int i = 0; i < 16; ++i) sig.push_back(Complex(std::cos(i * 0.7), i % 3 - 1.0));
  std::vector<Complex> rt = idft(dft(sig));
  double energyT = 0, energyF = 0;
  std::vector<Complex> F = dft(sig);
  for (int i = 0; i < 16; ++i) {
    CHECK(near(rt[i], sig[i], 1e-10));
    energyT += sig[i].norm();
    energyF += F[i].norm();
  }
  CHECK_NEAR(energyF, 16.0 * energyT, 1e-9);  // Parseval

  // z^3 - 1: roots are the cube roots of unity
  std::vector<Complex> cube{Complex(-1), Complex(0), Complex(0)};
  std::vector<Complex> roots = polyRoots(cube, 200);
  CHECK(roots.size() == 3);
  int found = 0;
  for (int k = 0; k < 3; ++k) {
    Complex w = Complex::polar(1.0, 2.0 * 3.14159265358979323846 * k / 3.0);
    for (const Complex& r : roots)
      if (near(r, w, 1e-9)) { ++found; break; }
  }
  CHECK(found == 3);
  // (z-1)(z-2)(z-3)(z+4) = z^4 - 2z^3 - 13z^2 + 38z - 24
  std::vector<Complex> quart{Complex(-24), Complex(38), Complex(-13), Complex(-2)};
  std::vector<Complex> qr = polyRoots(quart, 500);
  double sumRe = 0;
  for (const Complex& r : qr) {
    CHECK(evalMonic(quart, r).abs() < 1e-8);
    CHECK(std::fabs(r.im()) < 1e-8);
    sumRe += r.re();
  }
  CHECK_NEAR(sumRe, 2.0, 1e-9);
  CHECK(near(evalMonic(quart, Complex(0, 1)), Complex(-10, 40), 1e-12));
  return 0;
}
