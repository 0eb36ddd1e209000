// The flags and output shared by `amend convert` and `amend clean`: which rule packs and
// schema to use, --strict, --trace, and writing a SheetDocument as json, text or csv.
//
//   auto flags = std::make_shared<SheetFlags>();
//   AddSheetFlags(app, flags.get());
//   StatusOr<SheetPipeline> p = SheetPipeline::Create(ToPipelineOptions(*flags));
//   ... doc = p->FromText(bytes, name);
//   return ExitWith(WriteDocument(*doc, *flags, p->schema()));
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/status.h"
#include "pipeline/sheet_pipeline.h"

namespace amend {

struct SheetFlags {
  std::string output = "-";             // -o: file (written atomically) or "-" for stdout
  std::string format = "json";          // json | text | csv
  std::vector<std::string> rules_dirs;  // --rules DIR, applied after the shipped packs
  bool no_default_rules = false;        // --no-default-rules
  std::string schema_dir;               // --schema DIR; empty = the shipped pax-sheet schema
  bool strict = false;                  // --strict: repairs are errors
  std::string trace;                    // --trace FILE: edits as JSON Lines
};

// Adds -o, --trace and the rule flags (AddRuleFlags) to `app`.
void AddSheetFlags(CLI::App* app, SheetFlags* flags);

// Adds --rules, --no-default-rules, --schema and --strict only (`repair`, whose -o is a
// folder and which writes no trace).
void AddRuleFlags(CLI::App* app, SheetFlags* flags);

// Pipeline options for the flags (OCR options are left at their defaults).
SheetPipelineOptions ToPipelineOptions(const SheetFlags& flags);

// Writes `doc` in flags.format to flags.output, then the trace when asked for. Cleaning
// warnings go to stderr. Errors: kIoError when an output cannot be written.
Status WriteDocument(const SheetDocument& doc, const SheetFlags& flags, const Schema& schema);

// Writes doc's edits as JSON Lines (pipeline/trace.h, with page and box for a scan) to
// `path`; nothing when `path` is empty. Errors: kIoError.
Status WriteTrace(const SheetDocument& doc, const std::string& path);

}  // namespace amend
