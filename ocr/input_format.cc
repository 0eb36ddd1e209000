#include "ocr/input_format.h"

namespace amend {

InputFormat DetectInputFormat(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts("\x89PNG\r\n\x1a\n")) return InputFormat::kPng;
  if (starts(std::string_view("II*\0", 4)) || starts(std::string_view("MM\0*", 4))) {
    return InputFormat::kTiff;
  }
  if (starts("\xff\xd8\xff")) return InputFormat::kJpeg;
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputFormat::kPdf;
  return InputFormat::kUnknown;
}

const char* InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kPdf: return "PDF";
    case InputFormat::kPng: return "PNG";
    case InputFormat::kTiff: return "TIFF";
    case InputFormat::kJpeg: return "JPEG";
    case InputFormat::kUnknown: break;
  }
  return "unknown";
}

}  // namespace amend
