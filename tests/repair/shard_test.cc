#include <boost/test/unit_test.hpp>

#include <set>
#include <string>
#include <vector>

#include "pipeline/shard.h"

using amend::InShard;
using amend::ParseShard;
using amend::ShardSpec;

BOOST_AUTO_TEST_CASE(shard_parses_zero_based_k_of_n) {
  auto s = ParseShard("0/4");
  BOOST_REQUIRE(s.ok());
  BOOST_TEST(s->index == 0);
  BOOST_TEST(s->count == 4);
  BOOST_TEST(ParseShard("3/4").ok());
  BOOST_TEST(amend::ShardTag(*s) == "0-of-4");
  BOOST_TEST(amend::ShardTag(ShardSpec{}) == "");
}

BOOST_AUTO_TEST_CASE(shard_refuses_bad_specs_with_a_message_naming_them) {
  struct Case { const char* text; const char* message; };
  const Case cases[] = {
      {"4/4", "--shard 4/4: K must be between 0 and N-1 (K is 0-based)"},
      {"-1/4", "--shard -1/4: K must be between 0 and N-1 (K is 0-based)"},
      {"1/0", "--shard 1/0: N must be between 1 and 1000000"},
      {"1", "--shard 1: expected K/N, e.g. 0/4 (K is 0-based)"},
      {"a/b", "--shard a/b: expected K/N, e.g. 0/4 (K is 0-based)"},
      {"1/4x", "--shard 1/4x: expected K/N, e.g. 0/4 (K is 0-based)"},
      {"", "--shard : expected K/N, e.g. 0/4 (K is 0-based)"},
  };
  for (const Case& c : cases) {
    auto s = ParseShard(c.text);
    BOOST_TEST_CONTEXT(c.text) {
      BOOST_REQUIRE(!s.ok());
      BOOST_TEST(s.status().message() == c.message);
      BOOST_TEST(s.status().exit_code() == 1);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_path_is_in_exactly_one_shard_and_the_parts_are_balanced) {
  const int n = 7;
  std::vector<int> sizes(n, 0);
  for (int i = 0; i < 7000; ++i) {
    std::string path = "dir" + std::to_string(i % 13) + "/pax-" + std::to_string(i) + ".txt";
    int owners = 0;
    for (int k = 0; k < n; ++k) {
      if (InShard(path, ShardSpec{k, n})) {
        ++owners;
        ++sizes[k];
      }
    }
    BOOST_TEST_REQUIRE(owners == 1);
  }
  for (int k = 0; k < n; ++k) BOOST_TEST((sizes[k] > 800 && sizes[k] < 1200), "shard " << k << ": " << sizes[k]);
  BOOST_TEST(InShard("anything", ShardSpec{0, 1}));
}

BOOST_AUTO_TEST_CASE(a_paths_shard_depends_on_the_path_only) {
  // The documented function (FNV-1a 64 of the path's bytes, modulo N), so other tools
  // can compute a file's shard.
  uint64_t h = 14695981039346656037ULL;
  for (char c : std::string("sub/a.txt")) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  for (int n : {2, 3, 10, 1000}) {
    BOOST_TEST(InShard("sub/a.txt", ShardSpec{static_cast<int>(h % n), n}));
  }
}
