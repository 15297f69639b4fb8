#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "solution.h"

int main(void) {
  /* reference Catalan numbers: C(n+1) = C(n) * 2(2n+1) / (n+2); the product still fits in
     64 bits for n <= 30, beyond that use hard-coded values */
  uint64_t c = 1;
  for (unsigned n = 0; n <= 30; n++) {
    CHECK(catalan_memo(n) == c);
    c = c * 2 * (2 * n + 1) / (n + 2);
  }
  CHECK(catalan_memo(35) == 3116285494907301262ull);
  CHECK(catalan_memo(36) == 11959798385860453492ull);
  CHECK(catalan_memo(37) == 0);
  CHECK(catalan_memo(10) == 16796); /* memoised values are stable across calls */

  /* Motzkin: reference by the three-term recurrence (n+2) M(n) = (2n+1) M(n-1) + (3n-3) M(n-2) */
  uint64_t m[41];
  m[0] = 1;
  m[1] = 1;
  for (unsigned n = 2; n <= 32; n++) m[n] = ((2 * n + 1) * m[n - 1] + (3 * n - 3) * m[n - 2]) / (n + 2);
  for (unsigned n = 0; n <= 32; n++) CHECK(motzkin_memo(n) == m[n]);
  CHECK(motzkin_memo(10) == 2188);
  CHECK(motzkin_memo(40) == 66368199913921497ull);
  CHECK(motzkin_memo(41) == 0);

  static char buf[16796 * 21];
  for (unsigned n = 0; n <= 10; n++) {
    size_t cap = sizeof buf / (2 * n + 1);
    size_t cnt = generate_parens(n, buf, cap);
    CHECK(cnt == catalan_memo(n));
    for (size_t i = 0; i < cnt; i++) {
      const char *s = buf + i * (2 * n + 1);
      CHECK(strlen(s) == 2 * n);
      int depth = 0;
      for (unsigned k = 0; k < 2 * n; k++) {
        depth += s[k] == '(' ? 1 : -1;
        CHECK(depth >= 0);
      }
      CHECK(depth == 0);
      if (i) CHECK(strcmp(s - (2 * n + 1), s) < 0); /* sorted and distinct */
    }
  }
  CHECK(generate_parens(3, buf, 5) == 5);
  CHECK(strcmp(buf, "((()))") == 0 && strcmp(buf + 7, "(()())") == 0 && strcmp(buf + 28, "()()()") == 0);
  buf[7] = 'x';
  CHECK(generate_parens(3, buf, 1) == 5 && buf[7] == 'x');
  CHECK(generate_parens(0, buf, 1) == 1 && buf[0] == '\0');
  CHECK(generate_parens(12, NULL, 0) == 208012);

  CHECK(count_bst(1, 0) == 1);
  CHECK(count_bst(5, 5) == 1);
  CHECK(count_bst(1, 3) == 5);
  CHECK(count_bst(-10, 9) == catalan_memo(20));
  CHECK(count_bst(0, 35) == catalan_memo(36));
  CHECK(count_bst(0, 36) == 0);
  CHECK(count_bst(-2147483647 - 1, 2147483647) == 0);
  return 0;
}
