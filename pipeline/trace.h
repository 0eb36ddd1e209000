// The edit trace (`--trace FILE`): one JSON object per line, one line per edit, in the
// order the edits were made.
//
//   std::string jsonl = TraceJsonLines(result.edits, nullptr);   // text input: no boxes
//   std::string jsonl = TraceJsonLines(result.edits, &sheet.spans); // scan: page + box
//
// Each line:
//   {"rule":"agreement-e-as-o","stage":"words","pack":"rules/packs/pax.toml:12",
//    "original":[120,129],"after":[118,127],"before":"Agroomont","after_text":"Agreement",
//    "page":1,"box":[412,880,190,31]}
// "rule" is the rule id or "normalize.<step>"; "pack" is null for normalization;
// "original" is the byte range of the ORIGINAL input the edit replaced; "after" is where
// the new text sat in the text right after the edit's pass (a normalization step's
// output, or the rule's pass over its line/cell rebased to the stage output); "page" and
// "box" are present only when `spans` is given and a span overlaps "original" (the box is
// the union of the overlapping word boxes on the first such page). Invalid UTF-8 in
// before/after_text is written as U+FFFD. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "normalize/spanned_text.h"
#include "ocr/layout/sheet_text.h"

namespace amend {

struct PageBox {
  int page = 1;
  Box box;
};

// The page and box of the words overlapping `original`, or nullopt if none does.
std::optional<PageBox> FindPageBox(const std::vector<SheetSpan>& spans, ByteSpan original);

std::string TraceJsonLines(const std::vector<TextEdit>& edits,
                           const std::vector<SheetSpan>* spans);

}  // namespace amend
