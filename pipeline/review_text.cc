#include "pipeline/review_text.h"

#include <algorithm>
#include <map>

#include "pipeline/html_text.h"

namespace amend {
namespace {

// The first i in [0, n) for which before(origin of byte i) is false (`before` must hold
// on a prefix).
template <typename Pred>
size_t FirstNot(const SpannedText& text, Pred before) {
  size_t lo = 0, hi = text.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (before(text.Origin(mid, mid + 1))) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

// A marked range of the cleaned text: an edit's result or a low-confidence word.
struct Mark {
  size_t begin = 0;
  size_t end = 0;
  int edit = -1;          // index into doc.cleaned.edits, or -1 for a word
  float confidence = 0;   // words only
};

// Moves `pos` forward to the start of a UTF-8 character, so no mark splits one.
size_t SnapToCharacter(std::string_view text, size_t pos) {
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

// The span element around text the marks in `marks` cover (an empty one for deletions).
void OpenMarkSpan(std::string* out, const std::vector<const Mark*>& marks,
                  const std::vector<TextEdit>& edits, bool deletion) {
  std::string indices, rules, title;
  bool any_rule = false, any_edit = false, low = false;
  for (const Mark* m : marks) {
    if (!title.empty()) title += '\n';
    if (m->edit < 0) {
      low = true;
      title += "OCR confidence " + Percent(m->confidence);
      continue;
    }
    const TextEdit& e = edits[m->edit];
    any_edit = true;
    any_rule = any_rule || !e.pack_file.empty();
    if (!indices.empty()) {
      indices += ' ';
      rules += ' ';
    }
    indices += std::to_string(m->edit);
    rules += e.source;
    title += DescribeEdit(e);
  }
  *out += "<span class=\"";
  if (any_edit) *out += any_rule ? "e" : "e norm";
  if (deletion) *out += " del";
  if (low) *out += any_edit ? " low" : "low";
  *out += '"';
  if (any_edit) {
    *out += " data-edits=\"" + indices + "\" data-rules=\"";
    AppendHtmlEscaped(out, rules);
    *out += '"';
  }
  *out += " title=\"";
  AppendHtmlEscaped(out, title);
  *out += "\">";
}

}  // namespace

std::string Percent(double confidence) {
  // Truncated, so a word below a threshold of 60 never reads "60%".
  return std::to_string(static_cast<int>(confidence)) + "%";
}

ByteSpan ToCleaned(const SpannedText& cleaned, ByteSpan original) {
  const size_t b = original.begin, e = original.end;
  size_t start = FirstNot(cleaned, [&](ByteSpan o) { return o.end < b || (o.end == b && o.begin < b); });
  size_t end = FirstNot(cleaned, [&](ByteSpan o) {
    return e > b ? o.begin < e : o.begin < b || (o.begin == b && o.end == b);
  });
  return {start, std::max(start, end)};
}

LineIndex::LineIndex(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') newlines_.push_back(i);
  }
}

int LineIndex::LineAt(size_t pos) const {
  return 1 + static_cast<int>(std::lower_bound(newlines_.begin(), newlines_.end(), pos) -
                              newlines_.begin());
}

std::string DescribeEdit(const TextEdit& e) {
  std::string s = e.source;
  if (!e.pack_file.empty()) s += " (" + e.pack_file + ":" + std::to_string(e.pack_line) + ")";
  return s + ": \u00ab" + e.text_before + "\u00bb \u2192 \u00ab" + e.text_after + "\u00bb";
}

std::string RenderTextPane(const SheetDocument& doc, double low_confidence) {
  const SpannedText& cleaned = doc.cleaned.text;
  const std::string& text = cleaned.text();
  std::vector<Mark> spans, points;  // non-empty marks; deletions (empty marks)
  auto add = [&](ByteSpan r, int edit, float confidence) {
    Mark m{SnapToCharacter(text, r.begin), SnapToCharacter(text, r.end), edit, confidence};
    (m.begin == m.end ? points : spans).push_back(m);
  };
  for (size_t k = 0; k < doc.cleaned.edits.size(); ++k) {
    add(ToCleaned(cleaned, doc.cleaned.edits[k].original), static_cast<int>(k), 0);
  }
  for (const SheetSpan& s : doc.spans) {
    if (s.confidence >= low_confidence) continue;
    ByteSpan r = ToCleaned(cleaned, {s.offset, s.offset + s.length});
    if (r.begin < r.end) add(r, -1, s.confidence);
  }
  auto by_begin = [](const Mark& a, const Mark& b) { return a.begin < b.begin; };
  std::stable_sort(spans.begin(), spans.end(), by_begin);
  std::stable_sort(points.begin(), points.end(), by_begin);

  // Segment boundaries: every mark end, and both sides of every newline.
  std::vector<size_t> cuts = {0, text.size()};
  for (const Mark& m : spans) cuts.insert(cuts.end(), {m.begin, m.end});
  for (const Mark& m : points) cuts.push_back(m.begin);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') cuts.insert(cuts.end(), {i, i + 1});
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::map<int, std::string> diagnosed;  // line -> "code: message" lines
  for (const Diagnostic& d : doc.record.diagnostics) {
    if (d.line <= 0) continue;
    std::string& t = diagnosed[d.line];
    t += (t.empty() ? "" : "\n") + d.code + ": " + d.message;
  }
  int line = 0;
  std::string out = "<div class=\"text\">";
  auto open_line = [&] {
    ++line;
    std::string n = std::to_string(line);
    out += "<div class=\"line";
    auto d = diagnosed.find(line);
    if (d != diagnosed.end()) {
      out += " diag\" title=\"";
      AppendHtmlEscaped(&out, d->second);
    }
    out += "\" id=\"L" + n + "\" data-n=\"" + n + "\">";
  };
  open_line();
  std::vector<const Mark*> active;
  size_t next_span = 0, next_point = 0;
  for (size_t c = 0; c + 1 < cuts.size(); ++c) {
    const size_t p = cuts[c], q = cuts[c + 1];
    std::erase_if(active, [p](const Mark* m) { return m->end <= p; });
    while (next_span < spans.size() && spans[next_span].begin <= p) active.push_back(&spans[next_span++]);
    std::vector<const Mark*> deleted;
    while (next_point < points.size() && points[next_point].begin <= p) deleted.push_back(&points[next_point++]);
    if (!deleted.empty()) {
      OpenMarkSpan(&out, deleted, doc.cleaned.edits, /*deletion=*/true);
      out += "</span>";
    }
    if (text[p] == '\n') {
      out += "</div>\n";
      open_line();
      continue;
    }
    if (!active.empty()) OpenMarkSpan(&out, active, doc.cleaned.edits, /*deletion=*/false);
    AppendHtmlEscaped(&out, std::string_view(text).substr(p, q - p));
    if (!active.empty()) out += "</span>";
  }
  // Deletions at the very end of the text.
  std::vector<const Mark*> deleted;
  for (; next_point < points.size(); ++next_point) deleted.push_back(&points[next_point]);
  if (!deleted.empty()) {
    OpenMarkSpan(&out, deleted, doc.cleaned.edits, /*deletion=*/true);
    out += "</span>";
  }
  out += "</div></div>\n";
  return out;
}

}  // namespace amend
