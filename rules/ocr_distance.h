// An edit distance that knows how OCR misreads text, and a matcher that snaps a damaged
// token or cell to the nearest entry of a closed vocabulary.
//
//   StatusOr<ConfusionTable> table = LoadConfusionTable(AMEND_SOURCE_DIR "/rules/data/confusions.tsv");
//   double d = OcrDistance("Agroomont", "Agreement", *table);   // 2 x (o/e) = 0.6
//   VocabularyMatcher regions({"Americas", "Europe and Eurasia"}, *table);
//   std::optional<Snap> s = regions.Match("Europo and Eurasia", SnapOptions{});
//   if (s) Use(s->entry);                                          // "Europe and Eurasia"
//
// OcrDistance contract: the minimum total cost of turning `a` into `b` (compared as Unicode
// code points; invalid UTF-8 bytes count as one U+FFFD each) where
//   - an equal code point costs 0; one that differs only in ASCII case costs
//     table.case_cost;
//   - a confusion "x<TAB>y<TAB>c" of the table replaces the string x by y, or y by x, for
//     cost c (x and y may be several characters: "rn" <-> "m");
//   - any other substitution costs table.substitution_cost, an insertion or deletion
//     table.indel_cost.
// It is symmetric, 0 only for equal strings (when all costs are > 0), and O(|a| |b| k)
// for k confusions ending in the same character. Pure function; thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace amend {

struct Confusion {
  std::u32string from;  // as OCR reads it, e.g. U"rn"
  std::u32string to;    // the true text, e.g. U"m"
  double cost = 0.3;
};

struct ConfusionTable {
  std::vector<Confusion> confusions;
  double substitution_cost = 1.0;  // any other one-character substitution
  double indel_cost = 1.0;         // inserting or deleting one character
  double case_cost = 0.2;          // 'a' vs 'A'
  // Both orientations of every confusion, keyed by the last character of the side that
  // is matched against `a` (built by Index(); OcrDistance calls it lazily if needed).
  std::multimap<char32_t, std::pair<std::u32string, std::pair<std::u32string, double>>> by_last;
  void Index();
};

// Parses the TSV format of rules/data/confusions.tsv: "from<TAB>to<TAB>cost" a line,
// '#' comments and blank lines ignored. Errors (kRuleError) read "FILE:LINE: message".
StatusOr<ConfusionTable> ParseConfusionTable(std::string_view tsv, std::string_view file_name);
// Reads and parses a file; a missing file is an error naming it.
StatusOr<ConfusionTable> LoadConfusionTable(const std::string& path);

// See the contract at the top. `table` must have been Index()ed (Parse/Load do it).
double OcrDistance(std::string_view a, std::string_view b, const ConfusionTable& table);

// OcrDistance from many strings to a few known ones (a schema's folded labels and values),
// with a bound, for callers that only need distances below a threshold:
//
//   BoundedOcrDistance d(*table, {"agreement", "region"});   // targets prepared once
//   double x = d("agroomont", "agreement", 1.0);   // 0.6: exact, it is <= the bound
//   double y = d("agroomont", "region", 1.0);      // some value > 1.0
//
// operator()(a, b, bound) returns OcrDistance(a, b, table) when that is <= bound, and
// otherwise some value > bound (possibly infinity): pairs whose lengths or characters
// alone (the bag-of-characters lower bound VocabularyMatcher uses) exceed the bound are
// not computed, and the DP stops once its rows all exceed it. `b` may be any string; a
// target's code points and bag are ready, others are prepared per call. The data of `a`
// is kept per thread for the next call, so calls that repeat `a` (one text line against
// every label) prepare it once. Thread-safe (thread-local scratch); immutable after
// construction.
class BoundedOcrDistance {
 public:
  BoundedOcrDistance(ConfusionTable table, const std::vector<std::string>& targets);
  double operator()(std::string_view a, std::string_view b, double bound) const;

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  ConfusionTable table_;
  uint64_t id_;  // tells this object's per-thread data from another's
  std::vector<std::u32string> targets_u32_;
  // Bag of target k: bag_count_[p] characters in bucket bag_bucket_[p], p in
  // [bag_begin_[k], bag_begin_[k + 1]) (as VocabularyMatcher's).
  std::vector<uint32_t> bag_bucket_;
  std::vector<uint32_t> bag_count_;
  std::vector<size_t> bag_begin_;
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> index_;  // target -> k
  size_t window_ = 1;                // as VocabularyMatcher's
  double length_change_cost_ = 1.0;  // as VocabularyMatcher's
};

