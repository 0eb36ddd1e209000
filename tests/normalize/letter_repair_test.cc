// Words with one l read as i, t, ! or | (or rn read as m), repaired by a word list made for the test.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "normalize/letter_repair.h"

namespace amend {
namespace {

namespace data = boost::unit_test::data;

LetterRepair TestRepair() {
  WordSet words;
  for (const char* w : {"shall", "help", "national", "personnel", "level", "untitled", "stop",
                        "mali", "mall", "sal", "fulfil", "fulfill", "long", "tong", "fill", "fit", "lit", "alt", "holding",
                        "return", "concerned", "government", "results", "melanin", "moth", "international", "ran",
                        "morn", "horns", "hom", "non"}) {
    words.insert(w);
  }
  for (const char* w : {"israeli", "indonesia", "indonesian", "india", "indian", "iran", "iranian", "jaime", "ivan", "bill",
                        "internationale"}) {
    words.insert(w, /*capitalized=*/true);  // listed as "Israeli", ...
  }
  words.insert("bill");  // and as "bill"
  return LetterRepair(std::move(words));
}

struct Case {
  std::string input;
  std::string expected;
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << '"' << c.input << '"'; }

const Case kCases[] = {
    {"They shail refrain", "They shall refrain"},             // i for l
    {"with the heip of", "with the help of"},
    {"a nationa! government", "a national government"},       // ! for l
    {"field personne| are", "field personnel are"},           // | for l
    {"leadership !evel.", "leadership level."},
    {"Untitied Preamble:", "Untitled Preamble:"},              // capitalized, 7 letters or more
    {"Agreement: Resuits of", "Agreement: Results of"},
    {"Dr. Metanin said", "Dr. Metanin said"},                   // a capitalized t: names
    {"Coalition Govemment", "Coalition Government"},           // rn read as m
    {"to retum to", "to return to"},
    {"the concemed level", "the concerned level"},
    {"the concermed level", "the concerned level"},            // n read as m
    {"le nom", "le nom"},                                      // short: foreign words
    {"a moth in Homs", "a moth in Homs"},                      // a word; a short capitalized word
    {"MINISTRY OF GOVEMMENT", "MINISTRY OF GOVEMMENT"},        // no lower-case letter
    {"Col. Sai Hla", "Col. Sai Hla"},
    {"threat to hoiding the", "threat to holding the"},
    {"Mali and a tong", "Mali and a tong"},                   // words: left alone
    {"Stop! Now", "Stop! Now"},                               // '!' after a word
    {"Stop! now", "Stop now"},                                // no sentence ends there
    {"and fulfil! the", "and fulfill the"},                   // '!' for l
    {"Mali! Then", "Mali! Then"},
    {"Laiza Kifrayā", "Laiza Kifrayā"},                       // no word one l away
    {"fiit", "fiit"},                                         // no listed word one l away
    {"www.ait.org/fiit", "www.ait.org/fiit"},                 // address
    {"ag12_aitb.pdf", "ag12_aitb.pdf"},                       // file name
    {"the indonesian military", "the Indonesian military"},   // I read as i
    {"Syrian-lsraeli talks", "Syrian-Israeli talks"},         // I read as l
    {"Martinez jaime Torres", "Martinez Jaime Torres"},       // J read as j
    {"Mouvement [ndia", "Mouvement India"},                   // I read as a bracket
    {"Sr. }aime Torres", "Sr. Jaime Torres"},                 // J read as a brace
    {"|srael", "|srael"},                                     // not listed
    {"the |ndian and", "the Indian and"},                     // ... listed below
    {"a bill of", "a bill of"},                               // listed lower-case too
    {"[sic] and [the parties]", "[sic] and [the parties]"},   // editorial brackets
    {"[ivan", "[ivan"},                                       // bracket and letter
    {"they [ran out] of", "they [ran out] of"},               // closed on its line
    {"the [ranian side", "the Iranian side"},                 // not closed
    {"to [ran.\nThen [a]", "to Iran.\nThen [a]"},             // closed on another line
    {"www.india.org/jaime", "www.india.org/jaime"},           // address
    {"Communauté internationale", "Communauté internationale"},  // a word and one letter
    {"indonesian Conflicts", "Indonesian Conflicts"},         // a name and one letter
};

BOOST_DATA_TEST_CASE(RepairsOnlyNonWordsOneLetterFromAWord, data::make(kCases), c) {
  std::vector<TextEdit> edits;
  SpannedText out = TestRepair().Run(SpannedText::FromOriginal(c.input), &edits);
  BOOST_TEST(out.text() == c.expected);
  BOOST_TEST(edits.size() == (c.input == c.expected ? 0u : 1u));
}

BOOST_AUTO_TEST_CASE(RepeatedLinesAreEachRepaired) {
  // Lines are looked at once per distinct text when left alone; a damaged line is
  // repaired at each of its places, with its own original bytes.
  const std::string in = "They shail go\nMali and a tong\nThey shail go\nMali and a tong";
  std::vector<TextEdit> edits;
  SpannedText out = TestRepair().Run(SpannedText::FromOriginal(in), &edits);
  BOOST_TEST(out.text() == "They shall go\nMali and a tong\nThey shall go\nMali and a tong");
  BOOST_REQUIRE(edits.size() == 2u);
  BOOST_TEST(edits[0].original.begin == in.find("shail"));
  BOOST_TEST(edits[1].original.begin == in.rfind("shail"));
}

BOOST_AUTO_TEST_CASE(OneReadingOnly) {
  LetterRepair r = TestRepair();
  BOOST_TEST(r.Candidate("fiil") == "fill");
  BOOST_TEST(r.Candidate("tit") == "lit");
  BOOST_TEST(LetterRepair({"lit", "til"}).Candidate("tit").empty());  // two readings
  BOOST_TEST(LetterRepair({"lom", "torn"}).Candidate("tom").empty());  // l for t, rn for m
  BOOST_TEST(r.Candidate("Govemment") == "Government");
  BOOST_TEST(r.Candidate("Resuits") == "Results");
  BOOST_TEST(r.Candidate("Resuit").empty());                       // capitalized, 6 letters
  BOOST_TEST(LetterRepair().Candidate("shail").empty());           // no dictionary
}

BOOST_AUTO_TEST_CASE(InitialIOrJOnlyForNamesListedCapitalized) {
  LetterRepair r = TestRepair();
  BOOST_TEST(r.InitialCandidate("indonesian") == "Indonesian");
  BOOST_TEST(r.InitialCandidate("lsraeli") == "Israeli");
  BOOST_TEST(r.InitialCandidate("]aime") == "Jaime");
  BOOST_TEST(r.InitialCandidate("{ndia") == "India");
  BOOST_TEST(r.InitialCandidate("iaime").empty());   // i is no J
  BOOST_TEST(r.InitialCandidate("lndonesiaN").empty());  // not all lower-case after
  BOOST_TEST(r.InitialCandidate("ibill").empty());
  BOOST_TEST(r.InitialCandidate("Israeli").empty());  // right already
  BOOST_TEST(r.InitialCandidate("[the").empty());
  WordSet both;                                       // "Ivan" and "Jvan" both listed
  both.insert("ivan", true);
  both.insert("jvan", true);
  BOOST_TEST(LetterRepair(std::move(both)).InitialCandidate("[van").empty());
  BOOST_TEST(LetterRepair().InitialCandidate("lsraeli").empty());  // no dictionary
}

}  // namespace
}  // namespace amend
