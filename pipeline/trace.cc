#include "pipeline/trace.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace amend {

std::optional<PageBox> FindPageBox(const std::vector<SheetSpan>& spans, ByteSpan original) {
  std::optional<PageBox> found;
  for (const SheetSpan& s : spans) {
    bool overlaps = original.begin == original.end
                        ? s.offset <= original.begin && original.begin < s.offset + s.length
                        : s.offset < original.end && original.begin < s.offset + s.length;
    if (!overlaps) continue;
    if (!found) {
      found = PageBox{s.page, s.box};
    } else if (s.page == found->page) {
      Box& b = found->box;
      int right = std::max(b.right(), s.box.right()), bottom = std::max(b.bottom(), s.box.bottom());
      b.left = std::min(b.left, s.box.left);
      b.top = std::min(b.top, s.box.top);
      b.width = right - b.left;
      b.height = bottom - b.top;
    }
  }
  return found;
}

std::string TraceJsonLines(const std::vector<TextEdit>& edits,
                           const std::vector<SheetSpan>* spans) {
  std::string out;
  for (const TextEdit& e : edits) {
    nlohmann::ordered_json j;
    j["rule"] = e.source;
    j["stage"] = e.stage;
    j["pack"] = e.pack_file.empty() ? nlohmann::ordered_json(nullptr)
                                    : nlohmann::ordered_json(e.pack_file + ":" + std::to_string(e.pack_line));
    j["original"] = {e.original.begin, e.original.end};
    j["after"] = {e.after.begin, e.after.end};
    j["before"] = e.text_before;
    j["after_text"] = e.text_after;
    if (spans) {
      if (std::optional<PageBox> pb = FindPageBox(*spans, e.original)) {
        j["page"] = pb->page;
        j["box"] = {pb->box.left, pb->box.top, pb->box.width, pb->box.height};
      }
    }
    out += j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

}  // namespace amend
