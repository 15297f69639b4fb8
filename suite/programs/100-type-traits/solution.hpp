#pragma once
#include <cstdint>
#include <string>
#include <type_traits>

// Saturating addition: integers clamp to numeric_limits<T>::min/max instead of
// overflowing; floating-point types add normally. Instantiated in solution.cpp for
// int, unsigned, long long, std::int8_t, std::uint16_t, double.
template <typename T>
T saturatingAdd(T a, T b);

// |a - b| as the unsigned counterpart for integers (never overflows); plain fabs-like
// difference for floating point.
template <typename T>
auto absDiff(T a, T b) -> std::conditional_t<std::is_integral<T>::value, std::make_unsigned_t<
                                                 std::conditional_t<std::is_integral<T>::value, T, int>>, T>;

// Overflow-free midpoint rounding toward a (like std::midpoint for integers).
template <typename T>
T midpointOf(T a, T b);

// A short description such as "signed integral, 32 bits" or "floating, 64 bits"
// or "bool" or "other".
template <typename T>
std::string describeType();

// Generic clamp to [lo, hi]; enabled only for arithmetic types.
template <typename T, typename = std::enable_if_t<std::is_arithmetic<T>::value>>
T clampTo(T v, T lo, T hi);
