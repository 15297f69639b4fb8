#include <math.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 192837u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

int main(void) {
  struct point a = {0, 0}, b = {3, 4};
  CHECK_NEAR(point_distance(a, b), 5.0, 1e-12);
  CHECK_NEAR(point_distance(b, b), 0.0, 1e-12);

  const struct point square[] = {{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  CHECK_NEAR(polygon_area(square, 4), 4.0, 1e-12);
  const struct point cw[] = {{0, 0}, {0, 2}, {2, 2}, {2, 0}};
  CHECK_NEAR(polygon_area(cw, 4), -4.0, 1e-12);
  struct point c = polygon_centroid(square, 4);
  CHECK_NEAR(c.x, 1.0, 1e-12);
  CHECK_NEAR(c.y, 1.0, 1e-12);
  const struct point tri[] = {{0, 0}, {6, 0}, {0, 3}};
  CHECK_NEAR(polygon_area(tri, 3), 9.0, 1e-12);
  c = polygon_centroid(tri, 3);
  CHECK_NEAR(c.x, 2.0, 1e-12);
  CHECK_NEAR(c.y, 1.0, 1e-12);
  const struct point ell[] = {{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {0, 3}}; /* L shape */
  CHECK_NEAR(polygon_area(ell, 6), 6.0, 1e-12);
  CHECK(point_in_polygon((struct point){0.5, 2.5}, ell, 6));
  CHECK(point_in_polygon((struct point){3.5, 0.5}, ell, 6));
  CHECK(!point_in_polygon((struct point){2.5, 2.5}, ell, 6));
  CHECK(!point_in_polygon((struct point){-1, 0.5}, ell, 6));

  /* regular polygon area approaches pi r^2 */
  struct point reg[360];
  for (int i = 0; i < 360; i++) {
    double t = 2.0 * 3.14159265358979323846 * i / 360.0;
    reg[i].x = 2.0 * cos(t) + 5.0;
    reg[i].y = 2.0 * sin(t) - 1.0;
  }
  CHECK_NEAR(polygon_area(reg, 360), 0.5 * 360 * 4.0 * sin(2.0 * 3.14159265358979323846 / 360.0), 1e-9);
  c = polygon_centroid(reg, 360);
  CHECK_NEAR(c.x, 5.0, 1e-9);
  CHECK_NEAR(c.y + 2.0, 1.0, 1e-9);

  struct ipoint o = {0, 0}, px = {1, 0}, py = {0, 1};
  CHECK(cross3(o, px, py) == 1);
  CHECK(cross3(o, py, px) == -1);
  CHECK(cross3(o, px, (struct ipoint){2, 0}) == 0);
  struct ipoint big1 = {-(1 << 30), -(1 << 30)}, big2 = {1 << 30, -(1 << 30)}, big3 = {1 << 30, 1 << 30};
  CHECK(cross3(big1, big2, big3) == 4LL * (1LL << 60));

  struct ipoint pts[64], hull[65];
  /* square with interior and edge points */
  const struct ipoint sq[] = {{0, 0}, {4, 0}, {4, 4}, {0, 4}, {2, 2}, {2, 0}, {1, 3}, {4, 2}, {0, 0}};
  memcpy(pts, sq, sizeof sq);
  size_t h = convex_hull(pts, 9, hull);
  CHECK(h == 4);
  CHECK(hull[0].x == 0 && hull[0].y == 0 && hull[1].x == 4 && hull[1].y == 0);
  CHECK(hull[2].x == 4 && hull[2].y == 4 && hull[3].x == 0 && hull[3].y == 4);
  CHECK(convex_hull(pts, 0, hull) == 0);
  pts[0] = (struct ipoint){7, 7};
  CHECK(convex_hull(pts, 1, hull) == 1 && hull[0].x == 7);
  for (int i = 0; i < 5; i++) pts[i] = (struct ipoint){3, 3};
  CHECK(convex_hull(pts, 5, hull) == 1);
  for (int i = 0; i < 5; i++) pts[i] = (struct ipoint){i, 2 * i};
  CHECK(convex_hull(pts, 5, hull) == 2);
  CHECK(hull[0].x == 0 && hull[1].x == 4 && hull[1].y == 8);

  /* random point clouds: hull is convex (strict left turns), contains all
   * points, and its vertices are input points */
  for (int iter = 0; iter < 2000; iter++) {
    size_t n = rnd() % 60 + 1;
    struct ipoint orig[64];
    int range = iter % 2 ? 5 : 1000;
    for (size_t i = 0; i < n; i++) {
      orig[i].x = (int)(rnd() % (unsigned)(2 * range + 1)) - range;
      orig[i].y = (int)(rnd() % (unsigned)(2 * range + 1)) - range;
    }
    memcpy(pts, orig, n * sizeof *orig);
    h = convex_hull(pts, n, hull);
    CHECK(h >= 1 && h <= n);
    for (size_t i = 0; i < h; i++) {
      int found = 0;
      for (size_t j = 0; j < n; j++) if (orig[j].x == hull[i].x && orig[j].y == hull[i].y) found = 1;
      CHECK(found);
    }
    if (h >= 3) {
      long long area2 = 0;
      for (size_t i = 0; i < h; i++) {
        CHECK(cross3(hull[i], hull[(i + 1) % h], hull[(i + 2) % h]) > 0);
        area2 += (long long)hull[i].x * hull[(i + 1) % h].y - (long long)hull[(i + 1) % h].x * hull[i].y;
        for (size_t j = 0; j < n; j++) CHECK(cross3(hull[i], hull[(i + 1) % h], orig[j]) >= 0);
      }
      CHECK(area2 > 0);
      struct point fp[64];
      for (size_t i = 0; i < h; i++) { fp[i].x = hull[i].x; fp[i].y = hull[i].y; }
      CHECK_NEAR(polygon_area(fp, h), (double)area2 / 2.0, 1e-9);
      /* centroid of a convex polygon lies inside it */
      struct point cen = polygon_centroid(fp, h);
      CHECK(point_in_polygon(cen, fp, h));
    }

    /* segment intersection vs parametric brute force on a tiny grid */
    struct ipoint s[4];
    for (int k = 0; k < 4; k++) { s[k].x = (int)(rnd() % 5); s[k].y = (int)(rnd() % 5); }
    /* reference: parametric solution with exact rational comparisons */
    int hit;
    {
      long long rx = s[1].x - s[0].x, ry = s[1].y - s[0].y; /* b - a */
      long long qx = s[3].x - s[2].x, qy = s[3].y - s[2].y; /* d - c */
      long long wx = s[2].x - s[0].x, wy = s[2].y - s[0].y; /* c - a */
      long long den = rx * qy - ry * qx;
      long long tn = wx * qy - wy * qx, un = wx * ry - wy * rx;
      if (den != 0) {
        if (den < 0) { den = -den; tn = -tn; un = -un; }
        hit = tn >= 0 && tn <= den && un >= 0 && un <= den;
      } else {
        int collinear = cross3(s[0], s[1], s[2]) == 0 && cross3(s[0], s[1], s[3]) == 0 &&
                        cross3(s[2], s[3], s[0]) == 0 && cross3(s[2], s[3], s[1]) == 0;
        int ox = fmax(fmin(s[0].x, s[1].x), fmin(s[2].x, s[3].x)) <= fmin(fmax(s[0].x, s[1].x), fmax(s[2].x, s[3].x));
        int oy = fmax(fmin(s[0].y, s[1].y), fmin(s[2].y, s[3].y)) <= fmin(fmax(s[0].y, s[1].y), fmax(s[2].y, s[3].y));
        hit = collinear && ox && oy;
      }
    }
    CHECK(segments_intersect(s[0], s[1], s[2], s[3]) == (hit != 0));
    CHECK(segments_intersect(s[2], s[3], s[0], s[1]) == (hit != 0));
  }
  return 0;
}
