// Layout: rebuild the printed two-column table of a coding sheet from OCR word boxes.
//
//   std::vector<OcrPage> pages = ...;         // from the OCR stage, in page order
//   SheetText sheet = BuildSheet(pages, LayoutOptions{});
//   std::string text = sheet.ToString();      // "label\tvalue" lines and headings
//
// Pure function of its input: thread-safe, deterministic.
#pragma once

#include <vector>

#include "ocr/layout/sheet_text.h"
#include "ocr/ocr_page.h"

namespace amend {

struct LayoutOptions {
  // Options are added by the layout implementation.
};

SheetText BuildSheet(const std::vector<OcrPage>& pages, const LayoutOptions& options = {});

}  // namespace amend
