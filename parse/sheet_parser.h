// The schema-driven sheet parser: sheet text (OCR output, or the layout stage's
// "label<TAB>value" lines) to a pax-sheet/1 record.
//
//   StatusOr<Schema> schema = LoadSchema("schemas/pax-sheet");
//   ParseOptions options;                       // options.distance = OcrDistance later
//   options.source_name = "seed.txt";           // names the input in errors
//   StatusOr<ParseResult> r = ParseSheet(text, *schema, options);
//   if (!r.ok()) return r.status();             // kBadInput "seed.txt: no sheet found"
//   WriteOutput("-", RecordToJson(r->record, {}));
//
// How: the text's non-blank lines are aligned to the layout's items (aligner.h) with
// costs from how well each line reads as each item's label: label<TAB>value, label and
// value run together ("TaxationNo specific mention."), a label split around its value
// ("Criminal justice and No specific mention. emergency law"), a label followed by its
// value, or a line that is only a value (its label lost; the alignment infers it from the
// neighbours). Lines that are no item are noise, a wrapped value, or the conflict block.
// Every repair leaves a Diagnostic naming the line:
//   label-damaged   a label read through OCR damage ("Agroomont/conflict")
//   label-merged    label and value without a separator
//   label-split     a label printed around its value
//   label-inferred  a value line whose label was lost
//   duplicate-row   a row printed twice; the better reading is kept
//   noise-line      a line that belongs to no item and was dropped
//   value-repaired  a damaged "No specific mention."
//   value-snapped   a closed-vocabulary value changed to its vocabulary entry
//   value-unknown   a closed-vocabulary value too far from every entry (kept as read)
//   code-snapped / code-unknown   the same for category paths, when the schema has them
//   date-unreadable the date field could not be read as a date
//   row-missing / field-missing   the text lost an item entirely
// Thread-safe: no shared state (the distance function must be thread-safe).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "parse/aligner.h"
#include "parse/label_distance.h"
#include "parse/record.h"
#include "parse/schema.h"

namespace amend {

struct ParseOptions {
  // Edits between a folded label read from the text and a folded canonical label, exact up
  // to the bound the parser gives (label_distance.h). The OCR-aware distance plugs in here
  // (rules/ocr_distance.h: BoundedOcrDistance, prepared for the schema's labels and values).
  LabelDistance distance = PlainLevenshtein;
  // A line reads as a label only when distance / label length is at most this.
  double max_label_cost = 0.5;
  // Cost of reading a value-only line as the row between its neighbours (label lost).
  double lost_label_cost = 0.6;
  // Cost of the text having lost a ROW or FIELD, and a SECTION heading.
  double delete_row_cost = 0.8;
  double delete_heading_cost = 0.3;
  // Cost of a line that is no item, and extra cost of a row printed twice.
  AlignCosts align;
  // The input's name, for error messages ("FILE: no sheet found"); may be empty.
  std::string source_name;
};

struct ParseResult {
  Record record;          // complete: every ROW of the layout once, in layout order
  int items_matched = 0;  // layout items found in the text (matched or repeated)
};

// Parses one sheet. Errors: kBadInput "NAME: no sheet found" (NAME = source_name, or
// "input") when too few lines read as the schema's labels (another kind of document,
// empty input) or the text is binary (a NUL byte, or over 1% control characters); no
// partial record is returned then. Recoverable damage goes to record.diagnostics.
// Time O(lines x layout items); a 3000-line text takes a few seconds.
[[nodiscard]] StatusOr<ParseResult> ParseSheet(std::string_view text, const Schema& schema,
                                               const ParseOptions& options);

}  // namespace amend
