// `amend report INPUT -o review.html [--rules DIR]... [--no-default-rules] [--schema DIR]
//  [--low-confidence N] [--image-dpi N] [OCR flags]`: one self-contained HTML page to
// review what the pipeline did with a scan (or a text OCR'd long ago).
#include <iostream>
#include <memory>
#include <string>

#include "base/file_io.h"
#include "cli/command.h"
#include "cli/ocr_flags.h"
#include "cli/sheet_flags.h"
#include "ocr/input_format.h"
#include "ocr/tesseract_engine.h"
#include "pipeline/review_report.h"

namespace amend {
namespace {

struct ReportFlags {
  std::string input;
  SheetFlags sheet;
  OcrFlags ocr;
  ReportOptions report;
  int image_dpi = kReportImageDpi;
};

int RunReport(const ReportFlags& f) {
  EnsureOpenMpSingleThreaded();  // may re-execute amend with OMP_THREAD_LIMIT=1
  if (Status s = CheckOutputPath(f.input, f.sheet.output); !s.ok()) return ExitWith(s);
  if (Status s = CheckOutputPath(f.input, f.sheet.trace); !s.ok()) return ExitWith(s);
  StatusOr<std::string> bytes = ReadFile(f.input);
  if (!bytes.ok()) return ExitWith(bytes.status());
  const bool scan = DetectInputFormat(*bytes) != InputFormat::kUnknown;
  SheetPipelineOptions options = ToPipelineOptions(f.sheet);
  options.ocr = ToRecognizeOptions(f.ocr, "amend report");
  options.ocr.page_image_dpi = f.image_dpi;
  EnableReportCapture(&options);
  StatusOr<SheetPipeline> pipeline = SheetPipeline::Create(options);
  if (!pipeline.ok()) return ExitWith(pipeline.status());
  StatusOr<SheetDocument> doc =
      scan ? pipeline->FromScan(f.input, std::make_shared<const std::string>(std::move(*bytes)))
           : pipeline->FromText(*bytes, f.input);
  if (!doc.ok()) return ExitWith(doc.status());
  for (const std::string& w : doc->warnings) std::cerr << "amend: " << w << "\n";
  if (Status s = WriteOutput(f.sheet.output, RenderReviewReport(*doc, f.report)); !s.ok()) {
    return ExitWith(s);
  }
  return ExitWith(WriteTrace(*doc, f.sheet.trace));
}

}  // namespace

Subcommand AddReportCommand(CLI::App& root) {
  auto f = std::make_shared<ReportFlags>();
  CLI::App* app = root.add_subcommand(
      "report",
      "Write a self-contained HTML review of one document: the page images with the table\n"
      "cells found, the cleaned text with every rule edit highlighted (rule id, before and\n"
      "after on hover), low-confidence OCR words, and the parser's diagnostics.");
  app->footer(
      "Examples:\n"
      "  amend report scan.pdf -o review.html\n"
      "  amend report old.ocr.txt -o review.html --rules my-rules/   (text: no page images)\n"
      "  amend report scan.pdf -o review.html --low-confidence 80 --image-dpi 150\n\n"
      "A PDF or image input is recognized (as convert does); anything else is read as text\n"
      "(as clean --format json does).\n"
      "Exit codes: 0 ok, 1 usage, 2 bad input (unreadable, no sheet found, a repair under\n"
      "--strict), 3 Tesseract language data missing, 4 bad rule pack or schema, 6 output not\n"
      "writable. On any error no report is written.");
  app->add_option("INPUT", f->input, "Scanned PDF or page image, or a text file")->required();
  AddSheetFlags(app, &f->sheet);
  app->get_option("--output")->required();
  app->add_option("--low-confidence", f->report.low_confidence,
                  "Mark words whose OCR confidence (0-100) is below this (default 60)")
      ->check(CLI::Range(0.0, 100.0));
  app->add_option("--image-dpi", f->image_dpi,
                  "Resolution of the embedded page images (default 100, ~150 KB per A4 page)")
      ->check(CLI::Range(20, 600));
  AddOcrFlags(app, &f->ocr);
  return {app, [f] { return RunReport(*f); }};
}

}  // namespace amend
