// Layout: rebuild the printed two-column table of a coding sheet from OCR word boxes.
//
//   std::vector<OcrPage> pages = ...;         // from the OCR stage, in page order
//   SheetText sheet = BuildSheet(pages, LayoutOptions{});
//   std::string text = sheet.ToString();      // "label\tvalue" lines and headings
//
// How: words are deskewed (if the boxes are still tilted), the label column's right edge is
// found (the inner vertical rule when OcrPage::rules has one, else the left edge shared by
// the value lines), words are grouped into visual lines and lines into table rows (between
// horizontal rules when there are any, else where a line in the label column sits further
// below the line above than the normal line spacing). A row becomes "label<TAB>value" with the label's wrapped
// lines joined; a row with only label-column words (a section heading) or with text across
// the column boundary (a full-width block) becomes its own line (kHeading, or kText after a
// `text_block_after` row and for multi-line blocks); a row with only value words continues
// the row before it when it is the first row of its page or the page has no horizontal
// rules (a row broken over a page), and is otherwise a row whose label OCR lost
// ("<TAB>value", for the parser to infer). Every word yields a SheetSpan.
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
  // Rows and paragraphs are found from the line pitch: how far a visual line sits below the
  // one above (the larger of the top-to-top and baseline-to-baseline distances).
  //
  // Lines in the label column start a new row where their pitch falls in the upper of two
  // groups (wrapped label lines / first lines of rows) that are at least this ratio apart
  // (measured on make_scan.py sheets: up to 1.15 and from 1.55 line spacings).
  double row_pitch_jump = 1.2;
  // A full-width line further than this many line spacings below the line above starts a
  // new paragraph (the conflict name and its description become two lines). The page's
  // line spacing is the median pitch of lines closer than 2.2 median word heights.
  double paragraph_pitch_ratio = 1.2;
  // Correct the skew measured from word baselines before grouping (for boxes from an image
  // that was not deskewed). Spans keep the boxes as given.
  bool deskew = true;
  // Without vertical rules: the value column's left edge is searched this far into the
  // table's width (fractions of it, from its left edge; the table spans the text, or the
  // page between equal margins if that is wider).
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
