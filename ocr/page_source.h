// A document's pages as images, produced one page at a time: a PDF (rendered with
// poppler-cpp) or a PNG / JPEG / multi-page TIFF file (decoded with Leptonica).
//
//   auto bytes = std::make_shared<const std::string>(*ReadFile(path));
//   StatusOr<std::unique_ptr<PageSource>> src = OpenPageSource(path, bytes, {});
//   if (!src.ok()) return src.status();              // "scan.pdf: encrypted PDF: ..."
//   for (int i = 0; i < (*src)->page_count(); ++i) {
//     StatusOr<PixPtr> page = (*src)->RenderPage(i); // only this page is in memory
//   }
//
// The type is detected from the content (ocr/input_format.h), not the file name. Image
// sizes are checked against `max_pixels` BEFORE anything is decoded or rendered, so a
// decompression bomb is refused without allocating it.
//
// Thread safety: a PageSource is used by one thread at a time. Several PageSources may
// share the same bytes and run in parallel (one per worker thread).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "base/status.h"
#include "ocr/pix.h"

namespace amend {

struct PageSourceOptions {
  // Resolution to render PDF pages at; 0 = the scan's own resolution when each page is
  // one image, else 300. For image files it only overrides the resolution reported to
  // the recognizer (images are never resampled).
  int dpi = 0;
  // Password of an encrypted PDF (tried as owner and as user password).
  std::string password;
  // Refuse any page image larger than this many pixels (decompression-bomb guard).
  int64_t max_pixels = 150'000'000;
  // Render PDF pages in 8-bit gray (what preprocessing wants) rather than 32-bit color.
  bool gray = true;
};

class PageSource {
 public:
  virtual ~PageSource() = default;
  // Number of pages (>= 1: opening a document without pages fails).
  virtual int page_count() const = 0;
  // Resolution (dots per inch) of the images RenderPage returns.
  virtual int dpi() const = 0;
  // Page `index` (0-based) as a new image: 8 bpp gray or 32 bpp RGB for PDFs, the
  // file's own depth for images. kBadInput when the page is too large or undecodable.
  virtual StatusOr<PixPtr> RenderPage(int index) = 0;
};

// Opens `bytes` (the content of file `name`, used in messages). The PageSource keeps a
// reference to `bytes`. Errors (kBadInput), each "NAME: <problem>": empty file, not a
// PDF or image file, damaged or truncated PDF, encrypted PDF (needs --password / wrong
// password), PDF has no pages, image too large.
StatusOr<std::unique_ptr<PageSource>> OpenPageSource(const std::string& name,
                                                     std::shared_ptr<const std::string> bytes,
                                                     const PageSourceOptions& options);

// The message for an image of w x h pixels over the limit, shared by all sources.
std::string TooLargeMessage(const std::string& name, int page, int64_t w, int64_t h,
                            int64_t max_pixels);

}  // namespace amend
