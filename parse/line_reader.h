// How one line of sheet text can be read as one layout item: the readings the aligner
// scores (see sheet_parser.h for where they are used).
//
//   InputLine line = PrepareLine("TaxationNo specific mention.", 118, schema);
//   Reading r = ReadAs(line, schema.items[k], schema, options.distance);
//   // r.kind == ReadingKind::kAroundValue, r.label == "Taxation", r.merged == true,
//   // r.value == "No specific mention.", r.cost == 0
//
// Internal to parse/. Pure functions; thread-safe if the distance is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/label_distance.h"
#include "parse/schema.h"

namespace amend {

// A non-blank line of the input with what can be precomputed once.
struct InputLine {
  std::string text;   // without trailing whitespace
  int number = 0;     // 1-based line number in the input
  std::optional<size_t> tab;  // position of the first tab, when the line has one
  // The no-mention phrase found in a short line: [nm_begin, nm_end) of `text`.
  std::optional<std::pair<size_t, size_t>> no_mention;
  std::string key;             // FoldKey(text)
  std::vector<size_t> key_pos; // key[k] comes from text[key_pos[k]]
};

enum class ReadingKind {
  kNone,         // the line cannot be this item
  kTab,          // label<TAB>value
  kPrefix,       // label then value, no tab ("Banks No specific mention.")
  kAroundValue,  // label around (or before, run together) a recognized value
  kValueOnly,    // only a value; the label was lost
  kHeading,      // a section heading line
};

struct Reading {
  ReadingKind kind = ReadingKind::kNone;
  double cost = 0;      // label distance / label length (lost-label cost for kValueOnly)
  std::string label;    // the label as read (whitespace folded)
  std::string value;    // the value as read (raw, trimmed)
  bool merged = false;  // label and value touch without a separator
  bool split = false;   // label text continues after the value
};

InputLine PrepareLine(std::string_view text, int number, const Schema& schema);

// The cheapest reading of `line` as `item`, or kind kNone when its cost would exceed
// `max_cost`. `lost_cost` is the cost of a value-only reading (rows only). The label cost
// is halved when the value fits the field (a date for the date field, a vocabulary entry
// for a closed-vocabulary field). With a `bound`, the reading is that one only when its
// cost is at most `bound`; otherwise the result's cost is some value above `bound` (the
// label distances stop early).
Reading ReadAs(const InputLine& line, const LayoutItem& item, const Schema& schema,
               const LabelDistance& distance, double max_cost, double lost_cost,
               double bound = kNoBound);

}  // namespace amend
