// Writing records: pretty JSON (one document), JSON Lines (a corpus), CSV (a table with
// one row per document, like the PA-X export).
//
//   JsonOptions o;                       // o.diagnostics = false for the bare record
//   WriteOutput(out, RecordToJson(record, o));
//   std::string csv = CsvHeader(schema); for (r : records) csv += RecordToCsvRow(r, schema);
//
// Keys come in the order of shared/spec/record-format.md: schema, source (only when
// known), fields, date, conflict, provisions, diagnostics (only when asked for and not
// empty). Non-ASCII text (the arrow "→") is written as UTF-8, never as \u escapes; bytes
// that are not UTF-8 become U+FFFD. Pure functions; thread-safe.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "base/status.h"
#include "parse/record.h"
#include "parse/schema.h"

namespace amend {

struct JsonOptions {
  // Write the "diagnostics" array (when not empty). The hand-checked example record has
  // none, so a golden comparison turns this off.
  bool diagnostics = true;
};

// The record as an ordered JSON value (key order above).
nlohmann::ordered_json RecordToJsonValue(const Record& record, const JsonOptions& options);

// Pretty JSON, one-space indent like the example record, ending with a newline.
std::string RecordToJson(const Record& record, const JsonOptions& options);

// One line of JSON Lines, ending with a newline.
std::string RecordToJsonLine(const Record& record, const JsonOptions& options);

// The CSV header: "document", "date", one column per FIELD, then one per ROW named
// "Section: Label" (0/1 for not mentioned / mentioned). Ends with CRLF-free "\n".
std::string CsvHeader(const Schema& schema);

// One CSV row for a record (fields absent from the record are empty cells). `document`
// names it (file name); RFC 4180 quoting.
std::string RecordToCsvRow(const Record& record, const Schema& schema, const std::string& document);

}  // namespace amend
