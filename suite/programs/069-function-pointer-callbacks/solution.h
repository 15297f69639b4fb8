#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

typedef long long (*unary_fn)(long long);
typedef long long (*binary_fn)(long long, long long);
typedef bool (*pred_fn)(long long, void *ctx);

/* out[i] = f(in[i]); in and out may be the same array. */
void map_ll(const long long *in, long long *out, size_t n, unary_fn f);
/* Copies the elements satisfying p into out (stable); returns the count. */
size_t filter_ll(const long long *in, long long *out, size_t n, pred_fn p, void *ctx);
/* Left fold: f(...f(f(init, a[0]), a[1])..., a[n-1]). */
long long fold_ll(const long long *a, size_t n, long long init, binary_fn f);
/* Index of the first element satisfying p, or n. */
size_t find_if_ll(const long long *a, size_t n, pred_fn p, void *ctx);
/* Applies the functions fs[0..k) in sequence: fs[k-1](...fs[0](x)). */
long long compose_apply(const unary_fn *fs, size_t k, long long x);

/* Named binary operators looked up at run time. */
struct op_entry {
  const char *name;
  binary_fn fn;
};
/* Returns the function registered under name in table[0..n), or NULL. */
binary_fn lookup_op(const struct op_entry *table, size_t n, const char *name);
/* Starts from init and, for each (name, operand) pair in names/operands,
 * sets acc = op(acc, operand). Returns false if a name is
 * unknown (acc then holds the value reached so far). */
bool run_ops(const struct op_entry *table, size_t n, const char *const *names,
             const long long *operands, size_t count, long long init, long long *acc);

/* Built-in operators the solution exports (all bounded inputs in tests). */
long long op_add(long long a, long long b);
long long op_sub(long long a, long long b);
long long op_mul(long long a, long long b);
long long op_max(long long a, long long b);
long long op_min(long long a, long long b);

#endif
