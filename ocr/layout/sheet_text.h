// Sheet text: the layout stage's output and what every later stage consumes.
//
// A sheet is a list of lines. A table row is "label<TAB>value"; a heading ("Groups") or a
// free-standing text block (the conflict block under "Agreement/conflict level") is a line
// of its own without a tab. Serialized, it is plain UTF-8 text, one line per entry:
//
//   Country/entity\tArmenia Azerbaijan Nagorno-Karabakh
//   Groups
//   Children/youth\tNo specific mention.
//
// Every span of the serialized text can be traced back to the page and box it came from
// (SheetText::spans), so rule edits and diagnostics can point at the scan.
#pragma once

#include <string>
#include <vector>

#include "ocr/ocr_page.h"

namespace amend {

enum class SheetLineKind { kRow, kHeading, kText };

struct SheetLine {
  SheetLineKind kind = SheetLineKind::kRow;
  std::string label;   // kRow: the label cell (wrapped lines joined with one space)
  std::string value;   // kRow: the value cell; kHeading / kText: the line's text
  int page = 1;        // page the line starts on
};

// One recognized word's place in the serialized text.
struct SheetSpan {
  size_t offset = 0;   // byte offset in SheetText::ToString()
  size_t length = 0;
  int page = 1;
  Box box;
  float confidence = 100;  // the word's OCR confidence (0..100)
};

struct SheetText {
  std::vector<SheetLine> lines;
  std::vector<SheetSpan> spans;  // sorted by offset; words only (no tabs, newlines)

  // "label\tvalue" for rows, the text alone for headings and text blocks, each line
  // ending in '\n'. Tabs and newlines inside cells are folded to one space.
  std::string ToString() const;
};

}  // namespace amend
