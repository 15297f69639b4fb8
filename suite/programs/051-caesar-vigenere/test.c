#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 42424242u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

/* Reference Caesar using a rotated alphabet table. */
static void ref_caesar(const char *in, char *out, long shift) {
  static const char lo[] = "abcdefghijklmnopqrstuvwxyz";
  static const char up[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long k = ((shift % 26) + 26) % 26;
  size_t i = 0;
  for (; in[i]; i++) {
    const char *p;
    if ((p = strchr(lo, in[i])) != NULL && in[i] != '\0') out[i] = lo[((p - lo) + k) % 26];
    else if ((p = strchr(up, in[i])) != NULL) out[i] = up[((p - up) + k) % 26];
    else out[i] = in[i];
  }
  out[i] = '\0';
}

int main(void) {
  char buf[256], ref[256];
  strcpy(buf, "Hello, World!");
  caesar(buf, 3);
  CHECK(strcmp(buf, "Khoor, Zruog!") == 0);
  caesar(buf, -3);
  CHECK(strcmp(buf, "Hello, World!") == 0);
  strcpy(buf, "xyz XYZ");
  caesar(buf, 29);
  CHECK(strcmp(buf, "abc ABC") == 0);
  strcpy(buf, "abc");
  caesar(buf, INT_MIN); /* INT_MIN % 26 == -24 -> shift 2 */
  CHECK(strcmp(buf, "cde") == 0);
  strcpy(buf, "abc");
  caesar(buf, INT_MAX); /* INT_MAX % 26 == 23 */
  CHECK(strcmp(buf, "xyz") == 0);
  strcpy(buf, "");
  caesar(buf, 5);
  CHECK(buf[0] == '\0');

  strcpy(buf, "ATTACKATDAWN");
  CHECK(vigenere_encrypt(buf, "LEMON") == 0);
  CHECK(strcmp(buf, "LXFOPVEFRNHR") == 0);
  CHECK(vigenere_decrypt(buf, "lemon") == 0);
  CHECK(strcmp(buf, "ATTACKATDAWN") == 0);
  strcpy(buf, "attack at dawn!");
  CHECK(vigenere_encrypt(buf, "Lemon") == 0);
  CHECK(strcmp(buf, "lxfopv ef rnhr!") == 0);
  CHECK(vigenere_encrypt(buf, "") == -1);
  CHECK(vigenere_encrypt(buf, "ab1") == -1);
  CHECK(vigenere_decrypt(buf, NULL) == -1);
  CHECK(strcmp(buf, "lxfopv ef rnhr!") == 0);
  strcpy(buf, "Same Text");
  CHECK(vigenere_encrypt(buf, "aaaa") == 0);
  CHECK(strcmp(buf, "Same Text") == 0);

  for (int iter = 0; iter < 3000; iter++) {
    char s[120];
    size_t n = rnd() % 100;
    for (size_t i = 0; i < n; i++) s[i] = (char)(32 + rnd() % 95);
    s[n] = '\0';
    int shift = (int)(rnd() % 2001) - 1000;
    ref_caesar(s, ref, shift);
    strcpy(buf, s);
    caesar(buf, shift);
    CHECK(strcmp(buf, ref) == 0);
    caesar(buf, -shift);
    CHECK(strcmp(buf, s) == 0);

    /* Vigenere with a one-letter key equals Caesar */
    char key1[2] = {(char)('a' + shift % 26 + (shift < 0 && shift % 26 != 0 ? 26 : 0)), '\0'};
    strcpy(buf, s);
    CHECK(vigenere_encrypt(buf, key1) == 0);
    CHECK(strcmp(buf, ref) == 0);

    char key[12];
    size_t kl = rnd() % 10 + 1;
    for (size_t i = 0; i < kl; i++) key[i] = (char)((rnd() % 2 ? 'a' : 'A') + rnd() % 26);
    key[kl] = '\0';
    strcpy(buf, s);
    CHECK(vigenere_encrypt(buf, key) == 0);
    /* non-letters untouched, case kept */
    for (size_t i = 0; i < n; i++) {
      int sl = (s[i] >= 'a' && s[i] <= 'z'), su = (s[i] >= 'A' && s[i] <= 'Z');
      if (sl) CHECK(buf[i] >= 'a' && buf[i] <= 'z');
      else if (su) CHECK(buf[i] >= 'A' && buf[i] <= 'Z');
      else CHECK(buf[i] == s[i]);
    }
    CHECK(vigenere_decrypt(buf, key) == 0);
    CHECK(strcmp(buf, s) == 0);
  }

  const char *plain =
      "It was the best of times, it was the worst of times, it was the age of wisdom, "
      "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
      "incredulity, it was the season of Light, it was the season of Darkness";
  CHECK(caesar_crack("12345 !!") == -1);
  CHECK(caesar_crack("") == -1);
  for (int shift = 0; shift < 26; shift++) {
    strcpy(buf, plain);
    caesar(buf, shift);
    CHECK(caesar_crack(buf) == shift);
  }
  return 0;
}
