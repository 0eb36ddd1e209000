// What changed between two records of the same document (`amend diff`: the record one
// rule set made against the record another made).
//
//   RecordDiff d = DiffRecords(before, after);   // two pax-sheet/1 records as JSON
//   if (d.empty()) return;                       // same fields, date, conflict and rows
//   for (const FieldChange& f : d.fields) Print(f.name, f.before, f.after);
//   for (const RowChange& r : d.rows)                   // which parts: ChangedRowParts
//     Print(r.section, r.label, r.before, r.after);     // (parse/record_pairs.h)
//   WriteOutput("-", RecordDiffToJson(d).dump());
//
// Equality is eval's (parse/record_eval.h, the traversal of parse/record_pairs.h): fields
// equal after folding whitespace; rows paired by section and label, equal when
// `mentioned`, the codes, the quotes (page, folded text) and the free text agree. The
// members "date" and "conflict" (name, description; folded) are compared too. Not
// compared: "source" (the same input on both sides) and "diagnostics" (how the parser got
// there, not what it produced). Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace amend {

// A metadata field, or a record member ("date", "conflict"), that differs.
struct FieldChange {
  std::string name;        // the field's label, or the member's name
  nlohmann::json before;   // the value in the first record; null when absent there
  nlohmann::json after;    // the value in the second record; null when absent there
};

// A row (provision) that differs; before/after are the whole row objects.
struct RowChange {
  std::string section;
  std::string label;
  nlohmann::json before;  // null when the first record lacks the row
  nlohmann::json after;   // null when the second record lacks the row
};

struct RecordDiff {
  std::vector<FieldChange> fields;   // fields in the first record's order, then new ones
  std::vector<FieldChange> members;  // "date", then "conflict", when they differ
  std::vector<RowChange> rows;       // in the first record's row order, then new ones
  bool empty() const { return fields.empty() && members.empty() && rows.empty(); }
};

// The differences from `before` to `after`. Malformed parts count as absent; never throws.
RecordDiff DiffRecords(const nlohmann::json& before, const nlohmann::json& after);

// {"fields": [{"name", "before", "after"}...], "members": [...], "rows": [{"section",
// "label", "changed": [parts], "before", "after"}...]}: the diff as JSON, in the orders
// above ("changed" lists ChangedRowParts).
nlohmann::ordered_json RecordDiffToJson(const RecordDiff& diff);

}  // namespace amend
