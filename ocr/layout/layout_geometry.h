// Page geometry for the layout (internal to ocr/layout): words in deskewed page
// coordinates, the column boundary, visual lines and horizontal rules.
//
//   PageGeometry g = MeasurePage(page, options);
//   for (const VisualLine& line : g.lines) ...   // top to bottom, words left to right
//
// Pure functions: thread-safe. Pointers in PlacedWord point into the OcrPage passed in,
// which must outlive the result.
#pragma once

#include <vector>

#include "ocr/layout/layout.h"
#include "ocr/ocr_page.h"

namespace amend {

struct PlacedWord {
  const OcrWord* word = nullptr;  // the word as recognized (text, original box)
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;  // its box in deskewed coordinates
};

struct VisualLine {
  std::vector<PlacedWord> words;  // left to right
  double top = 0, bottom = 0;     // union of the words' boxes
  double baseline = 0;            // bottom of its words without descenders (estimated if none)
};

// How far `below` sits under `above`: the larger of the distances between their tops and
// between their baselines. Each alone is thrown off by the letters (a line without capitals
// or ascenders has a low top; Tesseract sometimes boxes a word with the line's descender
// depth), but not both at once, so within a table cell this stays near the line spacing.
double Pitch(const VisualLine& above, const VisualLine& below);

struct PageGeometry {
  double median_height = 0;         // median height of the page's word boxes (0: no words)
  double boundary = 0;              // x of the label column's right edge (deskewed)
  double line_pitch = 0;            // normal distance between the baselines of two text lines
  std::vector<VisualLine> lines;    // top to bottom
  std::vector<double> row_rules;    // y of horizontal table rules, ascending (may be empty)
};

// Deskews, filters (LayoutOptions::drop_noise), finds the column boundary and groups the
// words of one page into visual lines. A page without words gives empty lines.
PageGeometry MeasurePage(const OcrPage& page, const LayoutOptions& options);

}  // namespace amend
