#include "solution.hpp"
#include <utility>

LazyValue::LazyValue(std::function<long long()> f) : f_(std::move(f)), value_(0), forced_(false) {}

long long LazyValue::get() {
  if (!forced_) {
    value_ = f_();
    forced_ = true;
    f_ = nullptr;  // release captured state
  }
  return value_;
}

namespace {
long long g_forced = 0;
}

struct StreamNode {
  long long head;
  std::function<Stream()> thunk;
  Stream tail;
  bool forced = false;
  StreamNode(long long h, std::function<Stream()> t) : head(h), thunk(std::move(t)) {}
  const Stream& next() {
    if (!forced) {
      tail = thunk();
      thunk = nullptr;
      forced = true;
      ++g_forced;
    }
    return tail;
  }
};

long long tailsForced() { return g_forced; }

namespace {
Stream cons(long long h, std::function<Stream()> t) { return std::make_shared<StreamNode>(h, std::move(t)); }
}  // namespace

Stream naturalsFrom(long long start) {
  return cons(start, [start]() { return naturalsFrom(start + 1); });
}

Stream iterateStream(long long seed, std::function<long long(long long)> next) {
  return cons(seed, [seed, next]() { return iterateStream(next(seed), next); });
}

Stream mapStream(Stream s, std::function<long long(long long)> f) {
  long long h = f(s->head);
  return cons(h, [s, f]() { return mapStream(s->next(), f); });
}

Stream filterStream(Stream s, std::function<bool(long long)> p) {
  while (!p(s->head)) s = s->next();
  return cons(s->head, [s, p]() { return filterStream(s->next(), p); });
}

Stream zipWith(Stream a, Stream b, std::function<long long(long long, long long)> f) {
  return cons(f(a->head, b->head), [a, b, f]() { return zipWith(a->next(), b->next(), f); });
}

std::vector<long long> take(const Stream& s, std::size_t n) {
  std::vector<long long> out;
  Stream cur = s;
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(cur->head);
    if (i + 1 < n) cur = cur->next();
  }
  return out;
}

Stream drop(Stream s, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) s = s->next();
  return s;
}

long long headOf(const Stream& s) { return s->head; }

std::vector<long long> firstPrimes(std::size_t n) {
  auto isPrime = [](long long x) {
    if (x < 2) return false;
    for (long long d = 2; d * d <= x; ++d)
      if (x % d == 0) return false;
    return true;
  };
  return take(filterStream(naturalsFrom(2), isPrime), n);
}
