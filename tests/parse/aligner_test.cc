// The dynamic-programming alignment on its own: lines and items as letters.
#include <algorithm>
#include <cctype>
#include <random>

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
  auto match = [&](int i, int j, double /*bound*/) {
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

// A bounded match cost may return anything above the bound; Align must find the path of the
// exact costs all the same. Random layouts and texts, against the plain DP over exact costs.
std::vector<AlignStep> PlainDp(int n, int m, const std::vector<double>& cost,
                               const std::vector<double>& del, const AlignCosts& costs) {
  const int w = m + 1;
  std::vector<double> d(static_cast<size_t>(n + 1) * w, kNoMatch);
  std::vector<StepKind> how(d.size(), StepKind::kInsert);
  d[0] = 0;
  for (int i = 0; i <= n; ++i) {
    for (int j = 0; j <= m; ++j) {
      double best = d[i * w + j];
      StepKind kind = how[i * w + j];
      auto consider = [&](double c, StepKind k) {
        if (c < best) best = c, kind = k;
      };
      if (i > 0 && j > 0) consider(d[(i - 1) * w + j - 1] + cost[(i - 1) * m + j - 1], StepKind::kMatch);
      if (i > 0 && j > 0) consider(d[(i - 1) * w + j] + cost[(i - 1) * m + j - 1] + costs.repeat, StepKind::kRepeat);
      if (i > 0) consider(d[(i - 1) * w + j] + costs.insert, StepKind::kInsert);
      if (j > 0) consider(d[i * w + j - 1] + del[j - 1], StepKind::kDelete);
      d[i * w + j] = best;
      how[i * w + j] = kind;
    }
  }
  std::vector<AlignStep> path;
  for (int i = n, j = m; i > 0 || j > 0;) {
    switch (how[i * w + j]) {
      case StepKind::kMatch: path.push_back({StepKind::kMatch, --i, --j}); break;
      case StepKind::kRepeat: path.push_back({StepKind::kRepeat, --i, j - 1}); break;
      case StepKind::kInsert: path.push_back({StepKind::kInsert, --i, -1}); break;
      case StepKind::kDelete: path.push_back({StepKind::kDelete, -1, --j}); break;
    }
  }
  std::reverse(path.begin(), path.end());
  return path;
}

BOOST_AUTO_TEST_CASE(BoundedMatchCostsGiveThePathOfExactOnes) {
  std::mt19937 rng(7);
  int bounded_calls = 0;
  for (int round = 0; round < 300; ++round) {
    const int m = 1 + static_cast<int>(rng() % 40);
    const int n = static_cast<int>(rng() % 50);
    // Items are letters; a line reads as one item (maybe damaged), or is noise. Costs come
    // in steps of 0.05 so that ties happen.
    std::vector<int> item(m), line(n);
    for (int& x : item) x = static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) line[i] = (rng() % 6 == 0) ? -1 : item[(i * m / std::max(n, 1) + rng() % 5) % m];
    std::vector<double> cost(static_cast<size_t>(n) * m), del(m);
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < m; ++j) {
        cost[i * m + j] = line[i] == item[j] ? 0.05 * (rng() % 4) : (rng() % 3 == 0 ? 0.05 * (rng() % 12) : kNoMatch);
      }
    }
    for (double& x : del) x = rng() % 2 ? 0.3 : 0.8;
    AlignCosts costs;
    // Over the bound: just above it, below the real cost (the worst a bound allows).
    auto match = [&](int i, int j, double bound) {
      const double c = cost[i * m + j];
      if (bound != kNoMatch) ++bounded_calls;
      return c <= bound ? c : bound + 1e-3;
    };
    std::vector<AlignStep> got = Align(n, m, match, [&](int j) { return del[j]; }, costs);
    std::vector<AlignStep> want = PlainDp(n, m, cost, del, costs);
    BOOST_REQUIRE_EQUAL(got.size(), want.size());
    for (size_t k = 0; k < got.size(); ++k) {
      BOOST_TEST_CONTEXT("round " << round << " step " << k) {
        BOOST_TEST((got[k].kind == want[k].kind && got[k].line == want[k].line && got[k].item == want[k].item));
      }
    }
  }
  BOOST_TEST(bounded_calls > 0);  // the second pass did run with bounds
}

}  // namespace
}  // namespace amend
