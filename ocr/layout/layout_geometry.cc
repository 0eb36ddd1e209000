#include "ocr/layout/layout_geometry.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace amend {

namespace {

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

bool HasAlnum(const std::string& s) {
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) return true;  // non-ASCII letters count as text
  }
  return false;
}

bool HasDescender(const std::string& s) {
  return s.find_first_of("gjpqy,;()[]/|@$Q_") != std::string::npos;
}

// Skew as dy/dx: the median over Tesseract lines of the slope between the bottoms of their
// first and last word at least 8% of the page width apart. Words without descenders give
// true baselines and are used when at least 5 lines have two of them; else all words.
double EstimateSlope(const OcrPage& page) {
  for (bool baseline_words_only : {true, false}) {
    std::map<int, std::vector<const OcrWord*>> by_line;
    for (const OcrWord& w : page.words) {
      if (HasAlnum(w.text) && (!baseline_words_only || !HasDescender(w.text))) {
        by_line[w.line].push_back(&w);
      }
    }
    std::vector<double> slopes;
    for (auto& [id, words] : by_line) {
      const OcrWord* a = words.front();
      const OcrWord* b = words.back();
      double dx = (b->box.left + b->box.width / 2.0) - (a->box.left + a->box.width / 2.0);
      if (dx >= page.width * 0.08) slopes.push_back((b->box.bottom() - a->box.bottom()) / dx);
    }
    if (slopes.size() < 5) continue;
    double s = Median(slopes);
    return std::abs(s) < 0.0005 ? 0 : s;  // under ~0.03 degrees: leave the boxes alone
  }
  return 0;
}

// Rotates (x, y) by the skew so that text lines become horizontal.
struct Deskew {
  double c = 1, s = 0;
  explicit Deskew(double slope) {
    double a = std::atan(slope);
    c = std::cos(a);
    s = std::sin(a);
  }
  double X(double x, double y) const { return x * c + y * s; }
  double Y(double x, double y) const { return -x * s + y * c; }
};

std::vector<PlacedWord> PlaceWords(const OcrPage& page, const Deskew& d) {
  std::vector<PlacedWord> out;
  for (const OcrWord& w : page.words) {
    double cx = w.box.left + w.box.width / 2.0, cy = w.box.top + w.box.height / 2.0;
    double nx = d.X(cx, cy), ny = d.Y(cx, cy);
    out.push_back({&w, nx - w.box.width / 2.0, nx + w.box.width / 2.0,
                   ny - w.box.height / 2.0, ny + w.box.height / 2.0});
  }
  return out;
}

void DropNoise(std::vector<PlacedWord>& words, double h) {
  std::erase_if(words, [h](const PlacedWord& p) {
    double w = p.x1 - p.x0, ht = p.y1 - p.y0;
    bool speck = w < 0.25 * h && ht < 0.25 * h;
    bool rule = !HasAlnum(p.word->text) && (w > 3 * h || ht > 1.8 * h);
    return speck || rule;
  });
}

// Positions (deskewed) of the page's rules in one direction, clustered within 8 px; a
// cluster counts when its segments add up to min_length (a column rule broken by
// full-width rows is several segments at one x).
std::vector<double> RulePositions(const OcrPage& page, const Deskew& d, bool horizontal,
                                  double min_length) {
  std::vector<std::pair<double, double>> found;  // position, length
  for (const RuleLine& r : page.rules) {
    if (r.horizontal != horizontal) continue;
    double mid = (r.start + r.end) / 2.0;
    found.push_back({horizontal ? d.Y(mid, r.position) : d.X(r.position, mid),
                     std::abs(r.end - r.start)});
  }
  std::sort(found.begin(), found.end());
  std::vector<double> out;
  double sum = 0, total = 0, weight = 0, last = -1e18;
  auto flush = [&] {
    if (weight > 0 && total >= min_length) out.push_back(sum / weight);
    sum = total = weight = 0;
  };
  for (auto [pos, len] : found) {
    if (pos - last > 8) flush();
    sum += pos * (len + 1);
    weight += len + 1;
    total += len;
    last = pos;
  }
  flush();
  return out;
}

