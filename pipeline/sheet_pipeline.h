// The tool's main job, stage by stage: a scan (or text OCR'd long ago) to a pax-sheet/1
// record. `amend convert` runs FromScan; `amend clean --format json` runs FromText.
//
//   SheetPipelineOptions options;                       // shipped packs, pax-sheet schema
//   StatusOr<SheetPipeline> p = SheetPipeline::Create(options);
//   if (!p.ok()) return p.status();                      // kRuleError: bad pack or schema
//   StatusOr<SheetDocument> doc = p->FromScan("scan.pdf");
//   if (!doc.ok()) return doc.status();                  // kBadInput, kMissingOcrData, ...
//   WriteOutput("-", RecordToJson(doc->record, {}));
//
// FromScan: OCR (ocr/recognize_document.h) -> layout (ocr/layout/layout.h) -> FromText.
// FromText: normalize + rule packs (pipeline/clean_text.h) -> parser (parse/sheet_parser.h)
// with the OCR-aware label distance (rules/ocr_distance.h).
// Thread safety: a SheetPipeline is immutable after Create; FromText and FromScan may run
// on several threads at once.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ocr/layout/layout.h"
#include "ocr/recognize_document.h"
#include "parse/record.h"
#include "parse/schema.h"
#include "pipeline/clean_text.h"

namespace amend {

struct SheetPipelineOptions {
  CleanOptions clean;                          // rule packs (--rules) and normalization
  std::string schema_dir = kDefaultSchemaDir;  // --schema: the sheet type to parse
  RecognizeOptions ocr;                        // scans only: jobs, dpi, lang, preprocessing
  LayoutOptions layout;                        // scans only
  bool strict = false;  // --strict: a repair diagnostic is an error (kBadInput)
  // Scans only: keep the recognized pages in SheetDocument::pages (words, rules, and the
  // page images when ocr.page_image_dpi > 0), for the review report. Off: they are
  // dropped after layout, as convert and repair want.
  bool keep_pages = false;
};

struct SheetDocument {
  Record record;                      // with source filled (path, sha256, pages)
  std::string sheet_text;             // scans: the layout's sheet text before cleaning
  std::vector<SheetSpan> spans;       // scans: word boxes of sheet_text (for the trace)
  CleanResult cleaned;                // the text the parser read, its edits, rule hits
  std::vector<std::string> warnings;  // cleaning diagnostics (e.g. invalid UTF-8 repaired)
  std::vector<OcrPage> pages;         // scans with keep_pages only: the recognized pages
};

// A scan recognized and laid out, not yet cleaned: FromScan's first half, so that several
// pipelines (rule sets) can read one OCR result (`amend diff`).
struct ScanSheet {
  std::string path;               // the scan, as given
  std::string sha256;             // hex SHA-256 of the scan file
  int pages = 0;                  // pages recognized
  std::string text;               // the layout's sheet text (SheetText::ToString)
  std::vector<SheetSpan> spans;   // word boxes of `text`
  std::vector<OcrPage> ocr_pages; // with keep_pages only: the recognized pages
};

class SheetPipeline {
 public:
  // Loads the rule packs, the confusion table and the schema. Errors: kRuleError with
  // "file:line:col: message" for a bad pack or schema.
  [[nodiscard]] static StatusOr<SheetPipeline> Create(const SheetPipelineOptions& options);

  // Cleans and parses `bytes`; `name` names the input in messages and record.source.
  // Errors: kBadInput "NAME: no sheet found"; with strict, kBadInput naming the first
  // repair ("NAME: line 93: label-merged: ...").
  [[nodiscard]] StatusOr<SheetDocument> FromText(std::string_view bytes,
                                                 const std::string& name) const;

  // Recognizes the scan at `path`, then as FromText. Errors: those of RecognizeDocument
  // and FromText.
  [[nodiscard]] StatusOr<SheetDocument> FromScan(const std::string& path) const;
  // The same for a scan already read: `bytes` are the file at `path` (which names it in
  // messages and record.source and is not read again).
  [[nodiscard]] StatusOr<SheetDocument> FromScan(const std::string& path,
                                                 std::shared_ptr<const std::string> bytes) const;

  // FromScan in two steps: RecognizeSheet runs OCR and layout with this pipeline's OCR and
  // layout options (errors: those of RecognizeDocument; kBadInput when the scan cannot be
  // read); FromSheet cleans and parses the result with this pipeline's rules and schema
  // (errors: those of FromText). FromSheet(*RecognizeSheet(p)) equals FromScan(p), and a
  // ScanSheet from one pipeline may be given to another.
  [[nodiscard]] StatusOr<ScanSheet> RecognizeSheet(const std::string& path) const;
  [[nodiscard]] StatusOr<ScanSheet> RecognizeSheet(const std::string& path,
                                                   std::shared_ptr<const std::string> bytes) const;
  [[nodiscard]] StatusOr<SheetDocument> FromSheet(ScanSheet scan) const;

  const Schema& schema() const { return *schema_; }
  const SheetPipelineOptions& options() const { return options_; }
  // The normalizer and rule packs FromText cleans with; its engine().rules() are the
  // rules that CleanResult.stats.hits counts, in that order.
  const TextCleaner& cleaner() const;

 private:
  struct Parts;
  // FromText without record.source (FromScan fills it from the scan, not the sheet text).
  StatusOr<SheetDocument> CleanAndParse(std::string_view bytes, const std::string& name) const;
  SheetPipeline(std::shared_ptr<const Parts> parts, std::shared_ptr<const Schema> schema,
                SheetPipelineOptions options)
      : parts_(std::move(parts)), schema_(std::move(schema)), options_(std::move(options)) {}
  std::shared_ptr<const Parts> parts_;
  std::shared_ptr<const Schema> schema_;
  SheetPipelineOptions options_;
};

// Hex SHA-256 of `bytes` (the record's source.sha256).
std::string Sha256Hex(std::string_view bytes);

}  // namespace amend
