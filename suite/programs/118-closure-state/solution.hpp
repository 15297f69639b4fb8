#pragma once
#include <functional>
#include <string>
#include <vector>

// Factories returning closures that keep private state.
std::function<int()> makeCounter(int start, int step);
std::function<long long(long long)> makeAccumulator();      // returns running total
std::function<unsigned long long()> makeFibGenerator();     // 0, 1, 1, 2, 3, ...
std::function<double(double)> makeRunningMean();            // mean of all values so far
// Returns true the first `n` times it is called, false afterwards.
std::function<bool()> makeLimiter(int n);
// Deterministic LCG closure: x = x * 6364136223846793005 + 1442695040888963407 (mod 2^64),
// returns the upper 32 bits.
std::function<unsigned()> makeRng(unsigned long long seed);
// Two closures sharing one balance: deposit(amount) and withdraw(amount) -> success.
struct Wallet {
  std::function<long long(long long)> deposit;
  std::function<bool(long long)> withdraw;
  std::function<long long()> balance;
};
Wallet makeWallet(long long initial);
// Returns a function that yields successive words of `text` (split on spaces), then "".
std::function<std::string()> makeTokenizer(const std::string& text);
// Collects `n` values from a generator into a vector.
std::vector<int> take(const std::function<int()>& gen, int n);
