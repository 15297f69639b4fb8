#include "solution.hpp"

#include <algorithm>
#include <cmath>

bool mean(const std::vector<double>& x, double& out) {
  if (x.empty()) return false;
  // Kahan summation for accuracy.
  double sum = 0.0, comp = 0.0;
  for (double v : x) {
    double y = v - comp;
    double t = sum + y;
    comp = (t - sum) - y;
    sum = t;
  }
  out = sum / static_cast<double>(x.size());
  return true;
}

bool sample_variance(const std::vector<double>& x, double& out) {
  if (x.size() < 2) return false;
  double m = 0.0, m2 = 0.0;
  std::size_t n = 0;
  for (double v : x) {
    ++n;
    double delta = v - m;
    m += delta / static_cast<double>(n);
    m2 += delta * (v - m);
  }
  out = m2 / static_cast<double>(n - 1);
  return true;
}

bool sample_stddev(const std::vector<double>& x, double& out) {
  double var = 0.0;
  if (!sample_variance(x, var)) return false;
  out = std::sqrt(var);
  return true;
}

bool median(const std::vector<double>& x, double& out) {
  if (x.empty()) return false;
  std::vector<double> s = x;
  std::sort(s.begin(), s.end());
  std::size_t n = s.size();
  out = n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
  return true;
}

bool quantile(const std::vector<double>& x, double q, double& out) {
  if (x.empty() || !(q >= 0.0 && q <= 1.0)) return false;
  std::vector<double> s = x;
  std::sort(s.begin(), s.end());
  double h = (static_cast<double>(s.size()) - 1.0) * q;
  std::size_t lo = static_cast<std::size_t>(std::floor(h));
  std::size_t hi = lo + 1 < s.size() ? lo + 1 : lo;
  double frac = h - static_cast<double>(lo);
  out = s[lo] + frac * (s[hi] - s[lo]);
  return true;
}

bool pearson(const std::vector<double>& x, const std::vector<double>& y, double& r) {
  if (x.size() != y.size() || x.size() < 2) return false;
  double mx = 0, my = 0;
  mean(x, mx);
  mean(y, my);
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    double dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx == 0.0 || syy == 0.0) return false;
  r = sxy / std::sqrt(sxx * syy);
  return true;
}

bool linear_fit(const std::vector<double>& x, const std::vector<double>& y, double& slope, double& intercept) {
  if (x.size() != y.size() || x.size() < 2) return false;
  double mx = 0, my = 0;
  mean(x, mx);
  mean(y, my);
  double sxy = 0, sxx = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
  }
  if (sxx == 0.0) return false;
  slope = sxy / sxx;
  intercept = my - slope * mx;
  return true;
}

std::vector<double> zscores(const std::vector<double>& x) {
  double m = 0, sd = 0;
  if (!mean(x, m) || !sample_stddev(x, sd) || sd == 0.0) return {};
  std::vector<double> out;
  out.reserve(x.size());
  for (double v : x) out.push_back((v - m) / sd);
  return out;
}

std::vector<double> moving_average(const std::vector<double>& x, std::size_t w) {
  std::vector<double> out;
  if (w == 0 || w > x.size()) return out;
  double window = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    window += x[i];
    if (i >= w) window -= x[i - w];
    if (i + 1 >= w) out.push_back(window / static_cast<double>(w));
  }
  return out;
}
