#include "parse/values.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <limits>

namespace amend {
namespace {

constexpr std::array<const char*, 12> kMonths = {"january", "february", "march",     "april",
                                                 "may",     "june",     "july",      "august",
                                                 "september", "october", "november", "december"};

// A number token with OCR digit damage repaired; -1 when it is not a number.
int ReadNumber(std::string tok) {
  if (tok.empty() || tok.size() > 4) return -1;
  for (char& c : tok) {
    if (c == 'O' || c == 'o') c = '0';
    if (c == 'l' || c == 'I' || c == '|') c = '1';
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
  }
  return std::stoi(tok);
}

// 1..12 for a month name or its abbreviation (one edit allowed in a full name); 0 otherwise.
int ReadMonth(std::string tok) {
  for (char& c : tok) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!tok.empty() && tok.back() == '.') tok.pop_back();
  if (tok.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    std::string_view full = kMonths[m];
    if (tok == full || (tok.size() <= 4 && full.substr(0, tok.size()) == tok)) return static_cast<int>(m) + 1;
    if (tok.size() >= 5 && PlainLevenshtein(tok, full) <= 1) return static_cast<int>(m) + 1;
  }
  return 0;
}

bool ValidDate(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == '/' || c == '-') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// True when an arrow, or what OCR makes of one that NormalizeArrows leaves alone (a lone
// ">", "-", "~", "+", a dash, a guillemet), starts at `i` after optional spaces.
bool ArrowAt(std::string_view text, size_t i) {
  static constexpr std::array<std::string_view, 9> kArrowReadings = {
      "\xe2\x86\x92", ">", "-", "~", "+", "\xe2\x80\x94", "\xe2\x80\x93", "\xc2\xbb", "\xe2\x80\xba"};
  while (i < text.size() && text[i] == ' ') ++i;
  for (std::string_view a : kArrowReadings) {
    if (text.substr(i, a.size()) == a) return true;
  }
  return false;
}

}  // namespace

std::string FoldWhitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::optional<std::string> ParseIsoDate(std::string_view text) {
  std::vector<std::string> t = Tokens(text);
  if (t.size() != 3) return std::nullopt;
  int y = -1, m = 0, d = -1;
  if (int mo = ReadMonth(t[1]); mo > 0) {  // 13 Sep 1993
    d = ReadNumber(t[0]), m = mo, y = ReadNumber(t[2]);
  } else if (int mo0 = ReadMonth(t[0]); mo0 > 0) {  // Sep 13, 1993
    m = mo0, d = ReadNumber(t[1]), y = ReadNumber(t[2]);
  } else if (t[0].size() == 4) {  // 1993-09-13
    y = ReadNumber(t[0]), m = ReadNumber(t[1]), d = ReadNumber(t[2]);
  } else {  // 13/09/1993 (day first, as PA-X prints it)
    d = ReadNumber(t[0]), m = ReadNumber(t[1]), y = ReadNumber(t[2]);
  }
  if (!ValidDate(y, m, d)) return std::nullopt;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

std::string CapitalizeMonths(std::string_view date) {
  std::string out(date);
  for (size_t i = 0; i < out.size();) {
    if (!std::isalpha(static_cast<unsigned char>(out[i]))) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < out.size() && std::isalpha(static_cast<unsigned char>(out[e]))) ++e;
    std::string tok = out.substr(i, e - i);
    for (char& c : tok) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view full : kMonths) {
      if (tok.size() >= 3 && full.substr(0, tok.size()) == tok) {
        out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
        for (size_t k = i + 1; k < e; ++k) out[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[k])));
        break;
      }
    }
    i = e;
  }
  return out;
}

std::string NormalizeArrows(std::string_view text) {
  // Longest variants first so "-->" is not read as "-" + "->".
  static constexpr std::array<std::string_view, 9> kArrows = {
      "\xe2\x80\x94>", "\xe2\x80\x93>", "-->", "->", "=>", "\xe2\x87\x92", "\xe2\x9e\x94",
      "\xe2\x86\x92", "\xe2\x80\xba"};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool arrow = false;
    for (std::string_view a : kArrows) {
      if (text.substr(i, a.size()) == a) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += "\xe2\x86\x92";
        i += a.size();
        while (i < text.size() && text[i] == ' ') ++i;
        arrow = true;
        break;
      }
    }
    if (!arrow) out.push_back(text[i++]);
  }
  return out;
}

