// Whitespace step: spaces and tabs within lines, and blank-line runs.
#include <string>
#include <string_view>
#include <vector>

#include "normalize/steps.h"

namespace amend {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

struct Line {
  size_t begin = 0;  // first byte
  size_t end = 0;    // the '\n' (or size() for the last line)
  bool blank = true;
};

std::vector<Line> SplitLines(const std::string& s) {
  std::vector<Line> lines;
  size_t begin = 0;
  while (begin < s.size()) {
    size_t end = s.find('\n', begin);
    if (end == std::string::npos) end = s.size();
    Line l{begin, end, true};
    for (size_t i = begin; i < end; ++i) l.blank = l.blank && IsBlank(s[i]);
    lines.push_back(l);
    begin = end + 1;
  }
  return lines;
}

// Rewrites the blanks of one non-blank line.
void FixLine(const std::string& s, const Line& l, SpannedTextBuilder* b) {
  bool seen_tab = false;  // a tab before the current run, i.e. the line has a label cell
  for (size_t i = l.begin; i < l.end;) {
    if (!IsBlank(s[i])) { ++i; continue; }
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
  std::vector<Line> lines = SplitLines(s);
  size_t last_content = lines.size();  // index of the last non-blank line
  for (size_t k = lines.size(); k-- > 0;) {
    if (!lines[k].blank) { last_content = k; break; }
  }
  SpannedTextBuilder b(in, "normalize.whitespace");
  bool any_content = false, prev_blank = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    const Line& l = lines[k];
    size_t next = l.end < s.size() ? l.end + 1 : l.end;
    if (l.blank) {
      bool drop = !any_content || prev_blank || last_content == lines.size() || k > last_content;
      if (drop) {
        b.Replace(l.begin, next, "");
      } else {
        b.Replace(l.begin, l.end, "");
      }
      prev_blank = true;
      continue;
    }
    FixLine(s, l, &b);
    any_content = true;
    prev_blank = false;
  }
  SpannedText out = b.Finish();
  if (edits) for (TextEdit& e : b.TakeEdits()) edits->push_back(std::move(e));
  return out;
}

}  // namespace amend
