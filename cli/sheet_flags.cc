#include "cli/sheet_flags.h"

#include <iostream>

#include "base/file_io.h"
#include "parse/record_writer.h"
#include "pipeline/trace.h"

namespace amend {

void AddSheetFlags(CLI::App* app, SheetFlags* f) {
  app->add_option("-o,--output", f->output,
                  "Output file, written atomically; '-' (default) is stdout");
  AddRuleFlags(app, f);
  app->add_option("--trace", f->trace, "Write every text edit as JSON Lines to this file");
}

void AddRuleFlags(CLI::App* app, SheetFlags* f) {
  app->add_option("--rules", f->rules_dirs,
                  "Directory of extra rule packs (*.toml); repeatable, applied in order "
                  "after the shipped packs");
  app->add_flag("--no-default-rules", f->no_default_rules, "Do not load the shipped rule packs");
  app->add_option("--schema", f->schema_dir,
                  "Sheet schema folder (default: the shipped schemas/pax-sheet)");
  app->add_flag("--strict", f->strict,
                "Treat every repair (a damaged, merged, split or inferred label, ...) as an error");
}

SheetPipelineOptions ToPipelineOptions(const SheetFlags& f) {
  SheetPipelineOptions o;
  o.clean.rules.dirs = f.rules_dirs;
  o.clean.rules.default_packs = !f.no_default_rules;
  if (!f.schema_dir.empty()) o.schema_dir = f.schema_dir;
  o.strict = f.strict;
  return o;
}

Status WriteDocument(const SheetDocument& doc, const SheetFlags& f, const Schema& schema) {
  for (const std::string& w : doc.warnings) std::cerr << "amend: " << w << "\n";
  std::string out;
  if (f.format == "text") {
    out = doc.cleaned.text.text();
  } else if (f.format == "csv") {
    out = CsvHeader(schema) + RecordToCsvRow(doc.record, schema, doc.record.source->path);
  } else {
    out = RecordToJson(doc.record, JsonOptions{});
  }
  AMEND_RETURN_IF_ERROR(WriteOutput(f.output, out));
  return WriteTrace(doc, f.trace);
}

Status WriteTrace(const SheetDocument& doc, const std::string& path) {
  if (path.empty()) return Status::Ok();
  const std::vector<SheetSpan>* spans = doc.spans.empty() ? nullptr : &doc.spans;
  return WriteOutput(path, TraceJsonLines(doc.cleaned.edits, spans));
}

}  // namespace amend
