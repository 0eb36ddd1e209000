#include "pipeline/rules_diff.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "base/file_io.h"
#include "parse/record_writer.h"

namespace amend {
namespace {

using SideResult = StatusOr<SheetDocument>;  // what one side made of one document

// Per-thread sums, merged at the end.
struct Tally {
  std::vector<size_t> hits[2];  // by rule index of side A, of side B
  std::map<std::string, std::array<size_t, 2>> diagnostics;

  void Count(const RuleStats& stats, int side) {
    for (size_t i = 0; i < stats.hits.size() && i < hits[side].size(); ++i) hits[side][i] += stats.hits[i];
  }
  void Count(const Record& record, int side) {
    for (const Diagnostic& d : record.diagnostics) ++diagnostics[d.code][side];
  }
  void Add(const Tally& o) {
    for (int side : {0, 1}) {
      for (size_t i = 0; i < hits[side].size(); ++i) hits[side][i] += o.hits[side][i];
    }
    for (const auto& [code, n] : o.diagnostics) {
      diagnostics[code][0] += n[0];
      diagnostics[code][1] += n[1];
    }
  }
};

// Both sides of one document, and the sheet text they read (kept only when a side
// failed, to count that side's rule hits all the same).
struct BothSides {
  SideResult a, b;
  std::string text;
};

// A document error that says nothing about the document stops the whole diff.
bool IsFatal(const Status& s) { return !s.ok() && s.code() != StatusCode::kBadInput; }

// Both sides of one document. A scan is recognized once, by `a`.
BothSides RunBoth(const CorpusFile& f, const SheetPipeline& a, const SheetPipeline& b) {
  if (f.kind == CorpusKind::kScan) {
    StatusOr<ScanSheet> scan = a.RecognizeSheet(f.path);
    if (!scan.ok()) return {scan.status(), scan.status(), ""};
    std::string text = scan->text;
    SideResult ra = a.FromSheet(*scan);
    SideResult rb = b.FromSheet(std::move(*scan));
    if (ra.ok() && rb.ok()) text.clear();
    return {std::move(ra), std::move(rb), std::move(text)};
  }
  StatusOr<std::string> bytes = ReadFile(f.path);
  if (!bytes.ok()) return {bytes.status(), bytes.status(), ""};
  SideResult ra = a.FromText(*bytes, f.path);
  SideResult rb = b.FromText(*bytes, f.path);
  if (ra.ok() && rb.ok()) bytes->clear();
  return {std::move(ra), std::move(rb), std::move(*bytes)};
}

// Adds one side's rule hits and diagnostics. A side that made no record from a text it
// did read (e.g. "no sheet found") still ran its rules: they are counted by cleaning again.
void CountSide(const SideResult& r, const std::string& text, const SheetPipeline& p, int side, Tally* tally) {
  if (r.ok()) {
    tally->Count(r->cleaned.stats, side);
    tally->Count(r->record, side);
  } else if (!text.empty()) {
    tally->Count(p.cleaner().Clean(text).stats, side);
  }
}

nlohmann::json AsJson(const Record& record) {
  JsonOptions options;
  options.diagnostics = false;
  return nlohmann::json(RecordToJsonValue(record, options));
}

// The DocumentDiff of one document, or nullopt when it does not change and did not fail.
std::optional<DocumentDiff> Compare(const CorpusFile& f, const SideResult& ra, const SideResult& rb) {
  DocumentDiff d;
  d.path = f.relative;
  if (!ra.ok()) d.error_a = ra.status().message();
  if (!rb.ok()) d.error_b = rb.status().message();
  if (ra.ok() && rb.ok()) {
    d.record = DiffRecords(AsJson(ra->record), AsJson(rb->record));
    if (d.record.empty()) return std::nullopt;
  }
  return d;
}

std::vector<RuleHits> MergeRules(const RuleSet& a, const std::vector<size_t>& hits_a,
                                 const RuleSet& b, const std::vector<size_t>& hits_b) {
  std::map<std::string, RuleHits> by_id;
  auto add = [&by_id](const RuleSet& set, const std::vector<size_t>& hits, bool RuleHits::*in,
                      size_t RuleHits::*count, std::string RuleHits::*where) {
    for (size_t i = 0; i < set.rules.size(); ++i) {
      RuleHits& r = by_id[set.rules[i].id];
      r.id = set.rules[i].id;
      r.*in = true;
      r.*count = hits[i];
      r.*where = set.rules[i].file + ":" + std::to_string(set.rules[i].line);
    }
  };
  add(a, hits_a, &RuleHits::in_a, &RuleHits::hits_a, &RuleHits::where_a);
  add(b, hits_b, &RuleHits::in_b, &RuleHits::hits_b, &RuleHits::where_b);
  std::vector<RuleHits> out;
  for (auto& [id, r] : by_id) out.push_back(std::move(r));
  return out;
}

}  // namespace

StatusOr<RulesDiff> DiffCorpus(const std::vector<CorpusFile>& files, const SheetPipeline& a,
                               const SheetPipeline& b, const RulesDiffOptions& options) {
  size_t jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::max<size_t>(1, std::min(jobs, files.size()));
  std::vector<std::optional<DocumentDiff>> results(files.size());
  std::atomic<size_t> next{0};
  std::atomic<bool> stop{false};
  std::mutex mu;
  Status fatal = Status::Ok();  // guarded by mu
  Tally total;                  // guarded by mu
  total.hits[0].assign(a.cleaner().engine().rules().rules.size(), 0);
  total.hits[1].assign(b.cleaner().engine().rules().rules.size(), 0);
  auto work = [&] {
    Tally mine;
    mine.hits[0].assign(total.hits[0].size(), 0);
    mine.hits[1].assign(total.hits[1].size(), 0);
    for (size_t i; !stop && !(options.stop && options.stop->load()) && (i = next++) < files.size();) {
      BothSides both = RunBoth(files[i], a, b);
      for (const SideResult* r : {&both.a, &both.b}) {
        if (IsFatal(r->status())) {
          std::lock_guard<std::mutex> lock(mu);
          if (fatal.ok()) fatal = r->status();
          stop = true;
        }
      }
      CountSide(both.a, both.text, a, 0, &mine);
      CountSide(both.b, both.text, b, 1, &mine);
      results[i] = Compare(files[i], both.a, both.b);
    }
    std::lock_guard<std::mutex> lock(mu);
    total.Add(mine);
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  if (!fatal.ok()) return fatal;

  RulesDiff diff;
  diff.name_a = options.name_a;
  diff.name_b = options.name_b;
  diff.documents = files.size();
  for (std::optional<DocumentDiff>& d : results) {
    if (!d) continue;
    bool failed_alike = !d->error_a.empty() && d->error_a == d->error_b;
    (failed_alike ? diff.failed : diff.changed).push_back(std::move(*d));
  }
  diff.rules = MergeRules(a.cleaner().engine().rules(), total.hits[0], b.cleaner().engine().rules(),
                          total.hits[1]);
  diff.diagnostics = std::move(total.diagnostics);
  return diff;
}

}  // namespace amend
