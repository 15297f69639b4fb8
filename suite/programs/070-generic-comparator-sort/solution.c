#include <stdlib.h>
#include <string.h>
#include "solution.h"

int gsort(void *base, size_t n, size_t size, cmp_fn cmp) {
  if (n < 2 || size == 0) return 0;
  unsigned char *a = base;
  unsigned char *tmp = malloc(size);
  if (tmp == NULL) return -1;
  for (size_t i = 1; i < n; i++) {
    unsigned char *elem = a + i * size;
    /* upper bound among [0, i): first position whose element is > elem */
    size_t lo = 0, hi = i;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (cmp(a + mid * size, elem) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo < i) {
      memcpy(tmp, elem, size);
      memmove(a + (lo + 1) * size, a + lo * size, (i - lo) * size);
      memcpy(a + lo * size, tmp, size);
    }
  }
  free(tmp);
  return 0;
}

void *gbsearch_first(const void *key, const void *base, size_t n, size_t size, cmp_fn cmp) {
  const unsigned char *a = base;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cmp(key, a + mid * size) > 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo < n && cmp(key, a + lo * size) == 0) return (void *)(a + lo * size);
  return NULL;
}

bool gis_sorted(const void *base, size_t n, size_t size, cmp_fn cmp) {
  const unsigned char *a = base;
  for (size_t i = 1; i < n; i++)
    if (cmp(a + (i - 1) * size, a + i * size) > 0) return false;
  return true;
}

void *gmax(const void *base, size_t n, size_t size, cmp_fn cmp) {
  if (n == 0) return NULL;
  const unsigned char *a = base, *best = a;
  for (size_t i = 1; i < n; i++)
    if (cmp(a + i * size, best) > 0) best = a + i * size;
  return (void *)best;
}

int cmp_employee_age(const void *a, const void *b) {
  const struct employee *x = a, *y = b;
  return (x->age > y->age) - (x->age < y->age);
}

int cmp_employee_salary_desc(const void *a, const void *b) {
  const struct employee *x = a, *y = b;
  return (x->salary < y->salary) - (x->salary > y->salary);
}

int cmp_employee_name(const void *a, const void *b) {
  const struct employee *x = a, *y = b;
  return strcmp(x->name, y->name);
}
