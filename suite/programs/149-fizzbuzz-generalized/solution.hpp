#pragma once
#include <string>
#include <utility>
#include <vector>

// Classic FizzBuzz for 1..n (empty for n <= 0).
std::vector<std::string> fizzbuzz(int n);
// Generalised: for each i in [from, to], concatenate the words of every (divisor, word) rule
// that divides i (in rule order); if none applies, the decimal number. Divisors must be > 0.
std::vector<std::string> fizzbuzz_rules(long long from, long long to,
                                        const std::vector<std::pair<long long, std::string>>& rules);
// How many of 1..n print "Fizz", "Buzz", "FizzBuzz" and a number respectively (O(1)).
void fizzbuzz_counts(long long n, long long& fizz, long long& buzz, long long& fizzbuzz_count, long long& numbers);
