#include <string.h>
#include "check.h"
#include "solution.h"

/* reference helpers using decimal strings built by hand */
static size_t decimal(uint64_t n, char *out) {
  char tmp[32];
  size_t len = 0;
  do {
    tmp[len++] = (char)('0' + (int)(n % 10));
    n /= 10;
  } while (n);
  for (size_t i = 0; i < len; i++) out[i] = tmp[len - 1 - i];
  out[len] = 0;
  return len;
}

int main(void) {
  CHECK(digit_count(0, 10) == 1);
  CHECK(digit_count(9, 10) == 1);
  CHECK(digit_count(10, 10) == 2);
  CHECK(digit_count(UINT64_MAX, 10) == 20);
  CHECK(digit_count(UINT64_MAX, 2) == 64);
  CHECK(digit_count(UINT64_MAX, 16) == 16);
  CHECK(digit_count(255, 16) == 2 && digit_count(256, 16) == 3);
  CHECK(digit_sum(0, 10) == 0);
  CHECK(digit_sum(12345, 10) == 15);
  CHECK(digit_sum(UINT64_MAX, 10) == 87); /* 18446744073709551615 */
  CHECK(digit_sum(UINT64_MAX, 2) == 64);
  CHECK(digit_sum(0xFFu, 16) == 30);
  CHECK(digital_root(0) == 0);
  CHECK(digital_root(9) == 9);
  CHECK(digital_root(493193) == 2);
  CHECK(digital_root(UINT64_MAX) == 6);

  uint64_t r = 0;
  CHECK(reverse_digits(12345, 10, &r) && r == 54321);
  CHECK(reverse_digits(1200, 10, &r) && r == 21);
  CHECK(reverse_digits(0, 10, &r) && r == 0);
  CHECK(reverse_digits(1ull << 63, 2, &r) && r == 1);
  CHECK(reverse_digits(0x123456789ABCDEFull, 16, &r) && r == 0xFEDCBA987654321ull);
  r = 77;
  CHECK(!reverse_digits(UINT64_MAX, 10, &r) && r == 77); /* 51615590737044764481 > 2^64 */
  CHECK(reverse_digits(18446744073709551611ull, 10, &r) && r == 11615590737044764481ull);
  CHECK(reverse_digits(1000000000000000001ull, 10, &r) && r == 1000000000000000001ull);

  CHECK(is_digit_palindrome(0, 10));
  CHECK(is_digit_palindrome(7, 10));
  CHECK(is_digit_palindrome(12321, 10));
  CHECK(!is_digit_palindrome(12331, 10));
  CHECK(is_digit_palindrome(UINT64_MAX, 2));
  CHECK(is_digit_palindrome(0x9, 2));
  CHECK(!is_digit_palindrome(0xA, 2));
  CHECK(is_digit_palindrome(585, 10) && is_digit_palindrome(585, 2)); /* 1001001001 */

  char buf[80];
  CHECK(to_base_string(0, 10, buf, sizeof buf) == 1 && strcmp(buf, "0") == 0);
  CHECK(to_base_string(255, 16, buf, sizeof buf) == 2 && strcmp(buf, "ff") == 0);
  CHECK(to_base_string(UINT64_MAX, 36, buf, sizeof buf) == 13 && strcmp(buf, "3w5e11264sgsf") == 0);
  CHECK(to_base_string(5, 2, buf, sizeof buf) == 3 && strcmp(buf, "101") == 0);
  CHECK(to_base_string(UINT64_MAX, 2, buf, 64) == 0);
  CHECK(to_base_string(UINT64_MAX, 2, buf, 65) == 64);
  CHECK(to_base_string(12345, 10, buf, 5) == 0);
  CHECK(to_base_string(12345, 10, buf, 6) == 5 && strcmp(buf, "12345") == 0);

  /* cross-check against an independent decimal conversion */
  uint64_t v = 1;
  for (int i = 0; i < 2000; i++) {
    char ref[32];
    size_t len = decimal(v, ref);
    CHECK(to_base_string(v, 10, buf, sizeof buf) == len && strcmp(buf, ref) == 0);
    CHECK(digit_count(v, 10) == len);
    uint64_t s = 0;
    int pal = 1;
    for (size_t j = 0; j < len; j++) {
      s += (uint64_t)(ref[j] - '0');
      if (ref[j] != ref[len - 1 - j]) pal = 0;
    }
    CHECK(digit_sum(v, 10) == s);
    CHECK(is_digit_palindrome(v, 10) == (pal != 0));
    CHECK(digital_root(v) == (v == 0 ? 0 : (unsigned)(1 + (v - 1) % 9)));
    v = v * 3 + (uint64_t)i; /* wraps harmlessly (unsigned) */
  }

  /* Armstrong numbers below 10^5 */
  static const uint64_t armstrong[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 153, 370, 371, 407, 1634, 8208, 9474, 54748, 92727, 93084};
  size_t k = 0;
  for (uint64_t n = 0; n < 100000; n++) {
    if (narcissistic_sum(n) == n) {
      CHECK(k < sizeof armstrong / sizeof armstrong[0] && armstrong[k] == n);
      k++;
    }
  }
  CHECK(k == sizeof armstrong / sizeof armstrong[0]);
  CHECK(narcissistic_sum(4679307774ull) == 4679307774ull);
  CHECK(narcissistic_sum(4679307775ull) != 4679307775ull);
  return 0;
}
