#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* n-th Catalan number via the memoised convolution recurrence C(n) = sum C(i) C(n-1-i)
 * (n <= 36, else 0). */
uint64_t catalan_memo(unsigned n);
/* n-th Motzkin number via memoised recursion M(n) = M(n-1) + sum M(k) M(n-2-k) (n <= 40, else 0). */
uint64_t motzkin_memo(unsigned n);
/* All balanced strings of n pairs of parentheses in lexicographic order ('(' < ')'), each
 * 2n chars + NUL, stored consecutively; at most cap strings are written. Returns the count. */
size_t generate_parens(unsigned n, char *out, size_t cap);
/* Number of structurally distinct binary search trees with keys lo..hi (recursive, memo shared
 * by size). Equals catalan(hi - lo + 1). */
uint64_t count_bst(int lo, int hi);

#endif
