#include "ocr/input_format.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <string>

namespace amend {
namespace {

struct Case {
  std::string bytes;
  InputFormat expected;
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << InputFormatName(c.expected); }

const Case kCases[] = {
    {"%PDF-1.7\n%\xe2\xe3\n1 0 obj", InputFormat::kPdf},
    {"\r\n\r\n%PDF-1.4 with junk before the header", InputFormat::kPdf},
    {"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", InputFormat::kPng},
    {std::string("II*\0\x08\0\0\0", 8), InputFormat::kTiff},
    {std::string("MM\0*\0\0\0\x08", 8), InputFormat::kTiff},
    {"\xff\xd8\xff\xe0\0\x10JFIF", InputFormat::kJpeg},
    {"", InputFormat::kUnknown},
    {"hello, this is text", InputFormat::kUnknown},
    {"\x89PNX\r\n\x1a\n", InputFormat::kUnknown},
    {"GIF89a", InputFormat::kUnknown},
};

BOOST_DATA_TEST_CASE(DetectsFormatFromContent, boost::unit_test::data::make(kCases), c) {
  BOOST_TEST(std::string(InputFormatName(DetectInputFormat(c.bytes))) == InputFormatName(c.expected));
}

}  // namespace
}  // namespace amend