// Without vertical rules: the most common left edge of words in the middle band of the
// text width is where value lines start; the boundary lies half a word height before it.
double BoundaryFromWords(const std::vector<PlacedWord>& words, double h, int page_width,
                         const LayoutOptions& o) {
  double left = 1e18, right = -1e18;
  for (const PlacedWord& p : words) {
    left = std::min(left, p.x0);
    right = std::max(right, p.x1);
  }
  // The table is as wide as the text or, if the values are short, as the page between
  // equal margins.
  right = std::max(right, page_width - left);
  double lo = left + o.min_label_fraction * (right - left);
  double hi = left + o.max_label_fraction * (right - left);
  double bin = std::max(4.0, h / 3);
  std::map<int, int> hist;
  for (const PlacedWord& p : words) {
    if (p.x0 >= lo && p.x0 <= hi) ++hist[static_cast<int>(p.x0 / bin)];
  }
  int best = -1, best_count = 0;
  for (auto& [b, n] : hist) {
    int count = n + (hist.count(b - 1) ? hist[b - 1] : 0) + (hist.count(b + 1) ? hist[b + 1] : 0);
    if (count > best_count) best = b, best_count = count;
  }
  if (best < 0) return left + 0.3 * (right - left);
  double start = 1e18;  // leftmost word start of the winning cluster
  for (const PlacedWord& p : words) {
    if (p.x0 >= (best - 1) * bin && p.x0 < (best + 2) * bin) start = std::min(start, p.x0);
  }
  return start - 0.5 * h;
}

std::vector<VisualLine> GroupLines(std::vector<PlacedWord> words, double h) {
  std::sort(words.begin(), words.end(), [](const PlacedWord& a, const PlacedWord& b) {
    return a.y0 + a.y1 < b.y0 + b.y1;
  });
  std::vector<VisualLine> lines;
  double center = 0;
  for (const PlacedWord& p : words) {
    double c = (p.y0 + p.y1) / 2;
    // A word joins the line when its middle is near the line's, or when it is small (". . .",
    // ",") and its middle lies inside the line's box.
    bool small = p.y1 - p.y0 < 0.6 * h;
    if (lines.empty() || (c - center > 0.5 * h && !(small && c < lines.back().bottom))) {
      lines.push_back({{}, p.y0, p.y1});
      center = c;
    }
    VisualLine& line = lines.back();
    line.words.push_back(p);
    line.top = std::min(line.top, p.y0);
    line.bottom = std::max(line.bottom, p.y1);
  }
  for (VisualLine& line : lines) {
    std::sort(line.words.begin(), line.words.end(),
              [](const PlacedWord& a, const PlacedWord& b) { return a.x0 < b.x0; });
    std::vector<double> bottoms;
    for (const PlacedWord& p : line.words) {
      if (!HasDescender(p.word->text)) {
        bottoms.push_back(p.y1);
      }
    }
    line.baseline = bottoms.empty() ? line.bottom - 0.2 * h : Median(bottoms);
  }
  return lines;
}

}  // namespace

double Pitch(const VisualLine& above, const VisualLine& below) {
  return std::max(below.top - above.top, below.baseline - above.baseline);
}

PageGeometry MeasurePage(const OcrPage& page, const LayoutOptions& options) {
  PageGeometry g;
  Deskew d(options.deskew ? EstimateSlope(page) : 0);
  std::vector<PlacedWord> words = PlaceWords(page, d);
  std::vector<double> heights;
  for (const PlacedWord& p : words) {
    if (HasAlnum(p.word->text)) heights.push_back(p.y1 - p.y0);
  }
  g.median_height = Median(heights);
  if (words.empty() || g.median_height <= 0) return g;
  if (options.drop_noise) DropNoise(words, g.median_height);
  if (words.empty()) return g;

  double text_top = 1e18, text_bottom = -1e18;
  for (const PlacedWord& p : words) {
    text_top = std::min(text_top, p.y0);
    text_bottom = std::max(text_bottom, p.y1);
  }
  // Column rules run along most of the text's height; shorter ones are cell borders.
  std::vector<double> verticals =
      RulePositions(page, d, false, 0.5 * (text_bottom - text_top));
  if (verticals.size() >= 3) {
    // The inner rule nearest the expected label width (verticals are the table's edges and
    // its column rules; the leftmost is the table's left edge).
    double left = verticals.front(), right = verticals.back();
    double best = verticals[1], want = left + 0.3 * (right - left);
    for (size_t i = 1; i + 1 < verticals.size(); ++i) {
      if (std::abs(verticals[i] - want) < std::abs(best - want)) best = verticals[i];
    }
    g.boundary = best;
  } else {
    g.boundary = BoundaryFromWords(words, g.median_height, page.width, options);
  }
  g.row_rules = RulePositions(page, d, true, 0.3 * page.width);
  g.lines = GroupLines(std::move(words), g.median_height);
  // The line spacing: from pairs of lines close enough to be in one cell, measured with the
  // smaller of the two distances (the less disturbed by the letters); where the page has
  // few such pairs, a typical spacing (1.7 word heights) counts as one more.
  std::vector<double> pitches;
  for (size_t i = 1; i < g.lines.size(); ++i) {
    const VisualLine &a = g.lines[i - 1], &b = g.lines[i];
    double pitch = std::min(b.top - a.top, b.baseline - a.baseline);
    if (pitch > 0 && pitch < 2.2 * g.median_height) pitches.push_back(pitch);
  }
  if (pitches.size() < 5) pitches.push_back(1.7 * g.median_height);
  g.line_pitch = Median(pitches);
  return g;
}

}  // namespace amend
