// `amend clean INPUT|- [-o OUT] [--format text] [--rules DIR]... [--no-default-rules]
//  [--trace FILE]`: the text after normalization and the rule packs.
#include <iostream>

#include "base/file_io.h"
#include "cli/command.h"
#include "pipeline/clean_text.h"
#include "pipeline/trace.h"

namespace amend {
namespace {

struct CleanCommandOptions {
  std::string input;                    // file or "-" for stdin
  std::string output = "-";             // file or "-" for stdout
  std::string format = "text";          // only "text" for now (json: a later issue)
  std::vector<std::string> rules_dirs;  // --rules DIR, in order
  bool no_default_rules = false;        // skip the shipped packs
  std::string trace;                    // JSON Lines edit trace, or empty
};

int RunClean(const CleanCommandOptions& o) {
  CleanOptions options;
  options.rules.dirs = o.rules_dirs;
  options.rules.default_packs = !o.no_default_rules;
  StatusOr<TextCleaner> cleaner = TextCleaner::Create(options);
  if (!cleaner.ok()) {
    std::cerr << cleaner.status().message() << "\n";  // file:line:col: ... with a caret
    return cleaner.status().exit_code();
  }
  StatusOr<std::string> input = ReadInput(o.input);
  if (!input.ok()) return ExitWith(input.status());
  CleanResult result = cleaner->Clean(*input);
  std::string name = o.input == "-" ? "<stdin>" : o.input;
  for (const std::string& d : result.diagnostics) std::cerr << "amend: " << name << ": " << d << "\n";
  if (Status s = WriteOutput(o.output, result.text.text()); !s.ok()) return ExitWith(s);
  if (!o.trace.empty()) {
    if (Status s = WriteOutput(o.trace, TraceJsonLines(result.edits, nullptr)); !s.ok()) {
      return ExitWith(s);
    }
  }
  return 0;
}

}  // namespace

Subcommand AddCleanCommand(CLI::App& root) {
  auto o = std::make_shared<CleanCommandOptions>();
  CLI::App* app = root.add_subcommand(
      "clean", "Normalize a text and apply the rule packs (the text path: no OCR)");
  app->add_option("input", o->input, "Text file to clean, or - for standard input")->required();
  app->add_option("-o,--output", o->output, "Output file (default: standard output)");
  app->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text"}));
  app->add_option("--rules", o->rules_dirs,
                  "Directory of extra rule packs (*.toml); repeatable, applied in order")
;
  app->add_flag("--no-default-rules", o->no_default_rules, "Do not load the shipped rule packs");
  app->add_option("--trace", o->trace, "Write every edit as JSON Lines to this file");
  return {app, [o] { return RunClean(*o); }};
}

}  // namespace amend
