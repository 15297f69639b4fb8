#include "solution.hpp"
#include <sstream>

IntFn compose(const IntFn& f, const IntFn& g) {
  return [f, g](long long x) { return f(g(x)); };
}

IntFn composeAll(const std::vector<IntFn>& fs) {
  IntFn acc = [](long long x) { return x; };
  for (auto it = fs.rbegin(); it != fs.rend(); ++it) acc = compose(*it, acc);
  return acc;
}

IntFn repeat(const IntFn& f, int n) {
  return [f, n](long long x) {
    for (int i = 0; i < n; ++i) x = f(x);
    return x;
  };
}

std::vector<long long> mapVec(const std::vector<long long>& v, const IntFn& f) {
  std::vector<long long> out;
  out.reserve(v.size());
  for (long long x : v) out.push_back(f(x));
  return out;
}

std::vector<long long> filterVec(const std::vector<long long>& v, const Pred& p) {
  std::vector<long long> out;
  for (long long x : v)
    if (p(x)) out.push_back(x);
  return out;
}

long long reduceVec(const std::vector<long long>& v, long long init,
                    const std::function<long long(long long, long long)>& op) {
  for (long long x : v) init = op(init, x);
  return init;
}

Pred negate(const Pred& p) {
  return [p](long long x) { return !p(x); };
}

Pred allOf(const std::vector<Pred>& ps) {
  return [ps](long long x) {
    for (const Pred& p : ps)
      if (!p(x)) return false;
    return true;
  };
}

Pred anyOf(const std::vector<Pred>& ps) {
  return [ps](long long x) {
    for (const Pred& p : ps)
      if (p(x)) return true;
    return false;
  };
}

IntFn parsePipeline(const std::string& spec) {
  std::vector<IntFn> steps;
  std::stringstream ss(spec);
  std::string part;
  while (std::getline(ss, part, '|')) {
    std::istringstream in(part);
    std::string op;
    long long arg = 0;
    in >> op;
    bool hasArg = static_cast<bool>(in >> arg);
    if (op == "add" && hasArg) steps.push_back([arg](long long x) { return x + arg; });
    else if (op == "mul" && hasArg) steps.push_back([arg](long long x) { return x * arg; });
    else if (op == "mod" && hasArg && arg > 0) steps.push_back([arg](long long x) { return ((x % arg) + arg) % arg; });
    else if (op == "square" && !hasArg) steps.push_back([](long long x) { return x * x; });
    else if (op == "neg" && !hasArg) steps.push_back([](long long x) { return -x; });
    else if (op == "abs" && !hasArg) steps.push_back([](long long x) { return x < 0 ? -x : x; });
    else return IntFn();
  }
  // steps run left to right, so compose in reverse order
  std::vector<IntFn> reversed(steps.rbegin(), steps.rend());
  return composeAll(reversed);
}

long long sumMappedFiltered(const std::vector<long long>& v, const Pred& p, const IntFn& f) {
  return reduceVec(mapVec(filterVec(v, p), f), 0, [](long long a, long long b) { return a + b; });
}
