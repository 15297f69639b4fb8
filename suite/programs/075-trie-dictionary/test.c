#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 7777u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

#define MAXW 400
static char words[MAXW][12];
static bool stored[MAXW];

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void) {
  struct trie t;
  CHECK(trie_init(&t));
  CHECK(trie_node_count(&t) == 1);
  CHECK(!trie_contains(&t, ""));
  CHECK(trie_count_prefix(&t, "") == 0);
  CHECK(trie_longest_prefix_of(&t, "abc") == -1);
  CHECK(trie_insert(&t, "car") && trie_insert(&t, "cart") && trie_insert(&t, "care"));
  CHECK(trie_insert(&t, "dog") && !trie_insert(&t, "car"));
  CHECK(!trie_insert(&t, "Car") && !trie_insert(&t, "ca r"));
  CHECK(t.words == 4);
  CHECK(trie_contains(&t, "car") && !trie_contains(&t, "ca") && !trie_contains(&t, "carts"));
  CHECK(trie_count_prefix(&t, "car") == 3 && trie_count_prefix(&t, "ca") == 3);
  CHECK(trie_count_prefix(&t, "") == 4 && trie_count_prefix(&t, "x") == 0);
  CHECK(trie_count_prefix(&t, "A") == 0);
  CHECK(trie_longest_prefix_of(&t, "cartoon") == 4);
  CHECK(trie_longest_prefix_of(&t, "cards") == 3);
  CHECK(trie_longest_prefix_of(&t, "ca") == -1);
  CHECK(trie_node_count(&t) == 1 + 3 + 1 + 1 + 3);
  char buf[256];
  CHECK(trie_list(&t, buf, sizeof buf) == 4);
  CHECK(strcmp(buf, "car") == 0 && strcmp(buf + 4, "care") == 0 && strcmp(buf + 9, "cart") == 0 &&
        strcmp(buf + 14, "dog") == 0);
  CHECK(trie_list(&t, buf, 9) == 2);
  CHECK(trie_list(&t, buf, 0) == 0);
  CHECK(trie_remove(&t, "cart") && !trie_remove(&t, "cart"));
  CHECK(trie_node_count(&t) == 1 + 3 + 1 + 3);
  CHECK(trie_remove(&t, "car"));
  CHECK(trie_contains(&t, "care") && trie_node_count(&t) == 1 + 4 + 3);
  CHECK(trie_insert(&t, ""));
  CHECK(trie_contains(&t, "") && trie_longest_prefix_of(&t, "zzz") == 0);
  CHECK(trie_remove(&t, "") && !trie_contains(&t, ""));
  CHECK(trie_remove(&t, "care") && trie_remove(&t, "dog"));
  CHECK(t.words == 0 && trie_node_count(&t) == 1);
  trie_free(&t);

  for (int round = 0; round < 20; round++) {
    CHECK(trie_init(&t));
    size_t nw = rnd() % MAXW + 1;
    for (size_t i = 0; i < nw; i++) {
      size_t len = rnd() % 8;
      for (size_t k = 0; k < len; k++) words[i][k] = (char)('a' + rnd() % 4);
      words[i][len] = '\0';
      stored[i] = false;
    }
    for (int step = 0; step < 1500; step++) {
      size_t i = rnd() % nw;
      /* duplicates in the word list share a fate: recompute expected state */
      bool expect_present = false;
      for (size_t j = 0; j < nw; j++) if (stored[j] && strcmp(words[j], words[i]) == 0) expect_present = true;
      CHECK(trie_contains(&t, words[i]) == expect_present);
      if (rnd() % 3) {
        CHECK(trie_insert(&t, words[i]) == !expect_present);
        stored[i] = true;
      } else {
        CHECK(trie_remove(&t, words[i]) == expect_present);
        for (size_t j = 0; j < nw; j++) if (strcmp(words[j], words[i]) == 0) stored[j] = false;
      }
    }
    /* distinct stored words, sorted */
    const char *list[MAXW];
    size_t nl = 0;
    for (size_t i = 0; i < nw; i++) {
      if (!stored[i]) continue;
      bool dup = false;
      for (size_t k = 0; k < nl; k++) if (strcmp(list[k], words[i]) == 0) dup = true;
      if (!dup) list[nl++] = words[i];
    }
    qsort(list, nl, sizeof list[0], cmp_str);
    CHECK(t.words == nl);
    static char all[MAXW * 12];
    CHECK(trie_list(&t, all, sizeof all) == nl);
    size_t off = 0;
    for (size_t k = 0; k < nl; k++) {
      CHECK(strcmp(all + off, list[k]) == 0);
      off += strlen(list[k]) + 1;
    }
    const char *prefixes[] = {"", "a", "ab", "ba", "ccc", "d", "abcd"};
    for (int p = 0; p < 7; p++) {
      size_t c = 0, pl = strlen(prefixes[p]);
      for (size_t k = 0; k < nl; k++) if (strncmp(list[k], prefixes[p], pl) == 0) c++;
      CHECK(trie_count_prefix(&t, prefixes[p]) == c);
    }
    /* node count equals the number of distinct prefixes of stored words (+root) */
    size_t distinct_prefixes = 0;
    for (size_t k = 0; k < nl; k++)
      for (size_t len = 1; len <= strlen(list[k]); len++) {
        bool seen = false;
        for (size_t j = 0; j < k && !seen; j++)
          if (strlen(list[j]) >= len && strncmp(list[j], list[k], len) == 0) seen = true;
        if (!seen) distinct_prefixes++;
      }
    CHECK(trie_node_count(&t) == 1 + distinct_prefixes);
    char probe[16];
    for (int q = 0; q < 50; q++) {
      size_t len = rnd() % 12;
      for (size_t k = 0; k < len; k++) probe[k] = (char)('a' + rnd() % 4);
      probe[len] = '\0';
      long best = -1;
      for (size_t k = 0; k < nl; k++) {
        size_t wl = strlen(list[k]);
        if (wl <= len && strncmp(probe, list[k], wl) == 0 && (long)wl > best) best = (long)wl;
      }
      CHECK(trie_longest_prefix_of(&t, probe) == best);
    }
    trie_free(&t);
  }
  return 0;
}
