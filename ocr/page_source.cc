#include "ocr/page_source.h"

#include "ocr/image_reader.h"
#include "ocr/input_format.h"
#include "ocr/pdf_raster.h"

namespace amend {

StatusOr<std::unique_ptr<PageSource>> OpenPageSource(const std::string& name,
                                                     std::shared_ptr<const std::string> bytes,
                                                     const PageSourceOptions& options) {
  if (bytes->empty()) return BadInput(name + ": empty file");
  InputFormat format = DetectInputFormat(*bytes);
  switch (format) {
    case InputFormat::kPdf: return OpenPdf(name, std::move(bytes), options);
    case InputFormat::kPng:
    case InputFormat::kTiff:
    case InputFormat::kJpeg: return OpenImage(name, std::move(bytes), format, options);
    case InputFormat::kUnknown: break;
  }
  return BadInput(name + ": not a PDF or image file (expected PDF, PNG, TIFF or JPEG content)");
}

std::string TooLargeMessage(const std::string& name, int page, int64_t w, int64_t h,
                            int64_t max_pixels) {
  return name + ": page " + std::to_string(page) + " is " + std::to_string(w) + "x" +
         std::to_string(h) + " pixels, over the limit of " + std::to_string(max_pixels) +
         " pixels (raise it with --max-pixels)";
}

}  // namespace amend
