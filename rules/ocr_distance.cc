#include "rules/ocr_distance.h"

#include <algorithm>
#include <atomic>
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

namespace {

// A confusion whose matched side ends the prefix a[0, i) of the token: the other side
// `to` must end the prefix of the entry for the jump to apply.
struct TokenConfusion {
  size_t from_size;
  const std::u32string* to;
  double cost;
};

// The confusions that apply at each prefix length of a token, found once per token
// instead of once per DP cell. at[i] lists those ending at a[i - 1].
struct TokenIndex {
  std::u32string a;
  std::vector<size_t> begin;  // n + 2 offsets into `list`
  std::vector<TokenConfusion> list;
};

void BuildTokenIndex(std::string_view text, const ConfusionTable& t, TokenIndex* out) {
  out->a = ToU32(text);
  out->list.clear();
  out->begin.assign(1, 0);
  out->begin.push_back(0);  // prefix length 0: nothing ends there
  for (size_t i = 1; i <= out->a.size(); ++i) {
    auto range = t.by_last.equal_range(out->a[i - 1]);
    for (auto it = range.first; it != range.second; ++it) {
      const std::u32string& from = it->second.first;
      if (EndsWith(out->a, i, from)) {
        out->list.push_back({from.size(), &it->second.second.first, it->second.second.second});
      }
    }
    out->begin.push_back(out->list.size());
  }
}

// The DP of OcrDistance between the indexed token and `b`. Returns the exact distance when
// it is <= bound; otherwise some value > bound (the DP stops once `window` consecutive
// rows all exceed the bound: no confusion spans more rows than that, and costs are >= 0,
// so every path to the last cell crosses one of those rows).
double BoundedDistance(const TokenIndex& x, const std::u32string& b, const ConfusionTable& t,
                       double bound, size_t window, std::vector<double>* dp_buffer) {
  const std::u32string& a = x.a;
  const size_t n = a.size(), m = b.size();
  std::vector<double>& dp = *dp_buffer;
  dp.resize((n + 1) * (m + 1));
  auto at = [&](size_t i, size_t j) -> double& { return dp[i * (m + 1) + j]; };
  size_t rows_over = 0;
  for (size_t i = 0; i <= n; ++i) {
    double row_min = std::numeric_limits<double>::infinity();
    for (size_t j = 0; j <= m; ++j) {
      if (i == 0 && j == 0) {
        at(0, 0) = 0;
        row_min = 0;
        continue;
      }
      double best = std::numeric_limits<double>::infinity();
      if (i > 0) best = std::min(best, at(i - 1, j) + t.indel_cost);
      if (j > 0) best = std::min(best, at(i, j - 1) + t.indel_cost);
      if (i > 0 && j > 0) {
        char32_t p = a[i - 1], q = b[j - 1];
        double sub = p == q                             ? 0
                     : LowerAscii(p) == LowerAscii(q) ? t.case_cost
                                                      : t.substitution_cost;
        best = std::min(best, at(i - 1, j - 1) + sub);
        for (size_t k = x.begin[i]; k < x.begin[i + 1]; ++k) {
          const TokenConfusion& c = x.list[k];
          if (c.to->back() == q && EndsWith(b, j, *c.to)) {  // the last character first: cheap
            best = std::min(best, at(i - c.from_size, j - c.to->size()) + c.cost);
          }
        }
      }
      at(i, j) = best;
      row_min = std::min(row_min, best);
    }
    rows_over = row_min > bound ? rows_over + 1 : 0;
    if (rows_over >= window) return std::numeric_limits<double>::infinity();
  }
  return at(n, m);
}

// The bag of characters bound. Put the characters of both strings into buckets (ASCII
// case folded, other code points hashed). An equal or case-equal pair of characters, or
// any pair in one bucket, consumes one character of each side's bag; so the characters of
// a bucket in excess on one side (count in a minus count in b, if positive) must each be
// consumed by a substitution, an indel or a confusion. Give each bucket a weight per side:
// min(substitution, indel cost), lowered to cost / side length for every confusion that
// can apply to this token and has a character of the bucket on that side. Then every edit
// costs at least the summed weights of the characters it consumes on either side, and the
// distance is at least the larger of the two sides' weighted excesses.
constexpr size_t kBagBuckets = 192;

size_t Bucket(char32_t c) {
  return c < 128 ? LowerAscii(c) : 128 + ((static_cast<uint32_t>(c) * 2654435761u) >> 7) % 64;
}

// The token's side of the bound: its bag, the weights, and sum(count x weight_a).
struct TokenBag {
  std::vector<uint32_t> count = std::vector<uint32_t>(kBagBuckets);
  std::vector<double> weight_a = std::vector<double>(kBagBuckets);  // for the token's excess
  std::vector<double> weight_b = std::vector<double>(kBagBuckets);  // for the entry's excess
  double total_a = 0;
};

void BuildTokenBag(const TokenIndex& x, const ConfusionTable& t, TokenBag* out) {
  std::fill(out->count.begin(), out->count.end(), 0);
  const double base = std::min(t.substitution_cost, t.indel_cost);
  std::fill(out->weight_a.begin(), out->weight_a.end(), base);
  std::fill(out->weight_b.begin(), out->weight_b.end(), base);
  const std::u32string& a = x.a;
  for (char32_t c : a) ++out->count[Bucket(c)];
  // The confusions the DP can use are those ending somewhere in the token (x.list).
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t k = x.begin[i]; k < x.begin[i + 1]; ++k) {
      const TokenConfusion& c = x.list[k];
      const double per_a = c.cost / static_cast<double>(c.from_size);
      for (size_t p = i - c.from_size; p < i; ++p) {
        double& w = out->weight_a[Bucket(a[p])];
        w = std::min(w, per_a);
      }
      const double per_b = c.cost / static_cast<double>(c.to->size());
      for (char32_t q : *c.to) {
        double& w = out->weight_b[Bucket(q)];
        w = std::min(w, per_b);
      }
    }
  }
  out->total_a = 0;
  for (size_t b = 0; b < kBagBuckets; ++b) out->total_a += out->count[b] * out->weight_a[b];
}

