// Scans for the few bytes a normalization step acts on, eight bytes at a time: most of a
// text is plain ASCII that these steps pass over, and a byte-by-byte loop over 12 MB
// costs several instructions a byte.
//
//   size_t i = SkipAscii(s, 0);            // first byte >= 0x80, or s.size()
//   size_t j = SkipPrintableAscii(s, 0);   // first byte outside 0x20..0x7E (tab, newline,
//                                          // controls, DEL, non-ASCII), or s.size()
//   size_t k = FindBlank(s, 0);            // first ' ' or '\t', or s.size()
//
// All take the text and a start offset <= s.size(); pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace amend {
namespace byte_scan_internal {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

inline uint64_t Load(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
// High bit set in each byte of v that is zero (exact, no false positives).
inline uint64_t ZeroBytes(uint64_t v) {
  return ~(((v & ~kHighs) + ~kHighs) | v) & kHighs;
}
// High bit set in each byte of v that is below n (n <= 128; exact).
inline uint64_t BytesBelow(uint64_t v, uint8_t n) {
  return ~(((v & ~kHighs) + kOnes * (128 - n)) | v) & kHighs;
}
// First offset >= i whose 8-byte window has a flagged byte per `flags`, then the exact byte.
template <typename Flags, typename Stop>
size_t Scan(std::string_view s, size_t i, Flags flags, Stop stop) {
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t f = flags(Load(s.data() + i));
    if (f != 0) return i + static_cast<size_t>(__builtin_ctzll(f) / 8);  // little-endian
  }
  while (i < s.size() && !stop(static_cast<uint8_t>(s[i]))) ++i;
  return i;
}

}  // namespace byte_scan_internal

inline size_t SkipAscii(std::string_view s, size_t i) {
  using namespace byte_scan_internal;
  return Scan(s, i, [](uint64_t v) { return v & kHighs; }, [](uint8_t b) { return b >= 0x80; });
}

inline size_t SkipPrintableAscii(std::string_view s, size_t i) {
  using namespace byte_scan_internal;
  auto flags = [](uint64_t v) {
    return (v & kHighs) | BytesBelow(v, 0x20) | ZeroBytes(v ^ (kOnes * 0x7F));
  };
  return Scan(s, i, flags, [](uint8_t b) { return b < 0x20 || b >= 0x7F; });
}

inline size_t FindBlank(std::string_view s, size_t i) {
  using namespace byte_scan_internal;
  return Scan(
      s, i, [](uint64_t v) { return ZeroBytes(v ^ (kOnes * ' ')) | ZeroBytes(v ^ (kOnes * '\t')); },
      [](uint8_t b) { return b == ' ' || b == '\t'; });
}

}  // namespace amend
