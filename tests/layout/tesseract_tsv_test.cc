// ParseTesseractTsv: recorded word boxes in, OcrPages out; malformed input -> one-line error.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "ocr/layout/tesseract_tsv.h"

namespace amend {
namespace {

const std::string kHeader =
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

BOOST_AUTO_TEST_CASE(ParsesPagesWordsAndLines) {
  std::string tsv = kHeader +
                    "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
                    "4\t1\t1\t1\t1\t0\t100\t200\t500\t40\t-1\t\n"
                    "5\t1\t1\t1\t1\t1\t100\t200\t150\t40\t96.5\tCountry/entity\n"
                    "5\t1\t1\t1\t1\t2\t300\t205\t60\t30\t91\t \n"   // a rule read as a blank
                    "5\t1\t1\t1\t2\t1\t700\t200\t120\t38\t90\tSyria\n"
                    "5\t1\t2\t1\t1\t1\t100\t300\t90\t40\t80\tRegion\n";
  StatusOr<std::vector<OcrPage>> pages = ParseTesseractTsv(tsv, "p.tsv", 3, 200);
  BOOST_REQUIRE(pages.ok());
  BOOST_REQUIRE_EQUAL(pages->size(), 1u);
  const OcrPage& p = (*pages)[0];
  BOOST_TEST(p.page_number == 3);
  BOOST_TEST(p.width == 2480);
  BOOST_TEST(p.height == 3508);
  BOOST_TEST(p.dpi == 200);
  BOOST_REQUIRE_EQUAL(p.words.size(), 3u);
  BOOST_TEST(p.words[0].text == "Country/entity");
  BOOST_TEST(p.words[0].box.left == 100);
  BOOST_TEST(p.words[0].box.right() == 250);
  BOOST_TEST(p.words[0].confidence == 96.5f);
  BOOST_TEST(p.words[1].text == "Syria");
  // (block 1, par 1, line 1), (1, 1, 2) and (2, 1, 1) are three different lines.
  BOOST_TEST(p.words[0].line != p.words[1].line);
  BOOST_TEST(p.words[1].line != p.words[2].line);
  BOOST_TEST(p.words[0].line != p.words[2].line);
  BOOST_TEST(p.words[2].block == 2);
}

BOOST_AUTO_TEST_CASE(SeveralPagesInOneFile) {
  std::string tsv = kHeader +
                    "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
                    "5\t1\t1\t1\t1\t1\t1\t1\t10\t10\t90\ta\n"
                    "1\t2\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
                    "5\t2\t1\t1\t1\t1\t1\t1\t10\t10\t90\tb\n";
  StatusOr<std::vector<OcrPage>> pages = ParseTesseractTsv(tsv, "p.tsv");
  BOOST_REQUIRE(pages.ok());
  BOOST_REQUIRE_EQUAL(pages->size(), 2u);
  BOOST_TEST((*pages)[1].page_number == 2);
  BOOST_TEST((*pages)[1].words[0].text == "b");
}

struct BadCase {
  std::string tsv;
  std::string message;
};
std::ostream& operator<<(std::ostream& os, const BadCase& c) { return os << c.message; }

const BadCase kBad[] = {
    {"", "x.tsv:1: empty file (Tesseract TSV header expected)"},
    {"Country/entity\tSyria\n", "x.tsv:1: not a Tesseract TSV (header expected)"},
    {kHeader + "5\t1\t1\n", "x.tsv:2: expected 12 columns, got 3"},
    {kHeader + "1\t1\t0\t0\t0\t0\t0\t0\t9\t9\t-1\t\n5\t1\t1\t1\t1\t1\tleft\t1\t1\t1\t90\ta\n",
     "x.tsv:3: column 7 is not a number: 'left'"},
};

BOOST_DATA_TEST_CASE(MalformedInputIsAOneLineError, boost::unit_test::data::make(kBad), c) {
  StatusOr<std::vector<OcrPage>> pages = ParseTesseractTsv(c.tsv, "x.tsv");
  BOOST_REQUIRE(!pages.ok());
  BOOST_TEST(pages.status().exit_code() == 2);  // StatusCode::kBadInput
  BOOST_TEST(pages.status().message() == c.message);
}

}  // namespace
}  // namespace amend
