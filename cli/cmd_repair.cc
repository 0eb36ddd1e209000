// `amend repair IN_DIR -o OUT_DIR [--jobs N] [--text] [--report] [--resume] [--shard K/N]
//  [--rules DIR]... [--no-default-rules] [--schema DIR] [--strict] [OCR flags]`: a whole
// corpus of scans and old OCR texts to records, in parallel, resumable, shardable
// (pipeline/repair_run.h). This file maps flags to RepairOptions and the outcome to an
// exit code; SIGINT and SIGTERM stop it cleanly.
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/ocr_flags.h"
#include "cli/sheet_flags.h"
#include "cli/stop_signals.h"
#include "ocr/tesseract_engine.h"
#include "pipeline/repair_run.h"

namespace amend {
namespace {

struct RepairFlags {
  std::string in_dir;
  std::string out_dir;
  int jobs = 0;       // --jobs: documents in parallel, 0 = cores
  bool text = false;  // --text
  bool report = false;  // --report
  bool resume = false;
  std::string shard;  // --shard K/N
  SheetFlags sheet;   // --rules, --no-default-rules, --schema, --strict
  OcrFlags ocr;       // --dpi, --lang, ... (not --jobs: see above)
};

int RunRepairCommand(const RepairFlags& f) {
  EnsureOpenMpSingleThreaded();  // may re-execute amend with OMP_THREAD_LIMIT=1
  RepairOptions o;
  o.in_dir = f.in_dir;
  o.out_dir = f.out_dir;
  o.jobs = f.jobs;
  o.write_text = f.text;
  o.write_report = f.report;
  o.resume = f.resume;
  if (!f.shard.empty()) {
    StatusOr<ShardSpec> shard = ParseShard(f.shard);
    if (!shard.ok()) return ExitWith(shard.status());
    o.shard = *shard;
  }
  o.pipeline = ToPipelineOptions(f.sheet);
  o.pipeline.ocr = ToRecognizeOptions(f.ocr, "amend repair");
  o.progress = isatty(STDERR_FILENO);
  o.stop = InstallStopHandlers();
  StatusOr<RepairOutcome> r = RunRepair(o);
  if (!r.ok()) return ExitWith(r.status());
  std::cerr << "amend repair: " << r->processed + r->reused << " of " << r->total
            << " documents done (" << r->reused << " reused), " << r->failed
            << " failed; summary: " << r->summary_path << "\n";
  if (r->interrupted) {
    std::cerr << "amend: interrupted; run the same command with --resume to finish\n";
    return StopExitCode();
  }
  if (r->failed > 0) {
    return ExitWith(Status(StatusCode::kSomeFailed,
                           std::to_string(r->failed) + " of " + std::to_string(r->total) +
                               " documents failed; their errors are in " + r->summary_path));
  }
  return 0;
}

}  // namespace

Subcommand AddRepairCommand(CLI::App& root) {
  auto f = std::make_shared<RepairFlags>();
  CLI::App* app = root.add_subcommand(
      "repair",
      "Repair a whole corpus: every PDF, image and .txt under IN_DIR (recursively) to a\n"
      "pax-sheet/1 record in OUT_DIR, mirroring the tree, in parallel; resumable, shardable.");
  app->footer(
      "Outputs: OUT_DIR/REL.json (record), OUT_DIR/REL.clean.txt (--text),\n"
      "OUT_DIR/REL.review.html (--report), summary.jsonl,\n"
      ".amend-manifest.jsonl (with --shard K/N: summary.K-of-N.jsonl, .amend-manifest.K-of-N.jsonl).\n\n"
      "Examples:\n"
      "  amend repair scans/ -o records/ --jobs 4\n"
      "  amend repair scans/ -o records/ --resume        finish a killed or interrupted run\n"
      "  amend repair texts/ -o out/ --text --shard $SLURM_ARRAY_TASK_ID/16\n\n"
      "Exit codes: 0 ok, 1 usage (bad --shard; OUT_DIR has a manifest and no --resume),\n"
      "2 IN_DIR missing or not a folder, 3 Tesseract language data missing, 4 bad rule pack\n"
      "or schema, 5 some documents failed (see the summary), 6 OUT_DIR not writable,\n"
      "130 interrupted by SIGINT (143 SIGTERM): finished documents are kept, --resume continues.");
  app->add_option("IN_DIR", f->in_dir, "Folder of scans (PDF, PNG, TIFF, JPEG) and .txt files")
      ->required();
  app->add_option("-o,--output", f->out_dir, "Output folder (created when missing)")->required();
  app->add_option("-j,--jobs", f->jobs, "Documents processed in parallel (default: number of cores)")
      ->check(CLI::Range(0, 256));
  app->add_flag("--text", f->text, "Also write each document's cleaned sheet text (REL.clean.txt)");
  app->add_flag("--report", f->report,
                "Also write each document's HTML review report (REL.review.html, see amend report)");
  app->add_flag("--resume", f->resume,
                "Continue a run in OUT_DIR: skip inputs its manifest has as done and unchanged "
                "(failed ones are retried)");
  app->add_option("--shard", f->shard,
                  "Process only part K of N (K from 0 to N-1, e.g. $JOB_COMPLETION_INDEX/8)");
  AddRuleFlags(app, &f->sheet);
  AddOcrFlags(app, &f->ocr, /*page_jobs=*/false);
  return {app, [f] { return RunRepairCommand(*f); }};
}

}  // namespace amend
