#include "solution.hpp"

#include <stdexcept>

int parse_int(const std::string& text) {
  if (text.empty()) throw std::invalid_argument("empty");
  std::size_t i = 0;
  bool negative = false;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    i = 1;
    if (text.size() == 1) throw std::invalid_argument("sign only");
  }
  long long value = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c < '0' || c > '9') throw std::invalid_argument("not a digit");
    value = value * 10 + (c - '0');
    if (value > 2147483648LL) throw std::out_of_range("too large");
  }
  if (negative) value = -value;
  if (value > 2147483647LL || value < -2147483648LL) throw std::out_of_range("too large");
  return static_cast<int>(value);
}

long long sum_valid(const std::vector<std::string>& entries, int* rejected) {
  long long sum = 0;
  *rejected = 0;
  for (const std::string& entry : entries) {
    try {
      sum += parse_int(entry);
    } catch (const std::invalid_argument&) {
      ++*rejected;
    } catch (const std::out_of_range&) {
      *rejected += 100;
    }
  }
  return sum;
}

namespace {
struct Mark {
  int* count;
  ~Mark() { ++*count; }
};

void descend(int n, int* destroyed) {
  Mark mark{destroyed};
  if (n == 0) throw std::runtime_error("bottom");
  descend(n - 1, destroyed);
}
}  // namespace

bool unwinds_through(int n) {
  int destroyed = 0;
  try {
    descend(n, &destroyed);
  } catch (const std::runtime_error&) {
    return destroyed == n + 1;
  }
  return false;
}
