#pragma once
#include <cstddef>

// Owning byte buffer with manual new[]/delete[] and the rule of five.
// A global counter tracks how many heap blocks are currently alive.
class ByteBuffer {
public:
  ByteBuffer();
  explicit ByteBuffer(std::size_t n, unsigned char fill = 0);
  ByteBuffer(const unsigned char* data, std::size_t n);
  ByteBuffer(const ByteBuffer& o);
  ByteBuffer(ByteBuffer&& o) noexcept;
  ByteBuffer& operator=(const ByteBuffer& o);
  ByteBuffer& operator=(ByteBuffer&& o) noexcept;
  ~ByteBuffer();

  std::size_t size() const { return size_; }
  std::size_t capacity() const { return cap_; }
  unsigned char get(std::size_t i) const;   // 0 when out of range
  bool set(std::size_t i, unsigned char v);  // false when out of range
  void append(unsigned char v);              // doubles capacity when full
  void appendAll(const ByteBuffer& o);       // safe even when &o == this
  void reserve(std::size_t n);
  void clear() { size_ = 0; }
  void reverse();
  bool operator==(const ByteBuffer& o) const;
  unsigned checksum() const;                 // Adler-32

  static long liveBlocks();

private:
  unsigned char* data_;
  std::size_t size_;
  std::size_t cap_;
};

// Run-length encodes: each run becomes (count<=255, byte) pairs.
ByteBuffer rleEncode(const ByteBuffer& in);
ByteBuffer rleDecode(const ByteBuffer& in);
