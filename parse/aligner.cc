#include "parse/aligner.h"

#include <algorithm>

namespace amend {

std::vector<AlignStep> Align(int n_lines, int n_items, const std::function<double(int, int)>& match,
                             const std::function<double(int)>& deletion, const AlignCosts& costs) {
  const int w = n_items + 1;
  std::vector<double> m(static_cast<size_t>(n_lines) * n_items);
  for (int i = 0; i < n_lines; ++i) {
    for (int j = 0; j < n_items; ++j) m[static_cast<size_t>(i) * n_items + j] = match(i, j);
  }
  auto M = [&](int i, int j) { return m[static_cast<size_t>(i) * n_items + j]; };
  // d[i][j]: cheapest way to consume lines [0,i) and items [0,j).
  std::vector<double> d(static_cast<size_t>(n_lines + 1) * w, kNoMatch);
  std::vector<StepKind> how(d.size(), StepKind::kInsert);
  auto at = [&](int i, int j) -> size_t { return static_cast<size_t>(i) * w + j; };
  d[at(0, 0)] = 0;
  for (int i = 0; i <= n_lines; ++i) {
    for (int j = 0; j <= n_items; ++j) {
      double best = d[at(i, j)];
      StepKind kind = how[at(i, j)];
      auto consider = [&](double c, StepKind k) {
        if (c < best) best = c, kind = k;
      };
      if (i > 0 && j > 0) consider(d[at(i - 1, j - 1)] + M(i - 1, j - 1), StepKind::kMatch);
      if (i > 0 && j > 0) consider(d[at(i - 1, j)] + M(i - 1, j - 1) + costs.repeat, StepKind::kRepeat);
      if (i > 0) consider(d[at(i - 1, j)] + costs.insert, StepKind::kInsert);
      if (j > 0) consider(d[at(i, j - 1)] + deletion(j - 1), StepKind::kDelete);
      d[at(i, j)] = best;
      how[at(i, j)] = kind;
    }
  }
  std::vector<AlignStep> path;
  for (int i = n_lines, j = n_items; i > 0 || j > 0;) {
    switch (how[at(i, j)]) {
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
