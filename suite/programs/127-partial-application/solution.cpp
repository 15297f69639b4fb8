#include "solution.hpp"

std::function<Fn1(long long)> curry2(const Fn2& f) {
  return [f](long long a) -> Fn1 { return [f, a](long long b) { return f(a, b); }; };
}

std::function<std::function<Fn1(long long)>(long long)> curry3(const Fn3& f) {
  return [f](long long a) -> std::function<Fn1(long long)> {
    return [f, a](long long b) -> Fn1 { return [f, a, b](long long c) { return f(a, b, c); }; };
  };
}

Fn2 uncurry2(const std::function<Fn1(long long)>& g) {
  return [g](long long a, long long b) { return g(a)(b); };
}

Fn1 bindFirst(const Fn2& f, long long a) { return std::bind(f, a, std::placeholders::_1); }

Fn1 bindSecond(const Fn2& f, long long b) { return std::bind(f, std::placeholders::_1, b); }

Fn2 flip(const Fn2& f) { return std::bind(f, std::placeholders::_2, std::placeholders::_1); }

Fn1 affine(long long a, long long b) {
  Fn3 mulAdd = [](long long x, long long y, long long z) { return x * y + z; };
  // bind the multiplier and offset, leaving the middle argument open
  return std::bind(mulAdd, a, std::placeholders::_1, b);
}

Fn1 polynomial(const std::vector<long long>& coeffs) {
  Fn1 acc = [](long long) { return 0LL; };
  for (long long c : coeffs) {
    Fn1 prev = acc;
    acc = [prev, c](long long x) { return prev(x) * x + c; };
  }
  return acc;
}

std::function<std::string(const std::vector<std::string>&)> bindTemplate(const std::string& tmpl,
                                                                         const std::vector<std::string>& firstArgs) {
  return [tmpl, firstArgs](const std::vector<std::string>& rest) {
    std::vector<std::string> all = firstArgs;
    all.insert(all.end(), rest.begin(), rest.end());
    std::string out;
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
      if (tmpl[i] == '{') {
        std::size_t j = i + 1;
        std::size_t idx = 0;
        bool digits = false;
        while (j < tmpl.size() && tmpl[j] >= '0' && tmpl[j] <= '9' && j - i <= 3) {
          idx = idx * 10 + static_cast<std::size_t>(tmpl[j] - '0');
          ++j;
          digits = true;
        }
        if (digits && j < tmpl.size() && tmpl[j] == '}') {
          out += idx < all.size() ? all[idx] : "{" + std::to_string(idx) + "}";
          i = j;
          continue;
        }
      }
      out += tmpl[i];
    }
    return out;
  };
}
