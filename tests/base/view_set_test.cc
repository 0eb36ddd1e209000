// ViewSet: membership by content, whatever buffer a view points into, across growth.
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "base/view_set.h"

namespace amend {
namespace {

BOOST_AUTO_TEST_CASE(view_set_finds_equal_content_in_other_buffers) {
  const std::string text = "Region\tEurope\nRegion\tAfrica\nRegion\tEurope\n";
  ViewSet s;
  BOOST_TEST(!s.contains("Region\tEurope"));
  s.insert(std::string_view(text).substr(0, 13));   // "Region\tEurope"
  s.insert(std::string_view(text).substr(28, 13));  // the same line again: no new entry
  BOOST_TEST(s.size() == 1u);
  const std::string other = "Region\tEurope";
  BOOST_TEST(s.contains(other));
  BOOST_TEST(!s.contains("Region\tAfrica"));
  BOOST_TEST(!s.contains("Region\tEurop"));  // a prefix is another line
  BOOST_TEST(!s.contains(""));
  s.insert(std::string_view());  // a default view: the empty line, which is a line too
  BOOST_TEST(s.size() == 2u);
  BOOST_TEST(s.contains(""));
}

BOOST_AUTO_TEST_CASE(view_set_keeps_every_view_while_growing) {
  std::vector<std::string> lines;
  for (int i = 0; i < 5000; ++i) lines.push_back("Page " + std::to_string(i) + ": text");
  ViewSet s;
  for (const std::string& l : lines) s.insert(l);
  BOOST_TEST(s.size() == 5000u);
  int found = 0, strays = 0;
  for (const std::string& l : lines) found += s.contains(l);
  for (int i = 5000; i < 10000; ++i) strays += s.contains("Page " + std::to_string(i) + ": text");
  BOOST_TEST(found == 5000);
  BOOST_TEST(strays == 0);
}

}  // namespace
}  // namespace amend
