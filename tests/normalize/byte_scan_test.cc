// The eight-bytes-at-a-time scans (normalize/byte_scan.h) against plain byte loops, on
// random texts that mix ASCII, controls, DEL and UTF-8 bytes, from every start offset.
#include <random>
#include <string>

#include <boost/test/unit_test.hpp>

#include "normalize/byte_scan.h"

namespace amend {
namespace {

template <typename Stop>
size_t Naive(std::string_view s, size_t i, Stop stop) {
  while (i < s.size() && !stop(static_cast<uint8_t>(s[i]))) ++i;
  return i;
}

BOOST_AUTO_TEST_CASE(scans_agree_with_byte_loops) {
  std::mt19937 rng(7);
  // Mostly letters, so that runs cross several 8-byte windows before a stop byte.
  const std::string common = "abcdefghijklmnopqrstuvwxyzABC.,;0123456789";
  const uint8_t rare[] = {' ',  '\t', '\n', '\r', 0x00, 0x01, 0x1F, 0x20,
                          0x7E, 0x7F, 0x80, 0xC3, 0xA9, 0xEF, 0xFF};
  int checked = 0;
  for (int round = 0; round < 300; ++round) {
    std::string s;
    size_t n = rng() % 70;
    int rarity = 2 + static_cast<int>(rng() % 30);
    for (size_t k = 0; k < n; ++k) {
      s += (static_cast<int>(rng() % rarity) == 0) ? static_cast<char>(rare[rng() % sizeof rare])
                                                   : common[rng() % common.size()];
    }
    for (size_t i = 0; i <= s.size(); ++i) {
      BOOST_TEST(SkipAscii(s, i) == Naive(s, i, [](uint8_t b) { return b >= 0x80; }));
      BOOST_TEST(SkipPrintableAscii(s, i) ==
                 Naive(s, i, [](uint8_t b) { return b < 0x20 || b >= 0x7F; }));
      BOOST_TEST(FindBlank(s, i) == Naive(s, i, [](uint8_t b) { return b == ' ' || b == '\t'; }));
      ++checked;
    }
  }
  BOOST_TEST(checked > 5000);
}

BOOST_AUTO_TEST_CASE(scans_stop_at_the_boundary_bytes) {
  // 0x1F and 0x7F stop the printable scan, 0x20 and 0x7E do not; 0x80 stops SkipAscii.
  BOOST_TEST(SkipPrintableAscii("abcdefgh ~ijklmn\x1Fz", 0) == 16u);
  BOOST_TEST(SkipPrintableAscii("abcdefghijkl\x7F", 0) == 12u);
  BOOST_TEST(SkipAscii("abcdefghij\x7F\xC3\xA9", 0) == 11u);
  BOOST_TEST(FindBlank("abcdefghijklmnop\tq", 3) == 16u);
  BOOST_TEST(FindBlank("abcdefghijklmnopq", 0) == 17u);  // none: the end
}

}  // namespace
}  // namespace amend
