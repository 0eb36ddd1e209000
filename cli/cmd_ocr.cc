// `amend ocr`: scanned PDF or page images -> text, TSV, hOCR or sheet text.
// Maps flags to RecognizeOptions, runs the OCR stage, writes the chosen format.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "base/file_io.h"
#include "cli/command.h"
#include "cli/ocr_flags.h"
#include "ocr/layout/layout.h"
#include "ocr/ocr_writers.h"
#include "ocr/recognize_document.h"
#include "ocr/tesseract_engine.h"

namespace amend {
namespace {

struct OcrCommandFlags {
  std::string input;
  std::string output = "-";
  std::string format = "text";
  OcrFlags ocr;
};

int RunOcr(const OcrCommandFlags& f) {
  EnsureOpenMpSingleThreaded();  // may re-execute amend with OMP_THREAD_LIMIT=1
  if (Status s = CheckOutputPath(f.input, f.output); !s.ok()) return ExitWith(s);
  RecognizeOptions opt = ToRecognizeOptions(f.ocr, "amend ocr");
  StatusOr<std::vector<OcrPage>> pages = RecognizeDocument(f.input, opt);
  if (!pages.ok()) return ExitWith(pages.status());
  std::string text;
  if (f.format == "text") text = FormatText(*pages);
  else if (f.format == "tsv") text = FormatTsv(*pages);
  else if (f.format == "hocr") text = FormatHocr(*pages, std::filesystem::path(f.input).filename());
  else text = BuildSheet(*pages).ToString();
  return ExitWith(WriteOutput(f.output, text));
}

}  // namespace

Subcommand AddOcrCommand(CLI::App& root) {
  auto f = std::make_shared<OcrCommandFlags>();
  CLI::App* app = root.add_subcommand(
      "ocr",
      "Recognize the text of a scanned PDF or page image (PNG, TIFF, JPEG; the type is\n"
      "detected from the content). Pages are rendered, cleaned up (grayscale, deskew,\n"
      "binarization, table-rule and border removal) and recognized with Tesseract,\n"
      "several pages in parallel.");
  app->footer(
      "Examples:\n"
      "  amend ocr scan.pdf                           plain text on stdout\n"
      "  amend ocr scan.pdf --format sheet -o s.txt   label<TAB>value rows (layout)\n"
      "  amend ocr pages.tif --format tsv --jobs 1    Tesseract-compatible TSV\n"
      "  amend ocr locked.pdf --password secret --lang eng+fra\n\n"
      "Exit codes: 0 ok, 1 usage, 2 bad input (missing, empty, not a PDF or image,\n"
      "damaged, encrypted, no pages, too large), 3 Tesseract language data missing,\n"
      "6 output not writable. Errors are one line on stderr; no output file is left.");
  app->add_option("INPUT", f->input, "PDF, PNG, TIFF or JPEG file")->required();
  app->add_option("-o,--output", f->output,
                  "Output file, written atomically; '-' (default) is stdout");
  app->add_option("--format", f->format, "Output: text, tsv, hocr or sheet (default text)")
      ->check(CLI::IsMember({"text", "tsv", "hocr", "sheet"}));
  AddOcrFlags(app, &f->ocr);
  return {app, [f] { return RunOcr(*f); }};
}

}  // namespace amend
