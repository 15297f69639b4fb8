#include "solution.h"
#include <stdlib.h>

uint64_t ackermann(unsigned m, uint64_t n, uint64_t *calls) {
  if (calls) (*calls)++;
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1, calls);
  return ackermann(m - 1, ackermann(m, n - 1, calls), calls);
}

uint64_t ackermann_iterative(unsigned m, uint64_t n) {
  size_t cap = 64, top = 0;
  unsigned *stack = malloc(cap * sizeof *stack);
  if (stack == NULL) return UINT64_MAX;
  stack[top++] = m;
  while (top > 0) {
    unsigned cm = stack[--top];
    if (cm == 0) {
      n = n + 1;
    } else if (n == 0) {
      stack[top++] = cm - 1;
      n = 1;
    } else {
      if (top + 2 > cap) {
        cap *= 2;
        unsigned *grown = realloc(stack, cap * sizeof *stack);
        if (grown == NULL) {
          free(stack);
          return UINT64_MAX;
        }
        stack = grown;
      }
      stack[top++] = cm - 1; /* applied to the result of A(cm, n - 1) */
      stack[top++] = cm;
      n = n - 1;
    }
  }
  free(stack);
  return n;
}

static const uint64_t LIMIT = 1ull << 63;

int hyperop(unsigned k, uint64_t a, uint64_t b, uint64_t *out) {
  switch (k) {
    case 0:
      if (b >= LIMIT) return 0;
      *out = b + 1;
      return 1;
    case 1:
      if (a > LIMIT || b > LIMIT - a) return 0;
      *out = a + b;
      return 1;
    default:
      break;
  }
  if (k > 4) return 0;
  if (b == 0) {
    *out = k == 2 ? 0 : 1;
    return 1;
  }
  /* H_k(a, b) = H_{k-1}(a, H_k(a, b - 1)) */
  uint64_t inner;
  if (!hyperop(k, a, b - 1, &inner)) return 0;
  if (k == 2) return hyperop(1, a, inner, out);
  if (k == 3) {
    /* multiplication by repeated addition would be too deep: compute a * inner directly */
    if (a != 0 && inner > LIMIT / a) return 0;
    *out = a * inner;
    return 1;
  }
  /* k == 4: a ^ inner by repeated squaring with overflow checks */
  uint64_t result = 1, base = a, e = inner;
  while (e) {
    if (e & 1u) {
      if (base != 0 && result > LIMIT / base) return 0;
      result *= base;
    }
    e >>= 1;
    if (e) {
      if (base > UINT32_MAX) return 0;
      base *= base;
    }
  }
  *out = result;
  return 1;
}
