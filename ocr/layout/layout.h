// Layout: rebuild the printed two-column table of a coding sheet from OCR word boxes.
//
//   std::vector<OcrPage> pages = ...;         // from the OCR stage, in page order
//   SheetText sheet = BuildSheet(pages, LayoutOptions{});
//   std::string text = sheet.ToString();      // "label\tvalue" lines and headings
//
// How: words are deskewed (if the boxes are still tilted), the label column's right edge is
// found (the inner vertical rule when OcrPage::rules has one, else the left edge shared by
// the value lines), words are grouped into visual lines and lines into table rows (between
// horizontal rules when there are any, else at vertical gaps wider than the line spacing
// that start in the label column). A row becomes "label<TAB>value" with the label's wrapped
// lines joined; a row with only label-column words (a section heading) or with text across
// the column boundary (a full-width block) becomes its own line (kHeading, or kText after a
// `text_block_after` row and for multi-line blocks); a row with only value words continues
// the row before it (a row broken over a page). Every word yields a SheetSpan.
//
// Pure function of its input: thread-safe, deterministic. Never fails: pages without words
// give no lines.
#pragma once

#include <string>
#include <vector>

#include "ocr/layout/sheet_text.h"
#include "ocr/ocr_page.h"

namespace amend {

struct LayoutOptions {
  // A gap between two visual lines wider than this times the median word height starts a
  // new table row (when the page has no horizontal rules) or a new paragraph of a block.
  double row_gap_ratio = 0.7;
  // Correct the skew measured from word baselines before grouping (for boxes from an image
  // that was not deskewed). Spans keep the boxes as given.
  bool deskew = true;
  // Without vertical rules: the value column's left edge is searched this far into the
  // text's width (fractions of it, from its left edge).
  double min_label_fraction = 0.12;
  double max_label_fraction = 0.60;
  // A line whose words cross the column boundary, or leave a gap across it narrower than
  // this times the median word height, is full-width text (heading or block).
  double full_width_gap_ratio = 0.8;
  // Labels of rows that are followed by a free-standing text block (kText, not kHeading).
  std::vector<std::string> text_block_after = {"Agreement/conflict level"};
  // Drop "words" without a letter or digit that are much larger than the text (printed
  // rules read as text) and specks much smaller than it.
  bool drop_noise = true;
};

SheetText BuildSheet(const std::vector<OcrPage>& pages, const LayoutOptions& options = {});

}  // namespace amend
