// Line-end hyphens decided by word lists. The small lists here are made for the test;
// one case reads the system dictionary and skips when it is absent.
#include <filesystem>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "normalize/dehyphenate.h"
#include "normalize/normalize.h"

namespace amend {
namespace {

namespace data = boost::unit_test::data;

Dehyphenator TestDehyphenator() {
  WordLists lists;
  for (const char* w : {"reconciliation", "long", "standing", "cooperation", "territory"}) {
    lists.dictionary.insert(w);
  }
  lists.compounds.insert("nagorno-karabakh");
  return Dehyphenator(std::move(lists));
}

struct Case {
  std::string input;
  std::string expected;
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << '"' << c.input << '"'; }

const Case kCases[] = {
    {"a long-\nstanding dispute", "a long-standing dispute"},
    {"Nagorno-\nKarabakh", "Nagorno-Karabakh"},
    {"toward recon-\nciliation now", "toward reconciliation now"},
    {"the Nagorno- Karabakh problem", "the Nagorno-Karabakh problem"},   // seed, Ceasefire row
    {"recon- ciliation", "reconciliation"},
    {"pre- and post-war", "pre- and post-war"},             // legitimate suspended hyphen
    {"Conflict (1991 -)\nNext", "Conflict (1991 -)\nNext"},  // no word before the hyphen
    {"status quo-\nInterim\tYes", "status quo-\nInterim\tYes"},  // capital: maybe a new row
    {"terri-\ntory", "territory"},
};

BOOST_DATA_TEST_CASE(decides_by_word_lists, data::make(kCases), c) {
  Dehyphenator d = TestDehyphenator();
  std::vector<TextEdit> edits;
  BOOST_TEST(d.Run(SpannedText::FromOriginal(c.input), &edits).text() == c.expected);
}

BOOST_AUTO_TEST_CASE(without_dictionary_broken_words_keep_their_hyphen) {
  WordLists lists;
  lists.compounds.insert("nagorno-karabakh");
  Dehyphenator d(std::move(lists));
  BOOST_TEST(!d.has_dictionary());
  std::vector<TextEdit> edits;
  BOOST_TEST(d.Run(SpannedText::FromOriginal("recon-\nciliation"), &edits).text() ==
             "recon-ciliation");
  BOOST_TEST(d.Run(SpannedText::FromOriginal("Nagorno-\nKarabakh"), &edits).text() ==
             "Nagorno-Karabakh");
}

BOOST_AUTO_TEST_CASE(missing_dictionary_is_a_diagnostic_not_an_error) {
  NormalizeOptions o;
  o.dictionary_path = "/nonexistent/words";
  Normalizer n(o);
  BOOST_REQUIRE(n.load_diagnostics().size() == 1u);
  BOOST_TEST(n.load_diagnostics()[0] ==
             "/nonexistent/words: word list not found (install Debian package wamerican); "
             "line-end hyphens are only joined for listed compounds");
  BOOST_TEST(n.Run(SpannedText::FromOriginal("a  b")).text.text() == "a b");
}

BOOST_AUTO_TEST_CASE(system_dictionary_joins_real_words) {
  if (!std::filesystem::exists("/usr/share/dict/words")) {
    BOOST_TEST_MESSAGE("skipped: /usr/share/dict/words absent (Debian package wamerican)");
    return;
  }
  Normalizer n{NormalizeOptions{}};
  std::string out = n.Run(SpannedText::FromOriginal(
                              "toward recon-\nciliation and a long-\nstanding Nagorno-\nKarabakh "
                              "dispute\n")).text.text();
  BOOST_TEST(out == "toward reconciliation and a long-standing Nagorno-Karabakh dispute\n");
}

BOOST_AUTO_TEST_CASE(whole_pipeline_reports_invalid_utf8_and_maps_back) {
  Normalizer n{NormalizeOptions{}};
  std::string in = "Region\t\xFF" "Europe  and Eurasia\t\n";
  NormalizeResult r = n.Run(SpannedText::FromOriginal(in));
  BOOST_TEST(r.text.text() == "Region\t\xEF\xBF\xBD" "Europe and Eurasia\n");
  bool reported = false;
  for (const std::string& d : r.diagnostics) {
    reported = reported || d == "1 invalid UTF-8 sequence(s) replaced with U+FFFD";
  }
  BOOST_TEST(reported);
  // "Eurasia" in the output maps back to its bytes in the input.
  size_t at = r.text.text().find("Eurasia");
  ByteSpan o = r.text.Origin(at, at + 7);
  BOOST_TEST(in.substr(o.begin, o.end - o.begin) == "Eurasia");
}

}  // namespace
}  // namespace amend
