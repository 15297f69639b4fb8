#include "solution.hpp"

#include <stack>

long long largest_rectangle(const std::vector<int>& heights) {
  std::stack<std::size_t> st;  // indices with increasing heights
  long long best = 0;
  std::size_t n = heights.size();
  for (std::size_t i = 0; i <= n; ++i) {
    long long h = i < n ? heights[i] : -1;  // sentinel flushes the stack
    while (!st.empty() && heights[st.top()] >= h) {
      long long height = heights[st.top()];
      st.pop();
      std::size_t left = st.empty() ? 0 : st.top() + 1;
      long long area = height * static_cast<long long>(i - left);
      if (area > best) best = area;
    }
    st.push(i);
  }
  return best;
}

long long maximal_rectangle(const std::vector<std::string>& matrix) {
  if (matrix.empty()) return 0;
  std::vector<int> hist(matrix[0].size(), 0);
  long long best = 0;
  for (const std::string& row : matrix) {
    for (std::size_t c = 0; c < hist.size(); ++c) hist[c] = row[c] == '1' ? hist[c] + 1 : 0;
    long long area = largest_rectangle(hist);
    if (area > best) best = area;
  }
  return best;
}

std::vector<long> next_greater_index(const std::vector<int>& a) {
  std::vector<long> out(a.size(), -1);
  std::stack<std::size_t> st;
  for (std::size_t i = 0; i < a.size(); ++i) {
    while (!st.empty() && a[st.top()] < a[i]) {
      out[st.top()] = static_cast<long>(i);
      st.pop();
    }
    st.push(i);
  }
  return out;
}

long long trapped_water(const std::vector<int>& heights) {
  std::stack<std::size_t> st;
  long long water = 0;
  for (std::size_t i = 0; i < heights.size(); ++i) {
    while (!st.empty() && heights[st.top()] < heights[i]) {
      long long bottom = heights[st.top()];
      st.pop();
      if (st.empty()) break;
      std::size_t left = st.top();
      long long bound = heights[left] < heights[i] ? heights[left] : heights[i];
      water += (bound - bottom) * static_cast<long long>(i - left - 1);
    }
    st.push(i);
  }
  return water;
}

std::vector<std::size_t> stock_span(const std::vector<int>& prices) {
  std::vector<std::size_t> out(prices.size());
  std::stack<std::size_t> st;  // indices of prices strictly greater than everything after them
  for (std::size_t i = 0; i < prices.size(); ++i) {
    while (!st.empty() && prices[st.top()] <= prices[i]) st.pop();
    out[i] = st.empty() ? i + 1 : i - st.top();
    st.push(i);
  }
  return out;
}
