// Whitespace step: spaces and tabs within lines, and blank-line runs.
#include <string>
#include <string_view>
#include <vector>

#include "normalize/byte_scan.h"
#include "normalize/steps.h"

namespace amend {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

struct Line {
  size_t begin = 0;  // first byte
  size_t end = 0;    // the '\n' (or size() for the last line)
};

// Rewrites the blanks of one non-blank line.
void FixLine(const std::string& s, const Line& l, SpannedTextBuilder* b) {
  bool seen_tab = false;  // a tab before the current run, i.e. the line has a label cell
  const std::string_view line(s.data(), l.end);  // the text up to the line's end
  for (size_t i = FindBlank(line, l.begin); i < l.end; i = FindBlank(line, i)) {
    // One space between two words, the most common run: it stays (no tab in it).
    if (s[i] == ' ' && i > l.begin && i + 1 < l.end && !IsBlank(s[i + 1])) {
      i += 2;
      continue;
    }
    size_t a = i;
    bool tab = false;
    for (; i < l.end && IsBlank(s[i]); ++i) {
      if (s[i] == '\t') tab = true;
    }
    const char* repl;
    if (i == l.end) {
      repl = (tab && !seen_tab) ? "\t" : "";  // "Governance\t" keeps its empty value
    } else if (a == l.begin) {
      repl = tab ? "\t" : "";
    } else {
      repl = tab ? "\t" : " ";
    }
    // Most runs (one space between words) stay as they are: no call into the builder.
    if (std::string_view(s).substr(a, i - a) != repl) b->Replace(a, i, repl);
    seen_tab = seen_tab || tab;
  }
}

}  // namespace

SpannedText NormalizeWhitespace(const SpannedText& in, std::vector<TextEdit>* edits) {
  const std::string& s = in.text();
  // The last byte with content: blank lines after it go.
  size_t last_content = s.size();
  while (last_content > 0 && (IsBlank(s[last_content - 1]) || s[last_content - 1] == '\n')) {
    --last_content;
  }
  SpannedTextBuilder b(in, "normalize.whitespace", edits);
  bool any_content = false, prev_blank = false;
  for (size_t begin = 0; begin < s.size();) {
    size_t end = s.find('\n', begin);
    if (end == std::string::npos) end = s.size();
    const Line l{begin, end};
    size_t next = end < s.size() ? end + 1 : end;
    size_t first = begin;  // first non-blank byte
    while (first < end && IsBlank(s[first])) ++first;
    if (first == end) {
      // Blank lines go before the first content, after the last, and after another blank.
      bool drop = !any_content || prev_blank || begin >= last_content;
      if (drop) {
        b.Replace(begin, next, "");
      } else {
        b.Replace(begin, end, "");
      }
      prev_blank = true;
    } else {
      FixLine(s, l, &b);
      any_content = true;
      prev_blank = false;
    }
    begin = end + 1;
  }
  return b.Finish();
}

}  // namespace amend
