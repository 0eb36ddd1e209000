#include "cli/ocr_flags.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace amend {

void AddOcrFlags(CLI::App* app, OcrFlags* f, bool page_jobs) {
  if (page_jobs) {
    app->add_option("-j,--jobs", f->recognize.jobs,
                    "Pages recognized in parallel (default: number of cores)")
        ->check(CLI::Range(0, 256));
  }
  app->add_option("--dpi", f->recognize.source.dpi,
                  "Render PDF pages at this resolution (default: the scan's own resolution, "
                  "else 300); for images, the resolution told to Tesseract")
      ->check(CLI::Range(0, 2400));
  app->add_option("--lang", f->recognize.engine.lang,
                  "Tesseract language(s), e.g. eng or eng+fra (default eng); Latin (Debian "
                  "tesseract-ocr-script-latn) reads letters eng lacks (ā ī ū ʿ í ó ñ), ~1.6x the CPU");
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
  app->add_flag("--no-quote-shapes", f->no_quote_shapes,
                "Keep Tesseract's quote marks (default: tell ' from \u2018 \u2019 and \" from "
                "\u201c \u201d by the printed glyph's shape)");
}

RecognizeOptions ToRecognizeOptions(const OcrFlags& f, const std::string& progress_label) {
  RecognizeOptions opt = f.recognize;
  opt.preprocess.grayscale = !f.no_grayscale;
  opt.preprocess.deskew = !f.no_deskew;
  opt.preprocess.binarize = !f.no_binarize;
  opt.preprocess.remove_rules = !f.no_rules;
  opt.preprocess.clean_borders = !f.no_borders;
  opt.engine.quote_shapes = !f.no_quote_shapes;
  opt.source.gray = !f.no_grayscale;
  if (isatty(STDERR_FILENO)) {
    opt.progress = [progress_label](int done, int total) {
      if (total < 2) return;
      std::fprintf(stderr, "\r%s: page %d/%d", progress_label.c_str(), done, total);
      if (done == total) std::fputc('\n', stderr);
      std::fflush(stderr);
    };
  }
  return opt;
}

Status CheckOutputPath(const std::string& input, const std::string& output) {
  if (output.empty() || output == "-") return Status::Ok();
  std::error_code ec;
  if (std::filesystem::equivalent(input, output, ec) && !ec) {
    return UsageError(output + ": output would overwrite the input");
  }
  std::filesystem::path dir = std::filesystem::path(output).parent_path();
  if (!dir.empty() && !std::filesystem::is_directory(dir, ec)) {
    return IoError(output + ": cannot write: no such folder " + dir.string());
  }
  return Status::Ok();
}

}  // namespace amend
