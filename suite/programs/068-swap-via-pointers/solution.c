#include "solution.h"

void swap_int(int *a, int *b) {
  int t = *a;
  *a = *b;
  *b = t;
}

void swap_bytes(void *a, void *b, size_t size) {
  unsigned char *p = a, *q = b;
  for (size_t i = 0; i < size; i++) {
    unsigned char t = p[i];
    p[i] = q[i];
    q[i] = t;
  }
}

void rotate3(int *a, int *b, int *c) {
  int t = *a;
  *a = *b;
  *b = *c;
  *c = t;
}

void sort3(int *a, int *b, int *c) {
  if (*a > *b) swap_int(a, b);
  if (*b > *c) swap_int(b, c);
  if (*a > *b) swap_int(a, b);
}

void minmax(const int *a, size_t n, int *min, int *max) {
  const int *lo = a, *hi = a;
  for (const int *p = a + 1; p < a + n; p++) {
    if (*p < *lo) lo = p;
    if (*p > *hi) hi = p;
  }
  *min = *lo;
  *max = *hi;
}

void reverse_ptr(int *begin, int *end) {
  while (begin < end) {
    end--;
    if (begin == end) break;
    swap_int(begin, end);
    begin++;
  }
}

bool next_permutation(int *a, size_t n) {
  if (n < 2) return false;
  size_t i = n - 1;
  while (i > 0 && a[i - 1] >= a[i]) i--;
  if (i == 0) {
    reverse_ptr(a, a + n);
    return false;
  }
  size_t j = n - 1;
  while (a[j] <= a[i - 1]) j--;
  swap_int(&a[i - 1], &a[j]);
  reverse_ptr(a + i, a + n);
  return true;
}

size_t partition_even_first(int *a, size_t n) {
  size_t evens = 0;
  for (size_t i = 0; i < n; i++) {
    if (a[i] % 2 == 0) {
      /* bubble it left past the odd block */
      for (size_t j = i; j > evens; j--) swap_int(&a[j], &a[j - 1]);
      evens++;
    }
  }
  return evens;
}
