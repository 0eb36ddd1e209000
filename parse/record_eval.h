// Scoring records against hand-checked ones (`amend eval`).
//
//   nlohmann::json truth = …, got = …;          // two pax-sheet/1 records
//   EvalScore s = CompareRecords(truth, got);
//   s.FieldAccuracy();  // fields equal after folding whitespace / fields
//   total.Add(s);       // micro-averaged totals over documents
//
// Fields: every field of the truth, plus any field only `got` has (always wrong), is
// counted; right when both values are equal after folding whitespace. Rows: every
// provision of the truth, paired by section and label; right when `mentioned`, the codes,
// the quote pages and texts (whitespace folded) and the free text all agree. Quote
// character error rate: Levenshtein distance in code points between paired quotes (in
// order; a missing or extra quote counts its whole length) over the truth quotes' length.
// Pure functions; thread-safe.
#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

namespace amend {

struct EvalScore {
  int fields_total = 0;
  int fields_right = 0;
  int rows_total = 0;
  int rows_right = 0;
  size_t quote_edits = 0;  // code-point edits between truth and got quotes
  size_t quote_chars = 0;  // code points in the truth quotes

  double FieldAccuracy() const { return fields_total ? double(fields_right) / fields_total : 1.0; }
  double RowAccuracy() const { return rows_total ? double(rows_right) / rows_total : 1.0; }
  double QuoteCer() const { return quote_chars ? double(quote_edits) / quote_chars : 0.0; }
  void Add(const EvalScore& o);
};

// Scores `got` against `truth` (an empty object for a document the run did not
// produce: everything counts wrong). Malformed parts (a missing "provisions", a non-string
// field) count as wrong, never throw.
EvalScore CompareRecords(const nlohmann::json& truth, const nlohmann::json& got);

}  // namespace amend
