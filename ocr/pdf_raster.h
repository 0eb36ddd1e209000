// PDF pages as images, rendered with poppler-cpp one page at a time.
//
//   StatusOr<std::unique_ptr<PageSource>> pdf = OpenPdf("scan.pdf", bytes, {.dpi = 300});
//   StatusOr<PixPtr> first = (*pdf)->RenderPage(0);   // 8 bpp, 2550x3300 for US Letter
//
// Resolution: PageSourceOptions::dpi, or when it is 0 the scan's own resolution as
// estimated by EstimateScanDpi (poppler-cpp cannot list a page's images, so the image
// XObject dictionaries are read from the raw file). Rendering goes through one
// process-wide lock, because poppler's shared state is not documented as thread-safe;
// rendering is a small part of a page's OCR time (see bench/ocr/README.md).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "ocr/page_source.h"

namespace amend {

// Opens a PDF; see OpenPageSource for the errors. A file whose last 2 KiB hold no
// "%%EOF" is refused as truncated (poppler would silently reconstruct a partial file).
StatusOr<std::unique_ptr<PageSource>> OpenPdf(const std::string& name,
                                              std::shared_ptr<const std::string> bytes,
                                              const PageSourceOptions& options);

// The resolution of a scanned PDF whose first page is one full-page image: finds the
// image XObjects (uncompressed "/Subtype /Image" dictionaries with literal /Width and
// /Height), takes the largest, and divides its size by the page size in inches. Returns
// that (rounded, clamped to 70..600) when the image and the page have the same aspect
// ratio within 3% (possibly rotated by 90 degrees), else 0 (= unknown; callers use 300).
int EstimateScanDpi(std::string_view pdf_bytes, double page_width_pt, double page_height_pt);

}  // namespace amend
