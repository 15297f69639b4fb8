#include "solution.hpp"

#include <algorithm>
#include <utility>

std::vector<Interval> merge_intervals(std::vector<Interval> v) {
  std::sort(v.begin(), v.end(), [](const Interval& a, const Interval& b) {
    return a.lo != b.lo ? a.lo < b.lo : a.hi < b.hi;
  });
  std::vector<Interval> out;
  for (const Interval& x : v) {
    if (!out.empty() && static_cast<long long>(x.lo) <= static_cast<long long>(out.back().hi) + 1) {
      if (x.hi > out.back().hi) out.back().hi = x.hi;
    } else {
      out.push_back(x);
    }
  }
  return out;
}

std::vector<Interval> insert_interval(const std::vector<Interval>& sorted, Interval x) {
  std::vector<Interval> out;
  std::size_t i = 0;
  while (i < sorted.size() && static_cast<long long>(sorted[i].hi) + 1 < x.lo) out.push_back(sorted[i++]);
  while (i < sorted.size() && sorted[i].lo <= static_cast<long long>(x.hi) + 1) {
    x.lo = std::min(x.lo, sorted[i].lo);
    x.hi = std::max(x.hi, sorted[i].hi);
    ++i;
  }
  out.push_back(x);
  while (i < sorted.size()) out.push_back(sorted[i++]);
  return out;
}

long long covered_count(const std::vector<Interval>& v) {
  long long total = 0;
  for (const Interval& x : merge_intervals(v)) total += static_cast<long long>(x.hi) - x.lo + 1;
  return total;
}

int min_removals_for_disjoint(std::vector<Interval> v) {
  std::sort(v.begin(), v.end(), [](const Interval& a, const Interval& b) { return a.hi < b.hi; });
  int kept = 0;
  bool have = false;
  int last_hi = 0;
  for (const Interval& x : v) {
    if (!have || x.lo > last_hi) {
      have = true;
      last_hi = x.hi;
      ++kept;
    }
  }
  return static_cast<int>(v.size()) - kept;
}

int max_overlap(const std::vector<Interval>& v) {
  std::vector<std::pair<long long, int>> events;
  for (const Interval& x : v) {
    events.push_back({x.lo, +1});
    events.push_back({static_cast<long long>(x.hi) + 1, -1});
  }
  std::sort(events.begin(), events.end());  // at equal positions, -1 sorts before +1
  int cur = 0, best = 0;
  for (const auto& e : events) {
    cur += e.second;
    if (cur > best) best = cur;
  }
  return best;
}

std::vector<Interval> gaps_within(const std::vector<Interval>& v, int lo, int hi) {
  std::vector<Interval> out;
  long long next_free = lo;  // smallest integer not yet known to be covered
  for (const Interval& x : merge_intervals(v)) {
    if (x.hi < next_free) continue;
    if (x.lo > hi) break;
    if (x.lo > next_free) out.push_back({static_cast<int>(next_free), x.lo - 1});
    next_free = static_cast<long long>(x.hi) + 1;
    if (next_free > hi) break;
  }
  if (next_free <= hi) out.push_back({static_cast<int>(next_free), hi});
  return out;
}
