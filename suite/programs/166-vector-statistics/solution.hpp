#pragma once
#include <vector>

// Descriptive statistics on std::vector<double>. Functions requiring data return false (and
// leave outputs untouched) when there is too little of it.
bool mean(const std::vector<double>& x, double& out);
// Sample variance (n - 1 denominator) via Welford's online algorithm; needs n >= 2.
bool sample_variance(const std::vector<double>& x, double& out);
bool sample_stddev(const std::vector<double>& x, double& out);
// Median (average of the two middle values for even n); needs n >= 1.
bool median(const std::vector<double>& x, double& out);
// Linear-interpolated quantile (type 7, as in R's default); q in [0, 1]; needs n >= 1.
bool quantile(const std::vector<double>& x, double q, double& out);
// Pearson correlation; needs equal sizes >= 2 and non-zero variance in both.
bool pearson(const std::vector<double>& x, const std::vector<double>& y, double& r);
// Least-squares line y = slope * x + intercept; needs n >= 2 and non-constant x.
bool linear_fit(const std::vector<double>& x, const std::vector<double>& y, double& slope, double& intercept);
// z-scores using the sample standard deviation; empty if it cannot be computed or is zero.
std::vector<double> zscores(const std::vector<double>& x);
// Simple moving average with window w (result size n - w + 1; empty if w == 0 or w > n).
std::vector<double> moving_average(const std::vector<double>& x, std::size_t w);
