#ifndef SOLUTION_H
#define SOLUTION_H

/* Shifts ASCII letters by shift positions (any int, negative allowed, taken
 * modulo 26), preserving case; other characters are unchanged. */
void caesar(char *s, int shift);
/* Vigenere cipher: key must be a non-empty string of ASCII letters (case
 * ignored). The key position advances only on letters of s. Returns 0, or -1
 * (s unchanged) for an invalid key. */
int vigenere_encrypt(char *s, const char *key);
int vigenere_decrypt(char *s, const char *key);
/* Recovers the Caesar shift (0..25) of a ciphertext by comparing letter
 * frequencies against English (chi-squared). Returns -1 if s has no letters. */
int caesar_crack(const char *s);

#endif
