#pragma once
#include <cstddef>
#include <vector>

// Median of a non-empty vector (average of the two middle values for even sizes), using
// std::nth_element rather than a full sort.
double median(std::vector<int> v);
double median_of_doubles(std::vector<double> v);
// k-th smallest (0-based), k < v.size().
int kth_smallest(std::vector<int> v, std::size_t k);
// Hand-written quickselect with a deterministic middle pivot (Hoare-style partitioning).
int quickselect(std::vector<int> v, std::size_t k);
// The value at the p-th percentile using the nearest-rank method: the smallest value such that
// at least p percent of the data is <= it (0 < p <= 100; p == 0 gives the minimum).
int percentile_nearest_rank(std::vector<int> v, int p);
// Sum of absolute deviations from the median (the minimum possible such sum).
long long min_total_distance(std::vector<int> positions);