// A lower bound of the distance between the token of `bag` (n code points) and an entry
// of m code points with the given bag, each edit changing the length costing at least
// `length_change_cost` per code point.
double LowerBound(const TokenBag& bag, size_t n, size_t m, const uint32_t* bucket,
                  const uint32_t* count, size_t items, double length_change_cost) {
  const double length_gap = static_cast<double>(n > m ? n - m : m - n);
  double excess_a = bag.total_a, excess_b = 0;
  for (size_t p = 0; p < items; ++p) {
    const uint32_t in_token = bag.count[bucket[p]];
    excess_a -= std::min(count[p], in_token) * bag.weight_a[bucket[p]];
    if (count[p] > in_token) excess_b += (count[p] - in_token) * bag.weight_b[bucket[p]];
  }
  return std::max({length_gap * length_change_cost, excess_a, excess_b});
}

// Appends the bag of `s` (its non-empty buckets and their counts) to the flat arrays.
void AppendBag(const std::u32string& s, std::vector<uint32_t>* bucket, std::vector<uint32_t>* count) {
  std::vector<uint32_t> counts(kBagBuckets);
  for (char32_t c : s) ++counts[Bucket(c)];
  for (size_t b = 0; b < kBagBuckets; ++b) {
    if (counts[b] == 0) continue;
    bucket->push_back(static_cast<uint32_t>(b));
    count->push_back(counts[b]);
  }
}

