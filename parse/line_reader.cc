#include "parse/line_reader.h"

#include <algorithm>
#include <cctype>

#include "parse/aligner.h"
#include "parse/values.h"

namespace amend {
namespace {

// Longest line searched for a value inside the label (labels are short).
constexpr size_t kMaxLabelLine = 300;

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// distance / length of the label, for a folded label read; exact when at most `limit`,
// otherwise some value above it (the distance may stop early: such a reading loses anyway).
double Cost(const LabelDistance& distance, std::string_view got_key, std::string_view want_key,
            double limit) {
  const double length = std::max<double>(1, want_key.size());
  // A little above the limit, so rounding never turns an exact cost into a cut-off one.
  return distance(got_key, want_key, limit * length * (1 + 1e-9) + 1e-9) / length;
}

// Reading of a line as label around the value at [b, e).
Reading AroundValue(std::string_view text, size_t b, size_t e) {
  Reading r;
  r.kind = ReadingKind::kAroundValue;
  std::string_view before = Trim(text.substr(0, b)), after = Trim(text.substr(e));
  r.label = FoldWhitespace(std::string(before) + " " + std::string(after));
  r.value = std::string(Trim(text.substr(b, e - b)));
  r.merged = (b > 0 && !IsSpace(text[b - 1])) || (e < text.size() && !IsSpace(text[e]) && !after.empty());
  r.split = !after.empty();
  return r;
}

// The best prefix of the line as the label with key `want` (plain Levenshtein of `want`
// against every prefix of the line's key), without its cost.
Reading Prefix(const InputLine& line, std::string_view want) {
  const size_t m = want.size();
  const size_t limit = std::min(line.key.size(), m + m / 2 + 2);
  std::vector<size_t> prev(limit + 1), cur(limit + 1);
  for (size_t k = 0; k <= limit; ++k) prev[k] = k;
  for (size_t i = 1; i <= m; ++i) {
    cur[0] = i;
    for (size_t k = 1; k <= limit; ++k) {
      cur[k] = std::min({prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (want[i - 1] == line.key[k - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  // Among the cheapest prefixes prefer one ending where the text has a space, then one
  // ending at a change between letters and digits ("Date13 Sep"), then the shortest.
  auto boundary = [&](size_t k) {
    if (k == 0 || k >= line.key.size()) return 2;
    size_t raw = line.key_pos[k];
    if (IsSpace(line.text[raw - 1])) return 2;
    bool a = std::isdigit(static_cast<unsigned char>(line.text[raw - 1])) != 0;
    bool b = std::isdigit(static_cast<unsigned char>(line.text[raw])) != 0;
    return a != b ? 1 : 0;
  };
  size_t best = 0;
  for (size_t k = 1; k <= limit; ++k) {
    if (prev[k] < prev[best] || (prev[k] == prev[best] && boundary(k) > boundary(best))) best = k;
  }
  Reading r;
  r.kind = ReadingKind::kPrefix;
  size_t split = best < line.key.size() ? line.key_pos[best] : line.text.size();
  r.label = FoldWhitespace(std::string_view(line.text).substr(0, split));
  r.value = std::string(Trim(std::string_view(line.text).substr(split)));
  r.merged = split > 0 && split < line.text.size() && !IsSpace(line.text[split - 1]);
  return r;
}

}  // namespace

InputLine PrepareLine(std::string_view text, int number, const Schema& schema) {
  InputLine line;
  size_t end = text.find_last_not_of(" \t\r\n");
  line.text = std::string(text.substr(0, end == std::string_view::npos ? 0 : end + 1));
  line.number = number;
  if (size_t tab = line.text.find('\t'); tab != std::string::npos) line.tab = tab;
  for (size_t i = 0; i < line.text.size(); ++i) {
    if (IsSpace(line.text[i])) continue;
    line.key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(line.text[i]))));
    line.key_pos.push_back(i);
  }
  if (line.text.size() <= kMaxLabelLine && !schema.no_mention.empty()) {
    size_t b = 0, e = 0;
    size_t edits = FindApproximate(line.text, schema.no_mention, &b, &e);
    if (edits * 4 <= schema.no_mention.size() && e > b) line.no_mention = std::make_pair(b, e);
  }
  return line;
}

Reading ReadAs(const InputLine& line, const LayoutItem& item, const Schema& schema,
               const LabelDistance& distance, double max_cost, double lost_cost, double bound) {
  const std::string& want = item.key;
  // A value that reads as what the field holds (a date, a vocabulary entry) is evidence
  // for the label: a badly damaged "Roglori<TAB>Europe and Eurasia" is still the Region.
  const bool typed = !item.vocab.empty() || (item.kind == ItemKind::kField && item.label == schema.date_field);
  // Label costs are needed exactly only up to `bar`: the most a cost may be and still be
  // kept (halved below when the value fits a typed field); for other fields, lowered to the
  // cost of the best reading so far, which a later one must beat. Readings often share a
  // label (a tab reading's is its no-mention reading's), so each is costed once.
  const double keep = std::min(max_cost, bound);  // the most a final cost need be exact
  double bar = typed ? 2 * keep : keep;
  std::vector<std::pair<std::string, double>> label_costs;  // folded label, cost
  auto label_cost = [&](std::string_view label) {
    std::string key = FoldKey(label);
    for (const auto& [k, c] : label_costs) {
      if (k == key) return c;  // exact, or above a bar at least as high as now
    }
    double c = Cost(distance, key, want, bar);
    label_costs.emplace_back(std::move(key), c);
    return c;
  };
  std::vector<Reading> readings;
  auto add = [&](Reading r) {
    if (!typed && (r.kind == ReadingKind::kValueOnly || r.cost <= max_cost)) bar = std::min(bar, r.cost);
    readings.push_back(std::move(r));
  };
  if (item.kind == ItemKind::kSection) {
    bool bare = !line.tab || Trim(std::string_view(line.text).substr(*line.tab)).empty();
    if (bare) add({ReadingKind::kHeading, label_cost(line.text), FoldWhitespace(line.text), "", false, false});
  } else {
    if (line.tab) {
      Reading r;
      r.kind = ReadingKind::kTab;
      r.label = FoldWhitespace(std::string_view(line.text).substr(0, *line.tab));
      r.value = std::string(Trim(std::string_view(line.text).substr(*line.tab)));
      r.cost = label_cost(r.label);
      add(std::move(r));
    } else {
      Reading r = Prefix(line, want);
      r.cost = label_cost(r.label) + 0.05;  // a tab or a recognized value is better evidence of the boundary
      add(std::move(r));
    }
    if (line.no_mention) {
      Reading r = AroundValue(line.text, line.no_mention->first, line.no_mention->second);
      if (r.label.empty()) {
        if (item.kind == ItemKind::kRow) add({ReadingKind::kValueOnly, lost_cost, "", r.value, false, false});
      } else {
        r.cost = label_cost(r.label);
        add(std::move(r));
      }
    }
    // A closed-vocabulary value inside a short untabbed line: the label may wrap around it.
    if (!line.tab) {
      for (const std::string& v : item.vocab) {
        if (line.text.size() > item.label.size() + v.size() + 20) continue;  // more than label and value
        size_t b = 0, e = 0;
        size_t edits = FindApproximate(line.text, v, &b, &e);
        if (edits * 5 > v.size() || e <= b) continue;
        Reading r = AroundValue(line.text, b, e);
        r.cost = label_cost(r.label);
        add(std::move(r));
      }
    }
    // A line that starts with a quote or a category path of this section: only a value.
    // So is a value after an empty label cell (the layout found the row, OCR lost its label).
    const bool no_label = line.tab && Trim(std::string_view(line.text).substr(0, *line.tab)).empty();
    if (item.kind == ItemKind::kRow && (!line.tab || no_label)) {
      std::string_view t = Trim(std::string_view(line.text).substr(no_label ? *line.tab : 0));
      bool quote = t.substr(0, schema.quote_prefix.size()) == schema.quote_prefix && t.find(':') < schema.quote_prefix.size() + 6;
      bool path = t.substr(0, item.section.size()) == item.section && NormalizeArrows(t.substr(item.section.size(), 5)).rfind("\xe2\x86\x92", 0) == 0;
      if (quote || path) add({ReadingKind::kValueOnly, lost_cost, "", std::string(Trim(t)), false, false});
    }
  }
  size_t longest = 0;
  for (const std::string& v : item.vocab) longest = std::max(longest, v.size());
  for (Reading& r : readings) {
    if (!typed || r.value.empty() || r.value.size() > 2 * longest + 20) continue;  // too long to fit
    // Halving cannot bring a label this far under max_cost (or the bound): skip the
    // vocabulary check.
    if (r.kind != ReadingKind::kValueOnly && r.cost > 2 * keep) continue;
    bool fits = item.vocab.empty() ? ParseIsoDate(r.value).has_value() : SnapToVocabulary(r.value, item.vocab, distance).known;
    if (fits) r.cost *= 0.5;
  }
  Reading best;
  best.cost = kNoMatch;
  for (Reading& r : readings) {
    bool allowed = r.kind == ReadingKind::kValueOnly || r.cost <= max_cost;
    if (allowed && r.cost < best.cost) best = std::move(r);
  }
  if (best.kind == ReadingKind::kNone) best.cost = kNoMatch;
  return best;
}

}  // namespace amend
