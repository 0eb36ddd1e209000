// The OCR-aware distance and the vocabulary matcher, with the shipped confusion table.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "rules/ocr_distance.h"

namespace amend {
namespace {

namespace data = boost::unit_test::data;

const ConfusionTable& Table() {
  static const ConfusionTable table = [] {
    StatusOr<ConfusionTable> t = LoadConfusionTable(AMEND_SOURCE_DIR "/rules/data/confusions.tsv");
    BOOST_REQUIRE(t.ok());
    return *t;
  }();
  return table;
}

struct Case {
  std::string a;
  std::string b;
  double distance;
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.a << "/" << c.b; }

// Costs from rules/data/confusions.tsv: o/e 0.3, rn/m 0.3, l/1 0.2, cl/d 0.3, c/s 0.4.
const Case kCases[] = {
    {"Agreement", "Agreement", 0.0},
    {"Agroomont", "Agreement", 0.9},   // three o for e
    {"rnention", "mention", 0.3},      // rn -> m, one confusion of two characters
    {"mention", "rnention", 0.3},      // symmetric
    {"1ist", "list", 0.2},
    {"clone", "done", 0.3},            // cl -> d
    {"Intractate", "Intrastate", 0.4}, // c -> s
    {"xyz", "pqw", 3.0},               // no confusion: plain substitutions
    {"abc", "ab", 1.0},                // a deletion
    {"Region", "region", 0.2},         // case only
    {"", "ab", 2.0},
};

BOOST_DATA_TEST_CASE(distance, data::make(kCases), c) {
  BOOST_TEST(OcrDistance(c.a, c.b, Table()) == c.distance, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(confusions_cost_less_than_plain_edits) {
  BOOST_TEST(OcrDistance("Agroomont", "Agreement", Table()) < OcrDistance("Agxxxmxnt", "Agreement", Table()));
}

BOOST_AUTO_TEST_CASE(bad_confusion_lines_are_reported_with_their_line) {
  StatusOr<ConfusionTable> t = ParseConfusionTable("# c\no\te\t0.3\nrn\tm\n", "c.tsv");
  BOOST_TEST(t.status().message() == "c.tsv:3: expected from<TAB>to<TAB>cost");
  t = ParseConfusionTable("o\te\tcheap\n", "c.tsv");
  BOOST_TEST(t.status().message() == "c.tsv:1: bad cost \"cheap\" (expected a number >= 0)");
}

const std::vector<std::string> kRegions = {"Africa (excl MENA)", "Americas", "Asia and Pacific",
                                           "Europe and Eurasia", "Middle East and North Africa"};

struct SnapCase {
  std::string token;
  std::string expected;  // empty: no snap
};
std::ostream& operator<<(std::ostream& os, const SnapCase& c) { return os << c.token; }

const SnapCase kSnaps[] = {
    {"Europe and Eurasia", "Europe and Eurasia"},  // exact
    {"Europo and Eurasia", "Europe and Eurasia"},
    {"Arnericas", "Americas"},                     // rn/m
    {"Asia and Paciflc", "Asia and Pacific"},      // i/l
    {"Antarctica", ""},                            // nothing close
    {"", ""},
};

BOOST_DATA_TEST_CASE(vocabulary_snap, data::make(kSnaps), c) {
  VocabularyMatcher m(kRegions, Table());
  std::optional<Snap> s = m.Match(c.token, SnapOptions{});
  BOOST_TEST((s ? s->entry : std::string()) == c.expected);
}

BOOST_AUTO_TEST_CASE(ambiguous_snap_is_refused_by_the_margin) {
  // "cot" is 0.4/3 from "cat" (o/a) and 0.3/3 from "cet" (o/e): too close to choose.
  VocabularyMatcher m({"cat", "cet"}, Table());
  SnapOptions o;
  BOOST_TEST(!m.Match("cot", o).has_value());
  o.margin = 0;
  std::optional<Snap> s = m.Match("cot", o);
  BOOST_REQUIRE(s.has_value());
  BOOST_TEST(s->entry == "cet");
  BOOST_TEST(s->distance == 0.1, boost::test_tools::tolerance(1e-9));
}

}  // namespace
}  // namespace amend
