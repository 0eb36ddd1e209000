// The OCR options shared by `amend ocr` and `amend convert`: one set of flags, one
// mapping to RecognizeOptions, one output-path check.
//
//   auto flags = std::make_shared<OcrFlags>();
//   AddOcrFlags(app, flags.get());                      // --jobs, --dpi, --lang, ...
//   RecognizeOptions opt = ToRecognizeOptions(*flags, "amend convert");
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "base/status.h"
#include "ocr/recognize_document.h"

namespace amend {

struct OcrFlags {
  bool no_grayscale = false;  // --no-grayscale
  bool no_deskew = false;     // --no-deskew
  bool no_binarize = false;   // --no-binarize
  bool no_rules = false;      // --no-rule-removal
  bool no_borders = false;    // --no-border-cleanup
  bool no_quote_shapes = false;  // --no-quote-shapes
  RecognizeOptions recognize; // --jobs, --dpi, --lang, --tessdata, --psm, --password, --max-pixels
};

// Adds the OCR flags to `app`; `flags` must outlive the parse. Without `page_jobs`,
// -j/--jobs is left to the caller (`repair`'s --jobs counts documents, not pages).
void AddOcrFlags(CLI::App* app, OcrFlags* flags, bool page_jobs = true);

// The RecognizeOptions the flags ask for, with a progress line on stderr
// ("\r<label>: page 3/7") when stderr is a terminal and the document has several pages.
RecognizeOptions ToRecognizeOptions(const OcrFlags& flags, const std::string& progress_label);

// Refuses an output that would overwrite the input (kUsage) or whose folder does not
// exist (kIoError), before any OCR work is done. "-" (stdout) is always fine.
Status CheckOutputPath(const std::string& input, const std::string& output);

}  // namespace amend
