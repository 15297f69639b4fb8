#pragma once
#include <cstddef>
#include <string>

// Fixed-capacity stack; storage lives inside the object, no heap allocation.
template <typename T, std::size_t N>
class FixedStack {
public:
  FixedStack();
  bool push(const T& v);      // false when full
  bool pop(T& out);           // false when empty
  bool peek(T& out) const;    // false when empty
  std::size_t size() const;
  bool empty() const;
  bool full() const;
  static constexpr std::size_t capacity() { return N; }

private:
  T data_[N];
  std::size_t top_;
};

// Evaluates a space-separated reverse Polish expression over integers (+ - * / %).
// Returns false on malformed input, stack overflow or division by zero.
bool evalRpn(const std::string& expr, long long& result);

// Checks whether brackets ()[]{} are balanced using a FixedStack<char, 64>.
// Returns false if unbalanced or nesting deeper than 64.
bool bracketsBalanced(const std::string& s);
