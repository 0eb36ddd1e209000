// The parsed sheet: one `pax-sheet/1` record (shared/spec/record-format.md) in memory.
//
//   StatusOr<ParseResult> r = ParseSheet(text, schema, {});   // parse/sheet_parser.h
//   for (const Provision& p : r->record.provisions) if (p.mentioned) …
//   std::string json = RecordToJson(r->record, {});           // parse/record_writer.h
//
// Plain values; copying is cheap enough for one document. No invariants beyond the
// parser's promise: `provisions` holds every ROW of the schema exactly once, in order.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace amend {

struct Quote {
  int page = 0;       // the N of "Page N:"
  std::string text;   // the excerpt without the "Page N:" prefix
};

struct Provision {
  std::string section;
  std::string label;
  bool mentioned = false;
  std::vector<std::string> codes;   // category paths "A→B→C", in sheet order
  std::vector<Quote> quotes;        // in sheet order
  std::optional<std::string> text;  // free-text rows (Source, Related cases) when mentioned
};

struct Conflict {
  std::string name;
  std::string description;
};

struct Diagnostic {
  std::string severity;  // "info" (a mechanical repair), "warning" (a guess), "error"
  std::string code;      // e.g. "label-inferred" (see sheet_parser.h for the list)
  std::string message;
  int line = 0;          // 1-based line of the parsed text; 0 when it is about no line
};

// Where the record came from, when known (the CLI fills it; the parser does not).
struct SourceInfo {
  std::string path;
  std::string sha256;  // empty when not computed
  int pages = 0;       // 0 when unknown (text input)
};

struct Record {
  std::string schema;                                        // "pax-sheet/1"
  std::optional<SourceInfo> source;
  std::vector<std::pair<std::string, std::string>> fields;   // canonical label -> value, layout order
  std::optional<std::string> date;                           // ISO 8601, nullopt = unreadable/absent
  std::optional<Conflict> conflict;
  std::vector<Provision> provisions;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace amend
