// Reading the value cells of a sheet: dates, "No specific mention.", category paths,
// quotes, closed-vocabulary values.
//
//   ParseIsoDate("13 Sep 1993")                      -> "1993-09-13"
//   NormalizeArrows("Groups -> Children")            -> "Groups→Children"
//   RowValue v = SplitRowValue("A→B→C Page 1:text", {"A"}, "Page");
//   // v.codes == {"A→B→C"}, v.quotes == {{1, "text"}}
//
// Pure functions of their arguments; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/label_distance.h"
#include "parse/record.h"

namespace amend {

// A date as printed on a sheet ("13 Sep 1993", "13 September 1993", "Sep 13, 1993",
// "13/09/1993", "1993-09-13"; digits misread as O/o/l/I are read as 0/1) as ISO 8601
// "YYYY-MM-DD". nullopt when it is not a readable, valid calendar date.
std::optional<std::string> ParseIsoDate(std::string_view text);

// `date` with each month name or abbreviation (a prefix of three letters or more of the
// English name) capitalized as printed: "9 jun 2023" -> "9 Jun 2023", "MAY" -> "May".
// Other words and all other characters are kept.
std::string CapitalizeMonths(std::string_view date);

// Replaces each arrow OCR makes of "→" ("->", "-->", "—>", "–>", "=>", "⇒", "➔") with
// "→" and drops the spaces around arrows.
std::string NormalizeArrows(std::string_view text);

struct RowValue {
  std::vector<std::string> codes;  // category paths, arrows normalized
  std::vector<Quote> quotes;       // "Page N:" excerpts, prefix removed, trimmed
};

// Splits a mentioned row's value into its category paths (the text before the first
// quote) and its quotes ("Page N:", N may be misread as l/I/O: "Page l:" is page 1). A new
// path starts wherever one of `sections`, after a space, is followed by an arrow or an OCR
// reading of one (">", "-", "~", "+", a dash: "G>R>A G-R>B" is two paths, left for the
// vocabulary snap to repair); text with no arrow before the first quote is kept as one path.
RowValue SplitRowValue(std::string_view value, const std::vector<std::string>& sections,
                       std::string_view quote_prefix);

// Edits between `value` and the no-mention phrase when `value` is that phrase, damaged
// by at most a quarter of its length ("o specific mention." -> 1); nullopt otherwise.
std::optional<int> NoMentionEdits(std::string_view value, std::string_view phrase);

struct Snapped {
  std::string value;     // the vocabulary entry, or the input when none is close enough
  bool changed = false;  // value differs from the input (beyond surrounding whitespace)
  bool known = false;    // value is a vocabulary entry
};

// The vocabulary entry nearest to `value` (compared as FoldKey, by `distance`) when it is
// within `max_ratio` of the entry's length and closer than any other entry. Category
// paths share long prefixes, so they are snapped with a smaller ratio than field values.
Snapped SnapToVocabulary(std::string_view value, const std::vector<std::string>& vocab,
                         const LabelDistance& distance, double max_ratio = 1.0 / 3);

// Trims spaces/tabs/CR/LF at both ends and folds runs of whitespace to one space.
std::string FoldWhitespace(std::string_view text);

}  // namespace amend
