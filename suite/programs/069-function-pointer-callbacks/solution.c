#include "solution.h"

void map_ll(const long long *in, long long *out, size_t n, unary_fn f) {
  for (size_t i = 0; i < n; i++) out[i] = f(in[i]);
}

size_t filter_ll(const long long *in, long long *out, size_t n, pred_fn p, void *ctx) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (p(in[i], ctx)) out[k++] = in[i];
  return k;
}

long long fold_ll(const long long *a, size_t n, long long init, binary_fn f) {
  long long acc = init;
  for (size_t i = 0; i < n; i++) acc = f(acc, a[i]);
  return acc;
}

size_t find_if_ll(const long long *a, size_t n, pred_fn p, void *ctx) {
  for (size_t i = 0; i < n; i++)
    if (p(a[i], ctx)) return i;
  return n;
}

long long compose_apply(const unary_fn *fs, size_t k, long long x) {
  for (size_t i = 0; i < k; i++) x = fs[i](x);
  return x;
}

static bool str_eq(const char *a, const char *b) {
  while (*a && *a == *b) {
    a++;
    b++;
  }
  return *a == *b;
}

binary_fn lookup_op(const struct op_entry *table, size_t n, const char *name) {
  for (size_t i = 0; i < n; i++)
    if (str_eq(table[i].name, name)) return table[i].fn;
  return NULL;
}

bool run_ops(const struct op_entry *table, size_t n, const char *const *names,
             const long long *operands, size_t count, long long init, long long *acc) {
  *acc = init;
  for (size_t i = 0; i < count; i++) {
    binary_fn f = lookup_op(table, n, names[i]);
    if (f == NULL) return false;
    *acc = f(*acc, operands[i]);
  }
  return true;
}

long long op_add(long long a, long long b) { return a + b; }
long long op_sub(long long a, long long b) { return a - b; }
long long op_mul(long long a, long long b) { return a * b; }
long long op_max(long long a, long long b) { return a > b ? a : b; }
long long op_min(long long a, long long b) { return a < b ? a : b; }
