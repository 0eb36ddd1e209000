// Preprocessing: deskew recovers known rotations; rule detection finds a table's rules.
#include "ocr/preprocess.h"

#include <cmath>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "ocr/rule_lines.h"
#include "tests/ocr/test_scans.h"

namespace amend {
namespace {

// Rotates `pix` clockwise by `degrees` (Leptonica's convention), bringing in white.
PixPtr Rotate(Pix* pix, double degrees) {
  return PixPtr(pixRotate(pix, degrees * M_PI / 180.0, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
}

const double kAngles[] = {-3.0, -1.2, 0.7, 2.5};

BOOST_DATA_TEST_CASE(DeskewRecoversAKnownRotation, boost::unit_test::data::make(kAngles), angle) {
  PixPtr page = testing::ReadScan("page1.png");
  BOOST_REQUIRE(page);
  PixPtr skewed = Rotate(page.get(), angle);
  BOOST_REQUIRE(skewed);
  StatusOr<PreprocessedPage> out = Preprocess(skewed.get(), PreprocessOptions{});
  BOOST_REQUIRE(out.ok());
  BOOST_TEST(std::fabs(out->skew_degrees - angle) <= 0.3, "found " << out->skew_degrees << ", rotated " << angle);
  // Straightened: the rules are horizontal again, so a long horizontal rule is found.
  int horizontal = 0;
  for (const RuleLine& r : out->rules) horizontal += r.horizontal && r.end - r.start > 2000;
  BOOST_TEST(horizontal >= 8);
}

BOOST_AUTO_TEST_CASE(DeskewOfAPageScannedAskew) {
  // make_scan.py --rotate 2 turns the page 2 degrees counter-clockwise (PIL), which is
  // -2 in Leptonica's clockwise-positive convention.
  PixPtr page = testing::ReadScan("skew2.png");
  BOOST_REQUIRE(page);
  StatusOr<PreprocessedPage> out = Preprocess(page.get(), PreprocessOptions{});
  BOOST_REQUIRE(out.ok());
  BOOST_TEST(std::fabs(out->skew_degrees - -2.0) <= 0.3, "found " << out->skew_degrees);
  BOOST_TEST(pixGetWidth(out->image.get()) == pixGetWidth(page.get()));
  BOOST_TEST(pixGetDepth(out->image.get()) == 1);
}

BOOST_AUTO_TEST_CASE(StepsSwitchOff) {
  PixPtr page = testing::ReadScan("skew2.png");
  PreprocessOptions opt;
  opt.deskew = opt.binarize = opt.remove_rules = opt.clean_borders = false;
  StatusOr<PreprocessedPage> out = Preprocess(page.get(), opt);
  BOOST_REQUIRE(out.ok());
  BOOST_TEST(out->skew_degrees == 0.0);
  BOOST_TEST(out->rules.empty());
  BOOST_TEST(pixGetDepth(out->image.get()) == 8);
  l_int32 same = 0;
  BOOST_REQUIRE(pixEqual(out->image.get(), page.get(), &same) == 0);
  BOOST_TEST(same == 1);
}

// A synthetic 300-dpi table: 4 horizontal rules, 3 vertical ones, and text-like blobs
// (letter-sized boxes in rows, a long row of them included) that are not rules.
PixPtr SyntheticTable() {
  PixPtr pix(pixCreate(2000, 1500, 1));
  pixSetResolution(pix.get(), 300, 300);
  for (int y : {200, 500, 800, 1300}) pixRenderLine(pix.get(), 100, y, 1900, y, 4, L_SET_PIXELS);
  for (int x : {100, 700, 1900}) pixRenderLine(pix.get(), x, 200, x, 1300, 4, L_SET_PIXELS);
  for (int row = 0; row < 3; ++row) {
    for (int x = 750; x < 1850; x += 30) {  // "letters" 24 px wide, 6 px apart
      BOX* b = boxCreate(x, 250 + row * 300, 24, 30 + (x % 7));
      pixRenderBox(pix.get(), b, 3, L_SET_PIXELS);
      boxDestroy(&b);
    }
  }
  return pix;
}

BOOST_AUTO_TEST_CASE(FindsTheRulesOfASyntheticTable) {
  PixPtr table = SyntheticTable();
  StatusOr<RuleLineResult> found = FindRuleLines(table.get(), RuleLineOptions{});
  BOOST_REQUIRE(found.ok());
  std::vector<int> ys, xs;
  for (const RuleLine& r : found->rules) (r.horizontal ? ys : xs).push_back(r.position);
  BOOST_TEST(ys.size() == 4u);
  BOOST_TEST(xs.size() == 3u);
  const int want_y[] = {200, 500, 800, 1300}, want_x[] = {100, 700, 1900};
  for (size_t i = 0; i < std::min<size_t>(ys.size(), 4); ++i) BOOST_TEST(std::abs(ys[i] - want_y[i]) <= 3);
  for (size_t i = 0; i < std::min<size_t>(xs.size(), 3); ++i) BOOST_TEST(std::abs(xs[i] - want_x[i]) <= 3);
  for (const RuleLine& r : found->rules) {
    if (r.horizontal) BOOST_TEST((std::abs(r.start - 100) <= 4 && std::abs(r.end - 1900) <= 4));
  }
}

BOOST_AUTO_TEST_CASE(RuleRemovalErasesRulesButKeepsText) {
  PixPtr table = SyntheticTable();
  l_int32 ink_before = 0;
  pixCountPixels(table.get(), &ink_before, nullptr);
  PreprocessOptions opt;
  opt.deskew = opt.clean_borders = false;
  StatusOr<PreprocessedPage> out = Preprocess(table.get(), opt);
  BOOST_REQUIRE(out.ok());
  BOOST_TEST(out->rules.size() == 7u);
  // Nothing left on the rule at y = 500 away from the crossings...
  l_uint32 v = 0;
  int left_on_rule = 0;
  for (int x = 120; x < 680; ++x) left_on_rule += pixGetPixel(out->image.get(), x, 500, &v) == 0 && v;
  BOOST_TEST(left_on_rule == 0);
  // ...while the "letters" survive: each box outline of row 0 still has ink.
  l_int32 ink_after = 0;
  pixCountPixels(out->image.get(), &ink_after, nullptr);
  BOOST_TEST(ink_after > 0);
  BOX* letter = boxCreate(750, 250, 24, 30);
  PixPtr clip(pixClipRectangle(out->image.get(), letter, nullptr));
  boxDestroy(&letter);
  l_int32 letter_ink = 0;
  pixCountPixels(clip.get(), &letter_ink, nullptr);
  BOOST_TEST(letter_ink > 100);
}

BOOST_AUTO_TEST_CASE(FindsTheRulesOfTheScannedSheet) {
  // make_scan.py draws 10 horizontal rules (top + one under each of 9 rows) and 3 vertical.
  PixPtr page = testing::ReadScan("page1.png");
  StatusOr<PreprocessedPage> out = Preprocess(page.get(), PreprocessOptions{});
  BOOST_REQUIRE(out.ok());
  int h = 0, v = 0;
  for (const RuleLine& r : out->rules) (r.horizontal ? h : v)++;
  BOOST_TEST(h == 10);
  BOOST_TEST(v == 3);
}

}  // namespace
}  // namespace amend
