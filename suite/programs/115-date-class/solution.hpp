#pragma once
#include <string>

// Proleptic Gregorian calendar date, years 1..9999.
class Date {
public:
  Date();  // 1970-01-01
  Date(int y, int m, int d);  // clamps nothing; check valid()
  static bool isLeap(int y);
  static int daysInMonth(int y, int m);
  static bool parse(const std::string& iso, Date& out);  // "YYYY-MM-DD"
  bool valid() const;
  int year() const { return y_; }
  int month() const { return m_; }
  int day() const { return d_; }
  long long toDays() const;  // days since 1970-01-01 (negative before)
  static Date fromDays(long long days);
  Date operator+(long long days) const;
  Date operator-(long long days) const;
  long long operator-(const Date& o) const;
  Date& operator++();
  bool operator==(const Date& o) const;
  bool operator!=(const Date& o) const { return !(*this == o); }
  bool operator<(const Date& o) const;
  int weekday() const;  // 0 = Monday ... 6 = Sunday
  int dayOfYear() const;
  Date addMonths(int months) const;  // day clamped to the target month's length
  std::string str() const;

private:
  int y_, m_, d_;
};

// Number of Fridays the 13th in [from, to).
int countFriday13(const Date& from, const Date& to);
