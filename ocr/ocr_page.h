// What the OCR stage hands to the layout stage: the words of one page with their boxes,
// and the printed table rules found on the page image before they were erased.
//
//   OcrPage page = ...;                 // from TesseractEngine or a recorded TSV
//   for (const OcrWord& w : page.words) Use(w.text, w.box, w.confidence);
//
// Coordinates are pixels of the page image as recognized (after deskew), origin top-left.
// Plain data: copyable, no invariants beyond the comments.
#pragma once

#include <string>
#include <vector>

namespace amend {

struct Box {
  int left = 0;
  int top = 0;
  int width = 0;
  int height = 0;
  int right() const { return left + width; }
  int bottom() const { return top + height; }
};

struct OcrWord {
  std::string text;       // UTF-8, as recognized
  Box box;
  float confidence = 0;   // 0..100, Tesseract's word confidence
  int block = 0;          // Tesseract's block / paragraph / line numbers on this page
  int paragraph = 0;
  int line = 0;           // line id: unique per (block, paragraph, line) on the page
};

// A printed rule (table line) found on the page image, in page pixels.
struct RuleLine {
  bool horizontal = true;
  int position = 0;       // y for horizontal rules, x for vertical ones
  int start = 0;          // x range (horizontal) or y range (vertical)
  int end = 0;
};

struct OcrPage {
  int page_number = 1;    // 1-based, in document order
  int width = 0;          // image size in pixels
  int height = 0;
  int dpi = 300;
  double skew_degrees = 0;        // skew that preprocessing corrected (0 if none), degrees,
                                  // clockwise positive: the page was rotated by -skew_degrees
  std::vector<OcrWord> words;     // in Tesseract's reading order
  std::vector<RuleLine> rules;    // printed table rules (empty if rule detection is off)
  // Only when RecognizeOptions::page_image_dpi > 0 (review reports): the straightened
  // page as recognized, before binarization, as an 8-bit grayscale JPEG scaled to that
  // resolution (same geometry as the boxes: multiply by width / JPEG width). Else empty.
  std::string image_jpeg;
};

}  // namespace amend
