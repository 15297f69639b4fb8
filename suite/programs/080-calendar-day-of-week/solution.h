#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>

/* Proleptic Gregorian calendar. Years 1..9999, months 1..12. */
bool is_leap_year(int year);
/* 0 for an invalid month. */
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);
/* 0 = Sunday ... 6 = Saturday (Sakamoto's method). */
int day_of_week(int year, int month, int day);
/* 1-based ordinal day within the year. */
int day_of_year(int year, int month, int day);
/* Days since 1970-01-01 (negative before). */
long days_from_civil(int year, int month, int day);
/* Inverse of days_from_civil. */
void civil_from_days(long days, int *year, int *month, int *day);
/* English weekday name for 0..6 ("Sunday"...), "?" otherwise. */
const char *weekday_name(int dow);
/* Date of the n-th (1..5) given weekday in a month, e.g. 4th Thursday of
 * November; returns the day of month or 0 if it does not exist. */
int nth_weekday_of_month(int year, int month, int dow, int n);

#endif
