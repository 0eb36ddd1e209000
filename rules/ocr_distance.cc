#include "rules/ocr_distance.h"

#include <algorithm>
#include <charconv>
#include <limits>

#include <unicode/utf8.h>

#include "base/file_io.h"

namespace amend {
namespace {

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

char32_t LowerAscii(char32_t c) { return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c; }

bool EndsWith(const std::u32string& s, size_t end, const std::u32string& suffix) {
  return suffix.size() <= end && s.compare(end - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

void ConfusionTable::Index() {
  by_last.clear();
  for (const Confusion& c : confusions) {
    if (c.from.empty() || c.to.empty()) continue;
    by_last.insert({c.from.back(), {c.from, {c.to, c.cost}}});
    by_last.insert({c.to.back(), {c.to, {c.from, c.cost}}});
  }
}

StatusOr<ConfusionTable> ParseConfusionTable(std::string_view tsv, std::string_view file_name) {
  ConfusionTable table;
  size_t line_no = 0, begin = 0;
  while (begin < tsv.size()) {
    size_t end = tsv.find('\n', begin);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(begin, end - begin);
    begin = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    auto error = [&](const std::string& m) {
      return RuleError(std::string(file_name) + ":" + std::to_string(line_no) + ": " + m);
    };
    if (t2 == std::string_view::npos) return error("expected from<TAB>to<TAB>cost");
    std::string_view from = line.substr(0, t1), to = line.substr(t1 + 1, t2 - t1 - 1);
    std::string cost_text(line.substr(t2 + 1));
    if (from.empty() || to.empty()) return error("empty confusion");
    double cost = 0;
    auto [ptr, ec] = std::from_chars(cost_text.data(), cost_text.data() + cost_text.size(), cost);
    if (ec != std::errc() || ptr != cost_text.data() + cost_text.size() || cost < 0) {
      return error("bad cost \"" + cost_text + "\" (expected a number >= 0)");
    }
    table.confusions.push_back({ToU32(from), ToU32(to), cost});
  }
  table.Index();
  return table;
}

StatusOr<ConfusionTable> LoadConfusionTable(const std::string& path) {
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return RuleError(text.status().message());
  return ParseConfusionTable(*text, path);
}

double OcrDistance(std::string_view a_text, std::string_view b_text, const ConfusionTable& t) {
  std::u32string a = ToU32(a_text), b = ToU32(b_text);
  const size_t n = a.size(), m = b.size();
  std::vector<double> dp((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> double& { return dp[i * (m + 1) + j]; };
  for (size_t i = 0; i <= n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      if (i == 0 && j == 0) continue;
      double best = std::numeric_limits<double>::infinity();
      if (i > 0) best = std::min(best, at(i - 1, j) + t.indel_cost);
      if (j > 0) best = std::min(best, at(i, j - 1) + t.indel_cost);
      if (i > 0 && j > 0) {
        char32_t x = a[i - 1], y = b[j - 1];
        double sub = x == y                             ? 0
                     : LowerAscii(x) == LowerAscii(y) ? t.case_cost
                                                      : t.substitution_cost;
        best = std::min(best, at(i - 1, j - 1) + sub);
        auto range = t.by_last.equal_range(x);
        for (auto it = range.first; it != range.second; ++it) {
          const std::u32string& from = it->second.first;
          const std::u32string& to = it->second.second.first;
          if (EndsWith(a, i, from) && EndsWith(b, j, to)) {
            best = std::min(best, at(i - from.size(), j - to.size()) + it->second.second.second);
          }
        }
      }
      at(i, j) = best;
    }
  }
  return at(n, m);
}

VocabularyMatcher::VocabularyMatcher(std::vector<std::string> entries, ConfusionTable table)
    : entries_(std::move(entries)), table_(std::move(table)) {
  if (table_.by_last.empty()) table_.Index();
  for (const std::string& e : entries_) lengths_.push_back(std::max<size_t>(1, ToU32(e).size()));
}

std::optional<Snap> VocabularyMatcher::Match(std::string_view token,
                                             const SnapOptions& options) const {
  Snap best;
  best.distance = 1e9;
  for (size_t k = 0; k < entries_.size(); ++k) {
    if (entries_[k] == token) return Snap{entries_[k], 0, 1e9};
    double d = OcrDistance(token, entries_[k], table_) / static_cast<double>(lengths_[k]);
    if (d < best.distance) {
      best.runner_up = best.distance;
      best.distance = d;
      best.entry = entries_[k];
    } else if (d < best.runner_up) {
      best.runner_up = d;
    }
  }
  if (best.entry.empty() && entries_.empty()) return std::nullopt;
  if (best.distance > options.max_distance) return std::nullopt;
  if (best.runner_up - best.distance < options.margin) return std::nullopt;
  return best;
}

}  // namespace amend
