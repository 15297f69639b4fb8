#include "solution.h"

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  switch (month) {
    case 1: case 3: case 5: case 7: case 8: case 10: case 12:
      return 31;
    case 4: case 6: case 9: case 11:
      return 30;
    case 2:
      return is_leap_year(year) ? 29 : 28;
    default:
      return 0;
  }
}

bool is_valid_date(int year, int month, int day) {
  if (year < 1 || year > 9999) return false;
  int dim = days_in_month(year, month);
  return dim != 0 && day >= 1 && day <= dim;
}

int day_of_week(int year, int month, int day) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (month < 3) year -= 1;
  return (year + year / 4 - year / 100 + year / 400 + t[month - 1] + day) % 7;
}

int day_of_year(int year, int month, int day) {
  int doy = day;
  switch (month) { /* deliberate fall-through accumulates earlier months */
    case 12: doy += 30; /* November */
    /* fall through */
    case 11: doy += 31; /* October */
    /* fall through */
    case 10: doy += 30;
    /* fall through */
    case 9: doy += 31;
    /* fall through */
    case 8: doy += 31;
    /* fall through */
    case 7: doy += 30;
    /* fall through */
    case 6: doy += 31;
    /* fall through */
    case 5: doy += 30;
    /* fall through */
    case 4: doy += 31;
    /* fall through */
    case 3: doy += is_leap_year(year) ? 29 : 28;
    /* fall through */
    case 2: doy += 31;
    /* fall through */
    default: break;
  }
  return doy;
}

/* Howard Hinnant's algorithm */
long days_from_civil(int year, int month, int day) {
  long y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(long z, int *year, int *month, int *day) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  *year = (int)(y + (m <= 2));
  *month = (int)m;
  *day = (int)d;
}

const char *weekday_name(int dow) {
  switch (dow) {
    case 0: return "Sunday";
    case 1: return "Monday";
    case 2: return "Tuesday";
    case 3: return "Wednesday";
    case 4: return "Thursday";
    case 5: return "Friday";
    case 6: return "Saturday";
    default: return "?";
  }
}

int nth_weekday_of_month(int year, int month, int dow, int n) {
  if (n < 1 || n > 5 || dow < 0 || dow > 6) return 0;
  int first = day_of_week(year, month, 1);
  int day = 1 + (dow - first + 7) % 7 + 7 * (n - 1);
  return day <= days_in_month(year, month) ? day : 0;
}
