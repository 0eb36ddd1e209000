// BuildSheet on hand-placed word boxes: the expected sheet text is written from the
// placement below (a 2480x3508 page, label column from x=200, value column from x=800).
#include <cmath>
#include <map>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "ocr/layout/layout.h"

namespace amend {
namespace {

constexpr int kCharWidth = 20, kSpace = 12, kHeight = 40;
constexpr int kLabelX = 200, kValueX = 800;

// Places words like a printed table: each call is one Tesseract line across both cells.
class PageBuilder {
 public:
  explicit PageBuilder(int page_number = 1) { page_.page_number = page_number; }

  PageBuilder& Line(int y, const std::string& label, const std::string& value = "") {
    ++line_;
    Place(kLabelX, y, label);
    Place(kValueX, y, value);
    return *this;
  }
  PageBuilder& Rule(bool horizontal, int position, int start, int end) {
    page_.rules.push_back({horizontal, position, start, end});
    return *this;
  }
  OcrPage Build() const { return page_; }

 private:
  void Place(int x, int y, const std::string& text) {
    std::istringstream in(text);
    std::string w;
    while (in >> w) {
      int width = kCharWidth * static_cast<int>(w.size());
      page_.words.push_back({w, {x, y, width, kHeight}, 95, 1, 1, line_});
      x += width + kSpace;
    }
  }
  OcrPage page_{1, 2480, 3508, 300, 0, {}, {}, {}};
  int line_ = 0;
};

// Rows 60 px apart (a gap of 20 px after a 40 px line is normal line spacing; rows are
// separated by 70 px gaps here).
PageBuilder SheetPage() {
  PageBuilder b;
  b.Line(200, "Country/entity", "Armenia Azerbaijan")
      .Line(310, "Agreement/conflict", "Intrastate/intrastate conflict")
      .Line(360, "level")
      .Line(470, "Nagorno-Karabakh Conflict (1991 -)")
      .Line(520, "The territory has been a long-standing object of dispute")
      .Line(630, "Groups")
      .Line(740, "Criminal justice and", "No specific mention.")
      .Line(790, "emergency law")
      .Line(900, "Ceasefire", "Page 1: first line of quote")
      .Line(950, "", "continues here");
  return b;
}

const char kExpected[] =
    "Country/entity\tArmenia Azerbaijan\n"
    "Agreement/conflict level\tIntrastate/intrastate conflict\n"
    "Nagorno-Karabakh Conflict (1991 -) The territory has been a long-standing object of "
    "dispute\n"
    "Groups\n"
    "Criminal justice and emergency law\tNo specific mention.\n"
    "Ceasefire\tPage 1: first line of quote continues here\n";

BOOST_AUTO_TEST_CASE(RowsLabelsHeadingsAndTextBlock) {
  SheetText sheet = BuildSheet({SheetPage().Build()});
  BOOST_TEST(sheet.ToString() == kExpected);
  BOOST_REQUIRE_EQUAL(sheet.lines.size(), 6u);
  BOOST_TEST((sheet.lines[2].kind == SheetLineKind::kText));     // the conflict block
  BOOST_TEST((sheet.lines[3].kind == SheetLineKind::kHeading));  // "Groups"
  BOOST_TEST((sheet.lines[4].kind == SheetLineKind::kRow));
  BOOST_TEST(sheet.lines[4].label == "Criminal justice and emergency law");
}

BOOST_AUTO_TEST_CASE(SpansPointAtTheWordsTheyCameFrom) {
  OcrPage page = SheetPage().Build();
  SheetText sheet = BuildSheet({page});
  std::string text = sheet.ToString();
  BOOST_REQUIRE_EQUAL(sheet.spans.size(), page.words.size());
  std::map<std::pair<int, int>, std::string> word_at;  // (left, top) -> text
  for (const OcrWord& w : page.words) word_at[{w.box.left, w.box.top}] = w.text;
  size_t last = 0;
  for (const SheetSpan& s : sheet.spans) {
    BOOST_TEST(s.offset >= last);  // sorted, not overlapping
    last = s.offset + s.length;
    BOOST_TEST(s.page == 1);
    const std::string& word = word_at[std::make_pair(s.box.left, s.box.top)];
    BOOST_TEST(text.substr(s.offset, s.length) == word);
  }
}

BOOST_AUTO_TEST_CASE(TiltedScanGivesTheSameSheet) {
  OcrPage page = SheetPage().Build();
  const double a = 2.0 * M_PI / 180;  // boxes of a page scanned 2 degrees off
  for (OcrWord& w : page.words) {
    double cx = w.box.left + w.box.width / 2.0, cy = w.box.top + w.box.height / 2.0;
    double rx = cx * std::cos(a) - cy * std::sin(a), ry = cx * std::sin(a) + cy * std::cos(a);
    w.box.left = static_cast<int>(std::lround(rx - w.box.width / 2.0));
    w.box.top = static_cast<int>(std::lround(ry - w.box.height / 2.0));
  }
  BOOST_TEST(BuildSheet({page}).ToString() == kExpected);
}

// Rows printed with no extra space between them: only the printed rules separate them.
BOOST_AUTO_TEST_CASE(HorizontalRulesSeparateTightRows) {
  PageBuilder b;
  b.Line(200, "Children/youth", "No specific mention.")
      .Line(250, "Disabled persons", "No specific mention.")
      .Line(300, "Racial/ethnic/national", "Groups")
      .Line(350, "group", "Page 1: text");
  const std::string expected =
      "Children/youth\tNo specific mention.\n"
      "Disabled persons\tNo specific mention.\n"
      "Racial/ethnic/national group\tGroups Page 1: text\n";
  BOOST_TEST(BuildSheet({b.Build()}).ToString() != expected);  // nothing says where rows end
  for (int y : {195, 245, 295, 395}) b.Rule(true, y, 180, 2300);
  for (int x : {180, 780, 2300}) b.Rule(false, x, 195, 395);
  BOOST_TEST(BuildSheet({b.Build()}).ToString() == expected);
}

// A ruled row whose label OCR lost (pax-1841: "Business" not recognized) is a row of its
// own with an empty label, not a second value of the row above; on an unruled page, or as
// the first row of a page, value words still continue the row above.
BOOST_AUTO_TEST_CASE(RuledRowWithoutLabelIsItsOwnRow) {
  PageBuilder b;
  b.Line(200, "International funds", "No specific mention.")
      .Line(250, "", "Page 3: a quote")
      .Line(300, "Taxation", "No specific mention.");
  for (int y : {195, 245, 295, 345}) b.Rule(true, y, 180, 2300);
  for (int x : {180, 780, 2300}) b.Rule(false, x, 195, 345);
  BOOST_TEST(BuildSheet({b.Build()}).ToString() ==
             "International funds\tNo specific mention.\n"
             "\tPage 3: a quote\n"
             "Taxation\tNo specific mention.\n");
}

BOOST_AUTO_TEST_CASE(VerticalRuleSetsTheColumnBoundary) {
  // Values printed at different x (no common left edge) and a two-word label: the words
  // alone put the boundary before "level"; the printed column rule puts it at x=780.
  PageBuilder b;
  b.Line(200, "Agreement/conflict level").Line(310, "Date").Line(420, "Stage");
  OcrPage page = b.Build();
  int xs[] = {1200, 1300, 900};
  const char* values[] = {"Europe", "1993", "Pre-negotiation/process"};
  for (int i = 0; i < 3; ++i) {
    int w = kCharWidth * static_cast<int>(std::string(values[i]).size());
    page.words.push_back({values[i], {xs[i], 200 + 110 * i, w, kHeight}, 95, 1, 1, 10 + i});
  }
  const std::string expected =
      "Agreement/conflict level\tEurope\nDate\t1993\nStage\tPre-negotiation/process\n";
  BOOST_TEST(BuildSheet({page}).ToString() != expected);
  // The column rule as the OCR stage may report it: one segment per table row.
  for (int x : {180, 2300}) page.rules.push_back({false, x, 190, 470});
  for (int y : {190, 300, 410}) page.rules.push_back({false, 780, y, y + 110});
  BOOST_TEST(BuildSheet({page}).ToString() == expected);
}

BOOST_AUTO_TEST_CASE(RowContinuesOnTheNextPage) {
  PageBuilder p1(1), p2(2);
  p1.Line(200, "Children/youth", "No specific mention.")
      .Line(310, "Ceasefire", "Page 1: a quote that")
      .Line(360, "", "runs to the bottom");
  p2.Line(200, "", "of the page and on.")
      .Line(250, "", "Page 2: another quote.")
      .Line(360, "Police", "No specific mention.");
  SheetText sheet = BuildSheet({p1.Build(), p2.Build()});
  BOOST_TEST(sheet.ToString() ==
             "Children/youth\tNo specific mention.\n"
             "Ceasefire\tPage 1: a quote that runs to the bottom of the page and on. "
             "Page 2: another quote.\n"
             "Police\tNo specific mention.\n");
  BOOST_REQUIRE_EQUAL(sheet.lines.size(), 3u);
  BOOST_TEST(sheet.lines[1].page == 1);
  BOOST_TEST(sheet.lines[2].page == 2);
  BOOST_TEST(sheet.spans.back().page == 2);
}

// A page of short values only (the text ends far left of the page's right margin).
BOOST_AUTO_TEST_CASE(ShortValuesOnlyPage) {
  PageBuilder b;
  b.Line(200, "Children/youth", "No specific mention.")
      .Line(310, "Disabled persons", "No specific mention.")
      .Line(420, "Racial/ethnic/national", "No specific mention.")
      .Line(470, "group");
  BOOST_TEST(BuildSheet({b.Build()}).ToString() ==
             "Children/youth\tNo specific mention.\n"
             "Disabled persons\tNo specific mention.\n"
             "Racial/ethnic/national group\tNo specific mention.\n");
}

BOOST_AUTO_TEST_CASE(NoWordsNoLines) {
  BOOST_TEST(BuildSheet({}).lines.empty());
  BOOST_TEST(BuildSheet({PageBuilder().Build()}).ToString().empty());
}

}  // namespace
}  // namespace amend
