#include "solution.hpp"

std::vector<std::string> fizzbuzz(int n) {
  std::vector<std::string> out;
  for (int i = 1; i <= n; ++i) {
    if (i % 15 == 0) out.push_back("FizzBuzz");
    else if (i % 3 == 0) out.push_back("Fizz");
    else if (i % 5 == 0) out.push_back("Buzz");
    else out.push_back(std::to_string(i));
  }
  return out;
}

std::vector<std::string> fizzbuzz_rules(long long from, long long to,
                                        const std::vector<std::pair<long long, std::string>>& rules) {
  std::vector<std::string> out;
  if (from > to) return out;
  for (long long i = from;; ++i) {
    std::string word;
    for (const auto& r : rules)
      if (i % r.first == 0) word += r.second;
    out.push_back(word.empty() ? std::to_string(i) : word);
    if (i == to) break;
  }
  return out;
}

void fizzbuzz_counts(long long n, long long& fizz, long long& buzz, long long& fizzbuzz_count, long long& numbers) {
  if (n <= 0) {
    fizz = buzz = fizzbuzz_count = numbers = 0;
    return;
  }
  long long m3 = n / 3, m5 = n / 5, m15 = n / 15;
  fizzbuzz_count = m15;
  fizz = m3 - m15;
  buzz = m5 - m15;
  numbers = n - m3 - m5 + m15;
}
