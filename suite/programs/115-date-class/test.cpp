#include "check.h"
#include "solution.hpp"

int main() {
  CHECK(Date().str() == "1970-01-01");
  CHECK(Date().toDays() == 0);
  CHECK(Date(2000, 3, 1).toDays() == 11017);
  CHECK(Date(1969, 12, 31).toDays() == -1);
  CHECK(Date(1, 1, 1).toDays() == -719162);
  CHECK(Date::fromDays(0) == Date(1970, 1, 1));
  CHECK(Date::fromDays(-719162) == Date(1, 1, 1));
  CHECK(Date::fromDays(2932896) == Date(9999, 12, 31));

  CHECK(Date::isLeap(2000) && Date::isLeap(2024) && !Date::isLeap(1900) && !Date::isLeap(2023));
  CHECK(Date::daysInMonth(2024, 2) == 29);
  CHECK(Date::daysInMonth(2100, 2) == 28);
  CHECK(Date::daysInMonth(2023, 13) == 0);
  CHECK(Date(2023, 2, 29).valid() == false);
  CHECK(Date(2024, 2, 29).valid());
  CHECK(!Date(0, 1, 1).valid());
  CHECK(!Date(2020, 4, 31).valid());

  Date p;
  CHECK(Date::parse("2024-02-29", p) && p == Date(2024, 2, 29));
  CHECK(!Date::parse("2023-02-29", p));
  CHECK(!Date::parse("2024-2-29", p));
  CHECK(!Date::parse("2024-02-2x", p));
  CHECK(!Date::parse("", p));
  CHECK(!Date::parse("2024/02/29", p));

  CHECK(Date(2024, 1, 31) + 1 == Date(2024, 2, 1));
  CHECK(Date(2024, 2, 28) + 1 == Date(2024, 2, 29));
  CHECK(Date(2023, 12, 31) + 1 == Date(2024, 1, 1));
  CHECK(Date(2024, 3, 1) - 1 == Date(2024, 2, 29));
  CHECK(Date(2024, 1, 1) - Date(2023, 1, 1) == 365);
  CHECK(Date(2025, 1, 1) - Date(2024, 1, 1) == 366);
  CHECK(Date(2000, 1, 1) + 10000 == Date(2027, 5, 19));
  CHECK(Date(1, 1, 1) < Date(1, 1, 2));
  CHECK(!(Date(2020, 5, 5) < Date(2020, 5, 5)));
  CHECK(Date(2019, 12, 31) < Date(2020, 1, 1));

  CHECK(Date(1970, 1, 1).weekday() == 3);  // Thursday
  CHECK(Date(2000, 1, 1).weekday() == 5);  // Saturday
  CHECK(Date(1969, 7, 20).weekday() == 6);  // Sunday
  CHECK(Date(2024, 7, 4).weekday() == 3);
  CHECK(Date(1, 1, 1).weekday() == 0);  // Monday in the proleptic calendar

  CHECK(Date(2024, 12, 31).dayOfYear() == 366);
  CHECK(Date(2023, 3, 1).dayOfYear() == 60);
  CHECK(Date(2024, 1, 31).addMonths(1) == Date(2024, 2, 29));
  CHECK(Date(2023, 1, 31).addMonths(1) == Date(2023, 2, 28));
  CHECK(Date(2023, 11, 15).addMonths(3) == Date(2024, 2, 15));
  CHECK(Date(2024, 3, 31).addMonths(-1) == Date(2024, 2, 29));
  CHECK(Date(2024, 1, 15).addMonths(-13) == Date(2022, 12, 15));
  CHECK(Date(987, 6, 5).str() == "0987-06-05");

  // walking day by day with ++ agrees with fromDays over a long span
  Date d(1999, 11, 1);
  long long base = d.toDays();
  for (long long i = 0; i < 1500; ++i) {
    CHECK(d == Date::fromDays(base + i));
    CHECK(d.valid());
    CHECK(d.weekday() == static_cast<int>(((base + i) % 7 + 7 + 3) % 7));
    ++d;
  }

  CHECK(countFriday13(Date(2015, 1, 1), Date(2016, 1, 1)) == 3);
  CHECK(countFriday13(Date(2023, 1, 1), Date(2024, 1, 1)) == 2);
  CHECK(countFriday13(Date(2023, 10, 13), Date(2023, 10, 14)) == 1);
  CHECK(countFriday13(Date(2023, 10, 14), Date(2023, 10, 20)) == 0);
  CHECK(countFriday13(Date(2001, 1, 1), Date(2401, 1, 1)) == 688);
  return 0;
}
