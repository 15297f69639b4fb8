#include "check.h"
#include "solution.hpp"
#include <vector>

int main() {
  Vec2 a(1, 2), b(3, -4);
  CHECK(a + b == Vec2(4, -2));
  CHECK(a - b == Vec2(-2, 6));
  CHECK(-a == Vec2(-1, -2));
  CHECK(a * 3 == Vec2(3, 6));
  CHECK(2.0 * b == Vec2(6, -8));
  CHECK(b / 2 == Vec2(1.5, -2));
  Vec2 c = a;
  c += b;
  c -= Vec2(1, 1);
  CHECK(c == Vec2(3, -3));
  CHECK_NEAR(a.dot(b), -5.0, 0);
  CHECK_NEAR(a.cross(b), -10.0, 0);
  CHECK_NEAR(b.length(), 5.0, 1e-15);
  CHECK(a.perp() == Vec2(-2, 1));
  Vec2 r = Vec2(1, 0).rotated(3.14159265358979323846 / 3);
  CHECK_NEAR(r.x, 0.5, 1e-12);
  CHECK_NEAR(r.y, 0.8660254037844386, 1e-12);
  CHECK(Vec2(1, 5) < Vec2(2, 0));
  CHECK(Vec2(1, 0) < Vec2(1, 5));
  CHECK(!(Vec2(1, 5) < Vec2(1, 5)));

  std::vector<Vec2> sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  CHECK_NEAR(polygonSignedArea(sq), 16.0, 0);
  std::vector<Vec2> sqCw(sq.rbegin(), sq.rend());
  CHECK_NEAR(polygonSignedArea(sqCw), -16.0, 0);
  Vec2 cen = polygonCentroid(sq);
  CHECK_NEAR(cen.x, 2.0, 1e-12);
  CHECK_NEAR(cen.y, 2.0, 1e-12);
  std::vector<Vec2> lshape{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
  CHECK_NEAR(polygonSignedArea(lshape), 3.0, 0);
  Vec2 lc = polygonCentroid(lshape);
  CHECK_NEAR(lc.x, 5.0 / 6.0, 1e-12);
  CHECK_NEAR(lc.y, 5.0 / 6.0, 1e-12);
  CHECK_NEAR(polygonSignedArea({}), 0.0, 0);

  std::vector<Vec2> cloud{{0, 0}, {2, 2}, {4, 0}, {4, 4}, {0, 4}, {1, 3}, {2, 0}, {3, 1}, {4, 2}, {0, 0}};
  std::vector<Vec2> hull = convexHull(cloud);
  CHECK(hull.size() == 4);
  CHECK(hull[0] == Vec2(0, 0) && hull[1] == Vec2(4, 0) && hull[2] == Vec2(4, 4) && hull[3] == Vec2(0, 4));
  CHECK(convexHull({{1, 1}, {1, 1}}).size() == 1);
  CHECK(convexHull({{0, 0}, {1, 1}, {2, 2}}).size() == 2);  // collinear: degenerate hull
  // lattice points inside a circle: hull area must not exceed the circle area and
  // every point must be inside the hull
  std::vector<Vec2> disc;
  for (int x = -10; x <= 10; ++x)
    for (int y = -10; y <= 10; ++y)
      if (x * x + y * y <= 100) disc.push_back(Vec2(x, y));
  std::vector<Vec2> dh = convexHull(disc);
  CHECK(polygonSignedArea(dh) > 0.0);
  CHECK(polygonSignedArea(dh) < 3.14159265358979323846 * 100.0);
  for (const Vec2& p : disc) CHECK(pointInPolygon(p, dh));
  CHECK(!pointInPolygon(Vec2(10, 1), dh));

  CHECK_NEAR(pointSegmentDistance(Vec2(0, 1), Vec2(-1, 0), Vec2(1, 0)), 1.0, 1e-15);
  CHECK_NEAR(pointSegmentDistance(Vec2(3, 4), Vec2(0, 0), Vec2(0, 0)), 5.0, 1e-15);
  CHECK_NEAR(pointSegmentDistance(Vec2(5, 4), Vec2(0, 0), Vec2(2, 0)), 5.0, 1e-15);

  CHECK(segmentsIntersect(Vec2(0, 0), Vec2(4, 4), Vec2(0, 4), Vec2(4, 0)));
  CHECK(!segmentsIntersect(Vec2(0, 0), Vec2(1, 1), Vec2(2, 2), Vec2(3, 3)));
  CHECK(segmentsIntersect(Vec2(0, 0), Vec2(2, 2), Vec2(2, 2), Vec2(3, 0)));
  CHECK(segmentsIntersect(Vec2(0, 0), Vec2(3, 0), Vec2(1, 0), Vec2(2, 0)));
  CHECK(!segmentsIntersect(Vec2(0, 0), Vec2(1, 0), Vec2(0, 1), Vec2(1, 1)));

  CHECK(pointInPolygon(Vec2(0.5, 0.5), lshape));
  CHECK(!pointInPolygon(Vec2(1.5, 1.5), lshape));
  CHECK(pointInPolygon(Vec2(1, 1.5), lshape));  // on boundary
  CHECK(pointInPolygon(Vec2(2, 2), sqCw));
  CHECK(!pointInPolygon(Vec2(-1, 2), sqCw));
  return 0;
}
