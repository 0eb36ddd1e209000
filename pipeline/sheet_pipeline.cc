#include "pipeline/sheet_pipeline.h"

#include <openssl/evp.h>

#include "base/file_io.h"
#include "parse/sheet_parser.h"
#include "rules/ocr_distance.h"

namespace amend {

struct SheetPipeline::Parts {
  TextCleaner cleaner;
  BoundedOcrDistance distance;  // prepared for the schema's folded labels, values and codes
};

namespace {

// What the parser compares text with (as FoldKey): every label, vocabulary entry and code.
std::vector<std::string> DistanceTargets(const Schema& schema) {
  std::vector<std::string> targets;
  for (const LayoutItem& item : schema.items) {
    targets.push_back(item.key);
    for (const std::string& v : item.vocab) targets.push_back(FoldKey(v));
  }
  for (const std::string& code : schema.codes) targets.push_back(FoldKey(code));
  return targets;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

StatusOr<SheetPipeline> SheetPipeline::Create(const SheetPipelineOptions& options) {
  StatusOr<TextCleaner> cleaner = TextCleaner::Create(options.clean);
  if (!cleaner.ok()) return cleaner.status();
  StatusOr<ConfusionTable> confusions = LoadConfusionTable(options.clean.rules.confusions_path);
  if (!confusions.ok()) return confusions.status();
  StatusOr<Schema> schema = LoadSchema(options.schema_dir);
  if (!schema.ok()) return schema.status();
  BoundedOcrDistance distance(std::move(*confusions), DistanceTargets(*schema));
  auto parts = std::make_shared<const Parts>(Parts{std::move(*cleaner), std::move(distance)});
  return SheetPipeline(std::move(parts), std::make_shared<const Schema>(std::move(*schema)),
                       options);
}

const TextCleaner& SheetPipeline::cleaner() const { return parts_->cleaner; }

StatusOr<SheetDocument> SheetPipeline::CleanAndParse(std::string_view bytes,
                                                     const std::string& name) const {
  SheetDocument doc;
  doc.cleaned = parts_->cleaner.Clean(bytes);
  for (const std::string& d : doc.cleaned.diagnostics) doc.warnings.push_back(name + ": " + d);
  ParseOptions parse;
  parse.source_name = name;
  const BoundedOcrDistance* distance = &parts_->distance;
  parse.distance = [distance](std::string_view a, std::string_view b, double bound) {
    return (*distance)(a, b, bound);
  };
  StatusOr<ParseResult> parsed = ParseSheet(doc.cleaned.text.text(), *schema_, parse);
  if (!parsed.ok()) return parsed.status();
  doc.record = std::move(parsed->record);
  if (options_.strict && !doc.record.diagnostics.empty()) {
    const Diagnostic& d = doc.record.diagnostics.front();
    return BadInput(name + ": " + d.code + ": " + d.message + " (--strict)");
  }
  return doc;
}

StatusOr<SheetDocument> SheetPipeline::FromText(std::string_view bytes,
                                                const std::string& name) const {
  StatusOr<SheetDocument> doc = CleanAndParse(bytes, name);
  if (doc.ok()) doc->record.source = SourceInfo{name, Sha256Hex(bytes), 0};
  return doc;
}

StatusOr<ScanSheet> SheetPipeline::RecognizeSheet(const std::string& path) const {
  StatusOr<std::string> read = ReadFile(path);
  if (!read.ok()) return read.status();
  return RecognizeSheet(path, std::make_shared<const std::string>(std::move(*read)));
}

StatusOr<ScanSheet> SheetPipeline::RecognizeSheet(const std::string& path,
                                                  std::shared_ptr<const std::string> bytes) const {
  StatusOr<std::vector<OcrPage>> pages = RecognizeDocument(path, bytes, options_.ocr);
  if (!pages.ok()) return pages.status();
  SheetText sheet = BuildSheet(*pages, options_.layout);
  ScanSheet scan{path, Sha256Hex(*bytes), static_cast<int>(pages->size()), sheet.ToString(),
                 std::move(sheet.spans), {}};
  if (options_.keep_pages) scan.ocr_pages = std::move(*pages);
  return scan;
}

StatusOr<SheetDocument> SheetPipeline::FromSheet(ScanSheet scan) const {
  StatusOr<SheetDocument> doc = CleanAndParse(scan.text, scan.path);
  if (!doc.ok()) return doc.status();
  doc->record.source = SourceInfo{scan.path, std::move(scan.sha256), scan.pages};
  doc->sheet_text = std::move(scan.text);
  doc->spans = std::move(scan.spans);
  doc->pages = std::move(scan.ocr_pages);
  return doc;
}

StatusOr<SheetDocument> SheetPipeline::FromScan(const std::string& path) const {
  StatusOr<ScanSheet> scan = RecognizeSheet(path);
  if (!scan.ok()) return scan.status();
  return FromSheet(std::move(*scan));
}

StatusOr<SheetDocument> SheetPipeline::FromScan(const std::string& path,
                                                std::shared_ptr<const std::string> bytes) const {
  StatusOr<ScanSheet> scan = RecognizeSheet(path, std::move(bytes));
  if (!scan.ok()) return scan.status();
  return FromSheet(std::move(*scan));
}

}  // namespace amend
