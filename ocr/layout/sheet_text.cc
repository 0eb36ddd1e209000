#include "ocr/layout/sheet_text.h"

namespace amend {

namespace {
void AppendFolded(std::string& out, const std::string& cell) {
  for (char c : cell) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}
}  // namespace

std::string SheetText::ToString() const {
  std::string out;
  for (const SheetLine& line : lines) {
    if (line.kind == SheetLineKind::kRow) {
      AppendFolded(out, line.label);
      out += '\t';
    }
    AppendFolded(out, line.value);
    out += '\n';
  }
  return out;
}

}  // namespace amend
