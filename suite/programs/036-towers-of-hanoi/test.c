#include <stdint.h>
#include <stdlib.h>
#include "check.h"
#include "solution.h"

/* simulate the pegs and verify every move is legal; returns 1 if all n disks end on `to` */
static int simulate(unsigned n, unsigned from, unsigned to, const hanoi_move *mv, size_t count) {
  unsigned char pegs[3][64];
  unsigned height[3] = {0, 0, 0};
  for (unsigned d = n; d >= 1; d--) pegs[from][height[from]++] = (unsigned char)d;
  for (size_t i = 0; i < count; i++) {
    unsigned f = mv[i].from, t = mv[i].to;
    CHECK(f < 3 && t < 3 && f != t);
    CHECK(height[f] > 0);
    unsigned char disk = pegs[f][height[f] - 1];
    CHECK(disk == mv[i].disk);
    CHECK(height[t] == 0 || pegs[t][height[t] - 1] > disk);
    height[f]--;
    pegs[t][height[t]++] = disk;
  }
  return height[to] == n;
}

int main(void) {
  CHECK(hanoi_count(0) == 0);
  CHECK(hanoi_count(1) == 1);
  CHECK(hanoi_count(10) == 1023);
  CHECK(hanoi_count(63) == 0x7FFFFFFFFFFFFFFFull);
  CHECK(hanoi_count(64) == UINT64_MAX);

  hanoi_move three[7];
  CHECK(hanoi_solve(3, 0, 2, three, 7) == 7);
  const unsigned char expect3[7][3] = {{1, 0, 2}, {2, 0, 1}, {1, 2, 1}, {3, 0, 2}, {1, 1, 0}, {2, 1, 2}, {1, 0, 2}};
  for (int i = 0; i < 7; i++)
    CHECK(three[i].disk == expect3[i][0] && three[i].from == expect3[i][1] && three[i].to == expect3[i][2]);
  CHECK(hanoi_solve(0, 0, 2, three, 7) == 0);
  hanoi_move sentinel[3] = {{9, 9, 9}, {9, 9, 9}, {9, 9, 9}};
  CHECK(hanoi_solve(5, 1, 0, sentinel, 2) == 31);
  CHECK(sentinel[2].disk == 9); /* cap respected */

  enum { MAXN = 14 };
  hanoi_move *moves = malloc(((size_t)1 << MAXN) * sizeof *moves);
  CHECK(moves != NULL);
  for (unsigned n = 1; n <= MAXN; n++) {
    for (unsigned from = 0; from < 3; from++)
      for (unsigned to = 0; to < 3; to++) {
        if (from == to) continue;
        size_t cnt = hanoi_solve(n, from, to, moves, (size_t)1 << MAXN);
        CHECK(cnt == hanoi_count(n));
        CHECK(simulate(n, from, to, moves, cnt));
      }
    size_t cnt = hanoi_solve(n, 0, 2, moves, (size_t)1 << MAXN);
    for (size_t k = 0; k < cnt; k++) {
      /* disk moved at step k is 1 + number of trailing zeros of k + 1 */
      unsigned tz = 0;
      for (size_t v = k + 1; (v & 1u) == 0; v >>= 1) tz++;
      CHECK(moves[k].disk == tz + 1);
      /* the smallest disk cycles in a fixed direction depending on the parity of n */
      if (moves[k].disk == 1) CHECK((moves[k].to + 3 - moves[k].from) % 3 == (n % 2 == 0 ? 1 : 2));
      hanoi_move kth = hanoi_kth_move(n, k);
      CHECK(kth.disk == moves[k].disk && kth.from == moves[k].from && kth.to == moves[k].to);
    }
  }
  free(moves);
  /* direct computation of moves in astronomically long solutions */
  hanoi_move last = hanoi_kth_move(63, hanoi_count(63) - 1);
  CHECK(last.disk == 1 && last.to == 2);
  hanoi_move mid = hanoi_kth_move(63, (1ull << 62) - 1);
  CHECK(mid.disk == 63 && mid.from == 0 && mid.to == 2);
  hanoi_move first = hanoi_kth_move(40, 0);
  CHECK(first.disk == 1 && first.from == 0 && first.to == 1); /* n even: smallest goes to the spare */

  /* Frame-Stewart numbers: increments are 1 once, 2 twice, 4 three times, ... */
  uint64_t expect = 0, inc = 1;
  unsigned used = 0, times = 1;
  for (unsigned n = 1; n <= 100; n++) {
    expect += inc;
    if (++used == times) {
      inc *= 2;
      times++;
      used = 0;
    }
    CHECK(hanoi4_count(n) == expect);
    if (n < 64) CHECK(hanoi4_count(n) <= hanoi_count(n));
  }
  CHECK(hanoi4_count(0) == 0);
  CHECK(hanoi4_count(10) == 49);
  CHECK(hanoi4_count(100) == 172033);
  return 0;
}
