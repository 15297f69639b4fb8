#include <string.h>
#include "check.h"
#include "solution.h"

/* Reference encoder: greedy over the value table. */
static void ref_roman(int v, char *out) {
  static const int vals[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  static const char *syms[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
  out[0] = '\0';
  for (int i = 0; i < 13; i++)
    while (v >= vals[i]) {
      strcat(out, syms[i]);
      v -= vals[i];
    }
}

int main(void) {
  char buf[32], ref[32];
  CHECK(to_roman(1, buf) == 1 && strcmp(buf, "I") == 0);
  CHECK(to_roman(4, buf) == 2 && strcmp(buf, "IV") == 0);
  CHECK(to_roman(9, buf) == 2 && strcmp(buf, "IX") == 0);
  CHECK(to_roman(14, buf) == 3 && strcmp(buf, "XIV") == 0);
  CHECK(to_roman(40, buf) == 2 && strcmp(buf, "XL") == 0);
  CHECK(to_roman(1994, buf) == 7 && strcmp(buf, "MCMXCIV") == 0);
  CHECK(to_roman(2024, buf) == 6 && strcmp(buf, "MMXXIV") == 0);
  CHECK(to_roman(3888, buf) == 15 && strcmp(buf, "MMMDCCCLXXXVIII") == 0);
  CHECK(to_roman(3999, buf) == 9 && strcmp(buf, "MMMCMXCIX") == 0);
  CHECK(to_roman(0, buf) == 0 && buf[0] == '\0');
  CHECK(to_roman(4000, buf) == 0 && buf[0] == '\0');
  CHECK(to_roman(-5, buf) == 0);

  CHECK(from_roman("MCMXCIV") == 1994);
  CHECK(from_roman("III") == 3);
  CHECK(from_roman("MMMCMXCIX") == 3999);
  CHECK(from_roman("") == -1);
  CHECK(from_roman("IIII") == -1);
  CHECK(from_roman("IC") == -1);
  CHECK(from_roman("VX") == -1);
  CHECK(from_roman("MMMM") == -1);
  CHECK(from_roman("XM") == -1);
  CHECK(from_roman("iv") == -1);
  CHECK(from_roman("XIVA") == -1);
  CHECK(from_roman("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM") == -1);
  CHECK(from_roman_lenient("iiii") == 4);
  CHECK(from_roman_lenient("IC") == 99);
  CHECK(from_roman_lenient("mcmxciv") == 1994);
  CHECK(from_roman_lenient("MMMM") == 4000);
  CHECK(from_roman_lenient("") == -1);
  CHECK(from_roman_lenient("X Y") == -1);

  for (int v = 1; v <= 3999; v++) {
    ref_roman(v, ref);
    size_t n = to_roman(v, buf);
    CHECK(n == strlen(ref));
    CHECK(strcmp(buf, ref) == 0);
    CHECK(from_roman(buf) == v);
    CHECK(from_roman_lenient(buf) == v);
    /* lowercase is only accepted by the lenient parser */
    for (size_t i = 0; i < n; i++) buf[i] = (char)(buf[i] + ('a' - 'A'));
    CHECK(from_roman(buf) == -1);
    CHECK(from_roman_lenient(buf) == v);
  }
  /* every short string over the alphabet: canonical iff it equals the encoding of its value */
  const char alpha[] = "IVXLCDM";
  char s[5];
  int accepted = 0;
  for (int len = 1; len <= 4; len++) {
    int total = 1;
    for (int i = 0; i < len; i++) total *= 7;
    for (int code = 0; code < total; code++) {
      int c = code;
      for (int i = 0; i < len; i++) { s[i] = alpha[c % 7]; c /= 7; }
      s[len] = '\0';
      int v = from_roman(s);
      int is_canon = 0;
      int lv = from_roman_lenient(s);
      if (lv >= 1 && lv <= 3999) {
        ref_roman(lv, ref);
        is_canon = strcmp(ref, s) == 0;
      }
      CHECK((v != -1) == is_canon);
      if (is_canon) { CHECK(v == lv); accepted++; }
    }
  }
  /* canonical numerals of length <= 4 */
  int expect = 0;
  for (int v = 1; v <= 3999; v++) { ref_roman(v, ref); if (strlen(ref) <= 4) expect++; }
  CHECK(accepted == expect);
  return 0;
}
