#include "solution.hpp"
#include <utility>

namespace {
long g_live = 0;
unsigned char* allocBlock(std::size_t n) {
  if (n == 0) return nullptr;
  ++g_live;
  return new unsigned char[n];
}
void freeBlock(unsigned char* p) {
  if (p) { --g_live; delete[] p; }
}
}  // namespace

long ByteBuffer::liveBlocks() { return g_live; }

ByteBuffer::ByteBuffer() : data_(nullptr), size_(0), cap_(0) {}

ByteBuffer::ByteBuffer(std::size_t n, unsigned char fill) : data_(allocBlock(n)), size_(n), cap_(n) {
  for (std::size_t i = 0; i < n; ++i) data_[i] = fill;
}

ByteBuffer::ByteBuffer(const unsigned char* data, std::size_t n) : data_(allocBlock(n)), size_(n), cap_(n) {
  for (std::size_t i = 0; i < n; ++i) data_[i] = data[i];
}

ByteBuffer::ByteBuffer(const ByteBuffer& o) : data_(allocBlock(o.size_)), size_(o.size_), cap_(o.size_) {
  for (std::size_t i = 0; i < size_; ++i) data_[i] = o.data_[i];
}

ByteBuffer::ByteBuffer(ByteBuffer&& o) noexcept : data_(o.data_), size_(o.size_), cap_(o.cap_) {
  o.data_ = nullptr;
  o.size_ = o.cap_ = 0;
}

ByteBuffer& ByteBuffer::operator=(const ByteBuffer& o) {
  if (this != &o) {
    ByteBuffer tmp(o);
    *this = std::move(tmp);
  }
  return *this;
}

ByteBuffer& ByteBuffer::operator=(ByteBuffer&& o) noexcept {
  if (this != &o) {
    freeBlock(data_);
    data_ = o.data_;
    size_ = o.size_;
    cap_ = o.cap_;
    o.data_ = nullptr;
    o.size_ = o.cap_ = 0;
  }
  return *this;
}

ByteBuffer::~ByteBuffer() { freeBlock(data_); }

unsigned char ByteBuffer::get(std::size_t i) const { return i < size_ ? data_[i] : 0; }

bool ByteBuffer::set(std::size_t i, unsigned char v) {
  if (i >= size_) return false;
  data_[i] = v;
  return true;
}

void ByteBuffer::reserve(std::size_t n) {
  if (n <= cap_) return;
  unsigned char* p = allocBlock(n);
  for (std::size_t i = 0; i < size_; ++i) p[i] = data_[i];
  freeBlock(data_);
  data_ = p;
  cap_ = n;
}

void ByteBuffer::append(unsigned char v) {
  if (size_ == cap_) reserve(cap_ == 0 ? 4 : cap_ * 2);
  data_[size_++] = v;
}

void ByteBuffer::appendAll(const ByteBuffer& o) {
  const std::size_t n = o.size_;
  reserve(size_ + n);  // may reallocate o's storage too if &o == this; read via o.data_ afterwards
  for (std::size_t i = 0; i < n; ++i) data_[size_ + i] = o.data_[i];
  size_ += n;
}

void ByteBuffer::reverse() {
  for (std::size_t i = 0, j = size_; i + 1 < j; ++i, --j) std::swap(data_[i], data_[j - 1]);
}

bool ByteBuffer::operator==(const ByteBuffer& o) const {
  if (size_ != o.size_) return false;
  for (std::size_t i = 0; i < size_; ++i)
    if (data_[i] != o.data_[i]) return false;
  return true;
}

unsigned ByteBuffer::checksum() const {
  unsigned a = 1, b = 0;
  for (std::size_t i = 0; i < size_; ++i) {
    a = (a + data_[i]) % 65521u;
    b = (b + a) % 65521u;
  }
  return (b << 16) | a;
}

ByteBuffer rleEncode(const ByteBuffer& in) {
  ByteBuffer out;
  std::size_t i = 0;
  while (i < in.size()) {
    unsigned char v = in.get(i);
    std::size_t run = 1;
    while (i + run < in.size() && run < 255 && in.get(i + run) == v) ++run;
    out.append(static_cast<unsigned char>(run));
    out.append(v);
    i += run;
  }
  return out;
}

ByteBuffer rleDecode(const ByteBuffer& in) {
  ByteBuffer out;
  for (std::size_t i = 0; i + 1 < in.size(); i += 2)
    for (unsigned k = 0; k < in.get(i); ++k) out.append(in.get(i + 1));
  return out;
}
