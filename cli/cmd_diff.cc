// `amend diff CORPUS_DIR --rules-a DIR... --rules-b DIR...`: what a change of rule packs
// changes on a corpus (pipeline/rules_diff.h); with --git-a/--git-b REV the rule
// directories are read from git revisions (pipeline/git_tree.h). SIGINT/SIGTERM stop it
// after the documents in progress, with the git trees removed and no report (exit 130/143).
#include <atomic>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "cli/command.h"
#include "cli/ocr_flags.h"
#include "cli/stop_signals.h"
#include "ocr/tesseract_engine.h"
#include "pipeline/corpus_files.h"
#include "pipeline/git_tree.h"
#include "pipeline/rules_diff.h"

namespace amend {
namespace {

struct DiffFlags {
  std::string corpus;                 // CORPUS_DIR
  std::vector<std::string> rules;     // --rules: both sides, before --rules-a / --rules-b
  std::vector<std::string> rules_a;   // --rules-a: side A only
  std::vector<std::string> rules_b;   // --rules-b: side B only
  std::string git_a;                  // --git-a REV: side A's directories at REV
  std::string git_b;                  // --git-b REV
  std::string repo = ".";             // --repo: the git repository (paths relative to it)
  bool no_default_rules = false;      // --no-default-rules: both sides
  std::string schema_dir;             // --schema; empty = shipped pax-sheet schema
  std::string format = "text";        // text | json
  std::string output = "-";           // -o
  bool fail_on_change = false;        // --fail-on-change: exit 1 when anything changes
  int jobs = 1;                       // --jobs: documents in parallel
  bool strict = false;                // --strict: a repair diagnostic fails the document
  OcrFlags ocr;                       // --dpi, --lang, ... for scans (not --jobs: see above)
};

// One side: its rule directories (extracted from git when asked) and how to name it.
struct Side {
  std::string letter;               // "A" or "B"
  std::optional<GitTree> tree;      // --git-X: the revision's files, removed at exit
  std::vector<std::string> dirs;    // directories to load
  std::string name;                 // for the report: "shipped packs + HEAD~1:rules/packs"
};

StatusOr<Side> MakeSide(const DiffFlags& f, const std::string& letter, const std::string& rev,
                        const std::vector<std::string>& own) {
  Side side;
  side.letter = letter;
  std::vector<std::string> dirs = f.rules;
  dirs.insert(dirs.end(), own.begin(), own.end());
  std::vector<std::string> shown;
  if (!f.no_default_rules) shown.push_back("shipped packs");
  if (!rev.empty()) {
    if (dirs.empty()) {
      return UsageError("--git-" + std::string(letter == "A" ? "a" : "b") +
                        " needs rule directories inside the repository (--rules or --rules-" +
                        (letter == "A" ? "a" : "b") + ")");
    }
    StatusOr<GitTree> tree = GitTree::Extract(f.repo, rev);
    if (!tree.ok()) return tree.status();
    side.tree.emplace(std::move(*tree));
  }
  for (const std::string& d : dirs) {
    if (side.tree) {
      StatusOr<std::string> dir = side.tree->Directory(d);
      if (!dir.ok()) return dir.status();
      side.dirs.push_back(*dir);
      shown.push_back(side.tree->Unmap(*dir));
    } else {
      side.dirs.push_back(d);
      shown.push_back(d);
    }
  }
  for (const std::string& s : shown) side.name += (side.name.empty() ? "" : " + ") + s;
  if (side.name.empty()) side.name = "no rules";
  return side;
}

StatusOr<SheetPipeline> MakePipeline(const DiffFlags& f, const Side& side) {
  SheetPipelineOptions o;
  o.clean.rules.dirs = side.dirs;
  o.clean.rules.default_packs = !f.no_default_rules;
  if (!f.schema_dir.empty()) o.schema_dir = f.schema_dir;
  o.strict = f.strict;
  o.ocr = ToRecognizeOptions(f.ocr, "amend diff");
  o.ocr.jobs = f.jobs == 1 ? 0 : 1;  // pages in parallel only when documents are not
  StatusOr<SheetPipeline> p = SheetPipeline::Create(o);
  if (p.ok() || p.status().code() != StatusCode::kRuleError) return p;
  std::string message = side.tree ? side.tree->Unmap(p.status().message()) : p.status().message();
  return RuleError(message + "\namend: in rule set " + side.letter + " (" + side.name + ")");
}

// Writes the report; returns whether any document changes.
StatusOr<bool> RunDiff(const DiffFlags& f, const std::atomic<bool>* stop) {
  StatusOr<std::vector<CorpusFile>> files = ListCorpus(f.corpus, {});
  if (!files.ok()) return files.status();
  AMEND_RETURN_IF_ERROR(CheckOutputPath(f.corpus, f.output));  // before any work is done
  StatusOr<Side> a = MakeSide(f, "A", f.git_a, f.rules_a);
  if (!a.ok()) return a.status();
  StatusOr<Side> b = MakeSide(f, "B", f.git_b, f.rules_b);
  if (!b.ok()) return b.status();
  StatusOr<SheetPipeline> pa = MakePipeline(f, *a);
  if (!pa.ok()) return pa.status();
  StatusOr<SheetPipeline> pb = MakePipeline(f, *b);
  if (!pb.ok()) return pb.status();
  RulesDiffOptions options;
  options.jobs = f.jobs;
  options.name_a = a->name;
  options.name_b = b->name;
  options.stop = stop;
  StatusOr<RulesDiff> diff = DiffCorpus(*files, *pa, *pb, options);
  if (!diff.ok()) return diff.status();
  if (stop->load()) return false;  // no report: a partial one would mislead
  for (RuleHits& r : diff->rules) {  // the extracted trees are gone after this run
    if (a->tree) r.where_a = a->tree->Unmap(r.where_a);
    if (b->tree) r.where_b = b->tree->Unmap(r.where_b);
  }
  AMEND_RETURN_IF_ERROR(
      WriteOutput(f.output, f.format == "json" ? RulesDiffToJson(*diff) : RulesDiffToText(*diff)));
  if (f.fail_on_change && diff->Changed()) {
    std::cerr << "amend: " << diff->changed.size() << " of " << diff->documents
              << " document(s) change (--fail-on-change)\n";
  }
  return diff->Changed();
}

int Main(const DiffFlags& f) {
  EnsureOpenMpSingleThreaded();  // before any thread starts; may re-execute amend
  // A signal lets the documents in progress finish, then the git trees are removed.
  const std::atomic<bool>* stop = InstallStopHandlers();
  StatusOr<bool> changed = RunDiff(f, stop);
  if (stop->load()) {
    std::cerr << "amend: interrupted; no report written\n";
    return StopExitCode();
  }
  if (!changed.ok()) return ExitWith(changed.status());
  return f.fail_on_change && *changed ? 1 : 0;
}

}  // namespace

Subcommand AddDiffCommand(CLI::App& root) {
  auto f = std::make_shared<DiffFlags>();
  CLI::App* app = root.add_subcommand(
      "diff",
      "Run two rule sets over a corpus and report the documents, fields and rows that\n"
      "change, with before/after values, and each rule's hit counts on both sides.");
  app->footer(
      "Side A loads the shipped packs, then --rules, then --rules-a; side B the same with\n"
      "--rules-b. With --git-a REV (--git-b REV), that side's directories are read from\n"
      "revision REV of the git repository --repo (default: the current directory), paths\n"
      "relative to --repo; the shipped packs still come from the installed tool.\n\n"
      "Examples:\n"
      "  amend diff corpus/ --rules-a old-rules/ --rules-b new-rules/\n"
      "  amend diff corpus/ --no-default-rules --rules rules/packs --git-a origin/main\n"
      "      (the committed packs of origin/main against the working copy)\n"
      "  amend diff corpus/ --git-a HEAD~1 --git-b HEAD --rules packs --format json -o d.json\n\n"
      "Exit codes: 0 ok (changes or not), 1 changes found with --fail-on-change (or usage),\n"
      "2 bad input (corpus not a directory, bad git revision), 3 Tesseract language data\n"
      "missing (scans), 4 bad rule pack or schema (names the side), 6 output not writable,\n"
      "130/143 stopped by SIGINT/SIGTERM (no report written).");
  app->add_option("CORPUS_DIR", f->corpus, "Folder of texts (.txt) and scans (PDF, images), recursively")
      ->required();
  app->add_option("--rules", f->rules, "Rule directory for both sides (repeatable)");
  app->add_option("--rules-a", f->rules_a, "Rule directory for side A only (repeatable)");
  app->add_option("--rules-b", f->rules_b, "Rule directory for side B only (repeatable)");
  app->add_option("--git-a", f->git_a, "Read side A's rule directories from this git revision");
  app->add_option("--git-b", f->git_b, "Read side B's rule directories from this git revision");
  app->add_option("--repo", f->repo, "Git repository for --git-a/--git-b (default: .)");
  app->add_flag("--no-default-rules", f->no_default_rules, "Load the shipped packs on neither side");
  app->add_option("--schema", f->schema_dir, "Sheet schema folder (default: the shipped pax-sheet)");
  app->add_option("--format", f->format, "Report: text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  app->add_option("-o,--output", f->output, "Report file, written atomically; '-' (default) is stdout");
  app->add_flag("--fail-on-change", f->fail_on_change, "Exit 1 when any document changes");
  app->add_option("-j,--jobs", f->jobs, "Documents processed in parallel (default 1; 0 = one per core)")
      ->check(CLI::Range(0, 256));
  app->add_flag("--strict", f->strict,
                "On both sides, treat every repair (a damaged, merged, split or inferred label, ...) "
                "as an error: the document then has no record on that side");
  AddOcrFlags(app, &f->ocr, /*page_jobs=*/false);
  return {app, [f] { return Main(*f); }};
}

}  // namespace amend
