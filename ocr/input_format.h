// What kind of file an OCR input is, decided by its first bytes (never by its name).
//
//   StatusOr<std::string> bytes = ReadFile(path);
//   InputFormat f = DetectInputFormat(*bytes);
//   if (f == InputFormat::kUnknown) return BadInput(path + ": not a PDF or image file");
//
// Pure functions: thread-safe.
#pragma once

#include <string_view>

namespace amend {

enum class InputFormat { kUnknown, kPdf, kPng, kTiff, kJpeg };

// The format from magic bytes: "%PDF-" (within the first 1024 bytes, as PDF readers
// allow), PNG signature, TIFF "II*\0"/"MM\0*", JPEG FF D8 FF. kUnknown otherwise,
// including for empty input.
InputFormat DetectInputFormat(std::string_view bytes);

// "PDF", "PNG", "TIFF", "JPEG" or "unknown", for messages.
const char* InputFormatName(InputFormat format);

}  // namespace amend
