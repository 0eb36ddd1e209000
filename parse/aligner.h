// Aligns the lines of a text to the expected items of a layout by dynamic programming:
// the minimum-cost sequence of steps that consumes every line and every item.
//
//   AlignCosts costs;                                   // defaults suit sheet text
//   std::vector<AlignStep> path = Align(n_lines, n_items,
//       [&](int line, int item, double bound) { return LabelCost(line, item); },  // kNoMatch if impossible
//       [&](int item) { return items[item].is_heading ? 0.3 : 0.8; }, costs);
//
// Steps: kMatch (line reads as item), kInsert (a line that is no item: noise, a wrapped
// value, the conflict block), kDelete (an item the text lost), kRepeat (a line that reads
// as the item matched just before: a row printed twice). The path comes back in text
// order. Pure function; thread-safe if the callbacks are.
//
// Speed: a first pass aligns with the match costs near the diagonal only; its cost bounds
// the optimum, so the second pass asks for each other pair's cost only up to what could
// still put the pair on an optimal path (`bound`), and skips pairs that cannot be on one.
#pragma once

#include <functional>
#include <limits>
#include <vector>

namespace amend {

inline constexpr double kNoMatch = std::numeric_limits<double>::infinity();

struct AlignCosts {
  double insert = 0.5;   // one line that is no item
  double repeat = 0.15;  // added to the match cost of a line that repeats the previous item
};

enum class StepKind { kMatch, kInsert, kDelete, kRepeat };

struct AlignStep {
  StepKind kind;
  int line;  // -1 for kDelete
  int item;  // -1 for kInsert; for kRepeat the repeated item
};

// `match(line, item, bound)`: the cost of reading `line` as `item` (kNoMatch when it
// cannot be) when that is at most `bound`; otherwise any value above `bound`. Align asks
// for each pair at most once (near the diagonal with bound kNoMatch: the exact cost).
using MatchCost = std::function<double(int line, int item, double bound)>;

// `deletion(item)`: cost of the text having lost `item`. All costs must be >= 0. The path
// is the one the plain DP over all exact match costs finds (the same ties).
std::vector<AlignStep> Align(int n_lines, int n_items, const MatchCost& match,
                             const std::function<double(int)>& deletion, const AlignCosts& costs);

}  // namespace amend
