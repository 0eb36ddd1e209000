// Tesseract engine on a real rendered page: structure and ranges, not exact strings.
#include "ocr/tesseract_engine.h"

#include <algorithm>
#include <cctype>

#include <boost/test/unit_test.hpp>

#include "ocr/preprocess.h"
#include "tests/ocr/test_scans.h"

namespace amend {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

struct RecognizedPage {
  RecognizedPage() {
    PixPtr raw = testing::ReadScan("page1.png");
    BOOST_REQUIRE(raw);
    StatusOr<PreprocessedPage> clean = Preprocess(raw.get(), PreprocessOptions{});
    BOOST_REQUIRE(clean.ok());
    StatusOr<std::unique_ptr<TesseractEngine>> engine = TesseractEngine::Create(TesseractOptions{});
    BOOST_REQUIRE_MESSAGE(engine.ok(), engine.status().message());
    StatusOr<OcrPage> p = (*engine)->Recognize(clean->image.get(), 7, 300);
    BOOST_REQUIRE(p.ok());
    page = *p;
    for (const OcrWord& w : page.words) text += Lower(w.text) + " ";
  }
  OcrPage page;
  std::string text;  // lower-cased words joined by spaces
};

BOOST_FIXTURE_TEST_CASE(FindsTheWordsOfThePage, RecognizedPage) {
  BOOST_TEST(page.page_number == 7);
  BOOST_TEST(page.width == 2550);
  BOOST_TEST(page.height == 3300);
  // The sheet has 48 words; allow OCR to split or merge a few.
  BOOST_TEST(page.words.size() >= 40u);
  BOOST_TEST(page.words.size() <= 60u);
  for (const char* expected : {"bishkek", "protocol", "ceasefire", "armenia", "azerbaijan",
                               "eurasia", "multiparty", "05/05/1994", "agreement"}) {
    BOOST_TEST(text.find(expected) != std::string::npos, "missing " << expected << " in: " << text);
  }
}

BOOST_FIXTURE_TEST_CASE(ConfidencesAndBoxesAreSane, RecognizedPage) {
  double sum = 0;
  for (const OcrWord& w : page.words) {
    BOOST_TEST(w.confidence >= 0.0f);
    BOOST_TEST(w.confidence <= 100.0f);
    sum += w.confidence;
    BOOST_TEST(w.box.left >= 0);
    BOOST_TEST(w.box.top >= 0);
    BOOST_TEST(w.box.width > 0);
    BOOST_TEST(w.box.height > 0);
    BOOST_TEST(w.box.right() <= page.width);
    BOOST_TEST(w.box.bottom() <= page.height);
    // 40 px DejaVu at 300 dpi: words are 20..80 px tall (the heading is bigger).
    BOOST_TEST(w.box.height <= 100);
  }
  BOOST_TEST(sum / page.words.size() >= 80.0, "mean confidence " << sum / page.words.size());
}

BOOST_FIXTURE_TEST_CASE(NumbersBlocksParagraphsLines, RecognizedPage) {
  int max_block = 0, prev_line = 0;
  for (const OcrWord& w : page.words) {
    BOOST_TEST(w.block >= 1);
    BOOST_TEST(w.paragraph >= 1);
    BOOST_TEST(w.line >= prev_line);  // page-unique, increasing in reading order
    prev_line = w.line;
    max_block = std::max(max_block, w.block);
  }
  BOOST_TEST(max_block >= 2);
  // Words on one line share a baseline band.
  for (size_t i = 1; i < page.words.size(); ++i) {
    const OcrWord &a = page.words[i - 1], &b = page.words[i];
    if (a.line == b.line) BOOST_TEST(std::abs(a.box.bottom() - b.box.bottom()) <= 30);
  }
}

BOOST_FIXTURE_TEST_CASE(RulesAreNotReadAsText, RecognizedPage) {
  // With rule removal on, no word consists only of rule-like characters.
  int rule_words = 0;
  for (const OcrWord& w : page.words) {
    if (w.text.find_first_not_of("_|-—=~") == std::string::npos) ++rule_words;
  }
  BOOST_TEST(rule_words == 0);
}

BOOST_AUTO_TEST_CASE(MissingLanguageNamesTheDebianPackage) {
  TesseractOptions opt;
  opt.lang = "eng+chi_sim_nope";
  StatusOr<std::unique_ptr<TesseractEngine>> e = TesseractEngine::Create(opt);
  BOOST_REQUIRE(!e.ok());
  BOOST_TEST(e.status().exit_code() == static_cast<int>(StatusCode::kMissingOcrData));
  BOOST_TEST(e.status().message().find("tesseract-ocr-chi-sim-nope") != std::string::npos, e.status().message());
  opt.lang = "eng";
  opt.tessdata = "/nonexistent/tessdata";
  e = TesseractEngine::Create(opt);
  BOOST_REQUIRE(!e.ok());
  BOOST_TEST(e.status().exit_code() == 3);
  BOOST_TEST(e.status().message().find("/nonexistent/tessdata") != std::string::npos);
  BOOST_TEST(e.status().message().find("tesseract-ocr-eng") != std::string::npos);
}

}  // namespace
}  // namespace amend
