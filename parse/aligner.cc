#include "parse/aligner.h"

#include <algorithm>
#include <cmath>

namespace amend {
namespace {

// Half-width of the band of items (around the line's proportional position) whose match
// costs the first pass computes.
constexpr int kFirstPassBand = 10;

// The DP table: d[i][j] is the cheapest way to consume lines [0,i) and items [0,j), how[i][j]
// the last step of it.
struct Table {
  int w;
  std::vector<double> d;
  std::vector<StepKind> how;
  size_t at(int i, int j) const { return static_cast<size_t>(i) * w + j; }
};

// Fills the table. `match_cost(i, j, t)` gives the cost of line i as item j while row i + 1
// is filled (rows up to i are final in t).
template <typename MatchCost>
Table Fill(int n_lines, int n_items, MatchCost&& match_cost, const std::vector<double>& deletion,
           const AlignCosts& costs) {
  Table t{n_items + 1, std::vector<double>(static_cast<size_t>(n_lines + 1) * (n_items + 1), kNoMatch), {}};
  t.how.assign(t.d.size(), StepKind::kInsert);
  t.d[t.at(0, 0)] = 0;
  for (int i = 0; i <= n_lines; ++i) {
    for (int j = 0; j <= n_items; ++j) {
      double best = t.d[t.at(i, j)];
      StepKind kind = t.how[t.at(i, j)];
      auto consider = [&](double c, StepKind k) {
        if (c < best) best = c, kind = k;
      };
      if (i > 0 && j > 0) {
        const double m = match_cost(i - 1, j - 1, t);
        consider(t.d[t.at(i - 1, j - 1)] + m, StepKind::kMatch);
        consider(t.d[t.at(i - 1, j)] + m + costs.repeat, StepKind::kRepeat);
      }
      if (i > 0) consider(t.d[t.at(i - 1, j)] + costs.insert, StepKind::kInsert);
      if (j > 0) consider(t.d[t.at(i, j - 1)] + deletion[j - 1], StepKind::kDelete);
      t.d[t.at(i, j)] = best;
      t.how[t.at(i, j)] = kind;
    }
  }
  return t;
}

}  // namespace

std::vector<AlignStep> Align(int n_lines, int n_items, const MatchCost& match,
                             const std::function<double(int)>& deletion, const AlignCosts& costs) {
  std::vector<double> del(n_items);
  double min_del = kNoMatch;
  for (int j = 0; j < n_items; ++j) min_del = std::min(min_del, del[j] = deletion(j));
  // Exact match costs, NaN until computed.
  std::vector<double> known(static_cast<size_t>(n_lines) * n_items, std::nan(""));
  auto exact = [&](int i, int j) {
    double& m = known[static_cast<size_t>(i) * n_items + j];
    if (std::isnan(m)) m = match(i, j, kNoMatch);
    return m;
  };
  // First pass: match costs near the diagonal only, the others taken as impossible. Its
  // cost is that of an alignment, so `upper` is at least the optimum.
  const double upper =
      Fill(n_lines, n_items,
           [&](int i, int j, const Table&) {
             const int center = n_lines > 0 ? static_cast<int>(static_cast<long>(i) * n_items / n_lines) : 0;
             return std::abs(j - center) <= kFirstPassBand ? exact(i, j) : kNoMatch;
           },
           del, costs)
          .d.back();
  // Second pass, the real one. A pair can be on an optimal path only if the cost up to it,
  // its match cost and a lower bound of the rest (the lines or items left over must be
  // inserted, repeated or deleted) are at most `upper`; so its match cost is needed exactly
  // only up to that. A cost above it may come back inexact (any value above): every path
  // through it then costs more than the optimum, which keeps the optimal path, its costs
  // and its ties as they are. The slack covers rounding in the sums.
  const double per_line = std::max(0.0, std::min(costs.insert, costs.repeat));
  const double per_item = std::max(0.0, min_del);
  const double slack = 1e-7 * (1 + std::abs(upper));
  Table t = Fill(
      n_lines, n_items,
      [&](int i, int j, const Table& t) {
        const double& m = known[static_cast<size_t>(i) * n_items + j];
        if (!std::isnan(m)) return m;
        const int lines_left = n_lines - i - 1, items_left = n_items - j - 1;
        const double rest = lines_left > items_left ? (lines_left - items_left) * per_line
                                                    : (items_left - lines_left) * per_item;
        const double before = std::min(t.d[t.at(i, j)], t.d[t.at(i, j + 1)] + costs.repeat);
        const double bound = upper - before - rest + slack;
        return bound < 0 ? kNoMatch : match(i, j, bound);
      },
      del, costs);
  std::vector<AlignStep> path;
  for (int i = n_lines, j = n_items; i > 0 || j > 0;) {
    switch (t.how[t.at(i, j)]) {
      case StepKind::kMatch: path.push_back({StepKind::kMatch, --i, --j}); break;
      case StepKind::kRepeat: path.push_back({StepKind::kRepeat, --i, j - 1}); break;
      case StepKind::kInsert: path.push_back({StepKind::kInsert, --i, -1}); break;
      case StepKind::kDelete: path.push_back({StepKind::kDelete, -1, --j}); break;
    }
  }
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace amend
