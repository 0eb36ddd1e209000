// The dynamic-programming alignment on its own: lines and items as letters.
#include <cctype>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "parse/aligner.h"

namespace amend {
namespace {

namespace bdata = boost::unit_test::data;

struct AlignCase {
  const char* items;  // one letter per item
  const char* lines;  // one letter per line; upper case = a damaged reading of the item
  const char* path;   // M match, I insert, D delete, R repeat
};
std::ostream& operator<<(std::ostream& o, const AlignCase& c) { return o << c.items << " <- " << c.lines; }

const AlignCase kCases[] = {
    {"abc", "abc", "MMM"},          {"abc", "axbc", "MIMM"},       {"abcd", "abd", "MMDM"},
    {"abcd", "xacyd", "IMDMIM"},    {"abc", "abbc", "MMRM"},       {"abc", "aBc", "MMM"},
    {"abc", "", "DDD"},             {"", "xy", "II"},              {"abcde", "ae", "MDDDM"},
};

BOOST_DATA_TEST_CASE(AlignsWithInsertionsDeletionsAndRepeats, bdata::make(kCases), c) {
  std::string items = c.items, lines = c.lines;
  auto match = [&](int i, int j) {
    if (lines[i] == items[j]) return 0.0;
    if (std::tolower(lines[i]) == items[j]) return 0.3;
    return kNoMatch;
  };
  std::vector<AlignStep> path = Align(static_cast<int>(lines.size()), static_cast<int>(items.size()), match,
                                      [](int) { return 0.8; }, AlignCosts{});
  std::string got;
  for (const AlignStep& s : path) got += "MIDR"[static_cast<int>(s.kind)];
  BOOST_TEST(got == c.path);
}

}  // namespace
}  // namespace amend
