// A fast hash of short byte strings (words, lines) for the hash tables on the hot path
// (WordSet, ViewSet): eight bytes per multiply, where std::hash<std::string_view>
// (MurmurHash2) was a tenth of the dictionary lookups' cost. Not for untrusted keys where
// collisions could be forced: it is not seeded.
//
//   uint64_t h = HashBytes("reconciliation");
//
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace amend {

inline uint64_t HashBytes(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t h = s.size() * kMul;
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * kMul;
  }
  // Final mix: every input bit reaches the low bits that a power-of-two table uses.
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ULL;
  h ^= h >> 32;
  return h;
}

}  // namespace amend
