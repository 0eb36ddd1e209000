#include "ocr/layout/layout.h"

#include <algorithm>
#include <cmath>

#include "ocr/layout/layout_geometry.h"

namespace amend {

namespace {

struct Piece {
  const OcrWord* word;
  int page;
};
using TextLines = std::vector<std::vector<Piece>>;  // lines of words, in reading order

// A table row (or heading / text block) while it is being assembled.
struct RowBuild {
  SheetLineKind kind = SheetLineKind::kRow;
  TextLines label;
  TextLines value;  // kHeading / kText: the text
  int page = 1;
};

// One visual line split at the column boundary.
struct SplitLine {
  const VisualLine* line;
  std::vector<Piece> left, right, all;
  bool full_width = false;
};

SplitLine Split(const VisualLine& line, const PageGeometry& g, int page,
                const LayoutOptions& o) {
  SplitLine s{&line, {}, {}, {}, false};
  double h = g.median_height, b = g.boundary;
  double left_end = -1e18, right_start = 1e18;
  for (const PlacedWord& p : line.words) {
    Piece piece{p.word, page};
    s.all.push_back(piece);
    if (p.x0 < b - 0.25 * h && p.x1 > b + 0.25 * h) s.full_width = true;
    if ((p.x0 + p.x1) / 2 < b) {
      s.left.push_back(piece);
      left_end = std::max(left_end, p.x1);
    } else {
      s.right.push_back(piece);
      right_start = std::min(right_start, p.x0);
    }
  }
  if (!s.left.empty() && !s.right.empty() && right_start - left_end < o.full_width_gap_ratio * h) {
    s.full_width = true;
  }
  return s;
}

// The pitch above which a line in the label column starts a new row. The pitches of such
// lines form two groups: wrapped-label lines (about one line spacing) and first lines of
// rows (line spacing plus the cell padding); the threshold lies in the widest gap between
// them (ratio of neighbours in sorted order, at least `row_pitch_jump`). With one group
// only, it is a group of row starts if its median exceeds 2.2 word heights (the line
// spacing of print is under 2 word heights), else of wrapped lines.
double RowPitch(const std::vector<SplitLine>& lines, const PageGeometry& g,
                const LayoutOptions& o) {
  std::vector<double> p;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (!lines[i].left.empty() && !lines[i].full_width && !lines[i - 1].full_width) {
      p.push_back(Pitch(*lines[i - 1].line, *lines[i].line));
    }
  }
  if (p.empty()) return 0;
  std::sort(p.begin(), p.end());
  double best = o.row_pitch_jump, threshold = -1;
  for (size_t i = 0; i + 1 < p.size(); ++i) {
    if (p[i] > 0 && p[i + 1] / p[i] >= best) {
      best = p[i + 1] / p[i];
      threshold = std::sqrt(p[i] * p[i + 1]);
    }
  }
  if (threshold > 0) return threshold;
  return p[p.size() / 2] > 2.2 * g.median_height ? 0.8 * p.front() : 1.2 * p.back();
}

// Groups a page's lines into rows. A row starts at a line in the label column further
// below the line above than RowPitch(), at a full-width line after a two-column one (and
// the reverse), and, when the page has horizontal rules, at every rule (lines above the
// first rule or below the last are rows of their own).
std::vector<std::vector<SplitLine>> GroupRows(const std::vector<SplitLine>& lines,
                                              const PageGeometry& g, const LayoutOptions& o) {
  std::vector<std::vector<SplitLine>> rows;
  const double row_pitch = RowPitch(lines, g, o);
  const bool ruled = g.row_rules.size() >= 2;
  const int rule_count = static_cast<int>(g.row_rules.size());
  const SplitLine* prev = nullptr;
  int last_cell = -1;
  for (const SplitLine& s : lines) {
    double c = (s.line->top + s.line->bottom) / 2;
    int cell = static_cast<int>(std::upper_bound(g.row_rules.begin(), g.row_rules.end(), c) -
                                g.row_rules.begin());
    bool outside = ruled && (cell == 0 || cell == rule_count);
    bool starts =
        !prev || (s.full_width != prev->full_width && (s.full_width || !s.left.empty())) ||
        (!s.left.empty() && !s.full_width && Pitch(*prev->line, *s.line) > row_pitch) ||
        (ruled && (cell != last_cell || outside));
    if (starts) rows.emplace_back();
    rows.back().push_back(s);
    prev = &s;
    last_cell = cell;
  }
  return rows;
}

// Splits full-width lines into paragraphs where the pitch exceeds `pitch`.
std::vector<TextLines> Paragraphs(const std::vector<SplitLine>& lines, double pitch) {
  std::vector<TextLines> out;
  const VisualLine* prev = nullptr;
  for (const SplitLine& s : lines) {
    if (!prev || Pitch(*prev, *s.line) > pitch) out.emplace_back();
    out.back().push_back(s.all);
    prev = s.line;
  }
  return out;
}

// Appends the cell's words to `out`, one span each: words joined by one space, wrapped
// lines too except after a line ending in '/' ("Independence/" + "secession").
void AppendCell(const TextLines& lines, std::string& out, std::vector<SheetSpan>& spans) {
  size_t start = out.size();
  for (const auto& line : lines) {
    for (size_t i = 0; i < line.size(); ++i) {
      if (out.size() > start && (i > 0 || out.back() != '/')) out += ' ';
      std::string text = line[i].word->text;
      std::replace_if(text.begin(), text.end(),
                      [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
      spans.push_back({out.size(), text.size(), line[i].page, line[i].word->box,
                       line[i].word->confidence});
      out += text;
    }
  }
}

class Assembler {
 public:
  explicit Assembler(const LayoutOptions& o) : o_(o) {}

  void AddPage(const OcrPage& page) {
    PageGeometry g = MeasurePage(page, o_);
    std::vector<SplitLine> lines;
    for (const VisualLine& line : g.lines) lines.push_back(Split(line, g, page.page_number, o_));
    bool first = true;
    for (const std::vector<SplitLine>& row : GroupRows(lines, g, o_)) {
      AddRow(row, g, page.page_number, first);
      first = false;
    }
  }

  std::vector<RowBuild> Take() { return std::move(rows_); }

 private:
  // `first`: the page's first row, which may continue the last row of the page before.
  void AddRow(const std::vector<SplitLine>& row, const PageGeometry& g, int page, bool first) {
    bool full = false, any_left = false, any_right = false;
    for (const SplitLine& s : row) {
      full = full || s.full_width;
      any_left = any_left || !s.left.empty();
      any_right = any_right || !s.right.empty();
    }
    if (!full && !any_left) {  // value words only
      if (!rows_.empty() && rows_.back().kind == SheetLineKind::kRow) {
        if (first || g.row_rules.size() < 2) {  // the row above continues (page break)
          for (const SplitLine& s : row) rows_.back().value.push_back(s.right);
          return;
        }
        // A ruled row of its own whose label OCR lost: an empty label, for the parser to
        // infer from its neighbours (appending it would give the row above two values).
        RowBuild r{SheetLineKind::kRow, {}, {}, page};
        for (const SplitLine& s : row) r.value.push_back(s.right);
        in_text_block_ = false;
        rows_.push_back(std::move(r));
        return;
      }
      full = true;
    }
    if (full || !any_right) {  // a heading or a block: one line per paragraph
      bool block = in_text_block_;
      in_text_block_ = false;
      for (TextLines& para : Paragraphs(row, o_.paragraph_pitch_ratio * g.line_pitch)) {
        bool text = block || para.size() > 1;
        rows_.push_back({text ? SheetLineKind::kText : SheetLineKind::kHeading, {},
                         std::move(para), page});
      }
      return;
    }
    RowBuild r{SheetLineKind::kRow, {}, {}, page};
    for (const SplitLine& s : row) {
      if (!s.left.empty()) r.label.push_back(s.left);
      if (!s.right.empty()) r.value.push_back(s.right);
    }
    std::string label;
    std::vector<SheetSpan> unused;
    AppendCell(r.label, label, unused);
    in_text_block_ = std::find(o_.text_block_after.begin(), o_.text_block_after.end(), label) !=
                     o_.text_block_after.end();
    rows_.push_back(std::move(r));
  }

 private:
  const LayoutOptions& o_;
  std::vector<RowBuild> rows_;
  bool in_text_block_ = false;
};

}  // namespace

SheetText BuildSheet(const std::vector<OcrPage>& pages, const LayoutOptions& options) {
  Assembler assembler(options);
  for (const OcrPage& page : pages) assembler.AddPage(page);
  SheetText sheet;
  std::string text;  // mirrors SheetText::ToString() to compute span offsets
  for (RowBuild& r : assembler.Take()) {
    SheetLine line{r.kind, "", "", r.page};
    if (r.kind == SheetLineKind::kRow) {
      size_t at = text.size();
      AppendCell(r.label, text, sheet.spans);
      line.label = text.substr(at);
      text += '\t';
    }
    size_t at = text.size();
    AppendCell(r.value, text, sheet.spans);
    line.value = text.substr(at);
    text += '\n';
    sheet.lines.push_back(std::move(line));
  }
  return sheet;
}

}  // namespace amend
