// Text, TSV and hOCR writers on hand-made pages.
#include "ocr/ocr_writers.h"

#include <boost/test/unit_test.hpp>

namespace amend {
namespace {

OcrWord W(std::string text, int l, int t, int w, int h, float conf, int block, int par, int line) {
  return OcrWord{std::move(text), Box{l, t, w, h}, conf, block, par, line};
}

std::vector<OcrPage> TwoPages() {
  OcrPage p1;
  p1.page_number = 1, p1.width = 1000, p1.height = 2000;
  p1.words = {W("Region", 10, 20, 100, 30, 95.5f, 1, 1, 1), W("Europe", 200, 22, 90, 30, 91, 1, 1, 1),
              W("Date", 10, 80, 60, 30, 90, 1, 1, 2), W("A&B<c>", 10, 300, 50, 20, 40, 2, 1, 3)};
  OcrPage p2;
  p2.page_number = 2, p2.width = 1000, p2.height = 2000;
  p2.words = {W("Two", 5, 5, 40, 20, 99, 1, 1, 1)};
  return {p1, p2};
}

BOOST_AUTO_TEST_CASE(TextHasLinesParagraphsAndFormFeeds) {
  BOOST_TEST(FormatText(TwoPages()) == "Region Europe\nDate\n\nA&B<c>\n\fTwo\n\f");
  BOOST_TEST(FormatText({}) == "");
}

BOOST_AUTO_TEST_CASE(TsvMatchesTesseractsColumns) {
  std::string tsv = FormatTsv(TwoPages());
  std::string expected =
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
      "1\t1\t0\t0\t0\t0\t0\t0\t1000\t2000\t-1\t\n"
      "2\t1\t1\t0\t0\t0\t10\t20\t280\t90\t-1\t\n"
      "3\t1\t1\t1\t0\t0\t10\t20\t280\t90\t-1\t\n"
      "4\t1\t1\t1\t1\t0\t10\t20\t280\t32\t-1\t\n"
      "5\t1\t1\t1\t1\t1\t10\t20\t100\t30\t95.500000\tRegion\n"
      "5\t1\t1\t1\t1\t2\t200\t22\t90\t30\t91.000000\tEurope\n"
      "4\t1\t1\t1\t2\t0\t10\t80\t60\t30\t-1\t\n"
      "5\t1\t1\t1\t2\t1\t10\t80\t60\t30\t90.000000\tDate\n"
      "2\t1\t2\t0\t0\t0\t10\t300\t50\t20\t-1\t\n"
      "3\t1\t2\t1\t0\t0\t10\t300\t50\t20\t-1\t\n"
      "4\t1\t2\t1\t1\t0\t10\t300\t50\t20\t-1\t\n"
      "5\t1\t2\t1\t1\t1\t10\t300\t50\t20\t40.000000\tA&B<c>\n"
      "1\t2\t0\t0\t0\t0\t0\t0\t1000\t2000\t-1\t\n"
      "2\t2\t1\t0\t0\t0\t5\t5\t40\t20\t-1\t\n"
      "3\t2\t1\t1\t0\t0\t5\t5\t40\t20\t-1\t\n"
      "4\t2\t1\t1\t1\t0\t5\t5\t40\t20\t-1\t\n"
      "5\t2\t1\t1\t1\t1\t5\t5\t40\t20\t99.000000\tTwo\n";
  BOOST_TEST(tsv == expected);
}

BOOST_AUTO_TEST_CASE(HocrEscapesAndCarriesBoxes) {
  std::string h = FormatHocr(TwoPages(), "a&b.pdf");
  BOOST_TEST(h.find("<title>a&amp;b.pdf</title>") != std::string::npos);
  BOOST_TEST(h.find("A&amp;B&lt;c&gt;</span>") != std::string::npos);
  BOOST_TEST(h.find("title=\"bbox 10 20 110 50; x_wconf 96\">Region</span>") != std::string::npos);
  BOOST_TEST(h.find("bbox 0 0 1000 2000; ppageno 1;") != std::string::npos);  // second page
  BOOST_TEST(h.find("A&B") == std::string::npos);
}

}  // namespace
}  // namespace amend
