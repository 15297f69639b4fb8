#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0xABCDEF0123456789ull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

/* reference: union-find over the grid */
static int parent[64 * 64];
static int find(int x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}
static void unite(int a, int b) { parent[find(a)] = find(b); }

static size_t ref_regions(const char *g, int h, int w, char ch, size_t *largest) {
  static size_t size[64 * 64];
  for (int i = 0; i < h * w; i++) {
    parent[i] = i;
    size[i] = 0;
  }
  for (int r = 0; r < h; r++)
    for (int c = 0; c < w; c++) {
      if (g[r * w + c] != ch) continue;
      if (r + 1 < h && g[(r + 1) * w + c] == ch) unite(r * w + c, (r + 1) * w + c);
      if (c + 1 < w && g[r * w + c + 1] == ch) unite(r * w + c, r * w + c + 1);
    }
  size_t regions = 0, best = 0;
  for (int i = 0; i < h * w; i++)
    if (g[i] == ch) {
      if (find(i) == i) regions++;
      size[find(i)]++;
    }
  for (int i = 0; i < h * w; i++)
    if (size[i] > best) best = size[i];
  *largest = best;
  return regions;
}

int main(void) {
  char g[] = "....#...."
             ".##.#.##."
             ".#..#..#."
             ".##.#.##."
             "....#....";
  const int H = 5, W = 9;
  size_t largest = 0;
  CHECK(count_regions(g, H, W, '.', &largest) == 2 && largest == 15);
  CHECK(count_regions(g, H, W, '#', &largest) == 3);
  CHECK(largest == 5);
  CHECK(enclosed_cells(g, H, W, '.') == 0); /* the bracket pockets are open to one side */
  CHECK(flood_fill(g, H, W, 0, 0, 'o') == 15);
  CHECK(g[0] == 'o' && g[W - 1] == '.' && g[2 * W + 2] == 'o');
  CHECK(flood_fill(g, H, W, 0, 0, 'o') == 0);   /* same colour */
  CHECK(flood_fill(g, H, W, -1, 0, 'x') == 0);  /* outside */
  CHECK(flood_fill(g, H, W, 0, W, 'x') == 0);
  CHECK(flood_fill(g, H, W, 0, 4, '#') == 0);
  CHECK(flood_fill(g, H, W, 0, 4, '=') == 5);   /* the wall */
  CHECK(count_regions(g, H, W, 'o', &largest) == 1 && largest == 15);
  CHECK(count_regions(g, H, W, '=', &largest) == 1 && largest == 5);
  CHECK(count_regions(g, H, W, '#', &largest) == 2 && largest == 5);
  CHECK(count_regions(g, 0, 0, '.', &largest) == 0 && largest == 0);
  CHECK(enclosed_cells(g, 0, 5, '.') == 0);

  char ring[] = "#####"
                "#...#"
                "#.#.#"
                "#...#"
                "#####";
  CHECK(enclosed_cells(ring, 5, 5, '.') == 8);
  CHECK(enclosed_cells(ring, 5, 5, '#') == 1);  /* the centre '#' is not attached to the border */
  CHECK(count_regions(ring, 5, 5, '#', &largest) == 2 && largest == 16);

  /* full 64x64 grid of one colour: deepest recursion */
  static char big[64 * 64];
  memset(big, '.', sizeof big);
  CHECK(count_regions(big, 64, 64, '.', &largest) == 1 && largest == 4096);
  CHECK(enclosed_cells(big, 64, 64, '.') == 0);
  CHECK(flood_fill(big, 64, 64, 63, 63, '*') == 4096);
  /* serpentine corridor: one long region */
  for (int r = 0; r < 64; r++)
    for (int c = 0; c < 64; c++) {
      char ch = '.';
      if (r % 2 == 1 && !((r / 2) % 2 == 0 ? c == 63 : c == 0)) ch = '#';
      big[r * 64 + c] = ch;
    }
  CHECK(count_regions(big, 64, 64, '.', &largest) == 1);
  CHECK(largest == 32 * 64 + 32);

  /* random grids against the union-find reference */
  static char rg[64 * 64], copy[64 * 64];
  for (int trial = 0; trial < 25; trial++) {
    int h = 1 + (int)(next_u64() % 64), w = 1 + (int)(next_u64() % 64);
    unsigned density = (unsigned)(next_u64() % 100);
    for (int i = 0; i < h * w; i++) rg[i] = (next_u64() % 100) < density ? '#' : '.';
    size_t ref_large = 0, got_large = 0;
    size_t ref = ref_regions(rg, h, w, '.', &ref_large);
    CHECK(count_regions(rg, h, w, '.', &got_large) == ref);
    CHECK(got_large == ref_large);
    ref = ref_regions(rg, h, w, '#', &ref_large);
    CHECK(count_regions(rg, h, w, '#', NULL) == ref);
    /* flood filling one cell repaints exactly its region; afterwards region count drops by one */
    int r = (int)(next_u64() % (uint64_t)h), c = (int)(next_u64() % (uint64_t)w);
    memcpy(copy, rg, (size_t)(h * w));
    char old = copy[r * w + c];
    size_t before = ref_regions(copy, h, w, old, &ref_large);
    size_t painted = flood_fill(copy, h, w, r, c, '~');
    size_t after = ref_regions(copy, h, w, old, &ref_large);
    CHECK(after == before - 1);
    CHECK(count_regions(copy, h, w, '~', &got_large) == 1 && got_large == painted);
    /* enclosed + border-reachable == all open cells */
    static unsigned char touches[64 * 64];
    ref_regions(rg, h, w, '.', &ref_large); /* leaves the union-find forest for '.' in parent[] */
    memset(touches, 0, sizeof touches);
    for (int i = 0; i < h * w; i++) {
      int rr = i / w, cc = i % w;
      if (rg[i] == '.' && (rr == 0 || cc == 0 || rr == h - 1 || cc == w - 1)) touches[find(i)] = 1;
    }
    size_t enclosed = 0;
    for (int i = 0; i < h * w; i++) enclosed += rg[i] == '.' && !touches[find(i)];
    CHECK(enclosed_cells(rg, h, w, '.') == enclosed);
  }
  return 0;
}
