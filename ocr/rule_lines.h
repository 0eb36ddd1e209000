// Printed table rules (long thin horizontal and vertical lines) on a binary page image:
// found with Leptonica morphology, reported as RuleLine, and erased before recognition so
// Tesseract does not read them as text ("—__|", "a ee eee").
//
//   RuleLineResult found = FindRuleLines(binary, RuleLineOptions{});
//   for (const RuleLine& r : found.rules) Use(r.horizontal, r.position, r.start, r.end);
//   pixSubtract(binary, binary, found.mask.get());   // erase them (ErasePixels does this)
//
// Thread-safe (no shared state); the input image is not modified.
#pragma once

#include <vector>

#include "base/status.h"
#include "ocr/ocr_page.h"
#include "ocr/pix.h"

namespace amend {

struct RuleLineOptions {
  // Minimum length of a rule in inches (at the image's resolution): an unbroken run of
  // ink this long is a rule, not text (letters are separated by white at any height).
  double min_length_inches = 0.8;
  // Maximum thickness of a rule in inches; thicker solid areas (photos, black borders)
  // are not rules.
  double max_thickness_inches = 0.06;
  // Image resolution used to convert the inch values, when the image records none.
  int default_dpi = 300;
};

struct RuleLineResult {
  std::vector<RuleLine> rules;  // horizontal first (top to bottom), then vertical (left to right)
  PixPtr mask;                  // 1 bpp, same size as the input: pixels of the rules (dilated by 1)
};

// Finds the rules on `binary` (1 bpp, ink = 1). kInternal when Leptonica fails.
StatusOr<RuleLineResult> FindRuleLines(Pix* binary, const RuleLineOptions& options);

}  // namespace amend
