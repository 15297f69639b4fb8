#pragma once
#include <functional>
#include <string>
#include <vector>

using Fn1 = std::function<long long(long long)>;
using Fn2 = std::function<long long(long long, long long)>;
using Fn3 = std::function<long long(long long, long long, long long)>;

// Currying and partial application with lambdas and std::bind.
std::function<Fn1(long long)> curry2(const Fn2& f);            // curry2(f)(a)(b) == f(a, b)
std::function<std::function<Fn1(long long)>(long long)> curry3(const Fn3& f);
Fn2 uncurry2(const std::function<Fn1(long long)>& g);
Fn1 bindFirst(const Fn2& f, long long a);                     // uses std::bind
Fn1 bindSecond(const Fn2& f, long long b);                    // uses std::bind + placeholders
Fn2 flip(const Fn2& f);
// Affine maps x -> a*x + b built by partial application of a 3-argument function.
Fn1 affine(long long a, long long b);
// Evaluates polynomial with coefficients (highest degree first) by folding a curried Horner step.
Fn1 polynomial(const std::vector<long long>& coeffs);
// A tiny string template: "Hello, {0}! You are {1}." with positional arguments bound
// one at a time; returns a function of the remaining argument list.
std::function<std::string(const std::vector<std::string>&)> bindTemplate(const std::string& tmpl,
                                                                         const std::vector<std::string>& firstArgs);
