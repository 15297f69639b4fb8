#include "check.h"
#include "solution.hpp"

#include <cmath>

namespace {
typedef std::vector<double> VD;
unsigned s = 1729u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
}  // namespace

int main() {
  double out = 12345.0, a = 0, b = 0;
  CHECK(!mean({}, out) && out == 12345.0);
  CHECK(!sample_variance({1.0}, out));
  CHECK(!median({}, out));
  CHECK(!quantile({}, 0.5, out));
  CHECK(!quantile({1, 2}, 1.5, out));
  CHECK(!pearson({1, 2}, {1, 2, 3}, out));
  CHECK(!pearson({1, 1, 1}, {1, 2, 3}, out));
  CHECK(!linear_fit({2, 2}, {1, 5}, a, b));
  CHECK(zscores({4, 4, 4}).empty());
  CHECK(zscores({4}).empty());

  VD data = {2, 4, 4, 4, 5, 5, 7, 9};
  CHECK(mean(data, out));
  CHECK_NEAR(out, 5.0, 1e-15);
  CHECK(sample_variance(data, out));
  CHECK_NEAR(out, 32.0 / 7.0, 1e-13);
  CHECK(sample_stddev(data, out));
  CHECK_NEAR(out, std::sqrt(32.0 / 7.0), 1e-13);
  CHECK(median(data, out));
  CHECK_NEAR(out, 4.5, 0);
  CHECK(median({3, -1, 2}, out));
  CHECK_NEAR(out, 2, 0);
  CHECK(quantile({1, 2, 3, 4, 5}, 0.25, out));
  CHECK_NEAR(out, 2.0, 1e-15);
  CHECK(quantile({1, 2, 3, 4}, 0.5, out));
  CHECK_NEAR(out, 2.5, 1e-15);
  CHECK(quantile({10, 20}, 0.1, out));
  CHECK_NEAR(out, 11.0, 1e-13);
  CHECK(quantile({7}, 0.9, out));
  CHECK_NEAR(out, 7.0, 0);
  CHECK(quantile({5, 1, 3}, 1.0, out));
  CHECK_NEAR(out, 5.0, 0);
  CHECK(pearson({1, 2, 3, 4}, {2, 4, 6, 8}, out));
  CHECK_NEAR(out, 1.0, 1e-14);
  CHECK(pearson({1, 2, 3, 4}, {8, 6, 4, 2}, out));
  CHECK_NEAR(out, -1.0, 1e-14);
  CHECK(pearson({1, 2, 3}, {1, 3, 2}, out));
  CHECK_NEAR(out, 0.5, 1e-14);
  CHECK(linear_fit({0, 1, 2, 3}, {1, 3, 5, 7}, a, b));
  CHECK_NEAR(a, 2.0, 1e-14);
  CHECK_NEAR(b, 1.0, 1e-14);
  CHECK(linear_fit({1, 2, 3}, {1, 2, 2}, a, b));
  CHECK_NEAR(a, 0.5, 1e-14);
  CHECK_NEAR(b, 2.0 / 3.0, 1e-14);
  {
    VD z = zscores({1, 2, 3});
    CHECK(z.size() == 3);
    CHECK_NEAR(z[0], -1.0, 1e-14);
    CHECK_NEAR(z[1], 0.0, 1e-14);
    CHECK_NEAR(z[2], 1.0, 1e-14);
  }
  {
    VD ma = moving_average({1, 2, 3, 4, 5}, 2);
    CHECK(ma.size() == 4);
    CHECK_NEAR(ma[0], 1.5, 1e-15);
    CHECK_NEAR(ma[3], 4.5, 1e-15);
    CHECK(moving_average({1, 2}, 3).empty());
    CHECK(moving_average({1, 2}, 0).empty());
  }
  // Large offset: Welford stays accurate where the naive formula would cancel badly.
  {
    VD big = {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16};
    CHECK(sample_variance(big, out));
    CHECK_NEAR(out, 30.0, 1e-6);
    CHECK(mean(big, out));
    CHECK_NEAR(out, 1e9 + 10, 1e-15);
  }
  for (int iter = 0; iter < 200; ++iter) {
    std::size_t n = 2 + rnd() % 30;
    VD x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
      x[i] = static_cast<double>(static_cast<int>(rnd() % 2001) - 1000) / 8.0;
      y[i] = 3.0 * x[i] - 2.0 + static_cast<double>(static_cast<int>(rnd() % 9) - 4) / 4.0;
    }
    double sum = 0;
    for (double v : x) sum += v;
    double m = sum / static_cast<double>(n);
    double ss = 0;
    for (double v : x) ss += (v - m) * (v - m);
    CHECK(mean(x, out));
    CHECK_NEAR(out, m, 1e-12);
    CHECK(sample_variance(x, out));
    CHECK_NEAR(out, ss / static_cast<double>(n - 1), 1e-9);
    // Quantile 0 and 1 are min and max; median equals quantile 0.5.
    double mn = x[0], mx = x[0];
    for (double v : x) {
      mn = v < mn ? v : mn;
      mx = v > mx ? v : mx;
    }
    CHECK(quantile(x, 0.0, out));
    CHECK_NEAR(out, mn, 0);
    CHECK(quantile(x, 1.0, out));
    CHECK_NEAR(out, mx, 0);
    double med = 0;
    CHECK(median(x, med));
    CHECK(quantile(x, 0.5, out));
    CHECK_NEAR(out, med, 1e-12);
    if (ss > 0) {
      CHECK(linear_fit(x, y, a, b));
      CHECK_NEAR(a, 3.0, 0.1);
      double r = 0;
      CHECK(pearson(x, y, r));
      CHECK(r > 0.9 && r <= 1.0 + 1e-12);
      VD z = zscores(x);
      double zs = 0, zz = 0;
      for (double v : z) {
        zs += v;
        zz += v * v;
      }
      CHECK_NEAR(zs, 0.0, 1e-9);
      CHECK_NEAR(zz, static_cast<double>(n - 1), 1e-9);
    }
    std::size_t w = 1 + rnd() % n;
    VD ma = moving_average(x, w);
    CHECK(ma.size() == n - w + 1);
    for (std::size_t i = 0; i < ma.size(); ++i) {
      double t = 0;
      for (std::size_t j = i; j < i + w; ++j) t += x[j];
      CHECK_NEAR(ma[i], t / static_cast<double>(w), 1e-9);
    }
  }
  return 0;
}
