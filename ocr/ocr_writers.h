// OcrPage lists as the text formats Tesseract users know.
//
//   std::vector<OcrPage> pages = ...;
//   std::string txt  = FormatText(pages);   // like `tesseract img out txt`
//   std::string tsv  = FormatTsv(pages);    // like `tesseract img out tsv`
//   std::string html = FormatHocr(pages, "scan.pdf");
//
// Pure functions of their input: thread-safe, deterministic.
#pragma once

#include <string>
#include <vector>

#include "ocr/ocr_page.h"

namespace amend {

// Words joined by spaces, lines by "\n", a blank line between paragraphs, and a form
// feed ("\f") after each page, as Tesseract's text output does.
std::string FormatText(const std::vector<OcrPage>& pages);

// Tesseract-compatible TSV: a header, then per page rows of level 1 (page), 2 (block),
// 3 (paragraph), 4 (line) and 5 (word), columns level page_num block_num par_num
// line_num word_num left top width height conf text. Line and word numbers restart
// in each paragraph / line like Tesseract's; boxes of levels 1-4 enclose their words
// (level 1 is the whole image); conf is -1 above level 5. Tabs and newlines in word text
// become spaces.
std::string FormatTsv(const std::vector<OcrPage>& pages);

// A complete hOCR 1.2 (XHTML) document: ocr_page / ocr_carea / ocr_par / ocr_line /
// ocrx_word elements with bbox and x_wconf; `title` (e.g. the input file name) goes into
// <title> and each page's "image" property. Text is XML-escaped.
std::string FormatHocr(const std::vector<OcrPage>& pages, const std::string& title);

}  // namespace amend
