#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

// A memoising thunk: the function runs at most once, on the first get().
class LazyValue {
public:
  explicit LazyValue(std::function<long long()> f);
  long long get();
  bool forced() const { return forced_; }

private:
  std::function<long long()> f_;
  long long value_;
  bool forced_;
};

// Lazy infinite streams of integers built from closures. Each node's tail is
// computed on demand and cached, so re-reading a stream does not recompute it.
struct StreamNode;
using Stream = std::shared_ptr<StreamNode>;

Stream naturalsFrom(long long start);
Stream iterateStream(long long seed, std::function<long long(long long)> next);
Stream mapStream(Stream s, std::function<long long(long long)> f);
// The predicate must accept infinitely many elements, otherwise reading loops.
Stream filterStream(Stream s, std::function<bool(long long)> p);
Stream zipWith(Stream a, Stream b, std::function<long long(long long, long long)> f);
std::vector<long long> take(const Stream& s, std::size_t n);
Stream drop(Stream s, std::size_t n);
long long headOf(const Stream& s);
// Total number of tail thunks evaluated so far (process-wide).
long long tailsForced();

std::vector<long long> firstPrimes(std::size_t n);  // lazily filtered naturals
