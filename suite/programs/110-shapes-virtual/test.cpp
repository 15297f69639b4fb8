#include "check.h"
#include "solution.hpp"
#include <memory>
#include <string>
#include <vector>

int main() {
  const double pi = 3.14159265358979323846;
  CHECK(Shape::liveCount() == 0);
  {
    std::unique_ptr<Shape> c = makeShape("circle 2");
    CHECK(c != nullptr);
    CHECK(c->name() == "circle");
    CHECK_NEAR(c->area(), 4 * pi, 1e-12);
    CHECK_NEAR(c->perimeter(), 4 * pi, 1e-12);
    CHECK(c->describe() == "circle area=12.57");
    std::unique_ptr<Shape> sq = makeShape("square 3");
    CHECK(sq->name() == "square");
    CHECK_NEAR(sq->area(), 9.0, 0);
    CHECK_NEAR(sq->perimeter(), 12.0, 0);
    std::unique_ptr<Shape> t = makeShape("triangle 3 4 5");
    CHECK_NEAR(t->area(), 6.0, 1e-12);
    CHECK(t->describe() == "triangle area=6.00");
    std::unique_ptr<Shape> hex = makeShape("ngon 6 1");
    CHECK(hex->name() == "6-gon");
    CHECK_NEAR(hex->area(), 1.5 * 1.7320508075688772, 1e-12);
    CHECK(Shape::liveCount() == 4);
    std::unique_ptr<Shape> cc = c->clone();
    cc->scale(0.5);
    CHECK_NEAR(cc->area(), pi, 1e-12);
    CHECK_NEAR(c->area(), 4 * pi, 1e-12);  // original untouched
    CHECK(Shape::liveCount() == 5);
  }
  CHECK(Shape::liveCount() == 0);

  CHECK(makeShape("circle 0") == nullptr);
  CHECK(makeShape("circle -1") == nullptr);
  CHECK(makeShape("circle") == nullptr);
  CHECK(makeShape("rect 1") == nullptr);
  CHECK(makeShape("rect 1 2 3") == nullptr);
  CHECK(makeShape("triangle 1 2 3") == nullptr);
  CHECK(makeShape("triangle 1 1 5") == nullptr);
  CHECK(makeShape("ngon 2 1") == nullptr);
  CHECK(makeShape("ngon 4.5 1") == nullptr);
  CHECK(makeShape("blob 1") == nullptr);
  CHECK(makeShape("rect 2 x") == nullptr);
  CHECK(makeShape("") == nullptr);
  CHECK(Shape::liveCount() == 0);

  std::vector<std::unique_ptr<Shape>> shapes;
  const char* specs[] = {"rect 2 3", "square 2", "circle 1", "triangle 5 5 6", "ngon 4 2", "rect 10 0.5", "square 1"};
  for (const char* s : specs) shapes.push_back(makeShape(s));
  CHECK(shapes.size() == 7);
  CHECK(Shape::liveCount() == 7);
  CHECK_NEAR(totalArea(shapes), 6 + 4 + pi + 12 + 4 + 5 + 1, 1e-9);
  CHECK(longestPerimeterName(shapes) == "rect");  // 10 x 0.5 -> 21
  CHECK(countKind(shapes, "square") == 2);
  CHECK(countKind(shapes, "rect") == 2);
  CHECK(countKind(shapes, "4-gon") == 1);
  CHECK(countKind(shapes, "hexagon") == 0);
  {
    std::vector<std::unique_ptr<Shape>> big = scaledCopies(shapes, 3.0);
    CHECK(Shape::liveCount() == 14);
    CHECK_NEAR(totalArea(big), 9.0 * totalArea(shapes), 1e-9);
    for (std::size_t i = 0; i < big.size(); ++i) {
      CHECK(big[i]->name() == shapes[i]->name());
      CHECK_NEAR(big[i]->perimeter(), 3.0 * shapes[i]->perimeter(), 1e-9);
    }
  }
  CHECK(Shape::liveCount() == 7);
  // regular n-gon area approaches the circumscribed circle as n grows
  std::unique_ptr<Shape> ng = makeShape("ngon 1000 0.001");
  CHECK_NEAR(ng->perimeter(), 1.0, 1e-12);
  CHECK_NEAR(ng->area(), 1.0 / (4 * pi), 1e-5);
  std::vector<std::unique_ptr<Shape>> none;
  CHECK(longestPerimeterName(none) == "");
  CHECK_NEAR(totalArea(none), 0.0, 0);
  return 0;
}
