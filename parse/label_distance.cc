#include "parse/label_distance.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace amend {
namespace {

// Splits UTF-8 into code points (as uint32); an invalid byte is its own "code point".
std::vector<uint32_t> CodePoints(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = n > 0 && i + n <= s.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) >> 6) == 2;
    if (!ok) {
      out.push_back(0x80000000u | c);  // keeps invalid bytes distinct from real code points
      ++i;
      continue;
    }
    uint32_t cp = n == 1 ? c : c & (0x7f >> n);
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (s[i + k] & 0x3f);
    out.push_back(cp);
    i += n;
  }
  return out;
}

template <typename Seq>
size_t Levenshtein(const Seq& a, const Seq& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({up + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

double PlainLevenshtein(std::string_view got, std::string_view want, double /*bound*/) {
  return static_cast<double>(Levenshtein(got, want));
}

size_t CodePointLevenshtein(std::string_view a, std::string_view b) {
  return Levenshtein(CodePoints(a), CodePoints(b));
}

size_t CodePointLength(std::string_view s) { return CodePoints(s).size(); }

std::string FoldKey(std::string_view s) {
  std::string key;
  key.reserve(s.size());
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return key;
}

size_t FindApproximate(std::string_view text, std::string_view pattern, size_t* begin, size_t* end) {
  // d[i][j]: edits to match pattern[0:i] ending at text position j; start[i][j]: where
  // that match begins in text. Row 0 is free (the match may start anywhere).
  const size_t m = pattern.size(), n = text.size();
  std::vector<size_t> d(n + 1, 0), start(n + 1);
  for (size_t j = 0; j <= n; ++j) start[j] = j;
  for (size_t i = 1; i <= m; ++i) {
    size_t diag = d[0], diag_start = start[0];
    d[0] = i;
    start[0] = 0;
    for (size_t j = 1; j <= n; ++j) {
      size_t up = d[j], up_start = start[j];
      size_t sub = diag + (pattern[i - 1] == text[j - 1] ? 0 : 1);
      size_t best = sub, best_start = diag_start;
      if (up + 1 < best) best = up + 1, best_start = up_start;
      if (d[j - 1] + 1 < best) best = d[j - 1] + 1, best_start = start[j - 1];
      d[j] = best;
      start[j] = best_start;
      diag = up;
      diag_start = up_start;
    }
  }
  size_t best_j = 0;
  for (size_t j = 1; j <= n; ++j) {
    if (d[j] < d[best_j] || (d[j] == d[best_j] && start[j] == start[best_j])) best_j = j;
  }
  *begin = start[best_j];
  *end = best_j;
  return d[best_j];
}

}  // namespace amend
