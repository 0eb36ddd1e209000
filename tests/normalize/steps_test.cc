// Each normalization step on a table of inputs and the output a reader expects.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "normalize/steps.h"

namespace amend {
namespace {

namespace data = boost::unit_test::data;

struct Case {
  std::string input;
  std::string expected;
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << '"' << c.input << '"'; }

std::string Run(SpannedText (*step)(const SpannedText&, std::vector<TextEdit>*),
                const std::string& in) {
  std::vector<TextEdit> edits;
  return step(SpannedText::FromOriginal(in), &edits).text();
}

const Case kUtf8[] = {
    {"plain", "plain"},
    {"caf\xC3\xA9", "caf\xC3\xA9"},                    // valid 2-byte
    {"a\xFF" "b", "a\xEF\xBF\xBD" "b"},                 // invalid byte
    {"a\xC3", "a\xEF\xBF\xBD"},                         // truncated at the end
    {"\xE2\x82\x41", "\xEF\xBF\xBD" "A"},               // truncated 3-byte, then A
    {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // surrogate: 3 bad bytes
};
BOOST_DATA_TEST_CASE(utf8_repair, data::make(kUtf8), c) {
  size_t invalid = 0;
  std::vector<TextEdit> edits;
  std::string out = RepairUtf8(SpannedText::FromOriginal(c.input), &edits, &invalid).text();
  BOOST_TEST(out == c.expected);
  BOOST_TEST(invalid == edits.size());
}

const Case kNfc[] = {
    {"Cafe\xCC\x81", "Caf\xC3\xA9"},         // e + combining acute -> é
    {"Caf\xC3\xA9", "Caf\xC3\xA9"},          // already NFC
    {"A\xCC\x8A" "x", "\xC3\x85x"},          // A + ring -> Å
    {"\xEF\xAC\x81", "\xEF\xAC\x81"},        // NFC keeps the ﬁ ligature (NFKC would not)
};
BOOST_DATA_TEST_CASE(nfc, data::make(kNfc), c) { BOOST_TEST(Run(ToNfc, c.input) == c.expected); }

const Case kLigatures[] = {
    {"\xEF\xAC\x81rst", "first"},            // ﬁ
    {"\xEF\xAC\x82ow", "flow"},              // ﬂ
    {"o\xEF\xAC\x80" "er", "offer"},         // ﬀ
    {"o\xEF\xAC\x83" "ce", "office"},        // ﬃ
    {"no ligature", "no ligature"},
};
BOOST_DATA_TEST_CASE(ligatures, data::make(kLigatures), c) {
  BOOST_TEST(Run(ExpandLigatures, c.input) == c.expected);
}

const Case kInvisible[] = {
    {"recon\xC2\xAD" "ciliation", "reconciliation"},       // soft hyphen
    {"zero\xE2\x80\x8Bwidth", "zerowidth"},                 // ZWSP
    {"\xEF\xBB\xBFStart", "Start"},                         // BOM
    {"a\x07" "b\x1B" "c", "abc"},                           // C0 controls
    {"label\tvalue\n", "label\tvalue\n"},                   // TAB and LF are structure
    {"one\r\ntwo\rthree", "one\ntwo\nthree"},               // CR LF and CR
    {"no\xC2\xA0" "break", "no break"},                     // NBSP
    {"a\xC2\x85" "b", "ab"},                                // C1 control (NEL)
};
BOOST_DATA_TEST_CASE(invisible, data::make(kInvisible), c) {
  BOOST_TEST(Run(RemoveInvisible, c.input) == c.expected);
}

const Case kWhitespace[] = {
    {"a   b", "a b"},
    {"  lead and trail  \n", "lead and trail\n"},
    {"label \t value", "label\tvalue"},
    {"label\t\tvalue", "label\tvalue"},
    {"Children/youth\tNo specific mention.\t\n", "Children/youth\tNo specific mention.\n"},
    {"Governance\t\n", "Governance\t\n"},                   // empty value cell kept
    {"Groups\t\t\n", "Groups\t\n"},
    {"a\n\n\n\nb\n", "a\n\nb\n"},                           // blank-line run -> one
    {"\n\na\n", "a\n"},                                     // leading blank lines
    {"a\n\n  \n", "a\n"},                                   // trailing blank lines
    {"a\n \t \nb", "a\n\nb"},
    {"a\n \nb\n  ", "a\n\nb\n"},                          // last line blank, no LF
    {"  \n\t\n", ""},                                     // nothing but blanks
};
BOOST_DATA_TEST_CASE(whitespace, data::make(kWhitespace), c) {
  BOOST_TEST(Run(NormalizeWhitespace, c.input) == c.expected);
}

const Case kResidue[] = {
    // Web controls (seed line "Agreement document").
    {"Agreement document\tAZ_930913_Joint Communique.pdf (opens in new tab) Download PDF\t",
     "Agreement document\tAZ_930913_Joint Communique.pdf\t"},
    {"see file.pdf (opens in a new window)", "see file.pdf"},
    // Popup echo: "Close" + the title of the block, which is an earlier line.
    {"Conflict (1991 -)\n\nBody of text. Close Conflict (1991 -)\n",
     "Conflict (1991 -)\n\nBody of text.\n"},
    // "Close" followed by something that is not an earlier line stays.
    {"Title\nPlease Close the door\n", "Title\nPlease Close the door\n"},
    // Markdown.
    {"State of emergency No specific mention. **provisions**",
     "State of emergency No specific mention. provisions"},
    {"__bold__ text", "bold text"},
    {"snake_case_name stays", "snake_case_name stays"},
    {"Business\tNo specific mention.\n----------\t----------------------\nTaxation\n",
     "Business\tNo specific mention.\n\nTaxation\n"},
    {"|---|:---:|\n", "\n"},
    // Table rules read as characters.
    {"Drugs\tNo specific mention. \xE2\x80\x94__|\n", "Drugs\tNo specific mention.\n"},
    {"\xE2\x80\x94__|\nx", "\nx"},
    {"Conflict (1991 -)", "Conflict (1991 -)"},             // a lone dash is text
    {"pre-negotiation -- done", "pre-negotiation -- done"},
    // Residue on later lines, after lines with a near miss ("(" but no web control), and
    // on a last line without a newline.
    {"a (b)\nx (opens in new tab)\ny (Opens In New Window)", "a (b)\nx\ny"},
    {"  \t\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81  \nvalue\t__a__ and **b**\n", "\nvalue\ta and b\n"},
    {"x \xE2\x94\x83\xE2\x94\x83\nNo specific mention. \xE2\x80\x94__|",
     "x\nNo specific mention."},
};
BOOST_DATA_TEST_CASE(residue, data::make(kResidue), c) {
  BOOST_TEST(Run(RemoveResidue, c.input) == c.expected);
}

BOOST_AUTO_TEST_CASE(residue_edits_point_at_original_bytes) {
  std::string in = "x.pdf (opens in new tab) Download PDF";
  std::vector<TextEdit> edits;
  SpannedText out = RemoveResidue(SpannedText::FromOriginal(in), &edits);
  BOOST_TEST(out.text() == "x.pdf");
  BOOST_REQUIRE(edits.size() == 1u);
  BOOST_TEST(edits[0].original.begin == 5u);
  BOOST_TEST(edits[0].original.end == in.size());
  BOOST_TEST(edits[0].source == "normalize.residue");
}

}  // namespace
}  // namespace amend
