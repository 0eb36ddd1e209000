// Tesseract TSV (`tesseract page.png - tsv`) -> OcrPage: recorded word boxes, the input of
// layout unit tests and of tools that run the layout without the OCR engine.
//
//   StatusOr<std::vector<OcrPage>> pages = ParseTesseractTsv(tsv_text, "page-1.tsv");
//   if (!pages.ok()) return pages.status();   // "page-1.tsv:7: expected 12 columns, got 3"
//   SheetText sheet = BuildSheet(*pages);
//
// Pure functions: thread-safe, no I/O.
#pragma once

#include <string_view>
#include <vector>

#include "base/status.h"
#include "ocr/ocr_page.h"

namespace amend {

// Parses TSV text with Tesseract's header (level, page_num, block_num, par_num, line_num,
// word_num, left, top, width, height, conf, text). Level-1 rows give the page size; level-5
// rows become OcrWords (in file order). Words whose text is empty or only blanks are dropped
// (Tesseract reports printed rules as such "words"). Pages are numbered page_number_base +
// page_num - 1 (a TSV of one image has page_num 1). Each OcrPage gets `dpi`, no rules, and
// OcrWord::line = a page-unique id of (block, paragraph, line).
// Returns BadInput("<name>:<line>: <problem>") for a missing or wrong header, a row with the
// wrong number of columns or a non-numeric field; an empty TSV (header only) gives no pages.
[[nodiscard]] StatusOr<std::vector<OcrPage>> ParseTesseractTsv(std::string_view tsv,
                                                              std::string_view name,
                                                              int page_number_base = 1,
                                                              int dpi = 300);

}  // namespace amend
