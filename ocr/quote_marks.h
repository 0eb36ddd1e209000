// Straight or curly? Tells a printed quote mark's kind from its pixels, because Tesseract's
// eng model cannot: it reads a printed straight opening ' as ‘ most of the time and the ’
// of "d’Ivoire" as '. The printed glyphs differ in practically every typeface: a straight
// ' (and each tick of ") is upright and left-right symmetric; ‘ and ’ are slanted (top to
// the right) with the heavy end at the bottom (‘) or at the top (’); the same for “ ”.
//
//   int marks = QuoteMarkCount(symbol_utf8);            // 1 for ' ‘ ’ ` ´, 2 for " “ ”, else 0
//   QuoteKind kind = ClassifyQuoteMark(binary, symbol_box, marks, line_box.height);
//   if (kind != QuoteKind::kUnknown) symbol_utf8 = QuoteMarkText(kind, marks);
//   // A word's last quote mark, whose box may lie on the letter before it:
//   kind = ClassifyWordEndQuoteMark(binary, symbol_box, marks, line_box, word_box.right());
//
// The features are measured on each tick's connected ink, so they do not depend on the
// font size or on how tight the box is: slant = horizontal offset between the ink
// centroids of the top and bottom halves / height; heavy = (ink in the top half - ink in
// the bottom half) / ink; bow = how far the middle rows' centers bend away from the ends'
// / height. A straight tick is upright and unbowed (a half ring such as ʿ is upright but
// bowed); a curly one is a slanted comma whose heavy end and tail bend both turn over
// between ‘ and ’, so heavy + bow tells them apart (each alone is too weak on small,
// blurred glyphs). A kind is returned only when every tick clears the margins below; anything
// else is kUnknown and the caller keeps Tesseract's character. An italic straight quote
// is slanted: it can come out kUnknown or, when its slant clears the curly margin, curly.
//
// Pure functions, thread-safe; `binary` is read, not kept or modified.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ocr/ocr_page.h"
#include "ocr/pix.h"

namespace amend {

enum class QuoteKind { kUnknown, kStraight, kOpening, kClosing };

// The shape of one tick (one connected piece of ink), for tests and tuning.
struct QuoteTickShape {
  Box box;             // the ink's tight box, image pixels
  int ink = 0;         // black pixels
  double slant = 0;    // > 0: the top leans right (‘ ’ “ ”); ~0: upright (' ")
  double heavy = 0;    // > 0: more ink in the top half (’ ”), < 0: in the bottom half (‘ “)
  double bow = 0;      // |bow| large: the middle bends away from the ends (ʿ, parentheses)
};

// How many ticks the quote-like character `symbol` (UTF-8, one character) is printed with:
// 1 for ' ‘ ’ ‛ ` ´ ′, 2 for " “ ” ‟ ″; 0 for anything else (not a quote mark).
int QuoteMarkCount(std::string_view symbol);

// True when `text` (UTF-8) contains a character QuoteMarkCount counts.
bool HasQuoteMark(std::string_view text);

// The character of `kind` with `marks` ticks: ' ‘ ’ for 1, " “ ” for 2 (UTF-8); "" for
// kUnknown or another count.
std::string QuoteMarkText(QuoteKind kind, int marks);

// The ticks of the mark whose box (e.g. Tesseract's symbol box) is `box` in the 1 bpp
// image `binary` (black = 1), left to right: the connected pieces of ink centered in `box`
// widened by a quarter of its height on each side (boxes are approximate: Tesseract's box
// of a word's last quote mark can stop short of it) that end within that margin (a piece
// that runs further belongs to something bigger). When some pieces are at least
// 3/5 as tall as the box and others are not, the box also holds a letter: then only the
// short pieces starting in its top quarter are ticks. Specks (< 1/8 of the largest
// remaining piece) are dropped. Empty when `binary` is not 1 bpp or `box` is empty or
// outside the image.
std::vector<QuoteTickShape> MeasureQuoteTicks(Pix* binary, const Box& box);

// The kind of the quote mark in `box` printed with `marks` ticks (1 or 2) on a text line
// `line_height` pixels tall (Tesseract's line box; 0 = unknown): kUnknown unless exactly
// `marks` ticks are found, each at least 8 pixels tall (9 pt at 300 DPI; smaller marks are
// too coarse to tell) and, with a line height, at most half of it (taller is a letter:
// Tesseract's box of a quote mark sometimes lands on the letter next to it), and all of
// them clearly of the same kind (straight: slant within +-0.06, height >= 1.8 x width,
// |bow| <= 0.08; curly: slant >= 0.08 and |heavy + bow| >= 0.04, its sign telling ’ (> 0)
// from ‘).
QuoteKind ClassifyQuoteMark(Pix* binary, const Box& box, int marks, int line_height);

// The ticks of a word's last quote mark that lie right of its box `box` on the text line
// `line` (Tesseract's line box), for when Tesseract put that box on the letter before the
// mark: the pieces of ink wholly inside the strip from `box`'s right edge to `right_limit`
// (exclusive; e.g. the word box's right edge), at most one line height wide, and from an
// eighth of a line above `line`'s top to its middle, that start in the line's top quarter
// and within half a line right of `box`. A piece the strip cuts (the letter under `box`,
// or any letter, whose ink reaches below the line's middle) is never taken. Specks are
// dropped as in MeasureQuoteTicks. Empty when `binary` is not 1 bpp or `box` or `line`
// is empty.
std::vector<QuoteTickShape> MeasureQuoteTicksRightOf(Pix* binary, const Box& box, const Box& line,
                                                     int right_limit);

// ClassifyQuoteMark for a word's last quote mark on text line `line` (line_height =
// line.height), in a word whose box ends at `right_limit`: when `box` holds no tick at most
// half the line tall (Tesseract's box of a closing mark sometimes lies wholly on the letter
// before it, as on the y of "enemy'."), the ticks MeasureQuoteTicksRightOf finds are
// classified instead, with the same guards. kUnknown as ClassifyQuoteMark.
QuoteKind ClassifyWordEndQuoteMark(Pix* binary, const Box& box, int marks, const Box& line,
                                   int right_limit);

}  // namespace amend
