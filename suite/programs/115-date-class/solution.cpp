#include "solution.hpp"

Date::Date() : y_(1970), m_(1), d_(1) {}
Date::Date(int y, int m, int d) : y_(y), m_(m), d_(d) {}

bool Date::isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int Date::daysInMonth(int y, int m) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

bool Date::valid() const { return y_ >= 1 && y_ <= 9999 && m_ >= 1 && m_ <= 12 && d_ >= 1 && d_ <= daysInMonth(y_, m_); }

bool Date::parse(const std::string& s, Date& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k)
    for (int i = 0; i < lens[k]; ++i) {
      char c = s[static_cast<std::size_t>(starts[k] + i)];
      if (c < '0' || c > '9') return false;
      parts[k] = parts[k] * 10 + (c - '0');
    }
  Date d(parts[0], parts[1], parts[2]);
  if (!d.valid()) return false;
  out = d;
  return true;
}

// Howard Hinnant's days_from_civil / civil_from_days.
long long Date::toDays() const {
  long long y = y_ - (m_ <= 2 ? 1 : 0);
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long mp = (m_ + 9) % 12;
  long long doy = (153 * mp + 2) / 5 + d_ - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::fromDays(long long z) {
  z += 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  long long d = doy - (153 * mp + 2) / 5 + 1;
  long long m = mp < 10 ? mp + 3 : mp - 9;
  return Date(static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d));
}

Date Date::operator+(long long days) const { return fromDays(toDays() + days); }
Date Date::operator-(long long days) const { return fromDays(toDays() - days); }
long long Date::operator-(const Date& o) const { return toDays() - o.toDays(); }
Date& Date::operator++() {
  if (d_ < daysInMonth(y_, m_)) ++d_;
  else if (m_ < 12) { ++m_; d_ = 1; }
  else { ++y_; m_ = 1; d_ = 1; }
  return *this;
}
bool Date::operator==(const Date& o) const { return y_ == o.y_ && m_ == o.m_ && d_ == o.d_; }
bool Date::operator<(const Date& o) const {
  if (y_ != o.y_) return y_ < o.y_;
  if (m_ != o.m_) return m_ < o.m_;
  return d_ < o.d_;
}

int Date::weekday() const {
  long long z = toDays();  // 1970-01-01 was a Thursday (3)
  long long w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w);
}

int Date::dayOfYear() const {
  int n = d_;
  for (int m = 1; m < m_; ++m) n += daysInMonth(y_, m);
  return n;
}

Date Date::addMonths(int months) const {
  long long idx = static_cast<long long>(y_) * 12 + (m_ - 1) + months;
  int y = static_cast<int>(idx / 12), m = static_cast<int>(idx % 12) + 1;
  int dim = daysInMonth(y, m);
  return Date(y, m, d_ > dim ? dim : d_);
}

std::string Date::str() const {
  std::string ys = std::to_string(y_), ms = std::to_string(m_), ds = std::to_string(d_);
  while (ys.size() < 4) ys = "0" + ys;
  if (ms.size() < 2) ms = "0" + ms;
  if (ds.size() < 2) ds = "0" + ds;
  return ys + "-" + ms + "-" + ds;
}

int countFriday13(const Date& from, const Date& to) {
  int n = 0;
  Date d(from.year(), from.month(), 13);
  if (d < from) d = d.addMonths(1);
  while (d < to) {
    if (d.weekday() == 4) ++n;
    d = d.addMonths(1);
  }
  return n;
}
