#include "ocr/rule_lines.h"

#include <algorithm>
#include <cmath>

namespace amend {
namespace {

// Mask of the rules of one orientation: close breaks of a few pixels along the line
// (scanning noise), open with a long thin brick so only long runs survive. The closing
// stays smaller than the gap between two letters, so a row of text never becomes a run.
PixPtr LineMask(Pix* binary, bool horizontal, int length, int gap) {
  PixPtr closed(horizontal ? pixCloseBrick(nullptr, binary, gap, 1)
                           : pixCloseBrick(nullptr, binary, 1, gap));
  if (!closed) return nullptr;
  return PixPtr(horizontal ? pixOpenBrick(nullptr, closed.get(), length, 1)
                           : pixOpenBrick(nullptr, closed.get(), 1, length));
}

// Adds one RuleLine per connected component of `mask` thin enough to be a rule.
void CollectRules(Pix* mask, bool horizontal, int max_thickness, std::vector<RuleLine>* out) {
  BoxaPtr boxes(pixConnCompBB(mask, 8));
  if (!boxes) return;
  std::vector<RuleLine> found;
  for (int i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x, y, w, h;
    if (boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h) != 0) continue;
    int thickness = horizontal ? h : w;
    if (thickness > max_thickness) continue;
    RuleLine r;
    r.horizontal = horizontal;
    r.position = horizontal ? y + h / 2 : x + w / 2;
    r.start = horizontal ? x : y;
    r.end = horizontal ? x + w : y + h;
    found.push_back(r);
  }
  std::sort(found.begin(), found.end(), [](const RuleLine& a, const RuleLine& b) {
    return a.position != b.position ? a.position < b.position : a.start < b.start;
  });
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace

StatusOr<RuleLineResult> FindRuleLines(Pix* binary, const RuleLineOptions& options) {
  if (!binary || pixGetDepth(binary) != 1) return InternalError("rule lines: need a 1 bpp image");
  int dpi = pixGetXRes(binary) > 0 ? pixGetXRes(binary) : options.default_dpi;
  int length = std::max(40, static_cast<int>(std::lround(options.min_length_inches * dpi)));
  int max_thickness = std::max(2, static_cast<int>(std::lround(options.max_thickness_inches * dpi)));
  RuleLineResult result;
  int gap = std::max(2, dpi / 100);
  PixPtr h_mask = LineMask(binary, true, length, gap);
  PixPtr v_mask = LineMask(binary, false, length, gap);
  if (!h_mask || !v_mask) return InternalError("rule lines: morphology failed");
  CollectRules(h_mask.get(), true, max_thickness, &result.rules);
  CollectRules(v_mask.get(), false, max_thickness, &result.rules);
  PixPtr both(pixOr(nullptr, h_mask.get(), v_mask.get()));
  if (!both) return InternalError("rule lines: morphology failed");
  // Erase a pixel more than the rule itself: the antialiased edge of a printed line.
  result.mask.reset(pixDilateBrick(nullptr, both.get(), 3, 3));
  if (!result.mask) return InternalError("rule lines: morphology failed");
  return result;
}

}  // namespace amend
