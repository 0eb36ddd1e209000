// BuildSheet on recorded word boxes: Tesseract 5 (psm 3) TSVs of the fixture scans
// (fixtures/ocr-words/, see fixtures/README.md). The words are fixed by the recording;
// what is checked is the table structure rebuilt from them.
#include <algorithm>
#include <filesystem>

#include <boost/test/unit_test.hpp>

#include "base/file_io.h"
#include "ocr/layout/layout.h"
#include "ocr/layout/tesseract_tsv.h"

namespace amend {
namespace {

std::vector<OcrPage> LoadRecorded(const std::string& scan) {
  std::filesystem::path dir = std::filesystem::path(AMEND_SOURCE_DIR) / "fixtures/ocr-words" / scan;
  std::vector<OcrPage> pages;
  for (int n = 1;; ++n) {
    std::filesystem::path f = dir / ("page-" + std::to_string(n) + ".tsv");
    if (!std::filesystem::exists(f)) break;
    StatusOr<std::string> text = ReadFile(f.string());
    BOOST_REQUIRE(text.ok());
    StatusOr<std::vector<OcrPage>> parsed = ParseTesseractTsv(*text, f.string(), n);
    BOOST_REQUIRE_MESSAGE(parsed.ok(), parsed.status().message());
    for (OcrPage& p : *parsed) pages.push_back(std::move(p));
  }
  BOOST_REQUIRE_MESSAGE(!pages.empty(), "no recorded pages in " << dir);
  return pages;
}

const SheetLine* FindRow(const SheetText& sheet, const std::string& label) {
  for (const SheetLine& l : sheet.lines) {
    if (l.kind == SheetLineKind::kRow && l.label == label) return &l;
  }
  return nullptr;
}

BOOST_AUTO_TEST_CASE(WrappedLabelsAreJoined) {
  SheetText sheet = BuildSheet(LoadRecorded("nagorno-karabakh-1993-office"));
  // Printed over two or three lines of the label column (make_scan.py wraps them).
  for (const char* label : {"Criminal justice and emergency law",
                            "Regional or international human rights institutions",
                            "Development or socio-economic reconstruction",
                            "Racial/ethnic/national group", "International mission/force/similar"}) {
    const SheetLine* row = FindRow(sheet, label);
    BOOST_TEST_CONTEXT(label) {
      BOOST_REQUIRE(row != nullptr);
      BOOST_TEST(row->value == "No specific mention.");
    }
  }
}

BOOST_AUTO_TEST_CASE(ColumnBoundarySeparatesLabelsFromValues) {
  SheetText sheet = BuildSheet(LoadRecorded("nagorno-karabakh-1993-office"));
  int rows = 0;
  for (const SheetLine& l : sheet.lines) {
    if (l.kind != SheetLineKind::kRow) continue;
    ++rows;
    BOOST_TEST_CONTEXT(l.label) {
      BOOST_TEST(l.label.find("mention") == std::string::npos);  // no value word in a label
      BOOST_TEST(!l.value.empty());
      BOOST_TEST(l.label.size() < 60u);  // the longest printed label has 51 characters
    }
  }
  BOOST_TEST(rows == 14 + 95);  // 14 metadata fields, 95 provision rows
}

BOOST_AUTO_TEST_CASE(HeadingsAndConflictBlockStandAlone) {
  SheetText sheet = BuildSheet(LoadRecorded("nagorno-karabakh-1993-office"));
  std::vector<std::string> headings;
  for (const SheetLine& l : sheet.lines) {
    if (l.kind == SheetLineKind::kHeading) headings.push_back(l.value);
  }
  BOOST_TEST(headings.size() == 14u);  // the 14 SECTIONs of spec/pax-sheet-layout.txt
  BOOST_TEST(std::count(headings.begin(), headings.end(), "Groups") == 1);
  BOOST_TEST(std::count(headings.begin(), headings.end(), "Security sector") == 1);
  // Right after the "Agreement/conflict level" row: the conflict name, then its description.
  auto it = std::find_if(sheet.lines.begin(), sheet.lines.end(), [](const SheetLine& l) {
    return l.label == "Agreement/conflict level";
  });
  BOOST_REQUIRE(it != sheet.lines.end());
  BOOST_REQUIRE(std::distance(it, sheet.lines.end()) > 3);
  BOOST_TEST((it[1].kind == SheetLineKind::kText));
  BOOST_TEST(it[1].value == "Nagorno-Karabakh Conflict (1991 -)");
  BOOST_TEST((it[2].kind == SheetLineKind::kText));
  BOOST_TEST(it[2].value.rfind("The territory of Nagorno-Karabakh", 0) == 0);
  BOOST_TEST(it[2].value.size() > 1000u);
  BOOST_TEST(it[3].label == "Stage");
}

BOOST_AUTO_TEST_CASE(SpansMatchTheRecordedWords) {
  std::vector<OcrPage> pages = LoadRecorded("pax-1440-bad");
  SheetText sheet = BuildSheet(pages);
  std::string text = sheet.ToString();
  size_t words = 0;
  for (const OcrPage& p : pages) words += p.words.size();
  BOOST_TEST(sheet.spans.size() <= words);          // noise may be dropped,
  BOOST_TEST(sheet.spans.size() >= words * 95 / 100);  // but not much
  for (const SheetSpan& s : sheet.spans) {
    const OcrPage& page = pages.at(s.page - 1);
    auto w = std::find_if(page.words.begin(), page.words.end(), [&](const OcrWord& w) {
      return w.box.left == s.box.left && w.box.top == s.box.top && w.box.width == s.box.width;
    });
    BOOST_REQUIRE(w != page.words.end());
    BOOST_TEST(text.substr(s.offset, s.length) == w->text);
  }
  // The Source row is printed last, on the last page, in the value column.
  const SheetLine* source = FindRow(sheet, "Source");
  BOOST_REQUIRE(source != nullptr);
  BOOST_TEST(source->page == static_cast<int>(pages.size()));
  size_t at = text.rfind("Source\t") + 7;
  auto span = std::find_if(sheet.spans.begin(), sheet.spans.end(),
                           [&](const SheetSpan& s) { return s.offset == at; });
  BOOST_REQUIRE(span != sheet.spans.end());
  BOOST_TEST(span->page == static_cast<int>(pages.size()));
  BOOST_TEST(span->box.left > pages.back().width * 3 / 10);
}

}  // namespace
}  // namespace amend
