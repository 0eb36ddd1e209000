// The text pane of the review report (pipeline/review_report.h): the CLEANED text (what
// the parser read), one numbered line per element, with the result of every edit and
// every low-confidence OCR word marked. Also the mapping from input bytes to cleaned-text
// bytes the report uses to link edits and rows to lines.
//
//   std::string pane = RenderTextPane(doc, /*low_confidence=*/60);
//   ByteSpan where = ToCleaned(doc.cleaned.text, edit.original);
//   int line = LineIndex(doc.cleaned.text.text()).LineAt(where.begin);
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "normalize/spanned_text.h"
#include "pipeline/sheet_pipeline.h"

namespace amend {

// The bytes of `cleaned` that came from `original` (bytes of the cleaner's input): for a
// non-empty range, the cleaned bytes whose origin overlaps it (empty, at the place it
// was, when all of it was deleted); for an empty range (an insertion point), the bytes
// inserted there. Relies on origins never going backwards (the builders write left to
// right), so it is a binary search: O(log n).
ByteSpan ToCleaned(const SpannedText& cleaned, ByteSpan original);

// 1-based line numbers of byte positions in a text.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  int LineAt(size_t pos) const;  // the line holding byte `pos` (or starting at it)

 private:
  std::vector<size_t> newlines_;
};

// The HTML of the text pane, a <div class="text"> of <div class="line" id="L<n>">.
// Edits are <span class="e ..." data-edits="<indices into doc.cleaned.edits>"
// data-rules="<their sources>" title="..."> around the text they produced ("del" and
// empty for a deletion; "norm" when all are normalization steps); words with OCR
// confidence below `low_confidence` carry the class "low" and their confidence in the
// title; lines named by a parser diagnostic have the class "diag".
std::string RenderTextPane(const SheetDocument& doc, double low_confidence);

// An OCR confidence for display, truncated: "59%" for 59.9.
std::string Percent(double confidence);

// "rule-id (pack.toml:12): «before» → «after»" for titles and lists (not escaped).
std::string DescribeEdit(const TextEdit& edit);

}  // namespace amend
