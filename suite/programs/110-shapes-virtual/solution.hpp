#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

class Shape {
public:
  virtual ~Shape();
  virtual double area() const = 0;
  virtual double perimeter() const = 0;
  virtual std::string name() const = 0;
  virtual void scale(double factor) = 0;
  virtual std::unique_ptr<Shape> clone() const = 0;
  // Non-virtual helper built on the virtual interface.
  std::string describe() const;  // e.g. "circle area=3.14"
  static int liveCount();

protected:
  Shape();
  Shape(const Shape&);
};

// Factory: "circle R", "rect W H", "square S", "triangle A B C", "ngon N S"
// (regular polygon with N sides of length S). Returns nullptr on bad input
// (unknown kind, non-positive sizes, triangle inequality violated, N < 3).
std::unique_ptr<Shape> makeShape(const std::string& spec);

double totalArea(const std::vector<std::unique_ptr<Shape>>& shapes);
// Name of the shape with the largest perimeter ("" if empty).
std::string longestPerimeterName(const std::vector<std::unique_ptr<Shape>>& shapes);
std::size_t countKind(const std::vector<std::unique_ptr<Shape>>& shapes, const std::string& kind);
// Deep copy of every shape, each scaled by factor.
std::vector<std::unique_ptr<Shape>> scaledCopies(const std::vector<std::unique_ptr<Shape>>& shapes, double factor);
