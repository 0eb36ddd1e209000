#define BOOST_TEST_MODULE clean_text
// pipeline/clean_text.h and pipeline/trace.h: normalization + rules, and the JSON Lines
// trace with page/box lookup through SheetText spans.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "pipeline/clean_text.h"
#include "pipeline/trace.h"

namespace amend {
namespace {

CleanOptions TestOptions() {
  CleanOptions o;
  o.rules.default_packs = false;
  o.rules.dirs = {AMEND_SOURCE_DIR "/tests/rules/data/good"};
  return o;
}

BOOST_AUTO_TEST_CASE(normalizes_then_applies_rules_then_tidies) {
  StatusOr<TextCleaner> cleaner = TextCleaner::Create(TestOptions());
  BOOST_REQUIRE(cleaner.ok());
  std::string in = "Agroomont/conflict\tIntractate  \n\na ee eee\n\nRegion\tEuropo and Eurasia\n";
  CleanResult r = cleaner->Clean(in);
  BOOST_TEST(r.text.text() == "Agreement/conflict\tIntrastate\n\nRegion\tEurope and Eurasia\n");
  // Every edit's original span lies in the input and covers what it says it replaced,
  // for edits made on bytes still as they were in the input.
  for (const TextEdit& e : r.edits) {
    BOOST_TEST(e.original.end <= in.size());
    if (e.source == "agreement-e-as-o") {
      BOOST_TEST(in.substr(e.original.begin, e.original.end - e.original.begin) == "Agroomont");
    }
  }
}

BOOST_AUTO_TEST_CASE(without_recorded_edits_the_text_and_its_map_are_the_same) {
  CleanOptions quiet = TestOptions();
  quiet.record_edits = false;
  StatusOr<TextCleaner> with = TextCleaner::Create(TestOptions());
  StatusOr<TextCleaner> without = TextCleaner::Create(quiet);
  BOOST_REQUIRE(with.ok());
  BOOST_REQUIRE(without.ok());
  std::string in = "Agroomont/conflict\tIntractate  \n\na ee eee\n\nRegion\tEuropo and Eurasia\n";
  CleanResult a = with->Clean(in), b = without->Clean(in);
  BOOST_TEST(!a.edits.empty());
  BOOST_TEST(b.edits.empty());
  BOOST_REQUIRE(b.text.text() == a.text.text());
  for (size_t i = 0; i <= a.text.size(); ++i) {
    ByteSpan x = a.text.Origin(i, a.text.size()), y = b.text.Origin(i, a.text.size());
    BOOST_TEST(y.begin == x.begin);
    BOOST_TEST(y.end == x.end);
  }
  BOOST_TEST(b.stats.hits == a.stats.hits);
}

BOOST_AUTO_TEST_CASE(bad_pack_is_a_rule_error) {
  CleanOptions o = TestOptions();
  o.rules.dirs = {AMEND_SOURCE_DIR "/tests/rules/data/bad"};
  StatusOr<TextCleaner> cleaner = TextCleaner::Create(o);
  BOOST_TEST(cleaner.status().exit_code() == 4);
}

BOOST_AUTO_TEST_CASE(trace_has_page_and_box_when_spans_are_given) {
  TextEdit e;
  e.source = "agreement-e-as-o";
  e.stage = "words";
  e.pack_file = "p.toml";
  e.pack_line = 7;
  e.original = {19, 28};
  e.after = {19, 28};
  e.text_before = "Agroomont";
  e.text_after = "Agreement";
  std::vector<SheetSpan> spans = {
      {0, 7, 1, Box{10, 10, 50, 20}},
      {19, 9, 2, Box{100, 200, 80, 20}},   // the word edited, on page 2
      {29, 5, 2, Box{190, 198, 40, 24}},
  };
  nlohmann::json j = nlohmann::json::parse(TraceJsonLines({e}, &spans));
  BOOST_TEST(j["rule"] == "agreement-e-as-o");
  BOOST_TEST(j["pack"] == "p.toml:7");
  BOOST_TEST(j["original"][0] == 19);
  BOOST_TEST(j["page"] == 2);
  BOOST_TEST(j["box"] == nlohmann::json::parse("[100,200,80,20]"));
  // Without spans there is no page or box; normalization edits have no pack.
  e.pack_file.clear();
  nlohmann::json k = nlohmann::json::parse(TraceJsonLines({e}, nullptr));
  BOOST_TEST(k["pack"].is_null());
  BOOST_TEST(!k.contains("page"));
}

BOOST_AUTO_TEST_CASE(box_is_the_union_of_overlapping_words_on_the_first_page) {
  std::vector<SheetSpan> spans = {
      {0, 5, 1, Box{10, 10, 50, 20}},
      {6, 5, 1, Box{70, 12, 40, 22}},
      {12, 5, 2, Box{0, 0, 5, 5}},
  };
  std::optional<PageBox> pb = FindPageBox(spans, {2, 14});
  BOOST_REQUIRE(pb.has_value());
  BOOST_TEST(pb->page == 1);
  BOOST_TEST(pb->box.left == 10);
  BOOST_TEST(pb->box.right() == 110);
  BOOST_TEST(pb->box.bottom() == 34);
  BOOST_TEST(!FindPageBox(spans, {5, 6}).has_value());  // the space between words
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_a_trace_is_written_as_replacement_characters) {
  TextEdit e;
  e.source = "normalize.utf8";
  e.text_before = "\xFF";
  e.text_after = "\xEF\xBF\xBD";
  std::string line = TraceJsonLines({e}, nullptr);
  nlohmann::json j = nlohmann::json::parse(line);
  BOOST_TEST(j["before"] == "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace amend
