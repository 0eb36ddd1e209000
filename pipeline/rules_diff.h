// Two rule sets over one corpus, and what changes between them (`amend diff`).
//
//   StatusOr<SheetPipeline> a = SheetPipeline::Create(options_a);  // kRuleError: bad pack
//   StatusOr<SheetPipeline> b = SheetPipeline::Create(options_b);
//   StatusOr<std::vector<CorpusFile>> files = ListCorpus("corpus/", {});
//   RulesDiffOptions options;
//   options.jobs = 2;
//   StatusOr<RulesDiff> d = DiffCorpus(*files, *a, *b, options);
//   if (!d.ok()) return d.status();            // kMissingOcrData: scans, no tessdata
//   WriteOutput("-", RulesDiffToText(*d));      // or RulesDiffToJson(*d)
//   return d->Changed() ? 1 : 0;
//
// Each text is cleaned and parsed by both pipelines (FromText). Each scan is recognized
// once, with `a`'s OCR and layout options, and the same sheet text is cleaned and parsed
// by both (RecognizeSheet, FromSheet). A document changes when one side made a record and
// the other did not (e.g. "no sheet found"), when both failed with different messages,
// or when the two records differ (parse/record_diff.h). A document that fails the same
// way on both sides (unreadable, not a sheet for either rule set) does not change; it is
// listed in `failed`. Counted per side over the whole corpus: the hits of every rule, by
// rule id (CleanResult.stats; on every text the side read, also when it then found no
// sheet), and the diagnostics of the records the side made, by code.
//
// Thread safety: DiffCorpus runs its own `jobs` threads over the documents and shares the
// two pipelines between them (SheetPipeline is thread-safe). The result does not depend
// on `jobs`: documents are listed by corpus path, rules by id, diagnostics by code.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/status.h"
#include "parse/record_diff.h"
#include "pipeline/corpus_files.h"
#include "pipeline/sheet_pipeline.h"

namespace amend {

struct RulesDiffOptions {
  int jobs = 1;            // documents processed at once; 0 = one per core
  std::string name_a = "A";  // how reports name side A (e.g. "HEAD~1:rules/packs")
  std::string name_b = "B";  // and side B
  // Polled between documents; once set, no new document starts and DiffCorpus returns
  // with the documents done so far: the caller, who set it, knows the diff is incomplete
  // (e.g. SIGINT). Null: never stops early.
  const std::atomic<bool>* stop = nullptr;
};

// One document that changes, or that failed on both sides.
struct DocumentDiff {
  std::string path;     // relative to the corpus directory, '/'-separated
  std::string error_a;  // why side A made no record ("FILE: no sheet found"); empty: it did
  std::string error_b;  // the same for side B
  RecordDiff record;    // the record changes, when both sides made one
};

// The hits of one rule id on each side; a side without that rule has in_X = false.
struct RuleHits {
  std::string id;
  bool in_a = false;
  bool in_b = false;
  size_t hits_a = 0;    // edits by the rule over the corpus (0 when not in A)
  size_t hits_b = 0;
  std::string where_a;  // "file:line" of the rule in A; empty when not in A
  std::string where_b;
  bool Changed() const { return in_a != in_b || hits_a != hits_b; }
};

struct RulesDiff {
  std::string name_a, name_b;              // RulesDiffOptions::name_a, name_b
  size_t documents = 0;                    // corpus files compared
  std::vector<DocumentDiff> changed;       // documents that change, by path
  std::vector<DocumentDiff> failed;        // failed alike on both sides, by path
  std::vector<RuleHits> rules;             // every rule id of either side, by id
  std::map<std::string, std::array<size_t, 2>> diagnostics;  // code -> count in A, in B
  bool Changed() const { return !changed.empty(); }
};

// Runs both pipelines over `files` (from ListCorpus). Fails only when a document fails in
// a way that is no property of the document: kMissingOcrData (no language data for the
// scans), kInternal; document errors (kBadInput) are results, as above.
[[nodiscard]] StatusOr<RulesDiff> DiffCorpus(const std::vector<CorpusFile>& files,
                                             const SheetPipeline& a, const SheetPipeline& b,
                                             const RulesDiffOptions& options);

// A readable summary, like a unified diff's: a "--- A" / "+++ B" header, then per changed
// document its "-"/"+" field and row values, documents that changed status, the rules whose
// hit counts differ (and those only one side has), diagnostics whose counts differ, and a
// closing count line. Values are JSON text (UTF-8, invalid bytes as U+FFFD).
std::string RulesDiffToText(const RulesDiff& diff);

// The whole result for machines; keys and order fixed (documents by path, rules by id):
// {"a", "b", "documents", "changed": [{"path", "status_a", "status_b", "fields",
// "members", "rows"}...], "failed": [{"path", "error"}...], "rules": [{"id", "a", "b",
// "where_a", "where_b"}...] (a/b null when the side lacks the rule), "diagnostics":
// {code: {"a", "b"}}, "summary": {"documents_changed", "rules_changed"}}.
// status_X is "ok" or the side's error message. Pretty (one-space indent), ending with a
// newline; invalid UTF-8 in values as U+FFFD.
std::string RulesDiffToJson(const RulesDiff& diff);

}  // namespace amend
