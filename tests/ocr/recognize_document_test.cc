// Whole documents: page order and identical results for any number of jobs.
#include "ocr/recognize_document.h"

#include <boost/test/unit_test.hpp>

#include "ocr/ocr_writers.h"
#include "tests/ocr/test_scans.h"

namespace amend {
namespace {

// The text of the page's first line (make_scan.py writes "Page N Agreement coding sheet").
std::string FirstLine(const OcrPage& page) {
  std::string s;
  for (const OcrWord& w : page.words) {
    if (w.line != page.words.front().line) break;
    s += w.text + " ";
  }
  return s;
}

BOOST_AUTO_TEST_CASE(PagesInOrderAndSameForAnyJobs) {
  RecognizeOptions one;
  one.jobs = 1;
  RecognizeOptions two = one;
  two.jobs = 2;
  int calls = 0, last_done = 0;
  two.progress = [&](int done, int total) { ++calls; last_done = done; BOOST_TEST(total == 3); };
  StatusOr<std::vector<OcrPage>> a = RecognizeDocument(testing::ScanPath("three.pdf"), one);
  StatusOr<std::vector<OcrPage>> b = RecognizeDocument(testing::ScanPath("three.pdf"), two);
  BOOST_REQUIRE_MESSAGE(a.ok(), a.status().message());
  BOOST_REQUIRE_MESSAGE(b.ok(), b.status().message());
  BOOST_REQUIRE(a->size() == 3u);
  for (int i = 0; i < 3; ++i) {
    BOOST_TEST((*a)[i].page_number == i + 1);
    BOOST_TEST(FirstLine((*a)[i]).find("Page " + std::to_string(i + 1)) == 0, FirstLine((*a)[i]));
    BOOST_TEST((*a)[i].dpi == 300);
    BOOST_TEST(!(*a)[i].rules.empty());
  }
  BOOST_TEST(FormatTsv(*a) == FormatTsv(*b));  // identical words, boxes and confidences
  BOOST_TEST(calls == 3);
  BOOST_TEST(last_done == 3);
}

BOOST_AUTO_TEST_CASE(InputErrorsComeBeforeAnyWork) {
  StatusOr<std::vector<OcrPage>> r = RecognizeDocument(testing::ScanPath("no-such.pdf"), {});
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.status().exit_code() == static_cast<int>(StatusCode::kBadInput));
  BOOST_TEST(r.status().message().find("no-such.pdf") != std::string::npos);
}

}  // namespace
}  // namespace amend
