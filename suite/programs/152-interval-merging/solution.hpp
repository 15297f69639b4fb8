#pragma once
#include <vector>

struct Interval {
  int lo;  // inclusive
  int hi;  // inclusive, lo <= hi
};

// Merge overlapping or touching closed integer intervals ([1,3] and [4,6] merge into [1,6]);
// result sorted by lo.
std::vector<Interval> merge_intervals(std::vector<Interval> v);
// Insert one interval into a sorted, disjoint, non-adjacent list and re-merge.
std::vector<Interval> insert_interval(const std::vector<Interval>& sorted, Interval x);
// Number of integers covered by the union.
long long covered_count(const std::vector<Interval>& v);
// Minimum number of intervals to remove so that the rest are pairwise disjoint.
int min_removals_for_disjoint(std::vector<Interval> v);
// Maximum number of intervals that contain a common integer point.
int max_overlap(const std::vector<Interval>& v);
// The gaps (maximal uncovered integer ranges) inside [lo, hi].
std::vector<Interval> gaps_within(const std::vector<Interval>& v, int lo, int hi);
