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
#include "ocr/layout/layout.h"
#include "ocr/ocr_writers.h"
#include "ocr/recognize_document.h"
#include "ocr/tesseract_engine.h"

namespace amend {
namespace {

struct OcrFlags {
  std::string input;
  std::string output = "-";
  std::string format = "text";
  bool no_grayscale = false, no_deskew = false, no_binarize = false, no_rules = false,
       no_borders = false;
  RecognizeOptions recognize;
};

// True when `output` names the same file as `input` (writing it would replace the input).
bool SameFile(const std::string& input, const std::string& output) {
  std::error_code ec;
  return std::filesystem::equivalent(input, output, ec) && !ec;
}

int RunOcr(OcrFlags& f) {
  EnsureOpenMpSingleThreaded();  // may re-execute amend with OMP_THREAD_LIMIT=1
  if (f.output != "-" && SameFile(f.input, f.output)) {
    return ExitWith(UsageError(f.output + ": output would overwrite the input"));
  }
  if (f.output != "-") {  // fail before the OCR work, not after it
    std::filesystem::path dir = std::filesystem::path(f.output).parent_path();
    std::error_code ec;
    if (!dir.empty() && !std::filesystem::is_directory(dir, ec)) {
      return ExitWith(IoError(f.output + ": cannot write: no such folder " + dir.string()));
    }
  }
  RecognizeOptions& opt = f.recognize;
  opt.preprocess.grayscale = !f.no_grayscale;
  opt.preprocess.deskew = !f.no_deskew;
  opt.preprocess.binarize = !f.no_binarize;
  opt.preprocess.remove_rules = !f.no_rules;
  opt.preprocess.clean_borders = !f.no_borders;
  opt.source.gray = !f.no_grayscale;
  const bool show_progress = isatty(STDERR_FILENO);
  if (show_progress) {
    opt.progress = [](int done, int total) {
      if (total < 2) return;
      std::fprintf(stderr, "\ramend ocr: page %d/%d", done, total);
      if (done == total) std::fputc('\n', stderr);
      std::fflush(stderr);
    };
  }
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
  auto f = std::make_shared<OcrFlags>();
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
  app->add_option("-j,--jobs", f->recognize.jobs,
                  "Pages recognized in parallel (default: number of cores)")
      ->check(CLI::Range(0, 256));
  app->add_option("--dpi", f->recognize.source.dpi,
                  "Render PDF pages at this resolution (default: the scan's own resolution, "
                  "else 300); for images, the resolution told to Tesseract")
      ->check(CLI::Range(0, 2400));
  app->add_option("--lang", f->recognize.engine.lang,
                  "Tesseract language(s), e.g. eng or eng+fra (default eng)");
  app->add_option("--tessdata", f->recognize.engine.tessdata,
                  "Folder with LANG.traineddata (default: $TESSDATA_PREFIX, then the Debian folders)");
  app->add_option("--psm", f->recognize.engine.psm,
                  "Tesseract page segmentation mode (default 3, fully automatic)");
  app->add_option("--password", f->recognize.source.password, "Password of an encrypted PDF");
  app->add_option("--max-pixels", f->recognize.source.max_pixels,
                  "Refuse page images larger than this many pixels (default 150000000)")
      ->check(CLI::PositiveNumber);
  app->add_flag("--no-grayscale", f->no_grayscale, "Keep color (PDFs render in RGB)");
  app->add_flag("--no-deskew", f->no_deskew, "Do not straighten skewed pages");
  app->add_flag("--no-binarize", f->no_binarize, "Recognize the gray image, not a binarized one");
  app->add_flag("--no-rule-removal", f->no_rules, "Keep printed table rules in the image");
  app->add_flag("--no-border-cleanup", f->no_borders, "Keep ink that touches the page border");
  return {app, [f] { return RunOcr(*f); }};
}

}  // namespace amend
