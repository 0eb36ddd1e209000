// `amend repair`: a whole corpus (scans and texts OCR'd long ago) to records, in parallel
// over documents, resumable after a kill, shardable across machines.
//
//   RepairOptions o;
//   o.in_dir = "corpus/";  o.out_dir = "out/";  o.jobs = 2;  o.resume = true;
//   StatusOr<RepairOutcome> r = RunRepair(o);
//   if (!r.ok()) return ExitWith(r.status());        // 2 IN_DIR, 4 rules, 6 OUT_DIR, 1 usage
//   if (r->interrupted) return 130;
//   return r->failed > 0 ? 5 : 0;
//
// Outputs, for an input IN_DIR/sub/a.pdf (REL = sub/a.pdf):
//   OUT_DIR/REL.json          the pax-sheet/1 record (kRecordSuffix), source.path = REL
//   OUT_DIR/REL.clean.txt     with write_text: the cleaned sheet text (kTextSuffix)
//   OUT_DIR/REL.review.html   with write_report: the HTML review report (kReportSuffix)
//   OUT_DIR/summary.jsonl     one line per input in input order: {"input","status",
//                             "diagnostics","warnings","seconds"} (+"error" when failed,
//                             "reused":true when resume found it done)
//   OUT_DIR/.amend-manifest.jsonl   pipeline/manifest.h
// A shard K/N writes summary.K-of-N.jsonl and .amend-manifest.K-of-N.jsonl instead. The
// suffix is appended to the whole input name, so a.pdf and a.txt never share an output.
// Every file is written to a temporary file and renamed; inputs are only read. An input's
// manifest line is appended after its outputs are in place, so a run killed at any moment
// and resumed ends with the same records and texts as an uninterrupted run (summary and
// manifest carry times and differ).
// Resume: an input is skipped when its last manifest line says "ok" with the same input
// SHA-256, config hash (pipeline/config_hash.h) and version, and its outputs exist; failed
// inputs are retried. Leftover temporary files of this shard are removed first.
// Thread safety: RunRepair runs its own worker threads; calling it concurrently for the
// same OUT_DIR and shard is not supported.
#pragma once

#include <atomic>
#include <cstddef>
#include <string>

#include "base/status.h"
#include "pipeline/corpus_files.h"
#include "pipeline/shard.h"
#include "pipeline/sheet_pipeline.h"

namespace amend {

inline constexpr const char* kRecordSuffix = ".json";
inline constexpr const char* kTextSuffix = ".clean.txt";
inline constexpr const char* kReportSuffix = ".review.html";

struct RepairOptions {
  std::string in_dir;              // IN_DIR, read recursively (pipeline/corpus_files.h)
  std::string out_dir;             // OUT_DIR, created when missing
  SheetPipelineOptions pipeline;   // rule packs, schema, --strict, OCR options
  int jobs = 0;                    // documents in parallel; 0 = number of cores. With more
                                   // than 1, OCR runs one page at a time per document.
  bool write_text = false;         // --text: also write the cleaned sheet text
  bool resume = false;             // --resume: skip inputs the manifest has as done
  ShardSpec shard;                 // --shard K/N: only this part of the corpus
  bool progress = false;           // draw a progress bar on stderr
  // Set from another thread or a signal handler (SIGINT): no new document is started;
  // documents in progress finish; the summary so far is written. May be null.
  const std::atomic<bool>* stop = nullptr;
  bool write_report = false;       // --report: also write the HTML review of each document
                                   // (pipeline/review_report.h; keeps page images in memory
                                   // while a document is processed)
};

struct RepairOutcome {
  size_t total = 0;          // inputs in this shard
  size_t processed = 0;      // inputs run through the pipeline (ok or failed)
  size_t reused = 0;         // inputs skipped by --resume
  size_t failed = 0;         // inputs that failed (listed in the summary with their error)
  bool interrupted = false;  // `stop` was set before every input was done
  std::string summary_path;  // OUT_DIR/summary[.K-of-N].jsonl
};

// Runs the corpus. Errors (nothing is processed then, unless noted): kBadInput
// "IN_DIR: not a directory"; kUsage when OUT_DIR is IN_DIR, or holds a manifest of this
// shard and resume is off ("... add --resume ..."); kRuleError for a bad pack or schema;
// kIoError when OUT_DIR, the manifest or the summary cannot be written. Mid-run, a
// manifest write failing (kIoError) or a scan finding no OCR language data
// (kMissingOcrData) stops the run after the documents in progress and returns that error.
// A failed document is not an error: it is counted in `failed` and named in the summary.
[[nodiscard]] StatusOr<RepairOutcome> RunRepair(const RepairOptions& options);

}  // namespace amend
