// Word recognition with the Tesseract C++ API (never the CLI).
//
//   TesseractOptions opt;                                   // lang "eng", tessdata found
//   StatusOr<std::unique_ptr<TesseractEngine>> e = TesseractEngine::Create(opt);
//   if (!e.ok()) return e.status();                      // exit 3: names the package
//   StatusOr<OcrPage> page = (*e)->Recognize(image.get(), /*page_number=*/1, /*dpi=*/300);
//
// Programs call EnsureOpenMpSingleThreaded() first thing (before any thread starts), so
// Tesseract's OpenMP does not compete with our own worker threads (see below).
//
// Thread safety: one TesseractEngine per thread (a TessBaseAPI is not thread-safe);
// different engines run in parallel. Results are deterministic for a given image.
#pragma once

#include <memory>
#include <string>

#include "base/status.h"
#include "ocr/ocr_page.h"
#include "ocr/pix.h"

namespace tesseract {
class TessBaseAPI;
}

namespace amend {

struct TesseractOptions {
  // Folder holding LANG.traineddata; empty = $TESSDATA_PREFIX, then the Debian folders
  // (/usr/share/tesseract-ocr/5/tessdata, .../4.00/tessdata, /usr/share/tessdata).
  std::string tessdata;
  // Tesseract language(s), "+"-separated, e.g. "eng", "eng+fra" or the script model "Latin"
  // (more letters: ā ī ū ʿ í ó ñ; ~1.6x the CPU of eng, BENCHMARKS.md).
  std::string lang = "eng";
  // Page segmentation mode (tesseract --psm): 3 = fully automatic, like the CLI.
  int psm = 3;
  // Replace each quote mark Tesseract reads (' ‘ ’ ` ´ " “ ” ...) by the one its printed
  // shape shows (ocr/quote_marks.h) when the shape is clear: eng cannot tell straight
  // quotes from curly ones. Only quote characters of a word change.
  bool quote_shapes = true;
};

// Debian's libtesseract is built with OpenMP, and libgomp reads OMP_THREAD_LIMIT once,
// when it is loaded, before main() runs: a setenv() later has no effect, and without the
// limit each recognition spins extra OpenMP threads (measured: 2.3x the wall time of one
// page on 2 busy cores). So when OMP_THREAD_LIMIT is unset this sets it to 1 and
// re-executes the running program (/proc/self/exe with /proc/self/cmdline; open files and
// the rest of the environment are kept). Returns only when the limit was already set
// (a user's own value is respected) or the re-exec failed (then OCR is slower, not wrong).
// Call before any thread starts; not thread-safe.
void EnsureOpenMpSingleThreaded();

// The tessdata folder to use: options.tessdata if it holds every language, else the first
// default folder that does. kMissingOcrData naming the Debian package
// ("install the Debian package tesseract-ocr-fra"; a script model such as Latin:
// "tesseract-ocr-script-latn") when a language has no model.
StatusOr<std::string> FindTessdata(const TesseractOptions& options);

class TesseractEngine {
 public:
  // Initializes Tesseract (~0.2 s). Errors: kMissingOcrData (see FindTessdata), kUsage for
  // a bad psm.
  static StatusOr<std::unique_ptr<TesseractEngine>> Create(const TesseractOptions& options);
  ~TesseractEngine();
  TesseractEngine(const TesseractEngine&) = delete;
  TesseractEngine& operator=(const TesseractEngine&) = delete;

  // Recognizes `image` (not modified, not kept). The page has the image's size, `dpi`,
  // and its words in reading order with boxes in `image` pixels, confidences 0..100 and
  // block / paragraph numbers (1-based) and a page-unique line number (1-based). With
  // TesseractOptions::quote_shapes, quote marks are those of the printed glyphs.
  // kInternal when recognition fails.
  StatusOr<OcrPage> Recognize(Pix* image, int page_number, int dpi);

 private:
  TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api, bool quote_shapes);
  std::unique_ptr<tesseract::TessBaseAPI> api_;
  bool quote_shapes_;
};

}  // namespace amend
