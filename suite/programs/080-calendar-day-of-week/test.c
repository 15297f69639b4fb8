#include <string.h>
#include "check.h"
#include "solution.h"

int main(void) {
  CHECK(is_leap_year(2000) && is_leap_year(2024) && is_leap_year(1600));
  CHECK(!is_leap_year(1900) && !is_leap_year(2023) && !is_leap_year(2100));
  CHECK(days_in_month(2024, 2) == 29 && days_in_month(2023, 2) == 28);
  CHECK(days_in_month(2023, 4) == 30 && days_in_month(2023, 12) == 31);
  CHECK(days_in_month(2023, 0) == 0 && days_in_month(2023, 13) == 0);
  CHECK(is_valid_date(2024, 2, 29) && !is_valid_date(2023, 2, 29));
  CHECK(!is_valid_date(2023, 4, 31) && !is_valid_date(0, 1, 1) && !is_valid_date(2023, 1, 0));

  CHECK(day_of_week(1970, 1, 1) == 4);  /* Thursday */
  CHECK(day_of_week(2000, 1, 1) == 6);  /* Saturday */
  CHECK(day_of_week(2024, 2, 29) == 4); /* Thursday */
  CHECK(day_of_week(1969, 7, 20) == 0); /* Sunday */
  CHECK(day_of_week(1, 1, 1) == 1);     /* Monday */
  CHECK(day_of_week(9999, 12, 31) == 5);
  CHECK(strcmp(weekday_name(3), "Wednesday") == 0 && strcmp(weekday_name(7), "?") == 0);
  CHECK(strcmp(weekday_name(-1), "?") == 0);

  CHECK(day_of_year(2023, 1, 1) == 1);
  CHECK(day_of_year(2023, 12, 31) == 365);
  CHECK(day_of_year(2024, 12, 31) == 366);
  CHECK(day_of_year(2024, 3, 1) == 61);
  CHECK(day_of_year(2023, 3, 1) == 60);

  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(days_from_civil(2000, 3, 1) == 11017);
  CHECK(days_from_civil(1969, 12, 31) == -1);
  CHECK(days_from_civil(1, 1, 1) == -719162);
  int y, m, d;
  civil_from_days(-719162, &y, &m, &d);
  CHECK(y == 1 && m == 1 && d == 1);
  civil_from_days(19782, &y, &m, &d); /* 2024-02-29 */
  CHECK(y == 2024 && m == 2 && d == 29);

  CHECK(nth_weekday_of_month(2023, 11, 4, 4) == 23); /* US Thanksgiving 2023 */
  CHECK(nth_weekday_of_month(2024, 11, 4, 4) == 28);
  CHECK(nth_weekday_of_month(2024, 5, 1, 4) == 27);  /* last Monday of May 2024 */
  CHECK(nth_weekday_of_month(2024, 5, 1, 5) == 0);
  CHECK(nth_weekday_of_month(2024, 5, 3, 5) == 29);
  CHECK(nth_weekday_of_month(2023, 2, 3, 5) == 0);
  CHECK(nth_weekday_of_month(2023, 2, 3, 0) == 0);

  /* walk every day from 1890-01-01 to 2110-12-31 with an independent counter */
  int year = 1890, month = 1, day = 1, dow = 3 /* Wednesday */, doy = 1;
  long serial = -29219;
  long count = 0;
  for (;;) {
    CHECK(is_valid_date(year, month, day));
    CHECK(day_of_week(year, month, day) == dow);
    CHECK(day_of_year(year, month, day) == doy);
    CHECK(days_from_civil(year, month, day) == serial);
    civil_from_days(serial, &y, &m, &d);
    CHECK(y == year && m == month && d == day);
    if (day <= 7) CHECK(nth_weekday_of_month(year, month, dow, 1) == day);
    count++;
    if (year == 2110 && month == 12 && day == 31) break;
    /* advance with an explicit month-length table */
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int ml = len[month - 1] + (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0));
    serial++;
    dow = (dow + 1) % 7;
    doy++;
    if (++day > ml) {
      day = 1;
      if (++month > 12) {
        month = 1;
        year++;
        doy = 1;
      }
    }
  }
  CHECK(count == 80718);

  /* every January 1st and December 31st of years 1..9999 via a closed form */
  for (int yr = 1; yr <= 9999; yr++) {
    long p = yr - 1;
    long jan1 = 365 * p + p / 4 - p / 100 + p / 400 - 719162; /* serial of yr-01-01 */
    long dec31 = jan1 + 364 + ((yr % 4 == 0 && yr % 100 != 0) || yr % 400 == 0);
    CHECK(days_from_civil(yr, 1, 1) == jan1);
    CHECK(days_from_civil(yr, 12, 31) == dec31);
    CHECK(day_of_week(yr, 1, 1) == (int)((jan1 + 719162 + 1) % 7));
    CHECK(day_of_week(yr, 12, 31) == (int)((dec31 + 719162 + 1) % 7));
    CHECK(day_of_year(yr, 12, 31) == (int)(dec31 - jan1 + 1));
    civil_from_days(dec31, &y, &m, &d);
    CHECK(y == yr && m == 12 && d == 31);
    civil_from_days(jan1, &y, &m, &d);
    CHECK(y == yr && m == 1 && d == 1);
  }
  return 0;
}
