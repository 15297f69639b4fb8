#include "solution.hpp"
#include <memory>

std::function<int()> makeCounter(int start, int step) {
  int cur = start;
  return [cur, step]() mutable {
    int v = cur;
    cur += step;
    return v;
  };
}

std::function<long long(long long)> makeAccumulator() {
  return [total = 0LL](long long x) mutable { return total += x; };
}

std::function<unsigned long long()> makeFibGenerator() {
  return [a = 0ULL, b = 1ULL]() mutable {
    unsigned long long r = a;
    unsigned long long t = a + b;  // wraps modulo 2^64 after F(93); well-defined
    a = b;
    b = t;
    return r;
  };
}

std::function<double(double)> makeRunningMean() {
  return [sum = 0.0, n = 0LL](double x) mutable {
    sum += x;
    ++n;
    return sum / static_cast<double>(n);
  };
}

std::function<bool()> makeLimiter(int n) {
  return [left = n]() mutable {
    if (left <= 0) return false;
    --left;
    return true;
  };
}

std::function<unsigned()> makeRng(unsigned long long seed) {
  return [x = seed]() mutable {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>(x >> 32);
  };
}

Wallet makeWallet(long long initial) {
  auto bal = std::make_shared<long long>(initial);
  Wallet w;
  w.deposit = [bal](long long amt) { return *bal += amt; };
  w.withdraw = [bal](long long amt) {
    if (amt < 0 || amt > *bal) return false;
    *bal -= amt;
    return true;
  };
  w.balance = [bal]() { return *bal; };
  return w;
}

std::function<std::string()> makeTokenizer(const std::string& text) {
  return [text, pos = std::size_t{0}]() mutable {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    std::size_t start = pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
    return text.substr(start, pos - start);
  };
}

std::vector<int> take(const std::function<int()>& gen, int n) {
  std::vector<int> out;
  for (int i = 0; i < n; ++i) out.push_back(gen());
  return out;
}
