#include "solution.h"

static char shift_letter(char c, int k) {
  /* k in 0..25 */
  if (c >= 'a' && c <= 'z') return (char)('a' + (c - 'a' + k) % 26);
  if (c >= 'A' && c <= 'Z') return (char)('A' + (c - 'A' + k) % 26);
  return c;
}

void caesar(char *s, int shift) {
  int k = shift % 26;
  if (k < 0) k += 26;
  for (; *s; s++) *s = shift_letter(*s, k);
}

static int key_value(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A';
  return -1;
}

static int vigenere(char *s, const char *key, int sign) {
  if (key == 0 || *key == '\0') return -1;
  for (const char *k = key; *k; k++)
    if (key_value(*k) < 0) return -1;
  const char *k = key;
  for (; *s; s++) {
    if (key_value(*s) < 0) continue;
    int v = key_value(*k);
    *s = shift_letter(*s, sign > 0 ? v : (26 - v) % 26);
    k++;
    if (*k == '\0') k = key;
  }
  return 0;
}

int vigenere_encrypt(char *s, const char *key) { return vigenere(s, key, 1); }
int vigenere_decrypt(char *s, const char *key) { return vigenere(s, key, -1); }

/* English letter frequencies in tenths of a percent. */
static const int english[26] = {82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24,
                                67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1};

int caesar_crack(const char *s) {
  long counts[26] = {0};
  long total = 0;
  for (; *s; s++) {
    int v = key_value(*s);
    if (v >= 0) {
      counts[v]++;
      total++;
    }
  }
  if (total == 0) return -1;
  int best = 0;
  double best_score = 0.0;
  for (int shift = 0; shift < 26; shift++) {
    double score = 0.0;
    for (int p = 0; p < 26; p++) {
      double expected = (double)english[p] * (double)total / 1000.0;
      double observed = (double)counts[(p + shift) % 26];
      double d = observed - expected;
      score += d * d / expected;
    }
    if (shift == 0 || score < best_score) {
      best_score = score;
      best = shift;
    }
  }
  return best;
}
