#include "solution.h"

static void reverse(int *a, size_t lo, size_t hi) {
  while (lo + 1 < hi) {
    hi--;
    int t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
    lo++;
  }
}

void rotate_left_reverse(int *a, size_t n, size_t k) {
  if (n == 0) return;
  k %= n;
  if (k == 0) return;
  reverse(a, 0, k);
  reverse(a, k, n);
  reverse(a, 0, n);
}

static size_t gcd(size_t a, size_t b) {
  while (b) {
    size_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

void rotate_left_juggle(int *a, size_t n, size_t k) {
  if (n == 0) return;
  k %= n;
  if (k == 0) return;
  size_t cycles = gcd(n, k);
  for (size_t start = 0; start < cycles; start++) {
    int tmp = a[start];
    size_t j = start;
    for (;;) {
      size_t next = j + k;
      if (next >= n) next -= n;
      if (next == start) break;
      a[j] = a[next];
      j = next;
    }
    a[j] = tmp;
  }
}

static void swap_blocks(int *a, size_t i, size_t j, size_t len) {
  for (size_t t = 0; t < len; t++) {
    int x = a[i + t];
    a[i + t] = a[j + t];
    a[j + t] = x;
  }
}

void rotate_right_blockswap(int *a, size_t n, size_t k) {
  if (n == 0) return;
  k %= n;
  if (k == 0) return;
  /* right by k == left by n-k: move block A = a[0, d) behind B = a[d, n) */
  size_t d = n - k;
  size_t i = d, j = n - d; /* lengths of A and B */
  while (i != j) {
    if (i < j) {
      /* A shorter: swap A with the tail of B */
      swap_blocks(a, d - i, d + j - i, i);
      j -= i;
    } else {
      /* B shorter: swap the head of A with B */
      swap_blocks(a, d - i, d, j);
      i -= j;
    }
  }
  swap_blocks(a, d - i, d, i);
}

void rotate_signed(int *a, size_t n, long k) {
  if (n == 0) return;
  if (k >= 0) {
    rotate_left_reverse(a, n, (size_t)k % n);
  } else {
    /* magnitude of a negative long without overflow */
    unsigned long mag = 0ul - (unsigned long)k;
    rotate_right_blockswap(a, n, (size_t)(mag % n));
  }
}

long rotation_offset(const int *a, const int *b, size_t n) {
  if (n == 0) return 0;
  for (size_t r = 0; r < n; r++) {
    size_t i = 0, idx = r;
    while (i < n && a[idx] == b[i]) {
      i++;
      idx = idx + 1 == n ? 0 : idx + 1;
    }
    if (i == n) return (long)r;
  }
  return -1;
}
