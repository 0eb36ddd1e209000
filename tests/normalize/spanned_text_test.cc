#define BOOST_TEST_MODULE normalize
#include <boost/test/unit_test.hpp>

#include "normalize/spanned_text.h"

namespace amend {
namespace {

BOOST_AUTO_TEST_CASE(identity_map_points_at_the_same_bytes) {
  SpannedText t = SpannedText::FromOriginal("abcdef");
  BOOST_TEST(t.Origin(2, 4).begin == 2u);
  BOOST_TEST(t.Origin(2, 4).end == 4u);
  BOOST_TEST(t.Origin(6, 6).begin == 6u);
}

BOOST_AUTO_TEST_CASE(replacement_bytes_map_to_the_whole_replaced_range) {
  SpannedText t = SpannedText::FromOriginal("xx\xEF\xAC\x81yy");  // "xxﬁyy"
  SpannedTextBuilder b(t, "test");
  b.Replace(2, 5, "fi");
  SpannedText out = b.Finish();
  BOOST_TEST(out.text() == "xxfiyy");
  BOOST_TEST(out.Origin(2, 3).begin == 2u);
  BOOST_TEST(out.Origin(2, 3).end == 5u);
  BOOST_TEST(out.Origin(4, 6).begin == 5u);  // "yy" after the ligature
  BOOST_TEST(out.Origin(4, 6).end == 7u);
  BOOST_REQUIRE(b.edits().size() == 1u);
  BOOST_TEST(b.edits()[0].text_before == "\xEF\xAC\x81");
  BOOST_TEST(b.edits()[0].after.begin == 2u);
  BOOST_TEST(b.edits()[0].after.end == 4u);
}

BOOST_AUTO_TEST_CASE(maps_compose_across_steps) {
  SpannedText t = SpannedText::FromOriginal("a  b\tc");
  SpannedTextBuilder b1(t, "one");
  b1.Replace(1, 3, " ");  // "a b\tc"
  SpannedText t1 = b1.Finish();
  SpannedTextBuilder b2(t1, "two");
  b2.Replace(0, 1, "");   // " b\tc"
  SpannedText t2 = b2.Finish();
  BOOST_TEST(t2.text() == " b\tc");
  BOOST_TEST(t2.Origin(1, 2).begin == 3u);  // "b" was byte 3 of the original
  BOOST_TEST(b2.edits()[0].original.begin == 0u);
  BOOST_TEST(b2.edits()[0].original.end == 1u);
  // A deletion leaves an empty range where it was.
  BOOST_TEST(t2.Origin(0, 0).begin == 1u);
}

BOOST_AUTO_TEST_CASE(equal_replacement_is_not_an_edit) {
  SpannedText t = SpannedText::FromOriginal("abc");
  SpannedTextBuilder b(t, "test");
  b.Replace(0, 1, "a");
  BOOST_TEST(b.Finish().text() == "abc");
  BOOST_TEST(b.edits().empty());
}

}  // namespace
}  // namespace amend
