// Page image cleanup before recognition, with Leptonica. Each step can be switched off.
//
//   PreprocessOptions opt;                 // all steps on
//   opt.deskew = false;                    // e.g. for `amend ocr --no-deskew`
//   StatusOr<PreprocessedPage> p = Preprocess(page.get(), opt);
//   if (!p.ok()) return p.status();
//   engine.Recognize(p->image.get(), ...); // coordinates are those of p->image
//   page.skew_degrees = p->skew_degrees; page.rules = p->rules;
//
// Steps, in order: grayscale -> find skew and rotate -> adaptive binarization -> find
// printed table rules and erase them -> erase ink touching the image border (scanner
// edges, punch holes). Skew and rules are found on an adaptively binarized copy even
// when the output is not binarized. The output has the size of the input (rotation
// brings in white), so page sizes do not change.
//
// Thread-safe: no shared state; `page` is not modified.
#pragma once

#include <vector>

#include "base/status.h"
#include "ocr/ocr_page.h"
#include "ocr/pix.h"
#include "ocr/rule_lines.h"

namespace amend {

struct PreprocessOptions {
  bool grayscale = true;      // convert color to 8-bit gray
  bool deskew = true;         // find the skew angle and rotate the page straight
  bool binarize = true;       // adaptive (background-normalized) binarization to 1 bpp
  bool remove_rules = true;   // find printed table rules, report and erase them
  bool clean_borders = true;  // erase ink connected to the image border
  // Skews smaller than this (degrees) are reported but not corrected: rotating costs
  // more than it helps.
  double min_deskew_degrees = 0.05;
  // Skew detection below this confidence (Leptonica's score ratio) is ignored.
  double min_skew_confidence = 3.0;
  RuleLineOptions rule_lines;  // what counts as a printed rule
  // > 0: also return `display`, the straightened page before binarization and rule
  // removal, in 8-bit gray, scaled by this factor (review reports). 0: no copy is made.
  double display_scale = 0;
};

struct PreprocessedPage {
  PixPtr image;                // what to recognize: 1 bpp if binarized, else 8 or 32 bpp
  double skew_degrees = 0;     // skew found on the page (clockwise positive); 0 if off
  std::vector<RuleLine> rules; // rules found (and erased), in `image` coordinates
  PixPtr display;              // only with display_scale > 0: 8 bpp, `image` geometry scaled
};

// Runs the enabled steps on `page` (any depth). kInternal if Leptonica fails.
StatusOr<PreprocessedPage> Preprocess(Pix* page, const PreprocessOptions& options);

// Adaptive binarization (background normalization + threshold) of any image: the step
// `binarize` uses, exposed for tests and tools. Returns nullptr on failure.
PixPtr BinarizeAdaptive(Pix* image);

}  // namespace amend
