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
    BOOST_TEST((*a)[i].image_jpeg.empty());  // page images only when asked for
  }
  BOOST_TEST(FormatTsv(*a) == FormatTsv(*b));  // identical words, boxes and confidences
  BOOST_TEST(calls == 3);
  BOOST_TEST(last_done == 3);
}

// The review report's page images: gray JPEGs at the asked resolution, in the geometry of
// the word boxes; asking for them does not change what is recognized.
BOOST_AUTO_TEST_CASE(KeepsPageImagesOnlyWhenAsked) {
  RecognizeOptions plain;
  plain.jobs = 2;
  RecognizeOptions images = plain;
  images.page_image_dpi = 60;
  StatusOr<std::vector<OcrPage>> a = RecognizeDocument(testing::ScanPath("three.pdf"), plain);
  StatusOr<std::vector<OcrPage>> b = RecognizeDocument(testing::ScanPath("three.pdf"), images);
  BOOST_REQUIRE_MESSAGE(b.ok(), b.status().message());
  BOOST_REQUIRE(a.ok());
  BOOST_TEST(FormatTsv(*a) == FormatTsv(*b));
  for (const OcrPage& page : *b) {
    const std::string& jpeg = page.image_jpeg;
    BOOST_REQUIRE(jpeg.size() > 1000u);
    PixPtr pix(pixReadMem(reinterpret_cast<const l_uint8*>(jpeg.data()), jpeg.size()));
    BOOST_REQUIRE(pix);
    BOOST_TEST(pixGetDepth(pix.get()) == 8);
    BOOST_TEST(std::abs(pixGetWidth(pix.get()) - page.width / 5) <= 1);   // 300 -> 60 DPI
    BOOST_TEST(std::abs(pixGetHeight(pix.get()) - page.height / 5) <= 1);
  }
}

BOOST_AUTO_TEST_CASE(InputErrorsComeBeforeAnyWork) {
  StatusOr<std::vector<OcrPage>> r = RecognizeDocument(testing::ScanPath("no-such.pdf"), {});
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.status().exit_code() == static_cast<int>(StatusCode::kBadInput));
  BOOST_TEST(r.status().message().find("no-such.pdf") != std::string::npos);
}

}  // namespace
}  // namespace amend
