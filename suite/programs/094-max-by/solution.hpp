#pragma once
#include <cstddef>
#include <string>
#include <vector>

// Index of the element with the largest key(element); ties keep the first one.
// Returns v.size() for an empty vector. Defined and instantiated in solution.cpp.
template <typename T, typename KeyFn>
std::size_t maxByIndex(const std::vector<T>& v, KeyFn key);
template <typename T, typename KeyFn>
std::size_t minByIndex(const std::vector<T>& v, KeyFn key);

struct Point { long long x, y; };

struct StrLength { std::size_t operator()(const std::string& s) const { return s.size(); } };
struct AbsValue { long long operator()(long long v) const { return v < 0 ? -v : v; } };

// Word with the most distinct letters (a-z, case-insensitive); "" if words is empty.
std::string mostDistinctLetters(const std::vector<std::string>& words);
// Index of the point closest to (qx, qy) by squared Euclidean distance; pts.size() if empty.
std::size_t closestPoint(const std::vector<Point>& pts, long long qx, long long qy);
// Index of the point farthest from the origin in Manhattan distance.
std::size_t farthestManhattan(const std::vector<Point>& pts);
