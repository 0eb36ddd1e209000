#include "ocr/quote_marks.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace amend {
namespace {

// Margins of ClassifyQuoteMark (header). Measured on the glyphs of
// fixtures/glyphs/quotes.png: straight ticks have |slant| <= 0.04 and curly ones >= 0.09,
// |heavy + bow| >= 0.04. A 9 pt quote mark has 9-12 rows at 300 DPI but 6-8 at 200, where
// one pixel of scanner blur or JPEG noise turns the cues over: on the evaluation's bad
// level (200 DPI, blur, JPEG q50) 3 of the 9 changes the scorer saw were wrong.
constexpr int kMinTickHeight = 8;
constexpr double kMaxStraightSlant = 0.06;
constexpr double kMinStraightElongation = 1.8;  // height / width
constexpr double kMaxStraightBow = 0.08;
constexpr double kMinCurlySlant = 0.08;
constexpr double kMinCurlyEnd = 0.04;  // |heavy + bow|

struct Piece {
  int left = 0, top = 0, right = 0, bottom = 0;  // inclusive, region coordinates
  std::vector<std::pair<int, int>> pixels;       // (x, y), region coordinates, black
};

// The 8-connected pieces of ink of the 1 bpp image `region` (Leptonica's components).
std::vector<Piece> Pieces(Pix* region) {
  Pixa* found = nullptr;
  BoxaPtr boxes(pixConnComp(region, &found, 8));
  PixaPtr pixa(found);
  std::vector<Piece> out;
  if (!boxes || !pixa) return out;
  for (int i = 0; i < pixaGetCount(pixa.get()); ++i) {
    l_int32 x, y, w, h;
    if (pixaGetBoxGeometry(pixa.get(), i, &x, &y, &w, &h) != 0) continue;
    PixPtr piece(pixaGetPix(pixa.get(), i, L_CLONE));
    if (!piece) continue;
    Piece p{x, y, x + w - 1, y + h - 1, {}};
    const l_uint32* data = pixGetData(piece.get());
    const int wpl = pixGetWpl(piece.get());
    for (int py = 0; py < h; ++py) {
      const l_uint32* line = data + size_t(py) * wpl;
      for (int px = 0; px < w; ++px) {
        if (GET_DATA_BIT(line, px)) p.pixels.push_back({x + px, y + py});
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

// Slant, heavy end and bow of one piece in image coordinates (see QuoteTickShape).
QuoteTickShape Shape(const Piece& p) {
  QuoteTickShape s;
  int w = p.right - p.left + 1, h = p.bottom - p.top + 1;
  s.box = Box{p.left, p.top, w, h};
  s.ink = static_cast<int>(p.pixels.size());
  double top_x = 0, bottom_x = 0;
  int top_n = 0, bottom_n = 0;
  std::vector<double> row_sum(h, 0);
  std::vector<int> row_n(h, 0);
  for (auto [x, y] : p.pixels) {
    int yy = y - p.top;
    row_sum[yy] += x, ++row_n[yy];
    if (2 * yy + 1 < h) top_x += x, ++top_n;
    if (2 * yy + 1 > h) bottom_x += x, ++bottom_n;
  }
  if (top_n > 0 && bottom_n > 0) s.slant = (top_x / top_n - bottom_x / bottom_n) / h;
  s.heavy = double(top_n - bottom_n) / s.ink;
  // Bow: the middle half's row centers against the mean of the top and bottom quarters'.
  std::array<double, 3> sum{}, n{};
  for (int yy = 0; yy < h; ++yy) {
    if (row_n[yy] == 0) continue;
    int part = 4 * yy < h ? 0 : 4 * yy >= 3 * h ? 2 : 1;
    sum[part] += row_sum[yy] / row_n[yy];
    n[part] += 1;
  }
  if (n[0] > 0 && n[1] > 0 && n[2] > 0) {
    s.bow = (sum[1] / n[1] - (sum[0] / n[0] + sum[2] / n[2]) / 2) / h;
  }
  return s;
}

QuoteKind TickKind(const QuoteTickShape& t) {
  if (t.box.height < kMinTickHeight) return QuoteKind::kUnknown;
  if (std::abs(t.slant) <= kMaxStraightSlant &&
      t.box.height >= kMinStraightElongation * t.box.width && std::abs(t.bow) <= kMaxStraightBow) {
    return QuoteKind::kStraight;
  }
  // A comma shape: the heavy end and the way the tail bends both turn over between ‘ and ’.
  double end = t.heavy + t.bow;
  if (t.slant >= kMinCurlySlant && std::abs(end) >= kMinCurlyEnd) {
    return end > 0 ? QuoteKind::kClosing : QuoteKind::kOpening;
  }
  return QuoteKind::kUnknown;
}

// The pieces of ink of `binary` (1 bpp) that lie wholly inside the rectangle [x0, x1) x
// [y0, y1) clipped to the image (a piece the rectangle cuts belongs to something bigger),
// in image coordinates. Empty when the rectangle holds no pixel.
std::vector<Piece> WholePieces(Pix* binary, int x0, int y0, int x1, int y1) {
  int iw = pixGetWidth(binary), ih = pixGetHeight(binary);
  x0 = std::max(0, x0), y0 = std::max(0, y0), x1 = std::min(iw, x1), y1 = std::min(ih, y1);
  if (x1 <= x0 || y1 <= y0) return {};
  int w = x1 - x0, h = y1 - y0;
  BoxPtr clip(boxCreate(x0, y0, w, h));
  PixPtr region(pixClipRectangle(binary, clip.get(), nullptr));
  if (!region) return {};
  std::vector<Piece> out;
  for (Piece& p : Pieces(region.get())) {
    bool cut = (p.left == 0 && x0 > 0) || (p.top == 0 && y0 > 0) ||
               (p.right == w - 1 && x1 < iw) || (p.bottom == h - 1 && y1 < ih);
    if (cut) continue;
    p.left += x0, p.right += x0, p.top += y0, p.bottom += y0;
    for (auto& [x, y] : p.pixels) x += x0, y += y0;
    out.push_back(std::move(p));
  }
  return out;
}

// `ticks` without specks (< 1/8 of the largest one's ink), left to right.
std::vector<QuoteTickShape> WithoutSpecks(std::vector<QuoteTickShape> ticks) {
  int largest = 0;
  for (const QuoteTickShape& t : ticks) largest = std::max(largest, t.ink);
  std::erase_if(ticks, [&](const QuoteTickShape& t) { return 8 * t.ink < largest; });
  std::sort(ticks.begin(), ticks.end(),
            [](const QuoteTickShape& a, const QuoteTickShape& b) { return a.box.left < b.box.left; });
  return ticks;
}

// The kind of a mark printed with `marks` ticks whose found ticks are `ticks` (see
// ClassifyQuoteMark).
QuoteKind KindOfTicks(const std::vector<QuoteTickShape>& ticks, int marks, int line_height) {
  if (marks < 1 || ticks.size() != size_t(marks)) return QuoteKind::kUnknown;
  QuoteKind kind = TickKind(ticks[0]);
  for (const QuoteTickShape& t : ticks) {
    if (TickKind(t) != kind || (line_height > 0 && 2 * t.box.height > line_height)) {
      return QuoteKind::kUnknown;
    }
  }
  return kind;
}

}  // namespace

int QuoteMarkCount(std::string_view symbol) {
  static constexpr std::string_view kSingle[] = {"'", "`", "\u2018", "\u2019", "\u201B",
                                                 "\u00B4", "\u2032"};
  static constexpr std::string_view kDouble[] = {"\"", "\u201C", "\u201D", "\u201F", "\u2033"};
  for (std::string_view q : kSingle) if (symbol == q) return 1;
  for (std::string_view q : kDouble) if (symbol == q) return 2;
  return 0;
}

bool HasQuoteMark(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0) len = 4; else if (c >= 0xE0) len = 3; else if (c >= 0xC0) len = 2;
    if (QuoteMarkCount(text.substr(i, len)) > 0) return true;
    i += len;
  }
  return false;
}

std::string QuoteMarkText(QuoteKind kind, int marks) {
  if (marks != 1 && marks != 2) return "";
  switch (kind) {
    case QuoteKind::kStraight: return marks == 1 ? "'" : "\"";
    case QuoteKind::kOpening: return marks == 1 ? "\u2018" : "\u201C";
    case QuoteKind::kClosing: return marks == 1 ? "\u2019" : "\u201D";
    case QuoteKind::kUnknown: break;
  }
  return "";
}

std::vector<QuoteTickShape> MeasureQuoteTicks(Pix* binary, const Box& box) {
  if (!binary || pixGetDepth(binary) != 1 || box.width <= 0 || box.height <= 0) return {};
  int margin = std::max(1, box.height / 4);
  int x0 = box.left - margin, x1 = box.right() + margin;
  std::vector<QuoteTickShape> ticks;
  for (const Piece& p : WholePieces(binary, x0, box.top - margin, x1, box.bottom() + margin)) {
    // Centers doubled, to stay in integers.
    int cx2 = p.left + p.right, cy2 = p.top + p.bottom;
    if (cx2 >= 2 * x0 && cx2 < 2 * x1 && cy2 >= 2 * box.top && cy2 < 2 * box.bottom()) {
      ticks.push_back(Shape(p));
    }
  }
  // A box that also holds a letter (Tesseract's symbol boxes are approximate): the marks are
  // the short pieces hanging from its top.
  auto tall = [&](const QuoteTickShape& t) { return 5 * t.box.height >= 3 * box.height; };
  if (std::any_of(ticks.begin(), ticks.end(), tall) && !std::all_of(ticks.begin(), ticks.end(), tall)) {
    std::erase_if(ticks, [&](const QuoteTickShape& t) {
      return tall(t) || 4 * (t.box.top - box.top) >= box.height;
    });
  }
  return WithoutSpecks(std::move(ticks));
}

std::vector<QuoteTickShape> MeasureQuoteTicksRightOf(Pix* binary, const Box& box, const Box& line,
                                                     int right_limit) {
  if (!binary || pixGetDepth(binary) != 1 || box.width <= 0 || line.height <= 0) return {};
  int x0 = box.right(), x1 = std::min(right_limit, box.right() + line.height);
  int y0 = line.top - std::max(1, line.height / 8), y1 = line.top + line.height / 2;
  std::vector<QuoteTickShape> ticks;
  for (const Piece& p : WholePieces(binary, x0, y0, x1, y1)) {
    // Hanging from the line's top, starting within half a line of the box (a letter's ink
    // reaches below the middle, where the strip ends: the strip cuts it and it is dropped).
    if (4 * (p.top - line.top) < line.height && 2 * (p.left - x0) < line.height) {
      ticks.push_back(Shape(p));
    }
  }
  return WithoutSpecks(std::move(ticks));
}

QuoteKind ClassifyQuoteMark(Pix* binary, const Box& box, int marks, int line_height) {
  return KindOfTicks(MeasureQuoteTicks(binary, box), marks, line_height);
}

QuoteKind ClassifyWordEndQuoteMark(Pix* binary, const Box& box, int marks, const Box& line,
                                   int right_limit) {
  std::vector<QuoteTickShape> ticks = MeasureQuoteTicks(binary, box);
  bool holds_tick = std::any_of(ticks.begin(), ticks.end(), [&](const QuoteTickShape& t) {
    return line.height <= 0 || 2 * t.box.height <= line.height;
  });
  if (!holds_tick) ticks = MeasureQuoteTicksRightOf(binary, box, line, right_limit);
  return KindOfTicks(ticks, marks, line.height);
}

}  // namespace amend
