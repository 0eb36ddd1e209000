// PNG, JPEG and (multi-page) TIFF files as page images, decoded with Leptonica.
//
//   StatusOr<std::unique_ptr<PageSource>> img = OpenImage("p.tif", bytes, InputFormat::kTiff, {});
//   int n = (*img)->page_count();                  // TIFF directories; 1 for PNG / JPEG
//   StatusOr<PixPtr> page = (*img)->RenderPage(0); // decoded only now
//
// Every page's header size is checked against PageSourceOptions::max_pixels before the
// page is decoded. Resolution: PageSourceOptions::dpi if set, else the file's own (when
// it records one between 70 and 1200), else 300. Images are never resampled.
#pragma once

#include <memory>
#include <string>

#include "ocr/input_format.h"
#include "ocr/page_source.h"

namespace amend {

// Errors (kBadInput): "NAME: damaged or truncated PNG image", "NAME: page N is WxH
// pixels, over the limit ...".
StatusOr<std::unique_ptr<PageSource>> OpenImage(const std::string& name,
                                                std::shared_ptr<const std::string> bytes,
                                                InputFormat format,
                                                const PageSourceOptions& options);

}  // namespace amend
