#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 271828u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}
static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}
/* compares only the low digit: many ties, tests stability */
static int cmp_last_digit(const void *a, const void *b) {
  int x = *(const int *)a % 10, y = *(const int *)b % 10;
  return (x > y) - (x < y);
}
struct tagged { uint8_t key; uint16_t idx; char pad[5]; };
static int cmp_tagged(const void *a, const void *b) {
  const struct tagged *x = a, *y = b;
  return (int)x->key - (int)y->key;
}

int main(void) {
  int v[] = {5, 2, 9, 1, 5, 6};
  CHECK(gsort(v, 6, sizeof(int), cmp_int) == 0);
  const int vs[] = {1, 2, 5, 5, 6, 9};
  CHECK(memcmp(v, vs, sizeof v) == 0);
  CHECK(gis_sorted(v, 6, sizeof(int), cmp_int));
  CHECK(!gis_sorted(v, 6, sizeof(int), cmp_int_desc));
  CHECK(gis_sorted(v, 0, sizeof(int), cmp_int) && gis_sorted(v, 1, sizeof(int), cmp_int_desc));
  int key = 5;
  CHECK(gbsearch_first(&key, v, 6, sizeof(int), cmp_int) == &v[2]);
  key = 4;
  CHECK(gbsearch_first(&key, v, 6, sizeof(int), cmp_int) == NULL);
  key = 10;
  CHECK(gbsearch_first(&key, v, 6, sizeof(int), cmp_int) == NULL);
  CHECK(gbsearch_first(&key, v, 0, sizeof(int), cmp_int) == NULL);
  CHECK(gmax(v, 6, sizeof(int), cmp_int) == &v[5]);
  CHECK(gmax(v, 6, sizeof(int), cmp_int_desc) == &v[0]);
  CHECK(gmax(v, 0, sizeof(int), cmp_int) == NULL);
  CHECK(gsort(NULL, 0, sizeof(int), cmp_int) == 0);

  const char *words[] = {"pear", "apple", "fig", "banana", "apple", "cherry"};
  CHECK(gsort(words, 6, sizeof(char *), cmp_str) == 0);
  CHECK(strcmp(words[0], "apple") == 0 && strcmp(words[2], "banana") == 0 && strcmp(words[5], "pear") == 0);
  const char *fig = "fig";
  CHECK(gbsearch_first(&fig, words, 6, sizeof(char *), cmp_str) == &words[4]);

  struct employee staff[] = {
      {"dave", 40, 5000.0}, {"alice", 30, 7000.0}, {"carol", 40, 6000.0},
      {"bob", 25, 7000.0},  {"erin", 30, 4500.5},  {"frank", 25, 3000.0},
  };
  /* multi-key sort by stability: sort by name, then by age -> age asc, name asc within */
  CHECK(gsort(staff, 6, sizeof staff[0], cmp_employee_name) == 0);
  CHECK(gsort(staff, 6, sizeof staff[0], cmp_employee_age) == 0);
  const char *order[] = {"bob", "frank", "alice", "erin", "carol", "dave"};
  for (int i = 0; i < 6; i++) CHECK(strcmp(staff[i].name, order[i]) == 0);
  CHECK(gsort(staff, 6, sizeof staff[0], cmp_employee_salary_desc) == 0);
  const char *order2[] = {"bob", "alice", "carol", "dave", "erin", "frank"};
  for (int i = 0; i < 6; i++) CHECK(strcmp(staff[i].name, order2[i]) == 0);
  CHECK(gmax(staff, 6, sizeof staff[0], cmp_employee_age) == &staff[2]);
  struct employee probe = {"", 30, 0};
  CHECK(gsort(staff, 6, sizeof staff[0], cmp_employee_age) == 0);
  struct employee *found = gbsearch_first(&probe, staff, 6, sizeof staff[0], cmp_employee_age);
  CHECK(found == &staff[2] && strcmp(found->name, "alice") == 0);

  for (int iter = 0; iter < 400; iter++) {
    size_t n = rnd() % 300;
    int a[300], ref[300];
    double d[300], dref[300];
    for (size_t i = 0; i < n; i++) {
      a[i] = (int)(rnd() % 1000);
      d[i] = (double)(int)(rnd() % 2001 - 1000) / 8.0;
    }
    memcpy(ref, a, sizeof a);
    qsort(ref, n, sizeof(int), cmp_int);
    CHECK(gsort(a, n, sizeof(int), cmp_int) == 0);
    CHECK(n == 0 || memcmp(a, ref, n * sizeof(int)) == 0);
    CHECK(gis_sorted(a, n, sizeof(int), cmp_int));
    for (int q = 0; q < 10; q++) {
      int k = (int)(rnd() % 1000);
      int *p = gbsearch_first(&k, a, n, sizeof(int), cmp_int);
      size_t idx = 0;
      while (idx < n && a[idx] < k) idx++;
      if (idx < n && a[idx] == k) CHECK(p == &a[idx]);
      else CHECK(p == NULL);
    }
    memcpy(dref, d, sizeof d);
    qsort(dref, n, sizeof(double), cmp_double);
    CHECK(gsort(d, n, sizeof(double), cmp_double) == 0);
    for (size_t i = 0; i < n; i++) CHECK(d[i] == dref[i]);

    /* stability: sort by last digit, then within equal digits original order kept */
    int s[300], orig[300];
    for (size_t i = 0; i < n; i++) s[i] = orig[i] = (int)(rnd() % 100000);
    CHECK(gsort(s, n, sizeof(int), cmp_last_digit) == 0);
    size_t k = 0;
    for (int dgt = 0; dgt < 10; dgt++)
      for (size_t i = 0; i < n; i++)
        if (orig[i] % 10 == dgt) CHECK(s[k++] == orig[i]);
    CHECK(k == n);
    /* odd-sized struct elements */
    struct tagged t[300];
    for (size_t i = 0; i < n; i++) {
      t[i].key = (uint8_t)(rnd() % 8);
      t[i].idx = (uint16_t)i;
      memset(t[i].pad, (int)i, sizeof t[i].pad);
    }
    CHECK(gsort(t, n, sizeof t[0], cmp_tagged) == 0);
    for (size_t i = 1; i < n; i++) {
      CHECK(t[i - 1].key <= t[i].key);
      if (t[i - 1].key == t[i].key) CHECK(t[i - 1].idx < t[i].idx);
    }
    for (size_t i = 0; i < n; i++) CHECK(t[i].pad[4] == (char)(unsigned char)t[i].idx);
    if (n) {
      int *m = gmax(orig, n, sizeof(int), cmp_int);
      size_t bi = 0;
      for (size_t i = 1; i < n; i++) if (orig[i] > orig[bi]) bi = i;
      CHECK(m == &orig[bi]);
    }
  }
  return 0;
}