struct SnapOptions {
  // The best entry must cost at most this much per character of the entry.
  double max_distance = 0.25;
  // The runner-up must cost at least this much more (per character) than the best.
  double margin = 0.1;
};

struct Snap {
  std::string entry;       // the vocabulary entry chosen
  double distance = 0;     // OcrDistance / length of the entry in characters
  // The same for the second-best entry when that is at most distance + margin; otherwise
  // some value above distance + margin (1e9 when no other entry is that close): entries
  // farther than that cannot change the answer, so Match does not finish their distances.
  double runner_up = 1e9;
};

// Snaps tokens to a closed vocabulary. Thread-safe: Match uses thread-local scratch buffers,
// and a cache of its answers guarded by a mutex. Not copyable (the mutex).
//
// The cache is direct-mapped: kCacheSlots slots, a token's slot chosen by its hash, a new
// answer replacing the slot's old one; tokens over kCacheMaxToken bytes are not cached. Its
// memory is therefore bounded by the slot count and does not grow with the number of
// documents a long run (`amend repair` of 20,000 texts) feeds through one matcher.
//
// Match gives the answer of computing OcrDistance to every entry, found faster: an exact
// entry by hash lookup; entries whose length or characters alone (a bag-of-characters
// lower bound, ocr_distance.cc) put them beyond the thresholds are skipped; the others are
// tried lowest bound first, so a close entry found early tightens the thresholds for the
// rest; each distance stops early once it exceeds what could change the answer.
class VocabularyMatcher {
 public:
  VocabularyMatcher(std::vector<std::string> entries, ConfusionTable table);
  // An exact entry is returned as is. Otherwise the nearest entry if it passes both
  // thresholds of `options`; nullopt when nothing is close enough or the choice is
  // ambiguous.
  std::optional<Snap> Match(std::string_view token, const SnapOptions& options) const;
  const std::vector<std::string>& entries() const { return entries_; }

  static constexpr size_t kCacheSlots = 1 << 12;
  static constexpr size_t kCacheMaxToken = 128;

 private:
  // Match without the cache.
  std::optional<Snap> Search(std::string_view token, const SnapOptions& options) const;

  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::vector<std::string> entries_;
  std::vector<std::u32string> entries_u32_;  // entries as code points
  std::vector<size_t> lengths_;              // entry lengths in code points (at least 1)
  // Each entry's bag of characters (ASCII case folded, other code points hashed into
  // buckets) for the lower bound of Search: entry k has bag_count_[p] characters in bucket
  // bag_bucket_[p] for p in [bag_begin_[k], bag_begin_[k + 1]).
  std::vector<uint32_t> bag_bucket_;
  std::vector<uint32_t> bag_count_;
  std::vector<size_t> bag_begin_;
  // Entry -> index of its first occurrence.
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> exact_;
  ConfusionTable table_;
  size_t window_ = 1;                // the most code points a confusion's side spans
  double length_change_cost_ = 1.0;  // least cost per code point of length difference
  struct CacheSlot {
    std::string key;  // the options' two doubles as bytes, then the token; empty: unused
    std::optional<Snap> answer;
  };
  mutable std::vector<CacheSlot> cache_;  // kCacheSlots slots
  mutable std::mutex cache_mutex_;
};

}  // namespace amend
