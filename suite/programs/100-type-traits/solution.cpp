#include "solution.hpp"
#include <limits>

template <typename T>
T saturatingAdd(T a, T b) {
  if constexpr (std::is_floating_point<T>::value) {
    return a + b;
  } else if constexpr (std::is_signed<T>::value) {
    using L = std::numeric_limits<T>;
    if (b > 0 && a > L::max() - b) return L::max();
    if (b < 0 && a < L::min() - b) return L::min();
    return static_cast<T>(a + b);
  } else {
    T r = static_cast<T>(a + b);
    return r < a ? std::numeric_limits<T>::max() : r;
  }
}

template <typename T>
auto absDiff(T a, T b) -> std::conditional_t<std::is_integral<T>::value, std::make_unsigned_t<
                                                 std::conditional_t<std::is_integral<T>::value, T, int>>, T> {
  if constexpr (std::is_integral<T>::value) {
    using U = std::make_unsigned_t<T>;
    // conversion to unsigned is modular, so the subtraction below is exact mod 2^N
    return a > b ? static_cast<U>(static_cast<U>(a) - static_cast<U>(b))
                 : static_cast<U>(static_cast<U>(b) - static_cast<U>(a));
  } else {
    return a > b ? a - b : b - a;
  }
}

template <typename T>
T midpointOf(T a, T b) {
  if constexpr (std::is_integral<T>::value) {
    using U = std::make_unsigned_t<T>;
    U diff = absDiff(a, b);
    U half = static_cast<U>(diff / 2);
    // move from a toward b by half the distance, using modular unsigned arithmetic
    U ua = static_cast<U>(a);
    U r = a <= b ? static_cast<U>(ua + half) : static_cast<U>(ua - half);
    return static_cast<T>(r);
  } else {
    return a / 2 + b / 2;
  }
}

template <typename T>
std::string describeType() {
  if constexpr (std::is_same<T, bool>::value) {
    return "bool";
  } else if constexpr (std::is_integral<T>::value) {
    return std::string(std::is_signed<T>::value ? "signed" : "unsigned") + " integral, " +
           std::to_string(sizeof(T) * 8) + " bits";
  } else if constexpr (std::is_floating_point<T>::value) {
    return "floating, " + std::to_string(sizeof(T) * 8) + " bits";
  } else {
    return "other";
  }
}

template <typename T, typename>
T clampTo(T v, T lo, T hi) {
  return v < lo ? lo : (hi < v ? hi : v);
}

template int saturatingAdd<int>(int, int);
template unsigned saturatingAdd<unsigned>(unsigned, unsigned);
template long long saturatingAdd<long long>(long long, long long);
template std::int8_t saturatingAdd<std::int8_t>(std::int8_t, std::int8_t);
template std::uint16_t saturatingAdd<std::uint16_t>(std::uint16_t, std::uint16_t);
template double saturatingAdd<double>(double, double);

template unsigned absDiff<int>(int, int);
template unsigned long long absDiff<long long>(long long, long long);
template unsigned char absDiff<signed char>(signed char, signed char);
template double absDiff<double>(double, double);

template int midpointOf<int>(int, int);
template unsigned midpointOf<unsigned>(unsigned, unsigned);
template long long midpointOf<long long>(long long, long long);
template double midpointOf<double>(double, double);

template std::string describeType<bool>();
template std::string describeType<int>();
template std::string describeType<unsigned char>();
template std::string describeType<long long>();
template std::string describeType<float>();
template std::string describeType<double>();
template std::string describeType<std::string>();

template int clampTo<int>(int, int, int);
template double clampTo<double>(double, double, double);
