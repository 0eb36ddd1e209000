// RAII owner for Leptonica images: every Pix* returned by Leptonica goes into a PixPtr
// at the call site, so no path leaks or double-frees it.
//
//   PixPtr gray(pixConvertTo8(src, 0));
//   if (!gray) return InternalError("grayscale conversion failed");
//   Use(gray.get());
//
// PixPtr is a std::unique_ptr: movable, not copyable; not thread-safe to share mutably.
#pragma once

#include <memory>

#include <leptonica/allheaders.h>

namespace amend {

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

struct BoxDeleter {
  void operator()(BOX* box) const { boxDestroy(&box); }
};
using BoxPtr = std::unique_ptr<BOX, BoxDeleter>;  // Leptonica's box (not amend::Box)

struct BoxaDeleter {
  void operator()(Boxa* boxa) const { boxaDestroy(&boxa); }
};
using BoxaPtr = std::unique_ptr<Boxa, BoxaDeleter>;

struct PixaDeleter {
  void operator()(Pixa* pixa) const { pixaDestroy(&pixa); }
};
using PixaPtr = std::unique_ptr<Pixa, PixaDeleter>;

}  // namespace amend
