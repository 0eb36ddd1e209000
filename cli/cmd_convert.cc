// `amend convert SCAN`: the main job. OCR -> layout -> normalize -> rules -> parse, and
// the record (or the cleaned sheet text, or a CSV row) out.
#include <memory>
#include <string>

#include "base/file_io.h"
#include "cli/command.h"
#include "cli/ocr_flags.h"
#include "cli/sheet_flags.h"
#include "ocr/tesseract_engine.h"

namespace amend {
namespace {

struct ConvertFlags {
  std::string input;
  SheetFlags sheet;
  OcrFlags ocr;
  std::string sheet_text;  // --sheet-text FILE: the layout's text before cleaning
};

int RunConvert(const ConvertFlags& f) {
  EnsureOpenMpSingleThreaded();  // may re-execute amend with OMP_THREAD_LIMIT=1
  if (Status s = CheckOutputPath(f.input, f.sheet.output); !s.ok()) return ExitWith(s);
  if (Status s = CheckOutputPath(f.input, f.sheet.trace); !s.ok()) return ExitWith(s);
  if (Status s = CheckOutputPath(f.input, f.sheet_text); !s.ok()) return ExitWith(s);
  SheetPipelineOptions options = ToPipelineOptions(f.sheet);
  options.ocr = ToRecognizeOptions(f.ocr, "amend convert");
  StatusOr<SheetPipeline> pipeline = SheetPipeline::Create(options);
  if (!pipeline.ok()) return ExitWith(pipeline.status());
  StatusOr<SheetDocument> doc = pipeline->FromScan(f.input);
  if (!doc.ok()) return ExitWith(doc.status());
  if (!f.sheet_text.empty()) {
    if (Status s = WriteOutput(f.sheet_text, doc->sheet_text); !s.ok()) return ExitWith(s);
  }
  return ExitWith(WriteDocument(*doc, f.sheet, pipeline->schema()));
}

}  // namespace

Subcommand AddConvertCommand(CLI::App& root) {
  auto f = std::make_shared<ConvertFlags>();
  CLI::App* app = root.add_subcommand(
      "convert",
      "Turn a scanned coding sheet (PDF, PNG, TIFF, JPEG) into a pax-sheet/1 record:\n"
      "OCR, table layout, normalization, the rule packs and the schema-driven parser.");
  app->footer(
      "Examples:\n"
      "  amend convert scan.pdf                          the record as JSON on stdout\n"
      "  amend convert scan.pdf -o rec.json --trace edits.jsonl\n"
      "  amend convert scan.pdf --format text            the cleaned sheet text\n"
      "  amend convert scan.pdf --format csv --rules my-rules/\n"
      "  amend convert scan.pdf --sheet-text s.txt      keep the OCR'd sheet text; later\n"
      "  amend clean s.txt --format json                re-parses it without OCR\n\n"
      "Exit codes: 0 ok, 1 usage, 2 bad input (unreadable scan, no sheet found, a repair\n"
      "under --strict), 3 Tesseract language data missing, 4 bad rule pack or schema,\n"
      "6 output not writable.");
  app->add_option("INPUT", f->input, "Scanned PDF or page image")->required();
  app->add_option("--format", f->sheet.format, "Output: json (default), text or csv")
      ->check(CLI::IsMember({"json", "text", "csv"}));
  app->add_option("--sheet-text", f->sheet_text,
                  "Also write the layout's sheet text (label<TAB>value rows, before cleaning) "
                  "to this file; `amend clean FILE --format json` parses it again without OCR");
  AddSheetFlags(app, &f->sheet);
  AddOcrFlags(app, &f->ocr);
  return {app, [f] { return RunConvert(*f); }};
}

}  // namespace amend