// What the table implies for bounded distances: the most code points a confusion's side
// spans (BoundedDistance's window), and the least cost per code point of length change.
void TableBounds(const ConfusionTable& t, size_t* window, double* length_change_cost) {
  *length_change_cost = t.indel_cost;
  for (const auto& [last, c] : t.by_last) {
    *window = std::max(*window, c.first.size());
    size_t a = c.first.size(), b = c.second.first.size();
    if (a != b) {
      double per_char = c.second.second / static_cast<double>(a > b ? a - b : b - a);
      *length_change_cost = std::min(*length_change_cost, per_char);
    }
  }
}

// Whether a lower bound exceeds `limit` beyond rounding (1e-6, relative and absolute: the
// bound's sums may round up a little).
bool Beyond(double lower, double limit) { return lower > limit * (1 + 1e-6) + 1e-6; }

}  // namespace

double OcrDistance(std::string_view a_text, std::string_view b_text, const ConfusionTable& t) {
  TokenIndex x;
  BuildTokenIndex(a_text, t, &x);
  std::vector<double> dp;
  return BoundedDistance(x, ToU32(b_text), t, std::numeric_limits<double>::infinity(),
                         std::numeric_limits<size_t>::max(), &dp);
}

BoundedOcrDistance::BoundedOcrDistance(ConfusionTable table, const std::vector<std::string>& targets)
    : table_(std::move(table)) {
  static std::atomic<uint64_t> next_id{1};
  id_ = next_id++;
  if (table_.by_last.empty()) table_.Index();
  for (const std::string& target : targets) {
    if (!index_.emplace(target, targets_u32_.size()).second) continue;
    targets_u32_.push_back(ToU32(target));
    bag_begin_.push_back(bag_bucket_.size());
    AppendBag(targets_u32_.back(), &bag_bucket_, &bag_count_);
  }
  bag_begin_.push_back(bag_bucket_.size());
  TableBounds(table_, &window_, &length_change_cost_);
}

double BoundedOcrDistance::operator()(std::string_view a, std::string_view b, double bound) const {
  // The last `a` of this thread, prepared for the lower bound and the DP.
  struct Token {
    uint64_t owner = 0;
    std::string text;
    TokenIndex x;
    TokenBag bag;
  };
  thread_local Token token;
  thread_local std::vector<double> dp;
  thread_local std::u32string other;  // `b` when it is no target
  thread_local std::vector<uint32_t> other_bucket, other_count;
  if (token.owner != id_ || token.text != a) {
    token.owner = id_;
    token.text.assign(a);
    BuildTokenIndex(a, table_, &token.x);
    BuildTokenBag(token.x, table_, &token.bag);
  }
  const std::u32string* target = &other;
  const uint32_t *bucket = nullptr, *count = nullptr;
  size_t items = 0;
  if (auto it = index_.find(b); it != index_.end()) {
    const size_t k = it->second, p = bag_begin_[k];
    target = &targets_u32_[k];
    bucket = bag_bucket_.data() + p;
    count = bag_count_.data() + p;
    items = bag_begin_[k + 1] - p;
  } else {
    other = ToU32(b);
    other_bucket.clear();
    other_count.clear();
    AppendBag(other, &other_bucket, &other_count);
    bucket = other_bucket.data();
    count = other_count.data();
    items = other_bucket.size();
  }
  const double lower = LowerBound(token.bag, token.x.a.size(), target->size(), bucket, count,
                                  items, length_change_cost_);
  if (Beyond(lower, bound)) return lower;
  return BoundedDistance(token.x, *target, table_, bound, window_, &dp);
}

VocabularyMatcher::VocabularyMatcher(std::vector<std::string> entries, ConfusionTable table)
    : entries_(std::move(entries)), table_(std::move(table)), cache_(kCacheSlots) {
  if (table_.by_last.empty()) table_.Index();
  for (size_t k = 0; k < entries_.size(); ++k) {
    entries_u32_.push_back(ToU32(entries_[k]));
    lengths_.push_back(std::max<size_t>(1, entries_u32_.back().size()));
    exact_.emplace(entries_[k], k);  // keeps the first of duplicates, as the scan did
    bag_begin_.push_back(bag_bucket_.size());
    AppendBag(entries_u32_.back(), &bag_bucket_, &bag_count_);
  }
  bag_begin_.push_back(bag_bucket_.size());
  TableBounds(table_, &window_, &length_change_cost_);
}

