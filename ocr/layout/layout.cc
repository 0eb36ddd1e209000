// SCAFFOLD: one text line per Tesseract line, no table reconstruction. Replaced by the
// layout implementation (issue 2).
#include "ocr/layout/layout.h"

namespace amend {

SheetText BuildSheet(const std::vector<OcrPage>& pages, const LayoutOptions&) {
  SheetText sheet;
  for (const OcrPage& page : pages) {
    int last_line = -1;
    for (const OcrWord& w : page.words) {
      if (w.line != last_line || sheet.lines.empty()) {
        sheet.lines.push_back({SheetLineKind::kText, "", "", page.page_number});
        last_line = w.line;
      }
      std::string& v = sheet.lines.back().value;
      if (!v.empty()) v += ' ';
      v += w.text;
    }
  }
  return sheet;
}

}  // namespace amend
