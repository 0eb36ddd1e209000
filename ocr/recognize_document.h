// OCR of a whole document: pages in parallel, each rendered, preprocessed and recognized
// by the worker thread that owns it, results in page order.
//
//   RecognizeOptions opt;
//   opt.jobs = 2;
//   opt.progress = [](int done, int total) { ... };          // optional
//   StatusOr<std::vector<OcrPage>> pages = RecognizeDocument("scan.pdf", opt);
//   if (!pages.ok()) return ExitWith(pages.status());        // one-line message, exit code
//
// Memory is bounded by the number of jobs, not by the number of pages: a worker holds
// one page image at a time and only the recognized words are kept (plus, when
// page_image_dpi is set, a small JPEG of each page). The output is the same for any
// `jobs` (each page is processed independently and deterministically).
// The input file is read once and never written.
//
// Thread-safe: concurrent calls share nothing except poppler's render lock. Programs
// should call EnsureOpenMpSingleThreaded() (ocr/tesseract_engine.h) at startup.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "ocr/ocr_page.h"
#include "ocr/page_source.h"
#include "ocr/preprocess.h"
#include "ocr/tesseract_engine.h"

namespace amend {

struct RecognizeOptions {
  int jobs = 0;                  // worker threads; 0 = number of cores (never more than pages)
  PageSourceOptions source;      // dpi, password, max_pixels
  PreprocessOptions preprocess;  // which cleanup steps run
  TesseractOptions engine;          // tessdata, lang, psm
  // > 0: keep each page image in OcrPage::image_jpeg at this resolution (review reports;
  // ~100-200 KB per A4 page at 100). 0: no image is kept (memory stays per-job).
  int page_image_dpi = 0;
  int page_image_quality = 70;   // JPEG quality (1-100) of those images
  // Called after each finished page with (pages done, total pages), from worker threads
  // but never concurrently. May be empty.
  std::function<void(int, int)> progress;
};

// Pages of `path` (PDF, PNG, JPEG or TIFF, detected by content) in page order. The first
// failure wins: kBadInput for input problems ("PATH: encrypted PDF: ..."), kMissingOcrData
// for a missing language model, kInternal for engine failures; no pages are returned then.
StatusOr<std::vector<OcrPage>> RecognizeDocument(const std::string& path,
                                                 const RecognizeOptions& options);

// The same for a file already in memory (`bytes` of the file at `path`, which names it in
// messages and is not read again).
StatusOr<std::vector<OcrPage>> RecognizeDocument(const std::string& path,
                                                 std::shared_ptr<const std::string> bytes,
                                                 const RecognizeOptions& options);

}  // namespace amend
