// Edit distances used to match damaged text against what the schema expects.
//
//   LabelDistance d = PlainLevenshtein;          // or the OCR-aware one from rules/
//   double cost = d("Agroomont", "Agreement", kNoBound);   // 3 (edits)
//   size_t begin, end; size_t edits = FindApproximate("TaxationNo", "Taxation", &begin, &end);
//
// A LabelDistance returns the number of edits (possibly fractional: an OCR-aware
// distance charges less for a likely confusion such as e/o or rn/m) that turn `got` into
// `want` when that number is at most `bound`; otherwise it may return any value above
// `bound` (so a distance can give up early on pairs the caller will reject anyway). It
// must be thread-safe and return 0 for equal strings. The parser calls it on folded keys
// (FoldKey: lower case, no whitespace), so it need not care about either.
#pragma once

#include <cstddef>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

namespace amend {

using LabelDistance =
    std::function<double(std::string_view got, std::string_view want, double bound)>;

// The bound that asks a LabelDistance for the exact distance.
inline constexpr double kNoBound = std::numeric_limits<double>::infinity();

// Levenshtein distance over bytes (insert, delete, substitute each cost 1). The default
// LabelDistance (always exact: `bound` is not used); thread-safe.
double PlainLevenshtein(std::string_view got, std::string_view want, double bound = kNoBound);

// Levenshtein distance over Unicode code points of two UTF-8 strings (bytes that are not
// valid UTF-8 count as one character each). For character error rates.
size_t CodePointLevenshtein(std::string_view a, std::string_view b);

// Number of code points in a UTF-8 string (invalid bytes count one each).
size_t CodePointLength(std::string_view s);

// The comparison key of a label or value: ASCII lower case, whitespace removed.
std::string FoldKey(std::string_view s);

// Where `pattern` best occurs inside `text` with edits (semi-global alignment, plain
// Levenshtein): returns the number of edits and sets *begin/*end to the matched span of
// `text`. Ties go to the leftmost, longest span.
size_t FindApproximate(std::string_view text, std::string_view pattern, size_t* begin, size_t* end);

}  // namespace amend