RowValue SplitRowValue(std::string_view value, const std::vector<std::string>& sections,
                       std::string_view quote_prefix) {
  RowValue out;
  // Quote starts: PREFIX, optional spaces, digits, optional spaces, ':'.
  struct Start { size_t begin, text_begin; int page; };
  std::vector<Start> starts;
  for (size_t p = value.find(quote_prefix); p != std::string_view::npos; p = value.find(quote_prefix, p + 1)) {
    size_t i = p + quote_prefix.size();
    while (i < value.size() && value[i] == ' ') ++i;
    size_t digits = i;
    while (i < value.size() && std::string_view("0123456789lIO").find(value[i]) != std::string_view::npos) ++i;
    int page = ReadNumber(std::string(value.substr(digits, i - digits)));
    if (page < 0) continue;
    while (i < value.size() && value[i] == ' ') ++i;
    if (i < value.size() && value[i] == ':') starts.push_back({p, i + 1, page});
  }
  for (size_t k = 0; k < starts.size(); ++k) {
    size_t end = k + 1 < starts.size() ? starts[k + 1].begin : value.size();
    out.quotes.push_back({starts[k].page, FoldWhitespace(value.substr(starts[k].text_begin, end - starts[k].text_begin))});
  }
  std::string codes = NormalizeArrows(FoldWhitespace(value.substr(0, starts.empty() ? value.size() : starts[0].begin)));
  if (codes.empty()) return out;
  std::vector<size_t> cuts = {0};
  for (const std::string& s : sections) {
    for (size_t p = codes.find(s, 1); p != std::string::npos; p = codes.find(s, p + 1)) {
      if (codes[p - 1] == ' ' && ArrowAt(codes, p + s.size())) cuts.push_back(p);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  for (size_t k = 0; k < cuts.size(); ++k) {
    size_t end = k + 1 < cuts.size() ? cuts[k + 1] : codes.size();
    std::string code = FoldWhitespace(std::string_view(codes).substr(cuts[k], end - cuts[k]));
    if (!code.empty()) out.codes.push_back(std::move(code));
  }
  return out;
}

std::optional<int> NoMentionEdits(std::string_view value, std::string_view phrase) {
  std::string got = FoldKey(value), want = FoldKey(phrase);
  if (got.empty() || want.empty()) return std::nullopt;
  int edits = static_cast<int>(PlainLevenshtein(got, want));
  if (edits * 4 > static_cast<int>(want.size())) return std::nullopt;
  return edits;
}

Snapped SnapToVocabulary(std::string_view value, const std::vector<std::string>& vocab,
                         const LabelDistance& distance, double max_ratio) {
  Snapped out{FoldWhitespace(value), false, false};
  std::string key = FoldKey(value);
  std::vector<std::string> keys;
  keys.reserve(vocab.size());
  // No snap is farther than `cap` (the ratio of the longest entry), and an entry farther
  // than the nearest so far changes nothing (an equal one refuses the snap): the distance
  // need be exact only up to the smaller of the two.
  double cap = 0;
  for (const std::string& v : vocab) {
    keys.push_back(FoldKey(v));
    cap = std::max(cap, max_ratio * static_cast<double>(keys.back().size()));
  }
  for (const std::string& v : vocab) {
    if (v == out.value) return {v, false, true};
  }
  // An entry with the same key (distance 0) first, so the bound is 0 for all the others.
  size_t first = 0;
  while (first < keys.size() && keys[first] != key) ++first;
  std::vector<double> d(vocab.size());
  double bound = cap;
  for (size_t n = 0; n < vocab.size(); ++n) {
    const size_t k = first < keys.size() ? (first + n) % keys.size() : n;
    d[k] = distance(key, keys[k], bound);
    bound = std::min(bound, d[k]);
  }
  // The nearest entry, the first of equals in vocabulary order, and the second nearest.
  double best = std::numeric_limits<double>::max(), second = best;
  const std::string* pick = nullptr;
  for (size_t k = 0; k < vocab.size(); ++k) {
    if (d[k] < best) {
      second = best, best = d[k], pick = &vocab[k];
    } else if (d[k] < second) {
      second = d[k];
    }
  }
  if (pick == nullptr || best > max_ratio * static_cast<double>(FoldKey(*pick).size()) || best == second) return out;
  return {*pick, true, true};
}

}  // namespace amend
