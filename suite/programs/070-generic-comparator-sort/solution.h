#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

typedef int (*cmp_fn)(const void *, const void *);

/* Stable generic sort with a qsort-style comparator (binary insertion sort
 * moving bytes with memmove; suitable for small arrays). Returns 0, or -1 if
 * the temporary element buffer cannot be allocated. */
int gsort(void *base, size_t n, size_t size, cmp_fn cmp);
/* Generic binary search in a sorted array: pointer to the first element
 * comparing equal to key (the comparator gets (key, element)), or NULL. */
void *gbsearch_first(const void *key, const void *base, size_t n, size_t size, cmp_fn cmp);
bool gis_sorted(const void *base, size_t n, size_t size, cmp_fn cmp);
/* Pointer to the maximum element (the first one among equals), NULL if n == 0. */
void *gmax(const void *base, size_t n, size_t size, cmp_fn cmp);

struct employee {
  char name[16];
  int age;
  double salary;
};

/* Comparators exported by the solution for struct employee. */
int cmp_employee_age(const void *a, const void *b);          /* ascending age */
int cmp_employee_salary_desc(const void *a, const void *b);  /* descending salary */
int cmp_employee_name(const void *a, const void *b);         /* strcmp on name */

#endif
