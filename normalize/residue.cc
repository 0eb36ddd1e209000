// Residue step: what the page the text came from left in it (web controls, Markdown,
// table rules read as characters). Only residue that is the same in any document is
// removed here; corpus-specific noise ("a ee eee") belongs in a rule pack
// (docs/rule-packs.md, "Built in or in a pack").
#include <memory>
#include <string>

#include <re2/re2.h>

#include "base/view_set.h"
#include "normalize/regex_matches.h"
#include "normalize/steps.h"

namespace amend {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// One pattern; every match is replaced by the rewrite (\1 allowed). No pattern matches a
// newline, so every match lies within a line: a line that cannot hold one (it lacks
// `literal`, or `may_match` says no) is not searched.
struct ResiduePattern {
  const char* pattern;
  const char* rewrite;
  const char* literal;                      // bytes every match contains, or null
  bool (*may_match)(std::string_view line);  // a quick test of a line, or null
};

// Table-rule characters: - _ | = and the UTF-8 dashes and box lines, which all start with
// byte E2 (— – ─ ━ │ ┃) and, for those a trailing run may hold, end with 94 or 80-83.
bool StartsLikeRuleLine(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && IsBlank(line[i])) ++i;
  return i < line.size() && std::string_view("-_|=+:\xE2").find(line[i]) != std::string_view::npos;
}
bool EndsWithRuleRun(std::string_view line) {
  size_t i = line.size();
  while (i > 0 && IsBlank(line[i - 1])) --i;
  return i > 0 && std::string_view("_|\x80\x81\x82\x83\x94").find(line[i - 1]) !=
                      std::string_view::npos;
}

// (?m): ^ and $ at line ends. Order matters: web controls before trailing blanks.
constexpr ResiduePattern kPatterns[] = {
    // Screen-reader label of a link and the button after it.
    {R"((?mi)[ ]*\(opens in (?:a )?new (?:tab|window)\)(?:[ ]*Download PDF)?)", "", "(", nullptr},
    // A "Download PDF" button at the end of a cell.
    {R"((?m)[ ]+Download PDF[ ]*(\t|$))", R"(\1)", "Download PDF", nullptr},
    // Markdown emphasis around a word or phrase on one line.
    {R"(\*\*([^*\n]+?)\*\*)", R"(\1)", "**", nullptr},
    {R"(\b__([^_\n]+?)__\b)", R"(\1)", "__", nullptr},
    // Lines made only of table-rule characters (Markdown "---|---", "—__|", "=====").
    {R"((?m)^[ \t]*[-_|=+:—–─━│┃]*[-_|=—–─━│┃]{3,}[-_|=+:—–─━│┃ \t]*$)", "", nullptr,
     StartsLikeRuleLine},
    // A run of rule characters after the text of a line ("... mention. —__|").
    {R"((?m)[ \t]+[_|—─━│┃]{2,}[ \t]*$)", "", nullptr, EndsWithRuleRun},
};

SpannedText ApplyPattern(const SpannedText& in, const RE2& re, const ResiduePattern& p,
                         std::vector<TextEdit>* edits) {
  SpannedTextBuilder b(in, "normalize.residue", edits);
  const std::string& s = in.text();
  auto rewrite = [&](const std::vector<std::string_view>& g) {
    std::vector<re2::StringPiece> pieces(g.begin(), g.end());
    std::string out;
    re.Rewrite(&out, p.rewrite, pieces.data(), static_cast<int>(pieces.size()));
    size_t begin = static_cast<size_t>(g[0].data() - s.data());
    b.Replace(begin, begin + g[0].size(), out);
  };
  // `line` is the start of the next line to look at.
  for (size_t line = 0; line < s.size();) {
    size_t at = line;  // a byte of the next line that may hold a match
    if (p.literal) {
      at = s.find(p.literal, line);
      if (at == std::string::npos) break;
      size_t nl = at == line ? std::string::npos : s.rfind('\n', at - 1);
      if (nl != std::string::npos && nl >= line) line = nl + 1;
    }
    size_t end = s.find('\n', at);
    if (end == std::string::npos) end = s.size();
    if (!p.may_match || p.may_match(std::string_view(s).substr(line, end - line))) {
      ForEachMatch(s, line, end, re, rewrite);
    }
    line = end + 1;
  }
  return b.Finish();
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "... text. Close <title>" where <title> is an earlier line of the text: the close
// button and title of a popup whose body was extracted with it. RE2 has no
// backreferences, so a pack cannot express "the same title as above"; it is built in.
SpannedText RemovePopupEcho(const SpannedText& in, std::vector<TextEdit>* edits) {
  const std::string& s = in.text();
  SpannedTextBuilder b(in, "normalize.residue", edits);
  ViewSet earlier;
  size_t begin = 0;
  while (begin < s.size()) {
    size_t end = s.find('\n', begin);
    if (end == std::string::npos) end = s.size();
    std::string_view line(s.data() + begin, end - begin);
    // The echo ends the line's last cell.
    size_t cell = line.rfind('\t');
    cell = cell == std::string_view::npos ? 0 : cell + 1;
    std::string_view last = Trim(line.substr(cell));
    size_t at = line.find(" Close ", cell);
    while (at != std::string_view::npos) {
      std::string_view title = Trim(line.substr(at + 7));
      if (title.size() >= 3 && earlier.contains(title) &&
          title.data() + title.size() == last.data() + last.size()) {
        b.Replace(begin + at, begin + (title.data() + title.size() - line.data()), "");
        break;
      }
      at = line.find(" Close ", at + 1);
    }
    std::string_view whole = Trim(line);
    if (whole.find('\t') == std::string_view::npos && !whole.empty()) earlier.insert(whole);
    begin = end + 1;
  }
  return b.Finish();
}

}  // namespace

SpannedText RemoveResidue(const SpannedText& in, std::vector<TextEdit>* edits) {
  static const std::vector<std::unique_ptr<RE2>>* compiled = [] {
    auto* v = new std::vector<std::unique_ptr<RE2>>;
    for (const ResiduePattern& p : kPatterns) v->push_back(std::make_unique<RE2>(p.pattern));
    return v;
  }();
  SpannedText text = RemovePopupEcho(in, edits);
  for (size_t i = 0; i < compiled->size(); ++i) {
    text = ApplyPattern(text, *(*compiled)[i], kPatterns[i], edits);
  }
  return text;
}

}  // namespace amend
