// HashBytes spreads keys over the low bits a power-of-two table uses, for the kinds of
// keys it hashes: words that differ in one letter, lines that differ only in their tail.
#include <string>
#include <unordered_set>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "base/byte_hash.h"

namespace amend {
namespace {

// The largest number of keys that fall into one of `buckets` (a power of two) buckets.
size_t FullestBucket(const std::vector<std::string>& keys, size_t buckets) {
  std::vector<size_t> load(buckets);
  size_t most = 0;
  for (const std::string& k : keys) most = std::max(most, ++load[HashBytes(k) & (buckets - 1)]);
  return most;
}

BOOST_AUTO_TEST_CASE(byte_hash_spreads_similar_keys) {
  std::vector<std::string> words, lines;
  for (int i = 0; i < 65536; ++i) {
    std::string w = "w";
    for (int v = i; v > 0; v /= 26) w += static_cast<char>('a' + v % 26);
    words.push_back(w);
    lines.push_back("Page 12: the parties shall refrain from any act of violence " +
                    std::to_string(i));
  }
  // 65,536 keys in 65,536 buckets: a uniform hash puts at most ~10 in one (a hash of the
  // length alone, or of the first 8 bytes, would put thousands there).
  BOOST_TEST(FullestBucket(words, 65536) <= 12u);
  BOOST_TEST(FullestBucket(lines, 65536) <= 12u);
  std::unordered_set<uint64_t> distinct;
  for (const std::string& l : lines) distinct.insert(HashBytes(l));
  BOOST_TEST(distinct.size() == lines.size());
  BOOST_TEST(HashBytes("") != HashBytes(std::string_view("\0", 1)));  // length counts
  BOOST_TEST(HashBytes("abc") == HashBytes(std::string("xabc").substr(1)));
}

}  // namespace
}  // namespace amend
