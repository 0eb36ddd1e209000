#include "ocr/preprocess.h"

#include <cmath>

namespace amend {
namespace {

// Sets the pixels under `mask` to white in `image` (any depth). Returns false on failure.
bool Erase(Pix* image, Pix* mask) {
  if (pixGetDepth(image) == 1) return pixSubtract(image, image, mask) != nullptr;
  if (pixGetColormap(image)) return false;
  l_uint32 white = pixGetDepth(image) == 32 ? 0xffffff00 : (1u << pixGetDepth(image)) - 1;
  return pixSetMasked(image, mask, white) == 0;
}

}  // namespace

PixPtr BinarizeAdaptive(Pix* image) {
  if (pixGetDepth(image) == 1) return PixPtr(pixCopy(nullptr, image));
  PixPtr gray(pixConvertTo8(image, 0));
  if (!gray) return nullptr;
  return PixPtr(pixAdaptThresholdToBinary(gray.get(), nullptr, 1.0));
}

StatusOr<PreprocessedPage> Preprocess(Pix* page, const PreprocessOptions& options) {
  auto failed = [](const char* step) { return InternalError(std::string("preprocess: ") + step + " failed"); };
  PreprocessedPage out;
  bool convert = options.grayscale && pixGetDepth(page) != 1 && pixGetDepth(page) != 8;
  out.image.reset(convert ? pixConvertTo8(page, 0) : pixCopy(nullptr, page));
  if (!out.image) return failed("grayscale");
  if (pixGetColormap(out.image.get())) {
    out.image.reset(pixRemoveColormap(out.image.get(), REMOVE_CMAP_BASED_ON_SRC));
    if (!out.image) return failed("colormap removal");
  }
  if (options.deskew) {
    // A global threshold is enough to find the skew and costs a fraction of the adaptive
    // binarization, which then runs once, on the straightened page.
    PixPtr rough(pixConvertTo1(out.image.get(), 128));
    if (!rough) return failed("binarization");
    l_float32 angle = 0, conf = 0;
    if (pixFindSkew(rough.get(), &angle, &conf) == 0 && conf >= options.min_skew_confidence) {
      // Leptonica's angle is the clockwise rotation that straightens the page.
      out.skew_degrees = -angle;
      if (std::fabs(angle) >= options.min_deskew_degrees) {
        const double radians = angle * M_PI / 180.0;
        out.image.reset(pixRotate(out.image.get(), radians, L_ROTATE_AREA_MAP,
                                  L_BRING_IN_WHITE, 0, 0));
        if (!out.image) return failed("deskew");
      }
    }
  }
  if (options.display_scale > 0) {
    PixPtr gray(pixConvertTo8(out.image.get(), 0));
    if (gray) out.display.reset(pixScale(gray.get(), options.display_scale, options.display_scale));
    if (!out.display) return failed("display copy");
  }
  if (!options.binarize && !options.remove_rules && !options.clean_borders) return out;
  PixPtr binary = BinarizeAdaptive(out.image.get());
  if (!binary) return failed("binarization");
  if (options.binarize) out.image = std::move(binary);
  // Ink to analyse: the output itself when it is binary, else the binarized copy.
  Pix* ink = options.binarize ? out.image.get() : binary.get();

  if (options.remove_rules) {
    StatusOr<RuleLineResult> found = FindRuleLines(ink, options.rule_lines);
    if (!found.ok()) return found.status();
    if (!Erase(out.image.get(), found->mask.get()) ||
        (ink != out.image.get() && !Erase(ink, found->mask.get()))) {
      return failed("rule removal");
    }
    out.rules = std::move(found->rules);
  }
  if (options.clean_borders) {
    PixPtr inner(pixRemoveBorderConnComps(ink, 8));
    if (!inner) return failed("border cleanup");
    if (options.binarize) {
      out.image = std::move(inner);
    } else {
      PixPtr border(pixSubtract(nullptr, ink, inner.get()));
      if (!border || !Erase(out.image.get(), border.get())) return failed("border cleanup");
    }
  }
  return out;
}

}  // namespace amend
