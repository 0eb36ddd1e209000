// The review report (`amend report`, `amend repair --report`): one self-contained HTML
// page per document showing what the pipeline saw and did, for a person to check.
//
//   SheetPipelineOptions options = ...;                   // packs, schema, OCR flags
//   EnableReportCapture(&options);                        // keep pages and page images
//   StatusOr<SheetPipeline> p = SheetPipeline::Create(options);
//   StatusOr<SheetDocument> doc = p->FromScan("scan.pdf"); // or p->FromText(bytes, name)
//   if (!doc.ok()) return doc.status();
//   Status s = WriteOutput("review.html", RenderReviewReport(*doc, ReportOptions{}));
//
// The page holds:
// - for a scan (doc.pages not empty), each page image (the straightened page as
//   recognized, JPEG in a data: URI) under an SVG overlay in page pixels: the label and
//   value cell of every table row (the union of the boxes of the row's words, per page;
//   headings and text blocks as one "text" cell), each linking to its line of the text;
//   the printed table rules found; the words below `low_confidence`; the box of every
//   rule edit (trace.h's FindPageBox);
// - the CLEANED text (what the parser read, so the diagnostics' line numbers match), with
//   the result of every edit highlighted and "rule (pack:line): «before» → «after»" on
//   hover (pipeline/review_text.h); low-confidence words marked the same way;
// - the edits in order, the parser's diagnostics linked to their lines, the cleaning
//   warnings, and a record summary (fields, rows mentioned, the JSON record).
// No external resource and no script; every text is HTML-escaped (invalid UTF-8 becomes
// U+FFFD). For a text input (no pages) the page column is left out.
//
// Element contract (tests and tools rely on it):
// - <svg class="page" data-page="N"> per page, holding one <image> when the page has one;
// - <rect class="cell label|value|text" data-line="L">: L is the 1-based line of the
//   cleaned text the row became; the cell links to it (#L<L>);
// - <rect class="low"> per low-confidence word; <rect class="editbox" data-edit="K"> per
//   rule edit with a box (K indexes doc.cleaned.edits);
// - text marks as in review_text.h; <div class="line" id="L<n>"> per line of the text;
// - <table id="edits"> with one <tr id="edit-K" data-rule="ID"> per edit (class "norm"
//   for normalization); <ul id="diagnostics"> with one <li class="SEVERITY"> each.
//
// Thread-safe: pure functions of their arguments.
#pragma once

#include <string>

#include "pipeline/sheet_pipeline.h"

namespace amend {

struct ReportOptions {
  double low_confidence = 60;  // words with OCR confidence (0..100) below this are marked
  std::string title;           // page title; empty = the record's source path
};

// Resolution of the page images EnableReportCapture asks for: ~100-200 KB per A4 page.
inline constexpr int kReportImageDpi = 100;

// Sets what a report needs on `options`: keep_pages, and ocr.page_image_dpi =
// kReportImageDpi when it is 0 (a caller's own resolution is kept).
void EnableReportCapture(SheetPipelineOptions* options);

// The report of `doc` as one HTML document (UTF-8). Never fails; a document without
// pages (text input, or a pipeline without keep_pages) gives the text-only report, and
// pages without image_jpeg are drawn on white.
std::string RenderReviewReport(const SheetDocument& doc, const ReportOptions& options);

}  // namespace amend