std::optional<Snap> VocabularyMatcher::Match(std::string_view token,
                                             const SnapOptions& options) const {
  if (auto it = exact_.find(token); it != exact_.end()) return Snap{entries_[it->second], 0, 1e9};
  if (token.size() > kCacheMaxToken) return Search(token, options);
  thread_local std::string key;
  key.assign(reinterpret_cast<const char*>(&options.max_distance), sizeof(double));
  key.append(reinterpret_cast<const char*>(&options.margin), sizeof(double));
  key.append(token);
  CacheSlot& slot = cache_[std::hash<std::string_view>()(key) % kCacheSlots];
  {
    std::lock_guard<std::mutex> lock(cache_mutex_);
    if (slot.key == key) return slot.answer;
  }
  std::optional<Snap> answer = Search(token, options);
  std::lock_guard<std::mutex> lock(cache_mutex_);
  slot.key = key;
  slot.answer = answer;
  return answer;
}

std::optional<Snap> VocabularyMatcher::Search(std::string_view token,
                                              const SnapOptions& options) const {
  if (entries_.empty()) return std::nullopt;
  thread_local TokenIndex x;
  thread_local std::vector<double> dp;
  thread_local TokenBag bag;
  thread_local std::vector<std::pair<double, size_t>> order;  // (lower bound / length, k)
  BuildTokenIndex(token, table_, &x);
  BuildTokenBag(x, table_, &bag);
  // Only entries within `limit` (per character) can change the answer: a better best must
  // pass max_distance, and a runner-up beyond best + margin cannot refuse it. The limit
  // shrinks as better entries are found, so the entries are tried in the order of their
  // lower bounds, nearest first. Lower bounds are compared with a margin (1e-6, relative
  // and absolute) so rounding in their sums never cuts off an entry at the limit.
  const double margin = std::max(options.margin, 0.0);
  order.clear();
  for (size_t k = 0; k < entries_.size(); ++k) {
    const size_t p = bag_begin_[k];
    const double lower =
        LowerBound(bag, x.a.size(), entries_u32_[k].size(), bag_bucket_.data() + p,
                   bag_count_.data() + p, bag_begin_[k + 1] - p, length_change_cost_);
    const double per_char = lower / static_cast<double>(lengths_[k]);
    if (!Beyond(per_char, options.max_distance + margin)) order.push_back({per_char, k});
  }
  std::sort(order.begin(), order.end());
  Snap best;
  best.distance = 1e9;
  size_t best_k = entries_.size();
  for (const auto& [per_char, k] : order) {
    const double limit = std::min(options.max_distance, best.distance) + margin;
    if (Beyond(per_char, limit)) break;  // and so are all the entries after this one
    const double len = static_cast<double>(lengths_[k]);
    // A little above the limit, so rounding never cuts off an entry exactly at it.
    const double bound = limit * len * (1 + 1e-9) + 1e-9;
    double dist = BoundedDistance(x, entries_u32_[k], table_, bound, window_, &dp);
    if (dist > bound) continue;
    // The first nearest entry in vocabulary order wins, whatever the order of trying.
    double d = dist / len;
    if (d < best.distance || (d == best.distance && k < best_k)) {
      best.runner_up = best.distance;
      best.distance = d;
      best_k = k;
    } else if (d < best.runner_up) {
      best.runner_up = d;
    }
  }
  if (best_k == entries_.size()) return std::nullopt;
  if (best.distance > options.max_distance) return std::nullopt;
  if (best.runner_up - best.distance < options.margin) return std::nullopt;
  best.entry = entries_[best_k];
  return best;
}

}  // namespace amend
