// Value readers: dates, arrows, quotes and codes, no-mention, vocabulary snapping.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "parse/values.h"

namespace amend {
namespace {

namespace bdata = boost::unit_test::data;

struct DateCase {
  const char* text;
  const char* iso;  // "" = unreadable
};
std::ostream& operator<<(std::ostream& o, const DateCase& c) { return o << "'" << c.text << "'"; }

const DateCase kDates[] = {
    {"13 Sep 1993", "1993-09-13"},   {"13 September 1993", "1993-09-13"}, {"Sep 13, 1993", "1993-09-13"},
    {"1993-09-13", "1993-09-13"},    {"13/09/1993", "1993-09-13"},        {"l3 Sep l993", "1993-09-13"},
    {"3 Sept. 1993", "1993-09-03"},  {"13 Septenber 1993", "1993-09-13"}, {"29 Feb 2000", "2000-02-29"},
    {"29 Feb 1900", ""},             {"31 Apr 1993", ""},                  {"13 Sop 1993", ""},
    {"", ""},                        {"unknown", ""},                      {"13 Sep", ""},
    {"1 Jan 1993 extra", ""},
};

BOOST_DATA_TEST_CASE(DatesReadAsIso8601, bdata::make(kDates), c) {
  std::optional<std::string> iso = ParseIsoDate(c.text);
  BOOST_TEST(iso.value_or("") == c.iso);
}

BOOST_AUTO_TEST_CASE(MonthsAreCapitalizedAsPrinted) {
  BOOST_TEST(CapitalizeMonths("9 jun 2023") == "9 Jun 2023");
  BOOST_TEST(CapitalizeMonths("13 SEPTEMBER 1993") == "13 September 1993");
  BOOST_TEST(CapitalizeMonths("3 sept. 1993") == "3 Sept. 1993");
  BOOST_TEST(CapitalizeMonths("13 Sep 1993") == "13 Sep 1993");
  BOOST_TEST(CapitalizeMonths("13/09/1993") == "13/09/1993");
  BOOST_TEST(CapitalizeMonths("ju 1993") == "ju 1993");  // too short to be a month
}

struct ArrowCase {
  const char* text;
  const char* want;
};
std::ostream& operator<<(std::ostream& o, const ArrowCase& c) { return o << "'" << c.text << "'"; }

const ArrowCase kArrows[] = {
    {"Groups->Children", "Groups\u2192Children"},
    {"Groups -> Children", "Groups\u2192Children"},
    {"Groups\u2014>Children", "Groups\u2192Children"},
    {"Groups\u2013>Children", "Groups\u2192Children"},
    {"Groups=>Children", "Groups\u2192Children"},
    {"Groups-->Children", "Groups\u2192Children"},
    {"Groups\u2192Children\u2192Rhetorical", "Groups\u2192Children\u2192Rhetorical"},
    {"Inter-group", "Inter-group"},
};

BOOST_DATA_TEST_CASE(ArrowVariantsBecomeOneArrow, bdata::make(kArrows), c) {
  BOOST_TEST(NormalizeArrows(c.text) == c.want);
}

struct SplitCase {
  const char* value;
  const char* codes;   // joined with ";"
  const char* quotes;  // "page:text" joined with "|"
};
std::ostream& operator<<(std::ostream& o, const SplitCase& c) { return o << "'" << c.value << "'"; }

const SplitCase kSplits[] = {
    {"Page 1:Agreeing that", "", "1:Agreeing that"},
    {"G\u2192R\u2192Rhetorical Page 1:abc", "G\u2192R\u2192Rhetorical", "1:abc"},
    {"G\u2192R\u2192Other Page 1:one. Page 2: two.", "G\u2192R\u2192Other", "1:one.|2:two."},
    {"G\u2192R\u2192A G\u2192R\u2192B Page 3:q", "G\u2192R\u2192A;G\u2192R\u2192B", "3:q"},
    {"G -> R -> A", "G\u2192R\u2192A", ""},
    // Arrows OCR misread (">", "-", an em dash) still separate paths; a section name inside a
    // path without an arrow after it ("Other section members") does not start one.
    {"G>R-A G>R>B G\u2014R>C Page 2:q", "G>R-A;G>R>B;G\u2014R>C", "2:q"},
    {"G\u2192R\u2192Talks with Other section members", "G\u2192R\u2192Talks with Other section members", ""},
    {"Page 12 : text with Page in it", "", "12:text with Page in it"},
    {"Page 1:a  b\tc", "", "1:a b c"},
    {"Page l:misread one Page 1O:ten", "", "1:misread one|10:ten"},
    {"Page lists: not a quote", "Page lists: not a quote", ""},
};

BOOST_DATA_TEST_CASE(RowValuesSplitIntoCodesAndQuotes, bdata::make(kSplits), c) {
  RowValue v = SplitRowValue(c.value, {"G", "Other section"}, "Page");
  std::string codes, quotes;
  for (const std::string& s : v.codes) codes += (codes.empty() ? "" : ";") + s;
  for (const Quote& q : v.quotes) quotes += (quotes.empty() ? "" : "|") + std::to_string(q.page) + ":" + q.text;
  BOOST_TEST(codes == c.codes);
  BOOST_TEST(quotes == c.quotes);
}

struct NoMentionCase {
  const char* value;
  int edits;  // -1: not the phrase
};
std::ostream& operator<<(std::ostream& o, const NoMentionCase& c) { return o << "'" << c.value << "'"; }

const NoMentionCase kNoMention[] = {
    {"No specific mention.", 0}, {"o specific mention.", 1}, {"No  specific\tmention.", 0},
    {"No speciflc mentlon", 3},  {"Page 1:No specific", -1}, {"", -1},
};

BOOST_DATA_TEST_CASE(NoMentionIsRecognizedThroughDamage, bdata::make(kNoMention), c) {
  std::optional<int> e = NoMentionEdits(c.value, "No specific mention.");
  BOOST_TEST(e.value_or(-1) == c.edits);
}

BOOST_AUTO_TEST_CASE(VocabularySnapsCloseValuesOnly) {
  std::vector<std::string> vocab = {"Intrastate/intrastate conflict", "Intrastate/local conflict"};
  Snapped a = SnapToVocabulary("Intractate /intractate conflict", vocab, PlainLevenshtein);
  BOOST_TEST(a.value == "Intrastate/intrastate conflict");
  BOOST_TEST(a.changed);
  Snapped b = SnapToVocabulary(" Intrastate/local conflict ", vocab, PlainLevenshtein);
  BOOST_TEST(b.value == "Intrastate/local conflict");
  BOOST_TEST(!b.changed);
  Snapped c = SnapToVocabulary("Something else entirely", vocab, PlainLevenshtein);
  BOOST_TEST(c.value == "Something else entirely");
  BOOST_TEST(!c.known);
}

}  // namespace
}  // namespace amend
