// The quote-mark classifier on real rendered glyphs: fixtures/glyphs/quotes.png
// (scripts/fixtures/make_quote_glyphs.py: DejaVu Sans, Serif and Sans Bold at 300 and
// 200 DPI, clean and blurred with noise, plus shapes that are no quote mark and letters).
// A line's height is passed as the font's em (9 pt: 38 px at 300 DPI, 25 at 200), less
// than Tesseract's line boxes, which also hold accents and descenders. A word's last quote
// mark right of the letter Tesseract put its box on: fixtures/glyphs/quote_words.png
// (scripts/fixtures/make_quote_words.py: "enemy'." and its neighbours in DejaVu Sans 9 pt at
// 300 DPI, one word per 64-pixel row).
#include "ocr/quote_marks.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include <boost/test/unit_test.hpp>

namespace amend {
namespace {

constexpr int kCell = 40;  // make_quote_glyphs.py's CELL
constexpr int kFontRows = 12;
const char* const kFonts[] = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Bold"};
const char* const kGlyphs[] = {"'", "\u2018", "\u2019", "\"", "\u201C", "\u201D"};

struct Glyphs {
  Glyphs() {
    std::string path = std::string(AMEND_SOURCE_DIR) + "/fixtures/glyphs/quotes.png";
    PixPtr read(pixRead(path.c_str()));
    BOOST_REQUIRE_MESSAGE(read, "cannot read " + path);
    image.reset(pixConvertTo1(read.get(), 128));
    BOOST_REQUIRE(image);
    BOOST_REQUIRE_EQUAL(pixGetHeight(image.get()), kCell * (kFontRows + 2));
  }
  Box Cell(int row, int column) const { return Box{column * kCell, row * kCell, kCell, kCell}; }
  static int LineHeight(int row) { return row < kFontRows && row % 4 >= 2 ? 25 : 38; }
  std::string Describe(int row, int column) const {
    std::string out = row < kFontRows ? std::string(kFonts[row / 4]) +
                                            (row % 4 < 2 ? " 300 DPI" : " 200 DPI") +
                                            (row % 2 ? " blurred+noise" : " clean") + " " +
                                            kGlyphs[column]
                                      : "row " + std::to_string(row) + " shape " + std::to_string(column);
    for (const QuoteTickShape& t : MeasureQuoteTicks(image.get(), Cell(row, column))) {
      char buf[96];
      std::snprintf(buf, sizeof buf, " [%dx%d slant %+.2f heavy %+.2f bow %+.2f]", t.box.width,
                    t.box.height, t.slant, t.heavy, t.bow);
      out += buf;
    }
    return out;
  }
  PixPtr image;
};

BOOST_FIXTURE_TEST_CASE(ClassifiesEveryPrintedQuoteMark, Glyphs) {
  // At 300 DPI (9-12 rows a tick) every glyph, clean or blurred with noise, in all three
  // fonts; at 200 DPI (6-8 rows) only ticks of 8 rows or more get a kind, never a wrong one.
  const QuoteKind kinds[] = {QuoteKind::kStraight, QuoteKind::kOpening, QuoteKind::kClosing};
  int classified_200 = 0;
  for (int row = 0; row < kFontRows; ++row) {
    bool dpi_300 = row % 4 < 2;
    for (int column = 0; column < 6; ++column) {
      int marks = column < 3 ? 1 : 2;
      QuoteKind got = ClassifyQuoteMark(image.get(), Cell(row, column), marks, LineHeight(row));
      BOOST_TEST_INFO(Describe(row, column));
      if (dpi_300) {
        BOOST_TEST((got == kinds[column % 3]));
        BOOST_TEST(QuoteMarkText(got, marks) == kGlyphs[column]);
        continue;
      }
      BOOST_TEST((got == kinds[column % 3] || got == QuoteKind::kUnknown));
      int rows = 0;
      for (const QuoteTickShape& t : MeasureQuoteTicks(image.get(), Cell(row, column))) {
        rows = std::max(rows, t.box.height);
      }
      if (rows < 8) BOOST_TEST((got == QuoteKind::kUnknown));
      classified_200 += got != QuoteKind::kUnknown;
    }
  }
  BOOST_TEST_MESSAGE("200 DPI glyphs given a kind: " << classified_200 << " of 36");
}

BOOST_FIXTURE_TEST_CASE(LeavesShapesThatAreNoQuoteMarkAlone, Glyphs) {
  // Bullet, ʿ, middle dot, degree sign, low line: no kind, whether read as ' or as ".
  for (int column = 0; column < 5; ++column) {
    BOOST_TEST_INFO(Describe(kFontRows, column));
    BOOST_TEST((ClassifyQuoteMark(image.get(), Cell(kFontRows, column), 1, 38) == QuoteKind::kUnknown));
    BOOST_TEST((ClassifyQuoteMark(image.get(), Cell(kFontRows, column), 2, 38) == QuoteKind::kUnknown));
  }
  // An italic straight quote: never taken for a curly one.
  QuoteKind italic = ClassifyQuoteMark(image.get(), Cell(kFontRows, 5), 1, 38);
  BOOST_TEST_INFO(Describe(kFontRows, 5));
  BOOST_TEST((italic == QuoteKind::kStraight || italic == QuoteKind::kUnknown));
}

BOOST_FIXTURE_TEST_CASE(LeavesLettersAlone, Glyphs) {
  // F y l I f 1 at 300 DPI, as when Tesseract's box of a quote mark lands on a letter:
  // taller than half the line. F would pass for ’ by slant and heavy end alone.
  for (int column = 0; column < 6; ++column) {
    BOOST_TEST_INFO(Describe(kFontRows + 1, column));
    BOOST_TEST((ClassifyQuoteMark(image.get(), Cell(kFontRows + 1, column), 1, 38) == QuoteKind::kUnknown));
  }
  BOOST_TEST((ClassifyQuoteMark(image.get(), Cell(kFontRows + 1, 0), 1, 0) == QuoteKind::kClosing));
}

BOOST_FIXTURE_TEST_CASE(NeedsTheNumberOfTicksTheCharacterHas, Glyphs) {
  // A single quote's box holds one tick: as '"' it is left alone, and the reverse.
  BOOST_TEST((ClassifyQuoteMark(image.get(), Cell(0, 0), 2, 38) == QuoteKind::kUnknown));
  BOOST_TEST((ClassifyQuoteMark(image.get(), Cell(0, 3), 1, 38) == QuoteKind::kUnknown));
}

BOOST_FIXTURE_TEST_CASE(FindsTheMarkInABoxThatAlsoHoldsALetter, Glyphs) {
  // Tesseract's box of a closing quote often spans the letter before it: two cells side
  // by side, the second's mark hanging from the top, stand for that with a tall blob.
  PixPtr page(pixCreate(64, 40, 1));
  BOOST_REQUIRE(page);
  Box mark = MeasureQuoteTicks(image.get(), Cell(0, 2)).at(0).box;  // DejaVu Sans ’
  pixRasterop(page.get(), 30, 2, mark.width, mark.height, PIX_SRC, image.get(), mark.left, mark.top);
  pixRasterop(page.get(), 10, 8, 14, 22, PIX_SET, nullptr, 0, 0);   // a letter's blob
  BOOST_TEST((ClassifyQuoteMark(page.get(), Box{10, 2, 30, 28}, 1, 38) == QuoteKind::kClosing));
  BOOST_TEST((ClassifyQuoteMark(page.get(), Box{10, 2, 30, 28}, 2, 38) == QuoteKind::kUnknown));
}

// One row of quote_words.png: the text line's box (the row's ink, as Tesseract's line box
// spans its tallest ink) and the box of the y (the piece reaching lowest), where Tesseract
// put the box of pax-2285's closing quote mark.
struct WordRow {
  Box line, y;
};

WordRow ReadWordRow(Pix* image, int row) {
  constexpr int kRow = 64, kWidth = 200;  // make_quote_words.py's ROW and WIDTH
  WordRow out;
  BoxPtr clip(boxCreate(0, row * kRow, kWidth, kRow));
  PixPtr region(pixClipRectangle(image, clip.get(), nullptr));
  BOOST_REQUIRE(region);
  BoxaPtr pieces(pixConnComp(region.get(), nullptr, 8));
  BOOST_REQUIRE(pieces);
  int left = kWidth, top = kRow, right = 0, bottom = 0;
  for (int i = 0; i < boxaGetCount(pieces.get()); ++i) {
    l_int32 x, y, w, h;
    BOOST_REQUIRE(boxaGetBoxGeometry(pieces.get(), i, &x, &y, &w, &h) == 0);
    left = std::min(left, x), top = std::min(top, y);
    right = std::max(right, x + w), bottom = std::max(bottom, y + h);
    if (y + h > out.y.bottom() - row * kRow) out.y = Box{x, row * kRow + y, w, h};
  }
  out.line = Box{left, row * kRow + top, right - left, bottom - top};
  return out;
}

BOOST_AUTO_TEST_CASE(FindsAWordsLastMarkRightOfTheLetterItsBoxLiesOn) {
  std::string path = std::string(AMEND_SOURCE_DIR) + "/fixtures/glyphs/quote_words.png";
  PixPtr read(pixRead(path.c_str()));
  BOOST_REQUIRE_MESSAGE(read, "cannot read " + path);
  PixPtr image(pixConvertTo1(read.get(), 128));
  BOOST_REQUIRE(image);
  // The kind of a word's last mark whose box Tesseract put on the y, the word ending at `end`
  // (the line's end unless given).
  auto on_y = [&](const WordRow& word, int marks, int end = 0) {
    return ClassifyWordEndQuoteMark(image.get(), word.y, marks, word.line,
                                    end > 0 ? end : word.line.right());
  };
  // "enemy'." with the mark's box on the y: the box alone holds only the y, a letter.
  WordRow straight = ReadWordRow(image.get(), 0);
  BOOST_TEST(straight.y.height * 2 > straight.line.height);
  BOOST_TEST(
      (ClassifyQuoteMark(image.get(), straight.y, 1, straight.line.height) == QuoteKind::kUnknown));
  BOOST_TEST((on_y(straight, 1) == QuoteKind::kStraight));
  // The tick found is the mark, right of the y at the top of the line, not a piece of the y.
  std::vector<QuoteTickShape> ticks =
      MeasureQuoteTicksRightOf(image.get(), straight.y, straight.line, straight.line.right());
  BOOST_REQUIRE(ticks.size() == 1u);
  BOOST_TEST(ticks[0].box.left >= straight.y.right());
  BOOST_TEST(ticks[0].box.top == straight.line.top);
  // Looking no further than the word: a word box that stops at the y finds nothing.
  BOOST_TEST((on_y(straight, 1, straight.y.right()) == QuoteKind::kUnknown));
  // As " (two ticks) it is left alone.
  BOOST_TEST((on_y(straight, 2) == QuoteKind::kUnknown));

  WordRow curly = ReadWordRow(image.get(), 1);
  BOOST_TEST((on_y(curly, 1) == QuoteKind::kClosing));
  // A box that holds the mark itself is measured as before.
  Box mark =
      MeasureQuoteTicksRightOf(image.get(), curly.y, curly.line, curly.line.right()).at(0).box;
  BOOST_TEST((ClassifyWordEndQuoteMark(image.get(), mark, 1, curly.line, curly.line.right()) ==
              QuoteKind::kClosing));

  WordRow blurred = ReadWordRow(image.get(), 2);
  BOOST_TEST((on_y(blurred, 1) == QuoteKind::kStraight));

  // "enemy!": the ! hangs from the top of the line too, but reaches below its middle.
  // "enemy.": nothing right of the y at the top. Neither gets a kind.
  for (int row : {3, 4}) {
    WordRow word = ReadWordRow(image.get(), row);
    BOOST_TEST_INFO("row " << row);
    BOOST_TEST(MeasureQuoteTicksRightOf(image.get(), word.y, word.line, word.line.right()).empty());
    BOOST_TEST((on_y(word, 1) == QuoteKind::kUnknown));
  }
}

BOOST_AUTO_TEST_CASE(KnowsWhichCharactersAreQuoteMarks) {
  for (const char* q : {"'", "`", "\u2018", "\u2019", "\u00B4"}) BOOST_TEST(QuoteMarkCount(q) == 1);
  for (const char* q : {"\"", "\u201C", "\u201D"}) BOOST_TEST(QuoteMarkCount(q) == 2);
  for (const char* q : {"a", ",", "\u02BF", "''", ""}) BOOST_TEST(QuoteMarkCount(q) == 0);
  BOOST_TEST(HasQuoteMark("d\u2019Ivoire"));
  BOOST_TEST(HasQuoteMark("\"signed\""));
  BOOST_TEST(!HasQuoteMark("C\u00F4te al-Fu\u02BFaa"));
  BOOST_TEST(QuoteMarkText(QuoteKind::kUnknown, 1) == "");
}

}  // namespace
}  // namespace amend
