#pragma once
#include <vector>

// Integer polynomials as coefficient vectors, lowest degree first. Results are normalised:
// trailing zero coefficients removed, the zero polynomial is the empty vector.
typedef std::vector<long long> Poly;

Poly poly_normalize(Poly p);
Poly poly_add(const Poly& a, const Poly& b);
Poly poly_sub(const Poly& a, const Poly& b);
Poly poly_mul_naive(const Poly& a, const Poly& b);
// Karatsuba multiplication (falls back to the schoolbook method below a small size).
Poly poly_mul_karatsuba(const Poly& a, const Poly& b);
long long poly_eval(const Poly& p, long long x);  // Horner
Poly poly_derivative(const Poly& p);
// Composition p(q(x)).
Poly poly_compose(const Poly& p, const Poly& q);
// Division by a monic polynomial (leading coefficient 1): a = q * m + r, deg r < deg m.
void poly_divmod_monic(const Poly& a, const Poly& m, Poly& q, Poly& r);
int poly_degree(const Poly& p);  // -1 for the zero polynomial
