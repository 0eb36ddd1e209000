// The OCR-aware distance and the vocabulary matcher, with the shipped confusion table.
#include <algorithm>

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

// The slow path of the contract: OcrDistance to every entry, the first nearest wins, then
// both thresholds. Match must give the same answers with its shortcuts.
std::optional<Snap> MatchByFullScan(const std::vector<std::string>& entries, std::string_view token,
                                    const SnapOptions& o) {
  Snap best;
  best.distance = 1e9;
  for (const std::string& e : entries) {
    if (e == token) return Snap{e, 0, 1e9};
    // The entry's length in code points (the entries here are valid UTF-8), at least 1.
    double len = static_cast<double>(std::max<size_t>(
        1, std::count_if(e.begin(), e.end(), [](char c) { return (c & 0xC0) != 0x80; })));
    double d = OcrDistance(token, e, Table()) / len;
    if (d < best.distance) {
      best.runner_up = best.distance;
      best.distance = d;
      best.entry = e;
    } else if (d < best.runner_up) {
      best.runner_up = d;
    }
  }
  if (best.entry.empty() || best.distance > o.max_distance || best.runner_up - best.distance < o.margin) {
    return std::nullopt;
  }
  return best;
}

const std::vector<std::string> kLabels = {
    "Region", "Agreement status", "Stage", "Conflict nature", "Agreement/conflict level",
    "Disabled persons", "Elderly/age", "Children/youth", "Migrant workers", "Refugees/displaced persons",
    "Regional or international human rights institutions", "Women, girls and gender", "Prisons and detention",
    "Stage", "cat", "cet", "cut", "Région", ""};

const std::string kTokens[] = {
    "Region", "Regien", "Rcgion", "region", "REGION", "Rgion", "Regionn", "Reg", "Agreemcnt status",
    "Agroement statns", "Agreement/conflict levcl", "Agreernent/conflict level", "Disablcd persons",
    "Disab1ed persons", "Eldorly/age", "Elderly", "Chi1dren/youth", "Mlgrant workers", "Refugees",
    "Refugees/dlsplaced persons", "Regional or international Human rights institutions",
    "Regional or internationa1 human rights institutlons", "Women, girls and gencler",
    "Prisons and detentlon", "cot", "cat", "ct", "c", "", "Régien", "R\xc3gion", "Stagc",
    "Stage\xe2\x86\x92", "completely unrelated text that is long", "x",
    // Confusions that change the length or use rare characters, anagrams of entries (their
    // bags are equal: only the DP tells them apart), and near-ties between entries.
    "Mlgrant vvorkers", "Refugees/dlsp1aced persons", "Agreernent/confiict level", "\xef\xac\x81nal",
    "Wornen, girls and gencler", "noigeR", "Stage Region", "Elderly/agc", "ctu", "cct", "c\xc3\xa9t"};

BOOST_AUTO_TEST_CASE(match_gives_the_answers_of_the_full_scan) {
  const SnapOptions option_sets[] = {
      {}, {0.25, 0}, {0.15, 0.05}, {0.5, 0.1}, {1.0, 0.3}, {0.05, 0.0}, {2.0, 2.0}};
  for (const auto* vocab : {&kLabels, &kRegions}) {
    VocabularyMatcher m(*vocab, Table());
    for (const SnapOptions& o : option_sets) {
      for (const std::string& token : kTokens) {
        BOOST_TEST_CONTEXT("token \"" << token << "\" max_distance " << o.max_distance << " margin "
                                      << o.margin) {
          std::optional<Snap> fast = m.Match(token, o);
          std::optional<Snap> slow = MatchByFullScan(*vocab, token, o);
          std::optional<Snap> cached = m.Match(token, o);  // the second time from the cache
          BOOST_REQUIRE(fast.has_value() == slow.has_value());
          BOOST_REQUIRE(cached.has_value() == slow.has_value());
          if (!fast) continue;
          BOOST_TEST(cached->entry == slow->entry);
          BOOST_TEST(fast->entry == slow->entry);
          BOOST_TEST(fast->distance == slow->distance);  // bit for bit: the same DP
          if (slow->runner_up <= slow->distance + o.margin) {
            BOOST_TEST(fast->runner_up == slow->runner_up);
          } else {
            BOOST_TEST(fast->runner_up > fast->distance + o.margin);
          }
        }
      }
    }
  }
}

// The cache has a fixed number of slots: a long run overwrites them many times, and a slot
// must never answer for another token (or the same token under other options).
BOOST_AUTO_TEST_CASE(answers_stay_right_after_the_cache_slots_are_reused) {
  VocabularyMatcher m(kLabels, Table());
  const SnapOptions loose{0.5, 0.1};
  const SnapOptions strict{0.05, 0.0};
  for (size_t i = 0; i < 3 * VocabularyMatcher::kCacheSlots; ++i) {
    (void)m.Match("Regi" + std::to_string(i), i % 2 ? loose : strict);
  }
  for (const SnapOptions& o : {loose, strict}) {
    for (const std::string& token : kTokens) {
      BOOST_TEST_CONTEXT("token \"" << token << "\" max_distance " << o.max_distance) {
        std::optional<Snap> slow = MatchByFullScan(kLabels, token, o);
        for (int pass = 0; pass < 2; ++pass) {  // the second pass is answered by the cache
          std::optional<Snap> got = m.Match(token, o);
          BOOST_REQUIRE(got.has_value() == slow.has_value());
          if (got) BOOST_TEST(got->entry == slow->entry);
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(bounded_distance_is_exact_up_to_its_bound) {
  // Targets: the labels (prepared); the tokens are also tried as `b` (not prepared). Bounds
  // from 0 to beyond every distance, and each exact distance itself (the edge).
  BoundedOcrDistance bounded(Table(), kLabels);
  int cut = 0;
  for (const std::string& a : kTokens) {
    for (const auto* bs : {&kLabels, &kRegions}) {
      for (const std::string& b : *bs) {
        const double exact = OcrDistance(a, b, Table());
        for (double bound : {0.0, 0.25, 1.0, 2.0, 4.0, exact, 100.0}) {
          BOOST_TEST_CONTEXT("\"" << a << "\" to \"" << b << "\" bound " << bound) {
            const double got = bounded(a, b, bound);
            if (exact <= bound) {
              BOOST_TEST(got == exact);  // bit for bit: the same DP
            } else {
              BOOST_TEST(got > bound);
              cut += got != exact;
            }
          }
        }
      }
    }
  }
  BOOST_TEST(cut > 0);  // some pairs were not computed to the end
}

}  // namespace
}  // namespace amend
